package vn.hailong.shared.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now"; tests replace the Clock bean. Periods are counted in Vietnam's time zone. */
@Factory
public class ClockFactory {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Singleton
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
