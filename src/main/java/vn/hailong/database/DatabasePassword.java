package vn.hailong.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/** The embedded database's root password: generated once, kept in a file only its owner can read (0600). */
final class DatabasePassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePassword() {
    }

    static Optional<String> read(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return password.isEmpty() ? Optional.empty() : Optional.of(password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database password " + file, e);
        }
    }

    /** Letters and digits only, so it needs no quoting in SQL or a client's command line. */
    static String generate() {
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Written to a temporary owner-only file first, then moved into place, so no one can read it half-written. */
    static void write(Path file, String password) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, password + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database password " + file, e);
        }
    }
}
