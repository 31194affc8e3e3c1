package vn.hailong.metrics;

import java.util.List;

/** The stored code of a rating channel (product.md §2), fixed so that rollups survive a reordering of the enum. */
public final class ChannelCode {

    public static final List<String> CHANNELS = List.of("KIOSK", "COUNTER", "SMS", "WEB", "IMPORT");

    private ChannelCode() {
    }

    public static int of(String channel) {
        int i = CHANNELS.indexOf(channel);
        if (i < 0) {
            throw new IllegalArgumentException("unknown channel " + channel);
        }
        return i + 1;
    }

    public static String name(long code) {
        return code >= 1 && code <= CHANNELS.size() ? CHANNELS.get((int) code - 1) : "?";
    }
}
