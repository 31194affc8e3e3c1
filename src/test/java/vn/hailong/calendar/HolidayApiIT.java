package vn.hailong.calendar;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.calendar.persistence.CalendarDays;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HolidayApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper json;
    @Inject
    Calendars calendars;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @Test
    @SuppressWarnings("unchecked")
    void any_signed_in_token_lists_the_days_off_and_make_up_days_of_a_year() throws Exception {
        Unit ward = fixtures.commune("Phường Vỹ Dạ");
        String handler = fixtures.token(Role.HANDLER, ward);
        var response = api.get("/api/v1/calendar/holidays?year=2026", handler);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        List<Map<String, Object>> days = list(response.body());
        assertThat(days).allSatisfy(d -> assertThat((String) d.get("date")).startsWith("2026-"));
        assertThat(days).extracting(d -> d.get("date")).isSorted();
        assertThat(days).contains(
                Map.of("date", "2026-01-10", "kind", "WORKING_DAY", "name", "Làm bù cho ngày nghỉ 02/01/2026"),
                Map.of("date", "2026-02-17", "kind", "HOLIDAY", "name", "Tết Nguyên đán Bính Ngọ"),
                Map.of("date", "2026-04-27", "kind", "HOLIDAY", "name", "Nghỉ bù Giỗ Tổ Hùng Vương"),
                Map.of("date", "2026-11-24", "kind", "HOLIDAY", "name", "Ngày Văn hóa Việt Nam (24/11)"));

        List<Map<String, Object>> y2024 = list(api.get("/api/v1/calendar/holidays?year=2024", handler).body());
        assertThat(y2024).extracting(d -> d.get("date")).contains("2024-02-08", "2024-05-04", "2024-09-03");
        assertThat(list(api.get("/api/v1/calendar/holidays?year=2031", handler).body())).isEmpty();
    }

    @Test
    void a_missing_or_bad_year_is_a_400_problem_and_no_token_is_401() {
        Unit ward = fixtures.commune("Phường Kim Long");
        String token = fixtures.token(Role.UNIT_MANAGER, ward);
        var missing = api.get("/api/v1/calendar/holidays", token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body()).contains("year");
        assertThat(api.get("/api/v1/calendar/holidays?year=hai-nghin", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/calendar/holidays?year=2026", null).status()).isEqualTo(401);
    }

    @Test
    void the_seeded_calendar_answers_working_day_questions_and_unit_overrides_win() throws Exception {
        WorkingCalendar national = calendars.between(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(national.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
        assertThat(national.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(national.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();

        Unit ward = fixtures.commune("Phường Thuận Hóa");
        Unit centre = fixtures.unitUnder(ward, "Trung tâm Phục vụ hành chính công phường Thuận Hóa",
                vn.hailong.organisation.UnitType.SERVICE_CENTRE_COMMUNE);
        insert(ward.id(), LocalDate.of(2026, 6, 8), DayKind.HOLIDAY, "Ngày hội phường (thử nghiệm)");
        insert(centre.id(), LocalDate.of(2026, 9, 2), DayKind.WORKING_DAY, "Trực tiếp dân ngày lễ (thử nghiệm)");
        WorkingCalendar atCentre = calendars.between(centre.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(atCentre.isWorkingDay(LocalDate.of(2026, 6, 8))).as("the ward's day off reaches its centre").isFalse();
        assertThat(atCentre.isWorkingDay(LocalDate.of(2026, 9, 2))).as("the centre's override wins").isTrue();
        assertThat(atCentre.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(national.isWorkingDay(LocalDate.of(2026, 6, 8))).isTrue();
    }

    @Inject
    CalendarDays days;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Map<String, Object>> list(String body) throws java.io.IOException {
        return (List) json.readValue(body, io.micronaut.core.type.Argument.listOf(Map.class));
    }

    private void insert(long unitId, LocalDate day, DayKind kind, String name) {
        var now = java.time.Instant.now();
        days.save(new CalendarDay(null, "VN", unitId, day, kind, name, now, now));
    }
}
