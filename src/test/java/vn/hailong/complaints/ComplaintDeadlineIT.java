package vn.hailong.complaints;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hailong.calendar.CalendarDay;
import vn.hailong.calendar.persistence.CalendarDays;
import vn.hailong.calendar.DayKind;
import vn.hailong.feedback.RatingWorld;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.support.Api;
import vn.hailong.support.Fixtures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.feedback.RatingWorld.field;

/** A new complaint's due date comes from the working calendar of its unit and the deadline policy of its kind. */
@MicronautTest(transactional = false)
class ComplaintDeadlineIT {

    /** Thursday before Tết Bính Ngọ (14–22 February 2026), one minute before closing. */
    static final Instant THURSDAY_BEFORE_TET_1659 = OffsetDateTime.parse("2026-02-12T16:59:00+07:00").toInstant();

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    CalendarDays calendarDays;

    Api api;
    RatingWorld w;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(THURSDAY_BEFORE_TET_1659, ClockFactory.VIETNAM);
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
        w = new RatingWorld(fixtures, api);
    }

    String dueAt(String kind) {
        Api.Response r = api.send("POST", "/api/v1/complaints", w.kioskToken,
                "{\"kind\":\"" + kind + "\",\"text\":\"Chờ quá lâu\"}", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return field(r.body(), "dueAt");
    }

    static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void a_complaint_filed_the_thursday_before_tet_is_due_fifteen_working_days_later_after_the_holiday() {
        // day 0 Thu 12/2; Fri 13/2 is day 1; Tết 14–22/2; Mon 23/2 is day 2 … Thu 12/3 is day 15
        assertThat(Instant.parse(dueAt("PHAN_ANH"))).isEqualTo(at("2026-03-12T17:00:00+07:00"));
        assertThat(Instant.parse(dueAt("KIEN_NGHI"))).isEqualTo(at("2026-03-12T17:00:00+07:00"));
    }

    @Test
    void the_units_own_holiday_moves_the_due_date() {
        calendarDays.save(new CalendarDay(null, "VN", w.unit.id(), LocalDate.of(2026, 3, 12), DayKind.HOLIDAY,
                "Lễ hội địa phương", THURSDAY_BEFORE_TET_1659, THURSDAY_BEFORE_TET_1659));
        assertThat(Instant.parse(dueAt("PHAN_ANH"))).isEqualTo(at("2026-03-13T17:00:00+07:00"));
    }

    @Test
    void a_complaint_whose_answer_is_counted_from_acceptance_is_due_for_acceptance_first() {
        // Luật Khiếu nại Art. 27: 10 working days to accept; Fri 13/2 (1), Mon 23/2 (2) … Thu 5/3 (10)
        assertThat(Instant.parse(dueAt("KHIEU_NAI"))).isEqualTo(at("2026-03-05T17:00:00+07:00"));
    }
}
