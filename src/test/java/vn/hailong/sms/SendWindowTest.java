package vn.hailong.sms;

import org.junit.jupiter.api.Test;
import vn.hailong.shared.time.ClockFactory;

import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendWindowTest {

    static Instant local(String t) {
        return OffsetDateTime.parse(t + "+07:00").toInstant();
    }

    @Test
    void open_from_the_opening_minute_to_before_the_closing_one_in_local_time() {
        SendWindow w = SendWindow.parse("07:00-22:00", ClockFactory.VIETNAM);
        assertThat(w.isOpen(local("2026-03-02T06:59"))).isFalse();
        assertThat(w.isOpen(local("2026-03-02T07:00"))).isTrue();
        assertThat(w.isOpen(local("2026-03-02T21:59"))).isTrue();
        assertThat(w.isOpen(local("2026-03-02T22:00"))).isFalse();
        assertThat(w.nextOpening(local("2026-03-02T05:10"))).isEqualTo(local("2026-03-02T07:00"));
        assertThat(w.nextOpening(local("2026-03-02T23:30"))).isEqualTo(local("2026-03-03T07:00"));
        assertThat(w.nextOpening(local("2026-03-02T09:00"))).isEqualTo(local("2026-03-02T09:00"));
    }

    @Test
    void the_whole_day_is_always_open_and_nonsense_is_refused() {
        SendWindow always = SendWindow.parse("00:00-24:00", ClockFactory.VIETNAM);
        assertThat(always.alwaysOpen()).isTrue();
        assertThat(always.isOpen(local("2026-03-02T03:00"))).isTrue();
        assertThatThrownBy(() -> SendWindow.parse("22:00-07:00", ClockFactory.VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SendWindow.parse("7h-22h", ClockFactory.VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
