package vn.hailong.feedback;

import java.util.List;

/** The citizens served at counters, read back for a rebuild of the figures; SQL in {@code feedback.persistence}. */
public interface ServedCitizens {

    /**
     * The citizens served whose counter transactions have ids from {@code fromId} to {@code toId}, in id order, at
     * most {@code limit}: a rebuild reads all of them range by range, in the caller's transaction.
     */
    List<CitizenServed> servedBetween(long fromId, long toId, int limit);
}
