package vn.hailong.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Where the personal-data master key comes from: {@code hailong.crypto.key} / {@code HAILONG_CRYPTO_KEY} (base64 of
 * 32 bytes) in production; otherwise a key generated on first start and kept in {@code personal-data.key} beside
 * the embedded database's data, readable by the owner only (0600), with a warning in the log. Losing that file
 * makes the stored phone numbers unreadable, so it belongs in the same backup as the database.
 * <p>With an external database ({@code DATASOURCES_DEFAULT_URL}) no key is generated: the file would live on this
 * machine only, so a redeployed container or a second node would make a new key and could no longer read the
 * numbers. Start-up is refused until {@code HAILONG_CRYPTO_KEY} is set.
 */
public final class PersonalDataKey {

    public static final String FILE_NAME = "personal-data.key";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PersonalDataKey() {
    }

    /**
     * @param configured       the configured base64 key, or null/blank
     * @param directory        where a generated key lives (embedded database only)
     * @param externalDatabase true when an external database is configured: then the key must be configured
     * @throws IllegalStateException when no key is configured for an external database, or the key is malformed
     */
    public static byte[] resolve(String configured, Path directory, boolean externalDatabase) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), "hailong.crypto.key (HAILONG_CRYPTO_KEY)");
        }
        if (externalDatabase) {
            throw new IllegalStateException("HAILONG_CRYPTO_KEY is not set, but an external database is configured "
                    + "(DATASOURCES_DEFAULT_URL). Set HAILONG_CRYPTO_KEY to the base64 key (32 bytes, e.g. "
                    + "`openssl rand -base64 32` for a new installation) that every node of this database uses; "
                    + "a key generated on this machine would be lost with it and the stored phone numbers could no "
                    + "longer be read.");
        }
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            }
            Files.createDirectories(directory);
            byte[] key = new byte[PersonalDataCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException raced) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            LOG.warn("No HAILONG_CRYPTO_KEY is set: generated a key for citizens' personal data in {} (owner-only). "
                    + "Production must set HAILONG_CRYPTO_KEY (base64 of 32 random bytes) and keep it safe; "
                    + "without the key the stored phone numbers cannot be read.", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data key " + file, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The personal-data key in " + source + " is not base64", e);
        }
        if (key.length != PersonalDataCipher.KEY_BYTES) {
            throw new IllegalStateException("The personal-data key in " + source + " must be base64 of "
                    + PersonalDataCipher.KEY_BYTES + " bytes, not " + key.length);
        }
        return key;
    }
}
