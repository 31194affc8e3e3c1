package vn.hailong.complaints;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Tracking codes such as {@code PA-2026-7K3Q9}: kind prefix, year, five Crockford base32 characters (no I, L, O,
 * U), easy to read over the phone. Uniqueness is enforced by the database; a clash is retried with a new code.
 */
public final class TrackingCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 5;

    private final RandomGenerator random;

    public TrackingCodes() {
        this(new SecureRandom());
    }

    TrackingCodes(RandomGenerator random) {
        this.random = random;
    }

    public String next(ComplaintKind kind, int year) {
        StringBuilder sb = new StringBuilder(kind.prefix()).append('-').append(year).append('-');
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
