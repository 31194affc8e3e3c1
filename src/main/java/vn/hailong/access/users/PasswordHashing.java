package vn.hailong.access.users;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * Argon2id password hashes (OWASP's minimum profile: 19 MiB, 2 passes, 1 lane, 16-byte salt). Verification reads the
 * parameters from the stored hash, so stronger settings later still verify old hashes. The salt length is given
 * here rather than left to password4j, which otherwise warns about a missing {@code psw4j.properties} at every hash.
 */
@Singleton
public class PasswordHashing {

    private static final int SALT_BYTES = 16;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID, 19);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    // hash of a random string, so that an unknown username costs as much time as a wrong password
    private static final String DUMMY_HASH = hashWith(randomPassword(16));

    public String hash(String password) {
        return hashWith(password);
    }

    private static String hashWith(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null || hash.isEmpty()) {
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Burns the same time as a real check; used when the username is unknown. */
    public void matchNothing(String password) {
        matches(password == null ? "" : password, DUMMY_HASH);
    }

    public static String randomPassword(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
