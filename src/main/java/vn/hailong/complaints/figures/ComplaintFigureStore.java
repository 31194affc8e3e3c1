package vn.hailong.complaints.figures;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;

import java.time.Instant;
import java.util.List;

/** The facts of the cases of a scope and period, read from the event log; SQL in {@code complaints.persistence}. */
public interface ComplaintFigureStore {

    /**
     * The cases held by a unit of the subtree whose first receipt (their first event) is in {@code [from, until)},
     * optionally of one kind and one channel.
     */
    List<CaseFacts> facts(String unitPathPrefix, Instant from, Instant until, @Nullable ComplaintKind kind,
                          @Nullable String channel);
}
