package vn.hailong.complaints.tracking;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.MovableClock;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /tra-cuu} submitted as rendered: look up, read the answer, rate, reopen; wrong digits; the miss limit. */
@MicronautTest(transactional = false)
class TrackingPageIT {

    final MovableClock clock = MovableClock.at("2026-04-23T09:00");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintWorkflow workflow;
    @Inject
    CaseStore cases;

    Unit ward;
    Actor handler;
    WebSession citizen;

    @BeforeEach
    void setUp() {
        clock.set("2026-04-23T09:00");
        ward = fixtures.commune("Phường Thuận Hóa");
        handler = fixtures.staff(Role.HANDLER, ward, "Nguyễn Thị Xử Lý");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        citizen = new WebSession(server, "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255));
    }

    @AfterEach
    void close() {
        citizen.close();
    }

    String answered() {
        String code = intake.file(null, "203.0.113.7", null, new ComplaintIntake.Submission("PHAN_ANH",
                "Quầy số 2 không có cán bộ từ 8 giờ đến 9 giờ sáng.", ward.code(), null, "0912345678", null, "WEB",
                null, null, "Trần Thị Dân", null, null, null, null)).trackingCode();
        workflow.act(handler, code, CaseCommand.accept(null, null));
        workflow.act(handler, code, CaseCommand.note("Ghi chú nội bộ: đã gọi trưởng quầy.", true));
        clock.set("2026-04-28T10:00");
        workflow.act(handler, code, CaseCommand.answer("Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.", null));
        clock.set("2026-04-29T10:00");
        return code;
    }

    WebSession.Page lookUp(String code, String digits) {
        return PageForm.open(citizen, "/tra-cuu", "form[data-testid=lookup-form]").set("code", code)
                .set("digits", digits).submit();
    }

    @Test
    void the_right_digits_show_the_answer_in_plain_vietnamese_and_nothing_personal() {
        String code = answered();
        WebSession.Page page = lookUp(code.toLowerCase(), "5678");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.byTestId("tracked-status").text()).isEqualTo("Đã có câu trả lời");
        assertThat(page.byTestId("tracked-code").text()).isEqualTo(code);
        assertThat(page.byTestId("answer-text").text()).isEqualTo("Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.");
        assertThat(page.html().select("[data-testid=timeline] li").eachAttr("data-type"))
                .containsExactly("FILE", "ACCEPT", "ANSWER");
        assertThat(page.html().select("[data-testid=deadlines] li").eachAttr("data-step")).containsExactly("ACCEPT", "ANSWER");
        assertThat(page.byTestId("rate-form")).isNotNull();
        assertThat(page.byTestId("reopen-form")).isNotNull();
        // no personal data, no internal note, nobody's name (the digits travel only in the hidden proof fields)
        String visible = page.html().body().text();
        assertThat(visible).doesNotContain("0912345678", "5678", "Trần Thị Dân", "Nguyễn Thị Xử Lý", handler.name(),
                "Ghi chú nội bộ", "Quầy số 2 không có cán bộ");
        assertThat(page.body()).doesNotContain("0912345678", "Trần Thị Dân", "Ghi chú nội bộ");

        citizen.setCookie("hailong_lang", "en");
        WebSession.Page english = lookUp(code, "5678");
        assertThat(english.byTestId("tracked-status").text()).isEqualTo("Answered");
        assertThat(english.byTestId("lookup-another").text()).isEqualTo("Look up another code");
    }

