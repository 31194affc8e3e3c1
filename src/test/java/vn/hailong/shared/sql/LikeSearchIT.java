package vn.hailong.shared.sql;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.ManagingUsers;
import vn.hailong.access.users.TestUsers;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.CounterDraft;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.OfficerDraft;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.Procedure;
import vn.hailong.organisation.ProcedureDraft;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorDraft;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Searches take % and _ literally: "50%" finds names containing "50%", not every name containing "50". */
@MicronautTest(transactional = false)
class LikeSearchIT {

    @Inject
    Fixtures fixtures;
    @Inject
    UnitRegistry units;
    @Inject
    CounterRegistry counters;
    @Inject
    OfficerRegistry officers;
    @Inject
    SectorRegistry sectors;
    @Inject
    ProcedureRegistry procedures;
    @Inject
    ManagingUsers users;
    @Inject
    TestUsers testUsers;

    static final Pageable ALL = Pageable.from(0, 100);

    @Test
    void the_escape_helper_escapes_wildcards_and_backslashes() {
        assertThat(LikePatterns.escape("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(LikePatterns.escape(null)).isEmpty();
    }

    @Test
    void percent_and_underscore_are_literal_in_every_directory_search() {
        Unit root = fixtures.commune("Xã thử tìm kiếm");
        Actor admin = new Actor(Actor.Kind.TOKEN, 0, "test", Role.ADMIN, root.id(), null);
        String tag = Fixtures.unique("t");

        Unit hit = fixtures.unitUnder(root, "Tổ giảm 50% " + tag, UnitType.RECEPTION_POINT);
        fixtures.unitUnder(root, "Tổ 500 " + tag, UnitType.RECEPTION_POINT);
        fixtures.unitUnder(root, "Tổ 50 phần " + tag, UnitType.RECEPTION_POINT);
        assertThat(units.search(admin, "50%", ALL).getContent().stream().map(Unit::name).toList())
                .containsExactly("Tổ giảm 50% " + tag);
        assertThat(units.search(admin, "50_", ALL).getContent()).isEmpty();

        // in a unit whose own name has no "50%": counter and officer searches also match the unit's name
        counters.createTrusted(new CounterDraft(Fixtures.unique("C"), "Quầy 50% " + tag, root.code()));
        counters.createTrusted(new CounterDraft(Fixtures.unique("C"), "Quầy 501 " + tag, root.code()));
        assertThat(counters.search(admin, "50%", ALL).getContent().stream().map(Counter::name).toList())
                .containsExactly("Quầy 50% " + tag);

        officers.createTrusted(new OfficerDraft(Fixtures.unique("O"), "Cán bộ 50% " + tag, null, root.code(), null));
        officers.createTrusted(new OfficerDraft(Fixtures.unique("O"), "Cán bộ 502 " + tag, null, root.code(), null));
        assertThat(officers.search(admin, "50%", ALL).getContent().stream().map(Officer::fullName).toList())
                .containsExactly("Cán bộ 50% " + tag);

        // sectors and procedures are province-wide: search for the tag's own wildcard-bearing name
        String sectorCode = Fixtures.unique("S");
        sectors.createTrusted(new SectorDraft(sectorCode, "Lĩnh vực " + tag + " 50%", null));
        sectors.createTrusted(new SectorDraft(Fixtures.unique("S"), "Lĩnh vực " + tag + " 503", null));
        assertThat(sectors.search(tag + " 50%", ALL).getContent().stream().map(Sector::name).toList())
                .containsExactly("Lĩnh vực " + tag + " 50%");
        assertThat(sectors.search("50%", ALL).getContent()).allSatisfy(s -> assertThat(s.name()).contains("50%"));

        procedures.createTrusted(new ProcedureDraft(Fixtures.unique("P"), "Thủ tục " + tag + " 50%", sectorCode, 5));
        procedures.createTrusted(new ProcedureDraft(Fixtures.unique("P"), "Thủ tục " + tag + " 504", sectorCode, 5));
        assertThat(procedures.search(tag + " 50%", ALL).getContent().stream().map(Procedure::name).toList())
                .containsExactly("Thủ tục " + tag + " 50%");

        String under = TestUsers.unique("a_b");
        testUsers.create(under, Role.HANDLER, hit.id());
        testUsers.create(under.replace("a_b", "axb"), Role.HANDLER, hit.id());
        assertThat(users.search(admin, "a_b", 1, 50).users().stream().map(l -> l.user().username()).toList())
                .containsExactly(under);
    }
}
