package vn.hailong.sms.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.sms.OptOuts;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsOutbox;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class MessagesAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    SmsOutbox outbox;
    @Inject
    OptOuts optOuts;

    private WebSession signedIn(Actor actor) {
        WebSession s = new WebSession(server);
        assertThat(s.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return s;
    }

    @Test
    void managers_see_their_units_messages_masked_and_filtered_admins_see_all() {
        Unit ward = fixtures.commune("Phường Có Tin Nhắn");
        Unit other = fixtures.commune("Phường Khác Tin Nhắn");
        String key = Fixtures.unique("msg");
        outbox.enqueue(new OutboundSms(SmsPurpose.APOLOGY, PhoneNumber.parse("0912 777 001"),
                Map.of("code", "H57-1", "date", "15/03/2026"), key + ":1", ward.id()));
        outbox.enqueue(new OutboundSms(SmsPurpose.INVITATION, PhoneNumber.parse("0912 777 002"), Map.of(),
                key + ":2", other.id()));

        try (WebSession s = signedIn(fixtures.staff(Role.UNIT_MANAGER, ward, "Quản Lý Tin Nhắn"))) {
            Document page = s.get("/quan-tri/tin-nhan").html();
            assertThat(page.select("[data-testid=message-to]").eachText()).contains("+8491*****01")
                    .doesNotContain("+8491*****02");
            assertThat(page.body().text()).doesNotContain("0912777001").doesNotContain("+84912777001");
            assertThat(page.select("#tu-choi")).isEmpty();
            Document filtered = PageForm.open(s, "/quan-tri/tin-nhan", "form[data-testid=messages-filter]")
                    .select("mucDich", "INVITATION").submit().html();
            assertThat(filtered.select("[data-testid=message-to]").eachText()).doesNotContain("+8491*****01");
            assertThat(s.post("/quan-tri/tin-nhan/tu-choi", Map.of("number", "0912777001")).status()).isEqualTo(403);
        }
        try (WebSession s = signedIn(fixtures.staff(Role.ADMIN, fixtures.province(), "Quản Trị Tin Nhắn"))) {
            Document page = s.get("/quan-tri/tin-nhan?trangThai=QUEUED").html();
            assertThat(page.select("[data-testid=message-to]").eachText()).contains("+8491*****01", "+8491*****02");
            assertThat(page.select("tr[data-state]").eachAttr("data-state")).containsOnly("QUEUED");
        }
    }

    @Test
    void an_admin_keeps_the_opt_out_list_and_the_alert_phones_from_the_rendered_forms() {
        Unit ward = fixtures.commune("Phường Số Cảnh Báo");
        PhoneNumber number = PhoneNumber.parse("0912 888 " + String.format("%03d", (int) (Math.random() * 1000)));
        try (WebSession s = signedIn(fixtures.staff(Role.ADMIN, fixtures.province(), "Quản Trị Danh Sách"))) {
            WebSession.Page wrong = PageForm.open(s, "/quan-tri/tin-nhan", "form[data-testid=optout-form]")
                    .set("number", "12ab").submit();
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.byTestId("number-error").text()).isNotBlank();

            WebSession.Page added = PageForm.open(s, "/quan-tri/tin-nhan", "form[data-testid=optout-form]")
                    .set("number", "0" + number.e164().substring(3)).submit();
            assertThat(added.status()).isEqualTo(303);
            assertThat(optOuts.optedOut(number)).isTrue();
            Document page = s.get("/quan-tri/tin-nhan").html();
            assertThat(page.select("[data-testid=optout-phone]").eachText()).contains(number.masked());

            WebSession.Page removed = PageForm.of(s, "/quan-tri/tin-nhan", s.get("/quan-tri/tin-nhan"),
                    "tr:has([data-testid=optout-phone]:containsOwn(" + number.masked() + ")) form").submit();
            assertThat(removed.status()).isEqualTo(303);
            assertThat(optOuts.optedOut(number)).isFalse();

            WebSession.Page alert = PageForm.open(s, "/quan-tri/tin-nhan", "form[data-testid=alert-form]")
                    .select("unitId", ward.name()).set("phone", "0987 654 321").set("label", "Chủ tịch UBND phường")
                    .submit();
            assertThat(alert.status()).as(alert.body()).isEqualTo(303);
            Document after = s.get("/quan-tri/tin-nhan").html();
            assertThat(after.select("#sms-alerts tbody tr").text()).contains("Phường Số Cảnh Báo", "+8498*****21",
                    "Chủ tịch UBND phường");
        }
    }
}
