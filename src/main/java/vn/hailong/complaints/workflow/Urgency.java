package vn.hailong.complaints.workflow;

import java.util.Locale;
import java.util.Optional;

/**
 * How a case is to be handled: khẩn (urgent), bình thường, phức tạp (complex: longer legal times, extensions for
 * denunciations) and đặc biệt phức tạp (Luật Tố cáo 2018 Art. 30: two extensions).
 */
public enum Urgency {
    KHAN, BINH_THUONG, PHUC_TAP, DAC_BIET_PHUC_TAP;

    public static Optional<Urgency> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The urgency whose policy applies when none is written for this one: the nearest milder level. */
    public Optional<Urgency> fallback() {
        return switch (this) {
            case DAC_BIET_PHUC_TAP -> Optional.of(PHUC_TAP);
            case PHUC_TAP, KHAN -> Optional.of(BINH_THUONG);
            case BINH_THUONG -> Optional.empty();
        };
    }
}
