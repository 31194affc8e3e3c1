package vn.hailong.sms.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.sms.OutboxState;
import vn.hailong.sms.OutboxStore;
import vn.hailong.sms.SmsPurpose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** sms_outbox for the dispatcher, the status callbacks and the admin list (rows queued by {@link JdbcSmsOutbox}). */
@Singleton
class JdbcOutboxStore implements OutboxStore {

    private static final String LISTED = "SELECT id, purpose, state, unit_id, to_cipher, body, attempts, error_code,"
            + " error_message, delivery_status, created_at, next_attempt_at, sent_at FROM sms_outbox";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;
    private final JsonMapper json;

    JdbcOutboxStore(JdbcOperations jdbc, PhoneIndex phones, JsonMapper json) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.json = json;
    }

    @Override
    @Transactional
    public List<Claimed> claim(String token, Instant now, int limit) {
        jdbc.prepareStatement("UPDATE sms_outbox SET state = 'SENDING', claim_token = ?, claimed_at = ?,"
                + " attempts = attempts + 1, updated_at = ? WHERE state = 'QUEUED' AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id LIMIT ?", ps -> {
            ps.setString(1, token);
            UtcColumns.set(ps, 2, now);
            UtcColumns.set(ps, 3, now);
            UtcColumns.set(ps, 4, now);
            ps.setInt(5, limit);
            return ps.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT id, purpose, to_cipher, to_index, params, body, attempts, created_at"
                + " FROM sms_outbox WHERE claim_token = ? AND state = 'SENDING' ORDER BY next_attempt_at, id", ps -> {
            ps.setString(1, token);
            List<Claimed> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Claimed(rs.getLong(1), SmsPurpose.valueOf(rs.getString(2)),
                            phones.decrypt(rs.getBytes(3), JdbcSmsOutbox.TO_COLUMN), rs.getString(4),
                            params(rs.getString(5)), rs.getString(6), rs.getInt(7), UtcColumns.instant(rs, 8), token));
                }
            }
            return rows;
        });
    }

    @Override
    @Transactional
    public int releaseAbandoned(Instant before, Instant now) {
        return jdbc.prepareStatement("UPDATE sms_outbox SET state = 'QUEUED', claim_token = NULL, next_attempt_at = ?,"
                + " updated_at = ? WHERE state = 'SENDING' AND claimed_at < ?", ps -> {
            UtcColumns.set(ps, 1, now);
            UtcColumns.set(ps, 2, now);
            UtcColumns.set(ps, 3, before);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public void storeBody(long id, String token, String body) {
        update("UPDATE sms_outbox SET body = ? WHERE id = ? AND claim_token = ?", ps -> {
            ps.setString(1, body);
            ps.setLong(2, id);
            ps.setString(3, token);
        });
    }

    @Override
    @Transactional
    public void wait(long id, String token, Instant at) {
        update("UPDATE sms_outbox SET state = 'QUEUED', claim_token = NULL, attempts = attempts - 1,"
                + " next_attempt_at = ?, updated_at = ? WHERE id = ? AND claim_token = ?", ps -> {
            UtcColumns.set(ps, 1, at);
            UtcColumns.set(ps, 2, at);
            ps.setLong(3, id);
            ps.setString(4, token);
        });
    }

    @Override
    @Transactional
    public void sent(long id, String token, String providerSid, String deliveryStatus, Instant at) {
        update("UPDATE sms_outbox SET state = 'SENT', claim_token = NULL, provider_sid = ?, delivery_status = ?,"
                + " sent_at = ?, updated_at = ?, error_code = NULL, error_message = NULL"
                + " WHERE id = ? AND claim_token = ?", ps -> {
            ps.setString(1, providerSid);
            ps.setString(2, deliveryStatus);
            UtcColumns.set(ps, 3, at);
            UtcColumns.set(ps, 4, at);
            ps.setLong(5, id);
            ps.setString(6, token);
        });
    }

    @Override
    @Transactional
    public void retry(long id, String token, Instant at, String errorCode, String errorMessage) {
        update("UPDATE sms_outbox SET state = 'QUEUED', claim_token = NULL, next_attempt_at = ?, error_code = ?,"
                + " error_message = ?, updated_at = ? WHERE id = ? AND claim_token = ?", ps -> {
            UtcColumns.set(ps, 1, at);
            ps.setString(2, cut(errorCode, 16));
            ps.setString(3, cut(errorMessage, 500));
            UtcColumns.set(ps, 4, at);
            ps.setLong(5, id);
            ps.setString(6, token);
        });
    }

    @Override
    @Transactional
    public void finish(long id, String token, OutboxState state, String errorCode, String errorMessage, Instant at) {
        // a skipped message was never sent: its claim is no attempt
        update("UPDATE sms_outbox SET state = ?, claim_token = NULL, error_code = ?, error_message = ?, updated_at = ?,"
                + " attempts = attempts - ? WHERE id = ? AND claim_token = ?", ps -> {
            ps.setString(1, state.name());
            ps.setString(2, cut(errorCode, 16));
            ps.setString(3, cut(errorMessage, 500));
            UtcColumns.set(ps, 4, at);
            ps.setInt(5, state.name().startsWith("SKIPPED") ? 1 : 0);
            ps.setLong(6, id);
            ps.setString(7, token);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public int sentTo(String toIndex, Instant from, Instant until) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM sms_outbox WHERE to_index = ? AND sent_at >= ?"
                + " AND sent_at < ? AND purpose NOT LIKE 'REPLY\\_%'", ps -> {
            ps.setString(1, toIndex);
            UtcColumns.set(ps, 2, from);
            UtcColumns.set(ps, 3, until);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean knowsProviderSid(String providerSid) {
        return jdbc.prepareStatement("SELECT 1 FROM sms_outbox WHERE provider_sid = ?", ps -> {
            ps.setString(1, providerSid);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    @Transactional
    public boolean updateDelivery(String providerSid, DeliveryProgress apply) {
        record Current(long id, String status, OutboxState state) {
        }
        Current current = jdbc.prepareStatement("SELECT id, delivery_status, state FROM sms_outbox"
                + " WHERE provider_sid = ? FOR UPDATE", ps -> {
            ps.setString(1, providerSid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Current(rs.getLong(1), rs.getString(2), OutboxState.valueOf(rs.getString(3)))
                        : null;
            }
        });
        if (current == null) {
            return false;
        }
        apply.next(current.status(), current.state()).ifPresent(u -> update("UPDATE sms_outbox SET delivery_status = ?,"
                + " state = ?, error_code = COALESCE(?, error_code), error_message = COALESCE(?, error_message)"
                + " WHERE id = ?", ps -> {
            ps.setString(1, u.status());
            ps.setString(2, u.state().name());
            ps.setString(3, cut(u.errorCode(), 16));
            ps.setString(4, cut(u.errorMessage(), 500));
            ps.setLong(5, current.id());
        }));
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public Page page(Filter f, int offset, int limit) {
        if (f.unitIds() != null && f.unitIds().isEmpty()) {
            return new Page(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.state() != null) {
            where.append(" AND state = ?");
            args.add(f.state().name());
        }
        if (f.purpose() != null) {
            where.append(" AND purpose = ?");
            args.add(f.purpose().name());
        }
        if (f.from() != null) {
            where.append(" AND created_at >= ?");
            args.add(f.from());
        }
        if (f.until() != null) {
            where.append(" AND created_at < ?");
            args.add(f.until());
        }
        if (f.unitIds() != null) {
            where.append(" AND unit_id IN (").append("?,".repeat(f.unitIds().size() - 1)).append("?)");
            args.addAll(f.unitIds());
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM sms_outbox" + where, ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Listed> rows = jdbc.prepareStatement(LISTED + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                ps -> {
                    int n = bind(ps, args);
                    ps.setInt(n + 1, limit);
                    ps.setInt(n + 2, offset);
                    List<Listed> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(listed(rs));
                        }
                    }
                    return out;
                });
        return new Page(rows, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Listed> byId(long id) {
        return jdbc.prepareStatement(LISTED + " WHERE id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(listed(rs)) : Optional.<Listed>empty();
            }
        });
    }

    private Listed listed(ResultSet rs) throws SQLException {
        long unit = rs.getLong(4);
        return new Listed(rs.getLong(1), SmsPurpose.valueOf(rs.getString(2)), OutboxState.valueOf(rs.getString(3)),
                rs.wasNull() ? null : unit, phones.decrypt(rs.getBytes(5), JdbcSmsOutbox.TO_COLUMN), rs.getString(6),
                rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10), UtcColumns.instant(rs, 11),
                UtcColumns.instant(rs, 12), UtcColumns.instant(rs, 13));
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Instant instant) {
                UtcColumns.set(ps, i + 1, instant);
            } else {
                ps.setObject(i + 1, a);
            }
        }
        return args.size();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            return ps.executeUpdate();
        });
    }

    private Map<String, String> params(String text) {
        try {
            return text == null || text.isBlank() ? Map.of()
                    : json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
