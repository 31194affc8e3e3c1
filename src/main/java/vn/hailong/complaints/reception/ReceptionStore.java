package vn.hailong.complaints.reception;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reception sessions as stored; implemented with SQL in {@code reception.persistence}. */
public interface ReceptionStore {

    /** What is written for a session (a new one, or the new state of an existing one). */
    record Row(long id, long unitId, ReceptionSession.Kind kind, Instant startsAt, @Nullable Instant endsAt,
               String place, String leaderName, String leaderTitle, @Nullable Long leaderUserId,
               @Nullable String topic, ReceptionSession.Status status) {
    }

    /** A case raised at a session, as its page lists it: no personal data. */
    record RaisedCase(String trackingCode, String kind, String status, Instant receivedAt) {
    }

    /** A unit within reach, for the form's choice of unit. */
    record UnitChoice(long id, String code, String name) {
    }

    void insert(Row row, String by, Instant at);

    /** False when the session changed since {@code version} was read. */
    boolean update(Row row, int version, String by, Instant at);

    Optional<ReceptionSession> byId(long id);

    /**
     * Sessions of units whose path starts with {@code subtreePrefix}: upcoming ones (ending, or starting when no end
     * is set, at or after {@code now}) soonest first, or past ones latest first.
     */
    List<ReceptionSession> list(String subtreePrefix, boolean upcoming, Instant now, int limit);

    /** Planned sessions of every unit starting at or after {@code from} and before {@code to}, soonest first. */
    List<ReceptionSession> planned(Instant from, Instant to, int limit);

    List<RaisedCase> casesOf(long sessionId);

    List<UnitChoice> unitsIn(String subtreePrefix);
}
