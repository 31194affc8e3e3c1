package vn.hailong.shared.persistence;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a unique-key violation (MySQL/MariaDB error 1062) anywhere in an exception's causes, and names the key,
 * so that a store can tell "this idempotency key is taken" (a replay) from "this id is taken" (draw a new one).
 */
public final class DuplicateKeys {

    /** MariaDB: "Duplicate entry '…' for key 'uq_…'"; MySQL 8 qualifies it: "… for key 'ratings.uq_…'". */
    private static final Pattern KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");

    private DuplicateKeys() {
    }

    /**
     * The name of the unique key the error names ("PRIMARY" for the primary key, "" when the message names none),
     * or empty when the exception is no duplicate-key error.
     */
    public static Optional<String> keyName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException s && s.getErrorCode() == 1062) {
                Matcher m = KEY.matcher(String.valueOf(s.getMessage()));
                return Optional.of(m.find() ? m.group(1) : "");
            }
        }
        return Optional.empty();
    }

    public static boolean isDuplicate(Throwable e) {
        return keyName(e).isPresent();
    }
}
