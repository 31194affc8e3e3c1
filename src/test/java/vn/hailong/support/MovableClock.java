package vn.hailong.support;

import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A service clock a test sets and moves (install it with {@code @MockBean(Clock.class)}). */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(Instant now) {
        this.now = now;
    }

    /** At a local time in Vietnam, e.g. {@code "2026-03-02T09:00"}. */
    public static MovableClock at(String localDateTime) {
        return new MovableClock(local(localDateTime));
    }

    public static Instant local(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(String localDateTime) {
        now = local(localDateTime);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ClockFactory.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
