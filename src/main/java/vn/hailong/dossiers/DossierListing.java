package vn.hailong.dossiers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Dossiers listed for staff with the names of their unit, procedure, officer and counter; SQL in {@code persistence}. */
public interface DossierListing {

    /**
     * What to list: a unit subtree (path prefix), optional text in the code or in the procedure's code or name, a
     * state at {@code now}, and received in {@code [receivedFrom, receivedBefore)} (either end may be null).
     */
    record Filter(String unitPathPrefix, String codeContains, String procedureContains, DossierState state,
                  Instant receivedFrom, Instant receivedBefore, Instant now) {
    }

    record Listed(Dossier dossier, String unitCode, String unitName, String procedureCode, String procedureName,
                  String officerName, String counterName) {
    }

    long count(Filter filter);

    /** Newest received first. */
    List<Listed> page(Filter filter, int limit, int offset);

    Optional<Listed> byCode(String code);
}
