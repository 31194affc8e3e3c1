package vn.hailong.shared.crypto;

import javax.crypto.Cipher;
import vn.hailong.shared.ids.Digests;

import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Encryption at rest for citizens' personal data (product.md §5), JDK only: AES-256-GCM with a fresh 96-bit nonce
 * per value, and a keyed HMAC-SHA256 "blind index" so that rows can still be found by an exact value (the last
 * dossier invited at this number) without storing it readable. Both keys are derived from one 32-byte master key,
 * so the encryption key never doubles as the index key.
 * <p>Stored form: {@code [format 0x01][12-byte nonce][ciphertext + 16-byte tag]}. The {@code purpose} (e.g.
 * {@code complaints.citizen_phone}) is bound as associated data: a value copied into another column does not
 * decrypt there.
 */
public final class PersonalDataCipher {

    public static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecretKeySpec fingerprintKey;
    private final String keyCheckValue;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("The personal-data key must be " + KEY_BYTES + " bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "hailong/personal-data/aes-gcm/v1"), "AES");
        this.indexKey = new SecretKeySpec(derive(masterKey, "hailong/personal-data/blind-index/v1"), "HmacSHA256");
        this.fingerprintKey = new SecretKeySpec(derive(masterKey, "hailong/personal-data/fingerprint/v1"), "HmacSHA256");
        this.keyCheckValue = HexFormat.of().formatHex(derive(derive(masterKey, "hailong/personal-data/key-check/v1"),
                "HaiLong personal-data key check"));
    }

    public byte[] encrypt(String plaintext, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** @throws IllegalArgumentException when the value was not sealed with this key and purpose, or was altered */
    public String decrypt(byte[] stored, String purpose) {
        if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new IllegalArgumentException("Not a personal-data ciphertext of format " + FORMAT);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("Personal data does not decrypt with this key (wrong key, purpose or altered)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** Hex HMAC-SHA256 of a normalised value under the index key: equal values give equal indexes, nothing else. */
    public String blindIndex(String normalisedValue, String purpose) {
        return HexFormat.of().formatHex(Digests.hmacSha256(indexKey, purpose, normalisedValue));
    }

    /**
     * Hex keyed HMAC-SHA256 of a whole canonical text that contains personal data (e.g. the body of a complaint, to
     * recognise a replay): unlike a plain hash it cannot be brute-forced from the readable fields next to it without
     * the key. Its own derived key, so it can never be compared with a blind index.
     */
    public String fingerprint(String canonical, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Hex HMAC of a constant under a key derived from the master key: stored once in the database, so that a start
     * with another key is refused (see {@code database.PersonalDataKeyCheck}) instead of writing data no one can read later.
     * Reveals nothing about the key.
     */
    public String keyCheckValue() {
        return keyCheckValue;
    }

    private static byte[] derive(byte[] master, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "PersonalDataCipher[AES-256-GCM, keys hidden]";
    }
}
