package vn.hailong.shared.security;

/**
 * What a person or a machine may do. Every role is held within a unit subtree (see {@code organisation.UnitScope}).
 * ADMIN, PROVINCE_MANAGER, UNIT_MANAGER, HANDLER (complaint handler) and OFFICER (one-stop officer at a counter,
 * held within the officer's own service centre) are held by staff users and by API tokens; INTEGRATION (one-stop
 * software, queue systems) and KIOSK (a paired kiosk device) only by tokens.
 */
public enum Role {
    ADMIN,
    PROVINCE_MANAGER,
    UNIT_MANAGER,
    HANDLER,
    OFFICER,
    INTEGRATION,
    KIOSK;

    /** Roles a staff user account may have. */
    public boolean isStaffRole() {
        return this != INTEGRATION && this != KIOSK;
    }
}
