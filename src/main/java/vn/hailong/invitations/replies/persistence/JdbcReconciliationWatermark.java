package vn.hailong.invitations.replies.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.invitations.replies.ReconciliationWatermark;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The watermark as the app_settings row {@code sms.inbound.reconciled_until}, written as a fixed-width UTC
 * timestamp so that "only forward" is a plain comparison in the UPDATE, safe when two nodes advance it at once.
 */
@Singleton
class JdbcReconciliationWatermark implements ReconciliationWatermark {

    static final String SETTING = "sms.inbound.reconciled_until";
    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcOperations jdbc;
    private final Clock clock;

    JdbcReconciliationWatermark(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> get() {
        return jdbc.prepareStatement("SELECT value FROM app_settings WHERE name = ?", ps -> {
            ps.setString(1, SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.<Instant>empty();
            }
        });
    }

    @Override
    @Transactional
    public Instant initialise(Instant at) {
        jdbc.prepareStatement("INSERT IGNORE INTO app_settings (name, value, updated_at) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, SETTING);
            ps.setString(2, FIXED.format(at));
            UtcColumns.set(ps, 3, clock.instant());
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT value FROM app_settings WHERE name = ? LOCK IN SHARE MODE", ps -> {
            ps.setString(1, SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Instant.parse(rs.getString(1)) : at;
            }
        });
    }

    @Override
    @Transactional
    public void advance(Instant to) {
        String value = FIXED.format(to);
        jdbc.prepareStatement("UPDATE app_settings SET value = ?, updated_at = ? WHERE name = ? AND value < ?", ps -> {
            ps.setString(1, value);
            UtcColumns.set(ps, 2, clock.instant());
            ps.setString(3, SETTING);
            ps.setString(4, value);
            return ps.executeUpdate();
        });
    }
}
