package vn.hailong.feedback;

import jakarta.inject.Singleton;
import vn.hailong.calendar.Calendars;

import java.time.Instant;

/**
 * The limits of kiosk ratings not bound to a served citizen (issue 4 §4, issue 8 §2), counted on what the server
 * can see rather than on the device's clock, which a stolen token sets at will.
 * <ul>
 *   <li>A <em>live</em> rating (arriving at most {@link IntakeLimits#getLiveSlack()} after the time it claims) is
 *   counted at that time, which therefore lies between its receipt minus the slack and its receipt: however a client
 *   spaces its claimed times, it cannot send more than one rating per minimum interval of server time (plus one
 *   slack's worth once) without being flagged.</li>
 *   <li>A <em>late</em> rating (an outbox flushed after an outage) is counted at its claimed time only if that time
 *   is believable: the centre was open then ({@code OUTSIDE_OFFICE_HOURS}), the server was not hearing from the
 *   kiosk then and the kiosk has not been back in touch long before this rating arrives ({@code KIOSK_WAS_ONLINE}),
 *   and it is not days old ({@code LONG_DELAYED}). Otherwise it is flagged, never dropped.</li>
 *   <li>Either way the minimum interval ({@code TOO_FAST}) and the burst cap ({@code BURST}) apply around the
 *   counted time.</li>
 * </ul>
 */
@Singleton
class KioskLimits {

    /** When the limits count a rating and whether it is flagged (null: it counts). */
    record Decision(Instant countedAt, FlagReason flag) {
    }

    private final RatingStore store;
    private final RatingKiosks kiosks;
    private final Calendars calendars;
    private final IntakeLimits limits;

    KioskLimits(RatingStore store, RatingKiosks kiosks, Calendars calendars, IntakeLimits limits) {
        this.store = store;
        this.kiosks = kiosks;
        this.calendars = calendars;
        this.limits = limits;
    }

    Decision decide(NewRating r) {
        Instant received = r.receivedAt();
        Instant claimed = r.submittedAt();
        boolean late = claimed.isBefore(received.minus(limits.getLiveSlack()));
        Instant counted = claimed.isAfter(received) ? received : claimed;
        FlagReason flag = late ? implausibleLateness(r, claimed, received) : null;
        if (flag == null) {
            flag = spacing(r.kioskId(), counted);
        }
        return new Decision(counted, flag);
    }

    private FlagReason implausibleLateness(NewRating r, Instant claimed, Instant received) {
        if (claimed.isBefore(received.minus(limits.getLateMaxAge()))) {
            return FlagReason.LONG_DELAYED;
        }
        if (!calendars.isOfficeHours(r.unitId(), claimed)
                && !calendars.isOfficeHours(r.unitId(), claimed.minus(limits.getClosingGrace()))) {
            return FlagReason.OUTSIDE_OFFICE_HOURS;
        }
        RatingKiosks.Presence presence = kiosks.presence(r.kioskId(), claimed);
        if (presence.inContact() || (presence.backSince() != null
                && presence.backSince().isBefore(received.minus(limits.getFlushWindow())))) {
            return FlagReason.KIOSK_WAS_ONLINE;
        }
        return null;
    }

    private FlagReason spacing(long kioskId, Instant at) {
        boolean spaced = !limits.getMinInterval().isZero();
        boolean capped = limits.getBurstMax() > 0;
        if (!spaced && !capped) {
            return null;
        }
        RatingStore.KioskSpacing near = store.kioskSpacing(kioskId, at, spaced ? limits.getMinInterval() : null,
                limits.getBurstWindow(), capped ? limits.getBurstMax() : 0);
        if (near.withinMinInterval()) {
            return FlagReason.TOO_FAST;
        }
        if (capped && near.inBurstWindow() >= limits.getBurstMax()) {
            return FlagReason.BURST;
        }
        return null;
    }
}
