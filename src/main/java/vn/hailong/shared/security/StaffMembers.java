package vn.hailong.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Staff accounts as other features need them (who handles a complaint, who is in a team), without reaching into
 * the access feature: implemented there, read here.
 */
public interface StaffMembers {

    record StaffMember(long id, String username, String fullName, Role role, long unitId, boolean active) {
    }

    Optional<StaffMember> byId(long userId);

    /** Active staff with one of these roles whose unit is one of {@code unitIds}, by full name. */
    List<StaffMember> activeIn(Collection<Long> unitIds, Collection<Role> roles);
}
