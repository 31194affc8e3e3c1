package vn.hailong.kiosk;

import java.time.Duration;
import java.time.Instant;

/**
 * How a kiosk's last contact looks to an admin. A kiosk sends a heartbeat every minute or so while it runs; one
 * silent for longer than the threshold during office hours has probably lost its network or power. Outside office
 * hours kiosks are often switched off, so silence then is only "not seen recently", not an alarm.
 */
public enum Connection {
    /** never paired or never reported */
    NEVER,
    /** reported within the threshold */
    ONLINE,
    /** silent longer than the threshold during office hours: someone should look */
    LOST,
    /** silent longer than the threshold outside office hours */
    QUIET;

    public static Connection of(Instant lastSeenAt, Instant now, Duration threshold, boolean officeHoursNow) {
        if (lastSeenAt == null) {
            return NEVER;
        }
        if (!lastSeenAt.plus(threshold).isBefore(now)) {
            return ONLINE;
        }
        return officeHoursNow ? LOST : QUIET;
    }
}
