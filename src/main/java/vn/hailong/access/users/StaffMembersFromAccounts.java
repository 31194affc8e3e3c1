package vn.hailong.access.users;

import jakarta.inject.Singleton;
import vn.hailong.access.users.persistence.Users;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.security.StaffMembers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link StaffMembers} read from the staff accounts. */
@Singleton
class StaffMembersFromAccounts implements StaffMembers {

    private final Users users;

    StaffMembersFromAccounts(Users users) {
        this.users = users;
    }

    @Override
    public Optional<StaffMember> byId(long userId) {
        return users.findById(userId).map(StaffMembersFromAccounts::member);
    }

    @Override
    public List<StaffMember> activeIn(Collection<Long> unitIds, Collection<Role> roles) {
        if (unitIds.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return users.findActiveInUnits(unitIds, roles.stream().map(Role::name).toList()).stream()
                .map(StaffMembersFromAccounts::member).toList();
    }

    private static StaffMember member(User u) {
        return new StaffMember(u.id(), u.username(), u.fullName(), u.role(), u.unitId(), u.active());
    }
}
