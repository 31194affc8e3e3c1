package vn.hailong.feedback;

import java.util.Locale;
import java.util.Optional;

/**
 * Who the citizen came as (the seed plans set targets for "tổ chức, cá nhân" and "người dân, doanh nghiệp"): a
 * person, or on behalf of an organisation or business. Optional on a rating; taken from the dossier where fed.
 */
public enum ApplicantType {
    INDIVIDUAL, ORGANISATION;

    public static Optional<ApplicantType> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
