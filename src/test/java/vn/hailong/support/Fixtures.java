package vn.hailong.support;

import jakarta.inject.Singleton;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.access.users.ManagingUsers;
import vn.hailong.access.users.User;
import vn.hailong.access.users.UserDraft;
import vn.hailong.shared.security.Actor;
import vn.hailong.organisation.ProvinceRoot;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitDraft;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Role;

import java.util.UUID;

/** Builds test data through the real use cases, with codes unique to each test. */
@Singleton
public class Fixtures {

    private final ProvinceRoot province;
    private final UnitRegistry units;
    private final TokenIssuer tokens;
    private final ManagingUsers users;

    /** The password of every staff account made by {@link #staff}. */
    public static final String STAFF_PASSWORD = "test-password-2026";

    Fixtures(ProvinceRoot province, UnitRegistry units, TokenIssuer tokens, ManagingUsers users) {
        this.province = province;
        this.units = units;
        this.tokens = tokens;
        this.users = users;
    }

    /** A staff account with this role at this unit (password {@link #STAFF_PASSWORD}), as the actor it signs in as. */
    public Actor staff(Role role, Unit unit, String fullName) {
        Actor admin = new Actor(Actor.Kind.USER, 0, "fixtures", Role.ADMIN, province().id(), null);
        User u = users.create(admin, new UserDraft(unique("u").toLowerCase(java.util.Locale.ROOT).replace("-", "."),
                fullName, role, unit.code(), STAFF_PASSWORD));
        return new Actor(Actor.Kind.USER, u.id(), u.username(), role, unit.id(), null);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Unit province() {
        return province.ensure();
    }

    public Unit commune(String name) {
        return units.createTrusted(new UnitDraft(unique("X"), name, UnitType.COMMUNE, province().code(), null, null, null));
    }

    public Unit unitUnder(Unit parent, String name, UnitType type) {
        return units.createTrusted(new UnitDraft(unique("U"), name, type, parent.code(), null, null, null));
    }

    public String token(Role role, Unit unit) {
        return tokens.issueTrusted(unique(role.name().toLowerCase()), role, unit.id(), null, "test").secret();
    }
}