    @Test
    void wrong_digits_say_the_same_as_an_unknown_code_and_too_many_misses_are_refused() {
        String code = answered();
        WebSession.Page unknown = lookUp("PA-2026-ZZZZZ", "5678");
        WebSession.Page wrong = lookUp(code, "1234");
        WebSession.Page none = lookUp(code, "");
        for (WebSession.Page p : new WebSession.Page[]{unknown, wrong, none}) {
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.byTestId("tracking-notice").text()).startsWith("Không tìm thấy phản ánh với mã và số điện thoại này.");
            assertThat(p.byTestId("tracked")).isNull();
            // the digits typed are not shown back; the code is, to correct it
            assertThat(p.html().selectFirst("#digits").val()).isEmpty();
        }
        assertThat(wrong.html().selectFirst("#code").val()).isEqualTo(code);
        for (int i = 0; i < 7; i++) {
            assertThat(lookUp(code, String.valueOf(2000 + i)).byTestId("tracking-notice")).isNotNull();
        }
        WebSession.Page blocked = lookUp(code, "5678");
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.headers().keySet()).anyMatch(h -> h.equalsIgnoreCase("Retry-After"));
        assertThat(blocked.byTestId("tracking-notice").text()).contains("quá nhiều lần");
        assertThat(blocked.byTestId("tracked")).isNull();
    }

    @Test
    void the_citizen_rates_the_answer_then_reopens_it_with_a_reason() {
        String code = answered();
        WebSession.Page found = lookUp(code, "5678");

        // no verdict chosen: said next to the choice, nothing stored
        WebSession.Page noVerdict = PageForm.of(citizen, "/tra-cuu", found, "form[data-testid=rate-form]")
                .set("comment", "Chưa chọn").submit();
        assertThat(noVerdict.byTestId("verdict-error").text()).isEqualTo("Hãy chọn hài lòng hoặc không hài lòng.");
        assertThat(noVerdict.html().selectFirst("#comment").text()).isEqualTo("Chưa chọn");
        assertThat(cases.byCode(code).orElseThrow().citizenVerdict()).isNull();

        WebSession.Page rated = PageForm.of(citizen, "/tra-cuu", noVerdict, "form[data-testid=rate-form]")
                .set("verdict", "UNSATISFIED").set("comment", "Sáng nay quầy vẫn trống").submit();
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.byTestId("tracking-notice").text()).isEqualTo("Cảm ơn bạn đã đánh giá.");
        assertThat(rated.byTestId("tracked-verdict").text()).isEqualTo("Bạn đã đánh giá: Không hài lòng.");
        assertThat(rated.byTestId("rate-form")).isNull();
        assertThat(cases.byCode(code).orElseThrow().citizenVerdict()).isEqualTo("UNSATISFIED");

        WebSession.Page noReason = PageForm.of(citizen, "/tra-cuu", rated, "form[data-testid=reopen-form]").submit();
        assertThat(noReason.byTestId("reason-error").text()).startsWith("Hãy cho biết lý do mở lại");
        assertThat(cases.byCode(code).orElseThrow().status()).isEqualTo(CaseStatus.ANSWERED);

        WebSession.Page reopened = PageForm.of(citizen, "/tra-cuu", noReason, "form[data-testid=reopen-form]")
                .set("reason", "Sáng nay quầy số 2 vẫn không có ai.").submit();
        assertThat(reopened.byTestId("tracking-notice").text())
                .isEqualTo("Phản ánh đã được mở lại; cơ quan sẽ giải quyết lại và trả lời bạn.");
        assertThat(reopened.byTestId("tracked-status").text()).isEqualTo("Đã mở lại, đang giải quyết lại");
        assertThat(reopened.byTestId("reopen-form")).isNull();
        Document html = reopened.html();
        assertThat(html.select("[data-testid=timeline] li").eachAttr("data-type"))
                .containsExactly("FILE", "ACCEPT", "ANSWER", "RATE_ANSWER", "REOPEN");
        assertThat(html.body().text()).doesNotContain("Sáng nay quầy vẫn trống");
        assertThat(cases.byCode(code).orElseThrow().status()).isEqualTo(CaseStatus.REOPENED);
    }

    @Test
    void a_forged_rating_with_wrong_digits_is_a_miss_and_changes_nothing() {
        String code = answered();
        WebSession.Page found = lookUp(code, "5678");
        // forged input: the hidden digits changed by hand, which no rendered form sends
        WebSession.Page forged = citizen.post("/tra-cuu/danh-gia", java.util.Map.of("code", code, "digits", "0000",
                "verdict", "SATISFIED", "csrfToken", found.html().selectFirst("input[name=csrfToken]").val()));
        assertThat(forged.byTestId("tracking-notice").text()).startsWith("Không tìm thấy");
        assertThat(cases.byCode(code).orElseThrow().citizenVerdict()).isNull();
    }
}
