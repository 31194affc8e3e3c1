package vn.hailong.invitations;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The unguessable part of a rating link (/danh-gia/&lt;token&gt;, /danh-gia/q/&lt;token&gt;): ten characters of
 * Crockford base32 (no I, L, O, U; easy to read and type), 50 random bits from a {@link SecureRandom}. With a
 * million live links a guess hits one with a chance of about 10⁻⁹.
 */
public final class InvitationTokens {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 10;

    private final RandomGenerator random;

    public InvitationTokens() {
        this(new SecureRandom());
    }

    /** A generator on a given source of randomness: seeded for demo history, SecureRandom otherwise. */
    public InvitationTokens(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        char[] token = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            token[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(token);
    }

    /** Whether the text could be a token (what a link carries is checked before the database is asked). */
    public static boolean wellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
