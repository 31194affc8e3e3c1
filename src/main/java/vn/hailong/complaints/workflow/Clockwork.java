package vn.hailong.complaints.workflow;

import vn.hailong.calendar.DeadlineUnit;

import java.time.Duration;
import java.time.Instant;

/** The working calendar of one unit, as step clocks need it (built from {@code calendar.Calendars}). */
public interface Clockwork {

    /** The due moment of {@code amount} {@code unit} from {@code from} (product.md §2 counting rule). */
    Instant due(Instant from, int amount, DeadlineUnit unit);

    /** Office time between two moments (zero when {@code to} is not after {@code from}). */
    Duration officeTimeBetween(Instant from, Instant to);

    /** The moment when {@code officeTime} of office time has passed after {@code from}. */
    Instant plusOfficeTime(Instant from, Duration officeTime);
}
