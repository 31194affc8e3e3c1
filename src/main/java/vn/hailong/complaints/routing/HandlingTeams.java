package vn.hailong.complaints.routing;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Teams that handle cases within a unit, and who is in them; implemented with SQL in {@code complaints.persistence}. */
public interface HandlingTeams {

    record Team(long id, long unitId, String code, String name, String assignment, boolean active) {
    }

    Optional<Team> byId(long teamId);

    /** The active teams a staff user belongs to. */
    List<Long> teamsOf(long userId);

    boolean isMember(long teamId, long userId);

    /** The teams of these units, active or not, by unit then code. */
    List<Team> ofUnits(Collection<Long> unitIds);

    Optional<Team> byCode(String code);

    /** Stores a new team; returns its id. */
    long insert(long unitId, String code, String name, String assignment);

    void update(long teamId, String name, String assignment, boolean active);

    /** The user ids of the team's members (whatever their account's state), by id. */
    List<Long> members(long teamId);

    void addMember(long teamId, long userId);

    void removeMember(long teamId, long userId);

    /** Locks the team's row until the transaction ends and reads who got its last case (empty: nobody yet). */
    Optional<Long> lastAssignedForUpdate(long teamId);

    void setLastAssigned(long teamId, @Nullable Long userId);

    /** How many cases in these statuses are assigned to each of these users (missing = none). */
    Map<Long, Long> casesAssigned(Collection<Long> userIds, Collection<String> statuses);
}
