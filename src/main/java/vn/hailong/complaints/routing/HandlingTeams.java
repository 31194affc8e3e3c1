package vn.hailong.complaints.routing;

import java.util.List;
import java.util.Optional;

/** Teams that handle cases within a unit, and who is in them; implemented with SQL in {@code complaints.persistence}. */
public interface HandlingTeams {

    record Team(long id, long unitId, String code, String name, String assignment, boolean active) {
    }

    Optional<Team> byId(long teamId);

    /** The active teams a staff user belongs to. */
    List<Long> teamsOf(long userId);

    boolean isMember(long teamId, long userId);
}
