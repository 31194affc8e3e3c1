package vn.hailong.invitations.web;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierReturned;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationStore;
import vn.hailong.invitations.TestDossiers;
import vn.hailong.invitations.cards.RatingCard;
import vn.hailong.invitations.cards.RatingCards;
import vn.hailong.organisation.Directory;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.support.Sql;
import vn.hailong.web.WebSession;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phone rating page submitted as rendered (PageForm): rate an invited dossier, a double submit, a second rating,
 * the complaint path, unknown links, the look-up by code and last four digits with its miss limit, and walk-up
 * ratings through a QR card with the card's limits; the QR cards admin page.
 */
@MicronautTest(transactional = false)
class RatingPageIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Directory directory;
    @Inject
    TestDossiers dossiers;
    @Inject
    ApplicationEventPublisher<DossierReturned> events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    InvitationStore invitations;
    @Inject
    RatingCards cards;
    @Inject
    TimeOrderedIds ids;
    @Inject
    Sql sql;
    @Inject
    Clock clock;

    RatingWorld w;
    WebSession citizen;
    String phoneDigits;

    @BeforeEach
    void setUp() {
        w = new RatingWorld(fixtures, new Api(server));
        citizen = new WebSession(server, address());
    }

    @AfterEach
    void close() {
        citizen.close();
    }

    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    Invitation invited() {
        phoneDigits = String.valueOf(1000 + ThreadLocalRandom.current().nextInt(9000));
        PhoneNumber phone = PhoneNumber.parse("091" + (100 + ThreadLocalRandom.current().nextInt(900)) + phoneDigits);
        Dossier d = dossiers.insert(ids.next(), TestDossiers.code(), w.unit.id(),
                directory.procedureByCode(w.procedure).orElseThrow().id(),
                directory.officerByCode(w.officer).orElseThrow().id(),
                directory.counterByCode(w.counter).orElseThrow().id(), phone, clock.instant().minus(Duration.ofHours(3)));
        transactions.executeWrite(status -> {
            events.publishEvent(new DossierReturned(d.id(), d.code(), d.unitId(), d.counterId(), d.officerId(),
                    d.procedureId(), d.phone(), d.returnedAt()));
            return null;
        });
        return invitations.byDossier(d.id()).orElseThrow();
    }

    List<String> ratingsOf(String dossierCode, String column) {
        return sql.column("SELECT " + column + " FROM ratings WHERE dossier_code = ? ORDER BY id", dossierCode);
    }

    @Test
    void a_citizen_rates_an_invited_dossier_on_its_link_and_a_double_submit_stores_one_rating() {
        Invitation inv = invited();
        WebSession.Page page = citizen.get("/danh-gia/" + inv.token());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.byTestId("unit-name").text()).isEqualTo(w.unit.name());
        assertThat(page.byTestId("procedure-name").text()).isEqualTo("Đăng ký khai sinh");
        assertThat(page.byTestId("dossier-code").text()).isEqualTo(inv.dossierCode());
        assertThat(page.html().select("[data-testid=score] input[type=radio]").eachAttr("value"))
                .containsExactly("5", "4", "3", "2", "1");
        assertThat(page.html().select("[data-testid=score] label").eachText())
                .containsExactly("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng");
        // the criteria the admin chose for the web, each on the same five levels; no script on the page
        List<String> criteria = page.html().select("fieldset.criterion input[value=5]").eachAttr("name");
        assertThat(criteria).hasSize(5).allMatch(n -> n.startsWith("c_"));
        assertThat(page.html().select("script")).isEmpty();
        assertThat(page.html().select("[data-testid^=decree-]")).isEmpty();

        PageForm form = PageForm.of(citizen, "/danh-gia/" + inv.token(), page, "form[data-testid=rate-form]")
                .set("score", "4").set(criteria.get(0), "5").set("comment", "Cán bộ hướng dẫn tận tình.");
        WebSession.Page thanks = form.submit();
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.byTestId("thanks-title").text()).isEqualTo("Cảm ơn ông/bà");
        assertThat(thanks.byTestId("complaint-offer")).isNull();
        assertThat(thanks.byTestId("thanks-flagged")).isNull();
        WebSession.Page again = form.submit();
        assertThat(again.byTestId("thanks-title")).isNotNull();
        assertThat(again.byTestId("thanks-flagged")).isNull();

        assertThat(ratingsOf(inv.dossierCode(), "channel")).containsExactly("WEB");
        assertThat(ratingsOf(inv.dossierCode(), "score")).containsExactly("4");
        assertThat(ratingsOf(inv.dossierCode(), "flagged")).containsExactly("0");
        assertThat(ratingsOf(inv.dossierCode(), "comment")).containsExactly("Cán bộ hướng dẫn tận tình.");
        assertThat(sql.column("SELECT a.score FROM rating_answers a JOIN ratings r ON r.id = a.rating_id"
                + " WHERE r.dossier_code = ? AND a.criterion_code = ?", inv.dossierCode(),
                criteria.get(0).substring(2))).containsExactly("5");
        assertThat(invitations.byToken(inv.token()).orElseThrow().rated()).isTrue();

        // in English too
        citizen.setCookie("hailong_lang", "en");
        assertThat(citizen.get("/danh-gia/" + inv.token()).byTestId("rated-title").text())
                .isEqualTo("This dossier has been rated");
    }

    @Test
    void a_rated_dossier_says_so_and_a_second_rating_is_kept_but_flagged() {
        Invitation inv = invited();
        PageForm.open(citizen, "/danh-gia/" + inv.token(), "form[data-testid=rate-form]").set("score", "5").submit();

        WebSession.Page rated = citizen.get("/danh-gia/" + inv.token());
        assertThat(rated.byTestId("rated-title").text()).isEqualTo("Hồ sơ đã được đánh giá");
        assertThat(rated.byTestId("rated-text").text()).startsWith("Hồ sơ " + inv.dossierCode() + " đã được đánh giá lúc ");
        assertThat(rated.byTestId("rate-form")).isNull();
        String againHref = rated.byTestId("rate-again").attr("href");

        WebSession.Page form = citizen.get(againHref);
        assertThat(form.byTestId("rated-before")).isNotNull();
        WebSession.Page thanks = PageForm.of(citizen, againHref, form, "form[data-testid=rate-form]")
                .set("score", "2").submit();
        assertThat(thanks.byTestId("thanks-flagged")).isNotNull();
        // unhappy: the complaint page, the dossier named
        assertThat(thanks.byTestId("complaint-link").attr("href")).isEqualTo("/phan-anh?ma=" + inv.dossierCode());

        assertThat(ratingsOf(inv.dossierCode(), "score")).containsExactly("5", "2");
        assertThat(ratingsOf(inv.dossierCode(), "flagged")).containsExactly("0", "1");
        assertThat(ratingsOf(inv.dossierCode(), "flag_reason")).containsExactly(null, "DOSSIER_ALREADY_RATED");
    }

    @Test
    void no_score_is_said_next_to_the_scale_and_nothing_is_stored() {
        Invitation inv = invited();
        WebSession.Page refused = PageForm.open(citizen, "/danh-gia/" + inv.token(), "form[data-testid=rate-form]")
                .set("comment", "Quên chọn").submit();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.byTestId("score-error").text()).startsWith("Xin chọn một mức hài lòng");
        assertThat(refused.byTestId("comment").text()).isEqualTo("Quên chọn");
        assertThat(ratingsOf(inv.dossierCode(), "id")).isEmpty();

        WebSession.Page thanks = PageForm.of(citizen, "/danh-gia/" + inv.token(), refused,
                "form[data-testid=rate-form]").set("score", "1").submit();
        assertThat(thanks.byTestId("complaint-link")).isNotNull();
        assertThat(ratingsOf(inv.dossierCode(), "score")).containsExactly("1");
    }

    @Test
    void an_unknown_or_malformed_link_is_a_readable_404() {
        for (String path : new String[] {"/danh-gia/ABCDEFGHJK", "/danh-gia/xyz", "/danh-gia/q/ABCDEFGHJK",
                "/danh-gia/q/%27%20OR%201=1"}) {
            WebSession.Page page = citizen.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.byTestId("notice-title").text()).isEqualTo("Không tìm thấy trang đánh giá");
            assertThat(page.byTestId("lookup-link").attr("href")).isEqualTo("/danh-gia");
        }
    }

    @Test
    void the_code_and_the_last_four_digits_open_the_dossier_page_and_misses_are_limited() {
        Invitation inv = invited();
        WebSession.Page prefilled = citizen.get("/danh-gia?ma=" + inv.dossierCode());
        assertThat(prefilled.html().selectFirst("#code").val()).isEqualTo(inv.dossierCode());

        WebSession.Page found = PageForm.of(citizen, "/danh-gia", prefilled, "form[data-testid=lookup-form]")
                .set("digits", phoneDigits).submit();
        assertThat(found.status()).isEqualTo(303);
        assertThat(found.location()).isEqualTo("/danh-gia/" + inv.token());

        String wrong = phoneDigits.equals("1234") ? "4321" : "1234";
        WebSession.Page miss = PageForm.open(citizen, "/danh-gia", "form[data-testid=lookup-form]")
                .set("code", inv.dossierCode()).set("digits", wrong).submit();
        assertThat(miss.status()).isEqualTo(200);
        assertThat(miss.byTestId("lookup-notice").text()).startsWith("Không tìm thấy hồ sơ");
        WebSession.Page unknown = PageForm.open(citizen, "/danh-gia", "form[data-testid=lookup-form]")
                .set("code", "H56.22-KHONG-CO").set("digits", phoneDigits).submit();
        assertThat(unknown.byTestId("lookup-notice").text()).startsWith("Không tìm thấy hồ sơ");
        for (int i = 0; i < 8; i++) {
            PageForm.open(citizen, "/danh-gia", "form[data-testid=lookup-form]").set("code", "H56.22-X" + i)
                    .set("digits", "0000").submit();
        }
        WebSession.Page blocked = PageForm.open(citizen, "/danh-gia", "form[data-testid=lookup-form]")
                .set("code", inv.dossierCode()).set("digits", phoneDigits).submit();
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.headers().keySet()).anyMatch(h -> h.equalsIgnoreCase("Retry-After"));
        assertThat(blocked.byTestId("lookup-notice").text()).contains("quá nhiều");

        // another address still gets in; misses on one code from many addresses are capped as well
        try (WebSession other = new WebSession(server, address())) {
            WebSession.Page ok = PageForm.open(other, "/danh-gia", "form[data-testid=lookup-form]")
                    .set("code", inv.dossierCode()).set("digits", phoneDigits).submit();
            assertThat(ok.status()).isEqualTo(303);
        }
        for (int i = 0; i < 30; i++) {
            try (WebSession guesser = new WebSession(server, address())) {
                PageForm.open(guesser, "/danh-gia", "form[data-testid=lookup-form]").set("code", inv.dossierCode())
                        .set("digits", String.format("%04d", i)).submit();
            }
        }
        try (WebSession late = new WebSession(server, address())) {
            WebSession.Page codeBlocked = PageForm.open(late, "/danh-gia", "form[data-testid=lookup-form]")
                    .set("code", inv.dossierCode()).set("digits", phoneDigits).submit();
            assertThat(codeBlocked.status()).isEqualTo(429);
        }
    }

    @Test
    void a_qr_card_rates_its_counter_without_a_dossier_within_the_card_limits() {
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, w.unit, "Lê Văn Quản Lý");
        RatingCard card = cards.create(manager, w.counter, null);
        String path = "/danh-gia/q/" + card.token();
        WebSession.Page page = citizen.get(path);
        assertThat(page.byTestId("counter-name").text()).isEqualTo("Quầy 1 – Tư pháp");
        assertThat(page.byTestId("dossier-code")).isNull();

        PageForm form = PageForm.of(citizen, path, page, "form[data-testid=rate-form]").set("score", "5");
        assertThat(form.submit().byTestId("thanks-title")).isNotNull();
        // the same form again: the same rating, not refused
        assertThat(form.submit().byTestId("thanks-title")).isNotNull();
        String counterId = String.valueOf(directory.counterByCode(w.counter).orElseThrow().id());
        assertThat(sql.column("SELECT channel FROM ratings WHERE counter_id = ? AND dossier_code IS NULL", counterId))
                .containsExactly("WEB");

        // a second rating from the same phone at once: refused, with when to try again
        WebSession.Page tooSoon = PageForm.open(citizen, path, "form[data-testid=rate-form]").set("score", "1").submit();
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.byTestId("notice-text").text()).contains("Xin thử lại sau");
        // another citizen may
        try (WebSession next = new WebSession(server, address())) {
            assertThat(PageForm.open(next, path, "form[data-testid=rate-form]").set("score", "3").submit().status())
                    .isEqualTo(200);
        }
        assertThat(sql.column("SELECT score FROM ratings WHERE counter_id = ? ORDER BY id", counterId))
                .containsExactly("5", "3");

        cards.revoke(manager, card.id());
        assertThat(citizen.get(path).status()).isEqualTo(404);
    }

    @Test
    void a_unit_manager_makes_prints_and_revokes_cards_of_the_own_unit_only() {
        Actor manager = fixtures.staff(Role.UNIT_MANAGER, w.unit, "Lê Văn Quản Lý");
        try (WebSession staff = new WebSession(server, address())) {
            staff.signIn(manager.name(), Fixtures.STAFF_PASSWORD);
            // a unit manager finds the page among the reports (managers see no administration group)
            assertThat(staff.get("/").html().select("[data-section=REPORTS] a[href=\"/quan-tri/ma-qr\"]")).hasSize(1);
            WebSession.Page list = staff.get("/quan-tri/ma-qr");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.byTestId("cards-none")).isNotNull();
            assertThat(list.html().select("select#target optgroup").eachAttr("label")).containsExactly(w.unit.name());

            WebSession.Page created = PageForm.open(staff, "/quan-tri/ma-qr", "form[data-testid=card-form]")
                    .select("target", "Nguyễn Thị Lan").submit();
            assertThat(created.status()).isEqualTo(303);
            list = staff.get("/quan-tri/ma-qr");
            assertThat(list.byTestId("flash").text()).isEqualTo("Đã tạo thẻ cho Nguyễn Thị Lan.");
            Element row = list.html().selectFirst("#cards tbody tr");
            assertThat(row.text()).contains("Cán bộ: Nguyễn Thị Lan").contains("/danh-gia/q/");

            WebSession.Page sheet = staff.get("/quan-tri/ma-qr/in");
            assertThat(sheet.html().select("[data-testid=printed-card]")).hasSize(1);
            assertThat(sheet.html().selectFirst(".qr").attr("src")).startsWith("data:image/png;base64,");
            assertThat(sheet.html().selectFirst(".scan").text()).isEqualTo("Quét mã để đánh giá");

            String revoke = row.selectFirst("form").attr("action");
            WebSession.Page revoked = PageForm.of(staff, "/quan-tri/ma-qr", list, "form[action=\"" + revoke + "\"]").submit();
            assertThat(revoked.status()).isEqualTo(303);
            assertThat(staff.get("/quan-tri/ma-qr").byTestId("card-revoked")).isNotNull();
            assertThat(staff.get("/quan-tri/ma-qr/in").html().select("[data-testid=printed-card]")).isEmpty();

            // a counter of another unit is not offered, and cannot be forged in
            RatingWorld other = new RatingWorld(fixtures, new Api(server));
            WebSession.Page forged = staff.post("/quan-tri/ma-qr/moi", java.util.Map.of("target", "Q:" + other.counter));
            assertThat(forged.status()).isEqualTo(403);
        }
    }
}
