package vn.hailong.web;

import io.micronaut.core.annotation.Introspected;
import vn.hailong.shared.time.ClockFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * "5 phút trước": how long ago something happened, as a message key of the web bundle ({@code web.ago.*}) and the
 * amount, so that templates only format ({@code #{${x.key}(${x.amount})}}). Also the local time for a tooltip
 * and the ISO instant for {@code <time datetime>}.
 */
@Introspected
public record Ago(String key, long amount, String local, String iso) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockFactory.VIETNAM);

    public static Ago between(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toSeconds() < 60) {
            return new Ago("web.ago.justNow", 0, local(then), then.toString());
        }
        if (d.toMinutes() < 60) {
            return new Ago("web.ago.minutes", d.toMinutes(), local(then), then.toString());
        }
        if (d.toHours() < 48) {
            return new Ago("web.ago.hours", d.toHours(), local(then), then.toString());
        }
        return new Ago("web.ago.days", d.toDays(), local(then), then.toString());
    }

    /** Local time in Asia/Ho_Chi_Minh, "dd/MM/yyyy HH:mm". */
    public static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant);
    }
}
