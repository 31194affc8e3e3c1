package vn.hailong.calendar;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hailong.calendar.persistence.CalendarDays;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Role;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DeadlineApiIT {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    CalendarDays days;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    private Api.Response deadline(String token, String from, String amount, String unit, String unitCode) {
        String query = "from=" + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&amount=" + amount + "&unit=" + unit
                + (unitCode == null ? "" : "&unitCode=" + unitCode);
        return api.get("/api/v1/calendar/deadline?" + query, token);
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-12T16:59:00+07:00 | 2  | WORKING_DAYS  | 2026-02-23T17:00:00+07:00
            2026-02-12T09:59:00Z      | 2  | WORKING_DAYS  | 2026-02-23T17:00:00+07:00
            2026-01-09T10:00:00+07:00 | 1  | WORKING_DAYS  | 2026-01-10T17:00:00+07:00
            2026-04-24T10:00:00+07:00 | 1  | WORKING_DAYS  | 2026-04-28T17:00:00+07:00
            2026-02-13T15:00:00+07:00 | 4  | WORKING_HOURS | 2026-02-23T10:00:00+07:00
            2026-02-12T16:59:00+07:00 | 30 | CALENDAR_DAYS | 2026-03-14T16:59:00+07:00
            """)
    void due_dates_follow_the_seeded_national_calendar(String from, String amount, String unit, String expected) {
        String token = fixtures.token(Role.HANDLER, fixtures.province());
        var response = deadline(token, from, amount, unit, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"dueAt\":\"" + expected + "\"}");
    }

    @Test
    void a_unit_day_off_moves_the_due_date_for_that_unit_only() {
        Unit ward = fixtures.commune("Phường Hương An");
        Unit other = fixtures.commune("Phường Kim Trà");
        var now = Instant.parse("2026-01-01T00:00:00Z");
        days.save(new CalendarDay(null, "VN", ward.id(), LocalDate.of(2026, 6, 9), DayKind.HOLIDAY, "Ngày hội phường (thử)", now, now));
        String token = fixtures.token(Role.UNIT_MANAGER, ward);
        assertThat(deadline(token, "2026-06-08T09:00:00+07:00", "1", "WORKING_DAYS", ward.code()).body())
                .isEqualTo("{\"dueAt\":\"2026-06-10T17:00:00+07:00\"}");
        assertThat(deadline(token, "2026-06-08T09:00:00+07:00", "1", "WORKING_DAYS", null).body())
                .isEqualTo("{\"dueAt\":\"2026-06-09T17:00:00+07:00\"}");
        assertThat(deadline(token, "2026-06-08T09:00:00+07:00", "1", "WORKING_DAYS", other.code()).status())
                .as("a unit outside the token's scope is not found").isEqualTo(404);
    }

    @Test
    void bad_parameters_are_400_problems() {
        String token = fixtures.token(Role.HANDLER, fixtures.province());
        var badFrom = deadline(token, "12/02/2026", "2", "WORKING_DAYS", null);
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.contentType()).startsWith("application/problem+json");
        assertThat(badFrom.body()).contains("from");
        assertThat(deadline(token, "2026-02-12T16:59:00+07:00", "-1", "WORKING_DAYS", null).status()).isEqualTo(400);
        assertThat(deadline(token, "2026-02-12T16:59:00+07:00", "2", "WEEKS", null).body()).contains("unit");
        assertThat(api.get("/api/v1/calendar/deadline?amount=1&unit=WORKING_DAYS", token).status()).isEqualTo(400);
        assertThat(deadline(null, "2026-02-12T16:59:00+07:00", "2", "WORKING_DAYS", null).status()).isEqualTo(401);
    }

    /** Found by the fuzz (PublicEndpointsFuzzIT): an instant at the edge of Instant's range was a 500. */
    @ParameterizedTest
    @CsvSource({"-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1899-12-31T23:59:59Z", "2200-01-01T00:00:01Z"})
    void instants_outside_the_calendar_years_are_400_problems(String from) {
        String token = fixtures.token(Role.HANDLER, fixtures.province());
        var far = deadline(token, from, "1", "WORKING_DAYS", null);
        assertThat(far.status()).as(far.body()).isEqualTo(400);
        assertThat(far.contentType()).startsWith("application/problem+json");
        assertThat(far.body()).contains("\"field\":\"from\"");
    }
}
