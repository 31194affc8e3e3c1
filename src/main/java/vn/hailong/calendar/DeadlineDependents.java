package vn.hailong.calendar;

import java.time.Instant;
import java.util.List;

/**
 * What depends on the calendar's due times (the complaint step clocks), told of an edit before it is written: the
 * calendar feature lists what an edit would move and asks for the recompute only when the admin confirms. Implemented
 * by the features that store due times (complaints), so that the calendar depends on none of them.
 */
public interface DeadlineDependents {

    /** A stored due time the edit moves. {@code stepKey} is a message key naming the step. */
    record Moved(String caseCode, String stepKey, Instant storedDue, Instant newDue) {
    }

    /** The open due times that {@code change} would move; nothing is changed. */
    List<Moved> preview(CalendarChange change);

    /**
     * Moves them (each with its audit event). Called inside the edit's transaction before the row is written, so that
     * the calendar read from the database is still the one before the change.
     */
    List<Moved> recompute(CalendarChange change);
}
