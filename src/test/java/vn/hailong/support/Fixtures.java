package vn.hailong.support;

import jakarta.inject.Singleton;
import vn.hailong.access.tokens.TokenIssuer;
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

    Fixtures(ProvinceRoot province, UnitRegistry units, TokenIssuer tokens) {
        this.province = province;
        this.units = units;
        this.tokens = tokens;
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
