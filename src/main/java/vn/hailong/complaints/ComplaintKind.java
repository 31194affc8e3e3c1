package vn.hailong.complaints;

import java.util.Locale;
import java.util.Optional;

/** Kinds of citizen submissions and their two-letter tracking-code prefixes. */
public enum ComplaintKind {
    PHAN_ANH("PA"), KIEN_NGHI("KN"), KHIEU_NAI("KH"), TO_CAO("TC");

    private final String prefix;

    ComplaintKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public static Optional<ComplaintKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ComplaintKind k : values()) {
            if (k.name().equals(v) || k.prefix.equals(v)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
