package vn.hailong.dossiers.apology;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuing the apology against the real database, on Wednesday 04/03/2026 09:00: once, with the dossier's appointment
 * moved and the first promise kept, one SMS queued; a second refused; none outside the unit's subtree; the late list
 * and the report.
 */
@MicronautTest(transactional = false)
class ApologyIT {

    final MovableClock clock = MovableClock.at("2026-03-04T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    Apologies apologies;
    @Inject
    LateDossierFigures figures;
    @Inject
    Fixtures fixtures;
    @Inject
    DossierRows dossiers;
    @Inject
    Sql sql;

    Unit ward;
    /** Where the dossiers are received and the officer works (one-stop officers belong to a service centre). */
    Unit centre;
    Actor officer;

    @BeforeEach
    void setUp() {
        clock.set("2026-03-04T09:00");
        ward = fixtures.commune("Phường Hồ Sơ Trễ");
        centre = fixtures.unitUnder(ward, "Trung tâm phục vụ hành chính công Hồ Sơ Trễ",
                UnitType.SERVICE_CENTRE_COMMUNE);
        officer = fixtures.staff(Role.OFFICER, centre, "Cán Bộ Một Cửa");
    }

    /** Queued apology SMS would be sent by a dispatcher in a later test class: none is left behind. */
    @AfterEach
    void forgetTheQueuedSms() {
        sql.update("DELETE FROM sms_outbox WHERE purpose = 'APOLOGY'");
    }

    static ApologyRequest request(String newDate) {
        return new ApologyRequest("Cần lấy ý kiến của Sở Tư pháp", newDate, "Lê Văn Cường", "Chủ tịch",
                "UBND Phường Hồ Sơ Trễ");
    }

    @Test
    void issuing_moves_the_appointment_once_keeps_the_first_promise_and_queues_one_sms() {
        String code = Fixtures.unique("H46");
        long id = dossiers.open(centre, code, "2026-03-06T10:00", "0905 123 456");

        Apology a = apologies.issue(officer, code, request("2026-03-12"));

        assertThat(a.late()).isFalse();
        assertThat(a.dueAt()).isEqualTo(MovableClock.local("2026-03-05T17:00"));
        assertThat(sql.column("SELECT CONCAT(original_appointment_at, ' ', appointment_at) FROM dossiers WHERE id = ?", id))
                .containsExactly("2026-03-06 03:00:00.000000 2026-03-12 10:00:00.000000");
        assertThat(sql.column("SELECT COUNT(*) FROM dossier_apologies WHERE dossier_id = ?", id)).containsExactly("1");
        assertThat(sql.column("SELECT CONCAT(purpose, ' ', state, ' ', unit_id) FROM sms_outbox WHERE dedupe_key = ?",
                "apology:" + id)).containsExactly("APOLOGY QUEUED " + centre.id());
        String params = sql.column("SELECT params FROM sms_outbox WHERE dedupe_key = ?", "apology:" + id).get(0);
        assertThat(params).contains("\"code\":\"" + code + "\"", "\"date\":\"12/03/2026\"",
                "\"unit\":\"Trung tâm phục vụ hành chính công Hồ Sơ Trễ\"", "/danh-gia?ma=" + code).doesNotContain("0905");

        // the second re-schedule is refused, and nothing moves or is queued again
        assertThatThrownBy(() -> apologies.issue(officer, code, request("2026-03-13")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                    assertThat(e.key()).isEqualTo("apology.error.already");
                });
        assertThat(sql.column("SELECT appointment_at FROM dossiers WHERE id = ?", id))
                .containsExactly("2026-03-12 10:00:00");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ?", "apology:" + id))
                .containsExactly("1");
    }

    @Test
    void two_clerks_issuing_at_once_make_one_apology_and_one_sms() throws Exception {
        String code = Fixtures.unique("H46");
        long id = dossiers.open(centre, code, "2026-03-06T10:00", "0905 123 457");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (String day : List.of("2026-03-12", "2026-03-13")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    apologies.issue(officer, code, request(day));
                    return "issued";
                } catch (RuleViolation e) {
                    return e.key();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var r : results) {
            outcomes.add(r.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("issued", "apology.error.already");
        assertThat(sql.column("SELECT COUNT(*) FROM dossier_apologies WHERE dossier_id = ?", id)).containsExactly("1");
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ?", "apology:" + id))
                .containsExactly("1");
    }

    @Test
    void a_refused_apology_changes_nothing_and_one_without_a_phone_queues_no_sms() {
        String code = Fixtures.unique("H46");
        long id = dossiers.open(centre, code, "2026-03-06T10:00", null);
        assertThatThrownBy(() -> apologies.issue(officer, code, request("2026-03-07")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("apology.error.newDate.notWorkingDay"));
        assertThat(sql.column("SELECT original_appointment_at FROM dossiers WHERE id = ?", id)).containsOnlyNulls();

        clock.set("2026-03-05T17:30"); // past the due moment (05/03 17:00): allowed, marked late
        assertThat(apologies.issue(officer, code, request("2026-03-09")).late()).isTrue();
        assertThat(sql.column("SELECT COUNT(*) FROM sms_outbox WHERE dedupe_key = ?", "apology:" + id))
                .containsExactly("0");
        assertThat(sql.column("SELECT late FROM dossier_apologies WHERE dossier_id = ?", id)).containsExactly("1");
    }

    @Test
    void another_units_staff_neither_see_nor_apologise_for_the_dossier() {
        String code = Fixtures.unique("H46");
        dossiers.open(centre, code, "2026-03-06T10:00", null);
        Actor stranger = fixtures.staff(Role.UNIT_MANAGER, fixtures.commune("Phường Khác"), "Quản Lý Khác");
        assertThatThrownBy(() -> apologies.issue(stranger, code, request("2026-03-12")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND));
        assertThat(apologies.lateList(stranger)).extracting(l -> l.dossier().code()).doesNotContain(code);
        // the province manager above both sees it
        Actor province = fixtures.staff(Role.PROVINCE_MANAGER, fixtures.province(), "Quản Lý Tỉnh");
        assertThat(apologies.lateList(province)).extracting(l -> l.dossier().code()).contains(code);
    }

    @Test
    void the_late_list_holds_open_dossiers_due_within_the_horizon_most_urgent_first() {
        String overdue = Fixtures.unique("A");
        String today = Fixtures.unique("B");
        String monday = Fixtures.unique("C");
        String later = Fixtures.unique("D");
        String done = Fixtures.unique("E");
        dossiers.open(centre, monday, "2026-03-09T08:00", null);
        dossiers.open(centre, today, "2026-03-04T16:00", null); // apology was due 03/03 17:00
        dossiers.open(centre, overdue, "2026-03-03T10:00", null);
        dossiers.open(centre, later, "2026-03-10T08:00", null);
        dossiers.insert(centre, done, "2026-03-02T08:00", "2026-03-05T10:00", "2026-03-04T08:00", null);

        List<LateDossier> list = apologies.lateList(officer);

        assertThat(list).extracting(l -> l.dossier().code()).containsExactly(overdue, today, monday);
        assertThat(list).extracting(LateDossier::urgency).containsExactly(ApologyRules.Urgency.OVERDUE,
                ApologyRules.Urgency.APOLOGY_OVERDUE, ApologyRules.Urgency.APOLOGY_DUE);
        assertThat(list.get(2).apologyDueBy()).isEqualTo(MovableClock.local("2026-03-06T17:00"));
        assertThat(list.get(0).procedureName()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void the_report_splits_late_dossiers_by_their_apology_per_unit_with_a_total() {
        // in the centre: one apologised in time and finished late, one apologised late, one never apologised
        String timely = Fixtures.unique("T");
        dossiers.open(centre, timely, "2026-03-06T10:00", null);
        apologies.issue(officer, timely, request("2026-03-12"));
        sql.update("UPDATE dossiers SET finished_at = ? WHERE code = ?",
                java.time.LocalDateTime.parse("2026-03-11T03:00"), timely);
        String lateOne = Fixtures.unique("L");
        dossiers.open(centre, lateOne, "2026-03-04T08:00", null); // its apology was due 03/03 17:00
        apologies.issue(officer, lateOne, request("2026-03-10"));
        dossiers.insert(centre, Fixtures.unique("N"), "2026-03-02T08:00", "2026-03-03T10:00", "2026-03-04T08:30", null);
        // on time: not late
        dossiers.insert(centre, Fixtures.unique("O"), "2026-03-02T08:00", "2026-03-03T10:00", "2026-03-03T09:00", null);
        // in the ward itself: open past its appointment, no apology
        dossiers.open(ward, Fixtures.unique("W"), "2026-03-03T16:00", null);
        // outside the period
        dossiers.insert(centre, Fixtures.unique("X"), "2026-02-02T08:00", "2026-02-20T10:00", "2026-02-25T08:30", null);

        clock.set("2026-03-20T09:00");
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, ward, "Quản Lý Phường");
        LateDossierFigures.Report report = figures.report(manager, List.of(ward, centre),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(report.rows()).extracting(r -> r.unit().code() + " " + r.late() + " " + r.timelyApology() + " "
                + r.lateApology() + " " + r.noApology())
                .containsExactly(ward.code() + " 1 0 0 1", centre.code() + " 3 1 1 1");
        assertThat(report.total().late()).isEqualTo(4);
        assertThat(report.total().timelyPct()).isEqualTo(25.0);
        assertThatThrownBy(() -> figures.report(officer, List.of(ward), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))).isInstanceOf(RuleViolation.class);
    }
}
