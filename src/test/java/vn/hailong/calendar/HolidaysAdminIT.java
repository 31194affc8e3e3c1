package vn.hailong.calendar;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hailong.access.users.TestUsers;
import vn.hailong.calendar.persistence.CalendarDays;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Fixtures;
import vn.hailong.support.PageForm;
import vn.hailong.web.WebSession;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HolidaysAdminIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestUsers testUsers;
    @Inject
    CalendarDays days;

    /** A day of a far year no other test uses, so that country rows of parallel tests never collide. */
    private static LocalDate someDay() {
        return LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
    }

    @Test
    void the_year_lists_the_seeded_holidays_with_weekday_and_kind_in_words() {
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            Document year = admin.get("/quan-tri/lich-nghi?nam=2026").html();
            Element national = year.selectFirst("table#holidays tr[data-day=2026-09-02]");
            assertThat(national.select("td").get(0).text()).isEqualTo("02/09/2026");
            assertThat(national.select("td").get(1).text()).isEqualTo("Thứ Tư");
            assertThat(national.select("td").get(2).text()).isEqualTo("Ngày nghỉ");
            assertThat(national.select("td").get(4).text()).isEqualTo("Cả nước");
            assertThat(year.selectFirst("tr[data-day=2026-01-10]").select("td").get(2).text()).isEqualTo("Ngày làm bù");
            assertThat(year.selectFirst("[data-testid=year-next]").attr("href")).isEqualTo("/quan-tri/lich-nghi?nam=2027");
        }
    }

    private static PageForm dayForm(WebSession admin, String page, LocalDate day, String kind, String name) {
        return PageForm.open(admin, page, "form[data-testid=day-form]").set("day", day.toString()).select("kind", kind)
                .set("name", name);
    }

    @Test
    void a_province_admin_adds_edits_and_removes_a_country_day() {
        LocalDate day = someDay();
        try (WebSession admin = new WebSession(server)) {
            admin.signInAsAdmin();
            WebSession.Page added = dayForm(admin, "/quan-tri/lich-nghi?nam=" + day.getYear(), day, "HOLIDAY",
                    "Ngày lễ thử").select("unitCode", "").submit();
            assertThat(added.status()).as(added.body()).isEqualTo(303);
            WebSession.Page year = admin.get(added.location());
            assertThat(year.byTestId("flash").text()).startsWith("Đã thêm ngày");
            Element row = year.html().selectFirst("table#holidays tr[data-day=" + day + "]");
            assertThat(row.select("td").get(3).text()).isEqualTo("Ngày lễ thử");

            String edit = row.selectFirst("a").attr("href");
            WebSession.Page duplicate = dayForm(admin, "/quan-tri/lich-nghi?nam=" + day.getYear(), day, "WORKING_DAY",
                    "Trùng ngày").select("unitCode", "").submit();
            assertThat(duplicate.status()).isEqualTo(422);
            assertThat(duplicate.byTestId("day-error").text()).contains("đã có trong lịch");
            assertThat(duplicate.html().selectFirst("#name").attr("value")).isEqualTo("Trùng ngày");
            assertThat(duplicate.html().selectFirst("#kind option[selected]").attr("value")).isEqualTo("WORKING_DAY");

            assertThat(dayForm(admin, edit, day, "WORKING_DAY", "Làm bù thử").submit().status()).isEqualTo(303);
            long id = Long.parseLong(row.attr("data-id"));
            assertThat(days.findById(id).orElseThrow().kind()).isEqualTo(DayKind.WORKING_DAY);

            WebSession.Page removed = PageForm.open(admin, edit, "form[action$=/xoa]").submit();
            assertThat(removed.status()).isEqualTo(303);
            assertThat(days.findById(id)).isEmpty();
            assertThat(admin.get(removed.location()).html().select("tr[data-day=" + day + "]")).isEmpty();
        }
    }

    @Test
    void a_commune_admin_keeps_its_own_days_but_not_the_countrys_nor_another_communes() {
        Unit mine = fixtures.commune("Xã Quảng Điền thử");
        Unit other = fixtures.commune("Xã Phong Thái thử");
        LocalDate day = someDay();
        String username = TestUsers.unique("qt");
        testUsers.create(username, Role.ADMIN, mine.id());
        long theirs = days.save(new CalendarDay(null, "VN", other.id(), day.plusDays(1), DayKind.HOLIDAY,
                "Lễ hội làng", java.time.Instant.EPOCH, java.time.Instant.EPOCH)).id();
        try (WebSession admin = new WebSession(server)) {
            admin.signIn(username, TestUsers.PASSWORD);
            Document year = admin.get("/quan-tri/lich-nghi?nam=2026").html();
            assertThat(year.select("#unitCode option[value='']")).isEmpty();
            assertThat(year.selectFirst("tr[data-day=2026-09-02]").select("a")).isEmpty();

            WebSession.Page added = dayForm(admin, "/quan-tri/lich-nghi?nam=" + day.getYear(), day, "HOLIDAY",
                    "Lễ hội Cầu Ngư").select("unitCode", mine.code()).submit();
            assertThat(added.status()).as(added.body()).isEqualTo(303);
            Element row = admin.get(added.location()).html().selectFirst("tr[data-day=" + day + "]");
            assertThat(row.select("td").get(4).text()).isEqualTo("Xã Quảng Điền thử");

            // by hand on purpose: the whole country, which the commune admin's form does not offer
            WebSession.Page country = admin.post("/quan-tri/lich-nghi?nam=" + day.getYear(),
                    Map.of("day", day.plusDays(2).toString(), "kind", "HOLIDAY", "name", "Của cả nước", "unitCode", ""));
            assertThat(country.status()).isEqualTo(403);
            assertThat(country.byTestId("form-error").text()).startsWith("Chỉ quản trị viên cấp tỉnh");
            assertThat(country.html().selectFirst("#name").attr("value")).isEqualTo("Của cả nước");

            assertThat(admin.get("/quan-tri/lich-nghi/" + theirs).status()).isEqualTo(404);
            // by hand on purpose: another commune's day has no page here
            assertThat(admin.post("/quan-tri/lich-nghi/" + theirs + "/xoa", Map.of()).status()).isEqualTo(404);
            assertThat(days.findById(theirs)).isPresent();
            assertThat(admin.get("/quan-tri/lich-nghi?nam=" + day.getYear()).html()
                    .select("tr[data-day=" + day.plusDays(1) + "]")).isEmpty();
        }
    }
}
