package vn.hailong.invitations.replies.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.invitations.replies.InboundReplies;
import vn.hailong.invitations.replies.InboundSms;
import vn.hailong.invitations.replies.InvitedDossiers;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "hailong.sms.inbound.jobs-enabled", value = "false")
class InboundMessagesAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitedDossiers dossiers;
    @Inject
    InboundReplies replies;
    @Inject
    Clock clock;

    private WebSession signedIn(Actor actor) {
        WebSession s = new WebSession(server);
        assertThat(s.signIn(actor.name(), Fixtures.STAFF_PASSWORD).status()).isEqualTo(303);
        return s;
    }

    private String receive(PhoneNumber from, String body) {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        replies.receive(new InboundSms(sid, "AC1", from.e164(), "+15005550006", body, clock.instant()));
        return sid;
    }

    @Test
    void an_admin_sees_what_citizens_replied_masked_and_filters_by_outcome() {
        InvitedDossiers.Invited d = dossiers.invited(InvitedDossiers.aPhone(), clock.instant().minus(Duration.ofDays(1)));
        String rated = receive(d.phone(), "5 Cán bộ rất nhiệt tình " + d.dossierCode());
        String complained = receive(d.phone(), "PA phòng chờ nóng " + d.dossierCode());
        Actor admin = fixtures.staff(Role.ADMIN, fixtures.province(), "Quản Trị Tin Nhắn");
        try (WebSession s = signedIn(admin)) {
            Document page = s.get("/quan-tri/tin-nhan/den").html();
            Element rating = page.selectFirst("#inbound-sms tr:has(td:containsOwn(Cán bộ rất nhiệt tình "
                    + d.dossierCode() + "))");
            assertThat(rating).isNotNull();
            assertThat(rating.attr("data-outcome")).isEqualTo("RATED");
            assertThat(rating.selectFirst("[data-testid=phone]").text()).isEqualTo(d.phone().masked())
                    .doesNotContain(d.phone().e164().substring(5, 10));
            assertThat(rating.selectFirst("[data-testid=outcome]").text()).contains("Đã đánh giá hồ sơ")
                    .contains(d.dossierCode());
            assertThat(rating.text()).contains("Cảm ơn").contains("trả lời ngay");
            assertThat(page.body().text()).doesNotContain(d.phone().e164());

            // the filter as rendered: complaints only
            WebSession.Page filtered = PageForm.open(s, "/quan-tri/tin-nhan/den", "form[data-testid=inbound-filter]")
                    .select("ket-qua", "COMPLAINT_FILED").submit();
            assertThat(filtered.status()).isEqualTo(200);
            Document complaints = filtered.html();
            assertThat(complaints.select("#inbound-sms tbody tr")).isNotEmpty()
                    .allSatisfy(tr -> assertThat(tr.attr("data-outcome")).isEqualTo("COMPLAINT_FILED"));
            Element complaint = complaints.selectFirst("#inbound-sms tr:has(td:containsOwn(PA phòng chờ nóng "
                    + d.dossierCode() + "))");
            assertThat(complaint).isNotNull();
            assertThat(complaint.selectFirst("[data-testid=tracking-code]").text()).startsWith("Mã tra cứu PA-");
            assertThat(complaints.selectFirst("select[name=ket-qua] option[selected]").val())
                    .isEqualTo("COMPLAINT_FILED");

            // the admin index and the navigation link the page
            assertThat(s.get("/quan-tri").html().select("a[href=/quan-tri/tin-nhan/den]")).isNotEmpty();
        }
        assertThat(rated).isNotEqualTo(complained);
    }

    @Test
    void only_admins_open_the_page() {
        Actor manager = fixtures.staff(Role.PROVINCE_MANAGER, fixtures.province(), "Quản Lý Không Xem Tin");
        try (WebSession s = signedIn(manager)) {
            assertThat(s.get("/quan-tri/tin-nhan/den").status()).isEqualTo(403);
        }
    }
}
