package vn.hailong.web.limits.persistence;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import vn.hailong.shared.ids.Digests;
import vn.hailong.web.limits.WindowCounters;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link WindowCounters} in {@code abuse_counters}. One auto-committed upsert per count, on its own connection (a
 * count stays counted even when the caller's transaction rolls back); {@code LAST_INSERT_ID(expr)} hands back the
 * count this very statement produced, so parallel callers each see a different number. InnoDB may pick a parallel
 * first insert of the same key as a deadlock victim; that statement is simply tried again.
 */
@Singleton
class JdbcWindowCounters implements WindowCounters {

    private static final int MAX_KEY = 191;
    private static final int TRIES = 5;

    private final DataSource dataSource;
    private final Clock clock;

    JdbcWindowCounters(DataSource contextual, DataSourceResolver resolver, Clock clock) {
        this.dataSource = resolver.resolve(contextual);
        this.clock = clock;
    }

    @Override
    public Count add(String limit, String key, Duration window, int delta) {
        Instant start = windowStart(clock.instant(), window);
        Instant end = start.plus(window);
        String k = storedKey(key);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                if (!upsert(c, limit, k, start, end, delta)) {
                    return new Count(0, end);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT LAST_INSERT_ID()");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Count(rs.getLong(1), end);
                }
            } catch (SQLTransactionRollbackException e) {
                if (attempt >= TRIES) {
                    throw new IllegalStateException("Could not count " + limit, e);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count " + limit, e);
            }
        }
    }

    /** False when there was nothing to give back. */
    private static boolean upsert(Connection c, String limit, String key, Instant start, Instant end, int delta)
            throws SQLException {
        if (delta < 0) {
            // giving back: only to a row that exists, never below zero (LAST_INSERT_ID is unsigned)
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE abuse_counters SET hits = LAST_INSERT_ID(GREATEST(hits + ?, 0))
                    WHERE limit_name = ? AND counter_key = ? AND window_start = ?""")) {
                ps.setInt(1, delta);
                ps.setString(2, limit);
                ps.setString(3, key);
                ps.setObject(4, utc(start));
                return ps.executeUpdate() > 0;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO abuse_counters (limit_name, counter_key, window_start, hits, expires_at)
                VALUES (?, ?, ?, LAST_INSERT_ID(?), ?)
                ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(hits + ?)""")) {
            ps.setString(1, limit);
            ps.setString(2, key);
            ps.setObject(3, utc(start));
            ps.setInt(4, delta);
            ps.setObject(5, utc(end));
            ps.setInt(6, delta);
            ps.executeUpdate();
            return true;
        }
    }

    @Override
    public Count current(String limit, String key, Duration window) {
        Instant start = windowStart(clock.instant(), window);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT hits FROM abuse_counters WHERE limit_name = ? AND counter_key = ? AND window_start = ?")) {
            ps.setString(1, limit);
            ps.setString(2, storedKey(key));
            ps.setObject(3, utc(start));
            try (ResultSet rs = ps.executeQuery()) {
                return new Count(rs.next() ? rs.getLong(1) : 0L, start.plus(window));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + limit, e);
        }
    }

    @Override
    public int purgeExpired() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM abuse_counters WHERE expires_at < ? LIMIT 10000")) {
            c.setAutoCommit(true);
            ps.setObject(1, utc(clock.instant()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge abuse counters", e);
        }
    }

    static Instant windowStart(Instant now, Duration window) {
        long size = Math.max(1, window.toMillis());
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    private static String storedKey(String key) {
        String k = key == null ? "" : key;
        return k.length() <= MAX_KEY ? k : "sha256:" + Digests.sha256(k);
    }

    private static LocalDateTime utc(Instant i) {
        return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
