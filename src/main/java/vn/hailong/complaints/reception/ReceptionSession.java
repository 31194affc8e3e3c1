package vn.hailong.complaints.reception;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One citizen reception day (tiếp công dân, Law on Citizen Reception 2013, Arts. 12–18: the head of an agency
 * receives citizens in person on scheduled days) or one leaders' dialogue with citizens (đối thoại), held in a unit
 * by a presiding leader. The leader is kept as announced (name and title); {@code leaderUserId} ties it to a staff
 * account when there is one.
 */
public record ReceptionSession(long id, long unitId, String unitCode, String unitName, Kind kind, Instant startsAt,
                               @Nullable Instant endsAt, String place, String leaderName, String leaderTitle,
                               @Nullable Long leaderUserId, @Nullable String topic, Status status, int version) {

    public enum Kind { RECEPTION_DAY, DIALOGUE }

    public enum Status { PLANNED, HELD }

    /** How the leader is named as the receiver of each petition raised here: "name, title". */
    public String receiverLabel() {
        return leaderName + ", " + leaderTitle;
    }
}
