package vn.hailong.sms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local hours messages may go out ({@code hailong.sms.send-window}, "07:00-22:00"; "00:00-24:00" is always
 * open): from the opening minute included to the closing minute excluded. Outside it a message waits for the next
 * opening.
 */
public final class SendWindow {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    private final int openMinute;
    private final int closeMinute;
    private final ZoneId zone;

    private SendWindow(int openMinute, int closeMinute, ZoneId zone) {
        this.openMinute = openMinute;
        this.closeMinute = closeMinute;
        this.zone = zone;
    }

    public static SendWindow parse(String text, ZoneId zone) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("hailong.sms.send-window must look like 07:00-22:00, not " + text);
        }
        int open = minute(m.group(1), m.group(2));
        int close = minute(m.group(3), m.group(4));
        if (open >= close || open >= 24 * 60) {
            throw new IllegalArgumentException("hailong.sms.send-window must open before it closes: " + text);
        }
        return new SendWindow(open, close, zone);
    }

    private static int minute(String h, String m) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
            throw new IllegalArgumentException("Not a time of day: " + h + ":" + m);
        }
        return hour * 60 + minute;
    }

    public boolean alwaysOpen() {
        return openMinute == 0 && closeMinute == 24 * 60;
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen()) {
            return true;
        }
        LocalTime t = at.atZone(zone).toLocalTime();
        int minute = t.getHour() * 60 + t.getMinute();
        return minute >= openMinute && minute < closeMinute;
    }

    /** {@code at} itself when open, else the next opening moment. */
    public Instant nextOpening(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(opening()) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return openingOn(day);
    }

    /** The opening moment of a local day. */
    public Instant openingOn(LocalDate day) {
        return day.atTime(opening()).atZone(zone).toInstant();
    }

    private LocalTime opening() {
        return LocalTime.of(openMinute / 60, openMinute % 60);
    }

    @Override
    public String toString() {
        return String.format("%02d:%02d-%02d:%02d", openMinute / 60, openMinute % 60, closeMinute / 60,
                closeMinute % 60);
    }
}
