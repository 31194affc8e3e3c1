package vn.hailong.invitations.replies.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.invitations.replies.Handled;
import vn.hailong.invitations.replies.InboundState;
import vn.hailong.invitations.replies.InboundStore;
import vn.hailong.invitations.replies.Outcome;
import vn.hailong.invitations.replies.ReplyKind;
import vn.hailong.invitations.replies.ReplyVia;
import vn.hailong.invitations.replies.Via;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcInboundStore implements InboundStore {

    static final String PHONE_COLUMN = "sms_inbound.phone";

    private static final String COLUMNS = "id, message_sid, phone_cipher, body, via, state, outcome, reply_kind,"
            + " reply_via, reply_text, dossier_code, unit_id, rating_id, tracking_code, attempts, last_error,"
            + " received_at, processed_at";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcInboundStore(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    @Transactional
    public Inserted insertIfAbsent(NewInbound m) {
        try {
            jdbc.prepareStatement("INSERT INTO sms_inbound (id, message_sid, account_sid, phone_cipher, phone_index,"
                    + " to_number, body, via, state, attempts, next_attempt_at, received_at, stored_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)", ps -> {
                ps.setLong(1, m.id());
                ps.setString(2, m.sms().messageSid());
                ps.setString(3, m.sms().accountSid());
                ps.setBytes(4, m.phone() == null ? null : phones.encrypt(m.phone(), PHONE_COLUMN));
                ps.setString(5, m.phone() == null ? null : phones.of(m.phone()));
                ps.setString(6, m.sms().to());
                ps.setString(7, m.sms().body());
                ps.setString(8, m.via().name());
                UtcColumns.set(ps, 9, m.heldUntil());
                UtcColumns.set(ps, 10, m.sms().receivedAt());
                UtcColumns.set(ps, 11, m.storedAt());
                return ps.executeUpdate();
            });
        } catch (RuntimeException e) {
            if ("uq_sms_inbound_sid".equals(DuplicateKeys.keyName(e).orElse(null))) {
                // a locking read sees the row the other request committed, whatever this transaction's snapshot
                return new Inserted(one("SELECT " + COLUMNS + " FROM sms_inbound WHERE message_sid = ?"
                        + " LOCK IN SHARE MODE", m.sms().messageSid()).orElseThrow(() -> e), false);
            }
            throw e;
        }
        return new Inserted(new Stored(m.id(), m.sms().messageSid(), m.phone(), m.sms().body(), m.via(),
                InboundState.PENDING, null, null, null, null, null, null, null, null, 0, null, m.sms().receivedAt(),
                null), true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Stored> bySid(String messageSid) {
        return one("SELECT " + COLUMNS + " FROM sms_inbound WHERE message_sid = ?", messageSid);
    }

    @Override
    @Transactional
    public void done(long id, Handled h, ReplyVia replyVia, String replyText, Instant at) {
        jdbc.prepareStatement("UPDATE sms_inbound SET state = 'DONE', outcome = ?, reply_kind = ?, reply_via = ?,"
                + " reply_text = ?, dossier_code = ?, unit_id = ?, rating_id = ?, tracking_code = ?, processed_at = ?,"
                + " last_error = NULL WHERE id = ?", ps -> {
            ps.setString(1, h.outcome().name());
            ps.setString(2, h.reply() == null ? null : h.reply().name());
            ps.setString(3, replyVia.name());
            ps.setString(4, replyText);
            ps.setString(5, h.dossierCode());
            ps.setObject(6, h.unitId());
            ps.setObject(7, h.ratingId());
            ps.setString(8, h.trackingCode());
            UtcColumns.set(ps, 9, at);
            ps.setLong(10, id);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional
    public void failed(long id, int attempts, String error, Instant nextAttemptAt, boolean giveUp) {
        jdbc.prepareStatement("UPDATE sms_inbound SET state = ?, attempts = ?, last_error = ?, next_attempt_at = ?"
                + " WHERE id = ? AND state = 'PENDING'", ps -> {
            ps.setString(1, giveUp ? InboundState.FAILED.name() : InboundState.PENDING.name());
            ps.setInt(2, attempts);
            ps.setString(3, error);
            UtcColumns.set(ps, 4, nextAttemptAt);
            ps.setLong(5, id);
            return ps.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stored> due(Instant now, int limit) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM sms_inbound WHERE state = 'PENDING'"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?", ps -> {
            UtcColumns.set(ps, 1, now);
            ps.setInt(2, limit);
            return rows(ps);
        });
    }

    @Override
    @Transactional
    public boolean claim(long id, Instant now, Instant heldUntil) {
        return jdbc.prepareStatement("UPDATE sms_inbound SET next_attempt_at = ? WHERE id = ? AND state = 'PENDING'"
                + " AND next_attempt_at <= ?", ps -> {
            UtcColumns.set(ps, 1, heldUntil);
            ps.setLong(2, id);
            UtcColumns.set(ps, 3, now);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Listing list(Outcome outcome, InboundState state, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (outcome != null) {
            where.append(" AND outcome = ?");
            params.add(outcome.name());
        }
        if (state != null) {
            where.append(" AND state = ?");
            params.add(state.name());
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM sms_inbound" + where, ps -> {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int number = Math.min(Math.max(1, page), pages);
        List<Stored> rows = jdbc.prepareStatement("SELECT " + COLUMNS + " FROM sms_inbound" + where
                + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?", ps -> {
            bind(ps, params);
            ps.setInt(params.size() + 1, size);
            ps.setLong(params.size() + 2, (long) (number - 1) * size);
            return rows(ps);
        });
        return new Listing(rows, total, number, pages);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private Optional<Stored> one(String sql, String sid) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, sid);
            List<Stored> rows = rows(ps);
            return rows.isEmpty() ? Optional.<Stored>empty() : Optional.of(rows.get(0));
        });
    }

    private List<Stored> rows(PreparedStatement ps) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] cipher = rs.getBytes(3);
                rows.add(new Stored(rs.getLong(1), rs.getString(2),
                        cipher == null ? null : phones.decrypt(cipher, PHONE_COLUMN), rs.getString(4),
                        Via.valueOf(rs.getString(5)), InboundState.valueOf(rs.getString(6)),
                        name(Outcome.class, rs.getString(7)), name(ReplyKind.class, rs.getString(8)),
                        name(ReplyVia.class, rs.getString(9)), rs.getString(10), rs.getString(11),
                        rs.getObject(12, Long.class), rs.getObject(13, Long.class), rs.getString(14), rs.getInt(15),
                        rs.getString(16), UtcColumns.instant(rs, 17), UtcColumns.instant(rs, 18)));
            }
        }
        return rows;
    }

    private static <E extends Enum<E>> E name(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
