package vn.hailong.access.tokens;

import vn.hailong.shared.ids.Digests;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque token secrets: 256 random bits, shown once. Only a SHA-256 digest is stored; a fast hash is right
 * here (unlike passwords) because the secret has full entropy and is looked up on every API call.
 */
final class TokenSecret {

    /** Bounds of an operator-chosen secret (HAILONG_BOOTSTRAP_API_TOKEN); generated ones have 46 characters. */
    static final int MIN_CHOSEN_LENGTH = 32;
    /** No secret is longer: longer Bearer values are not even looked up. */
    static final int MAX_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "hl_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why an operator-chosen secret is unacceptable, or null if it is fine. */
    static String weaknessOfChosen(String secret) {
        int length = secret == null ? 0 : secret.length();
        if (length < MIN_CHOSEN_LENGTH || length > MAX_LENGTH) {
            return "HAILONG_BOOTSTRAP_API_TOKEN (hailong.bootstrap.api-token) must be " + MIN_CHOSEN_LENGTH + " to "
                    + MAX_LENGTH + " characters long, not " + length + "; generate one with: openssl rand -base64 33";
        }
        return null;
    }

    static String hash(String secret) {
        return Digests.sha256(secret);
    }
}
