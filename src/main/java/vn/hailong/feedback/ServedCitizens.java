package vn.hailong.feedback;

import java.util.function.Consumer;

/** The citizens served at counters, read back for a rebuild of the figures; SQL in {@code feedback.persistence}. */
public interface ServedCitizens {

    /** Every citizen served at a counter of this unit, streamed. */
    void forEachOfUnit(long unitId, Consumer<CitizenServed> consumer);
}
