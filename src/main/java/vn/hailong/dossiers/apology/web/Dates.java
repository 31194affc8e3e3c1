package vn.hailong.dossiers.apology.web;

import vn.hailong.shared.time.ClockFactory;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Moments and days as the pages show them, in Vietnam's time. */
final class Dates {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ClockFactory.VIETNAM);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ClockFactory.VIETNAM);

    private Dates() {
    }

    static String moment(Instant at) {
        return MOMENT.format(at);
    }

    static String day(Instant at) {
        return DAY.format(at);
    }
}
