package vn.hailong.sms.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.sms.OutboundSms;
import vn.hailong.sms.SmsOutbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.TreeMap;

/** Queues a message as a QUEUED row of sms_outbox, due at once; the dispatcher does the rest. */
@Singleton
class JdbcSmsOutbox implements SmsOutbox {

    static final String TO_COLUMN = "sms_outbox.to";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;
    private final TimeOrderedIds ids;
    private final JsonMapper json;
    private final Clock clock;

    JdbcSmsOutbox(JdbcOperations jdbc, PhoneIndex phones, TimeOrderedIds ids, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Queued enqueue(OutboundSms m) {
        var existing = byDedupeKey(m.dedupeKey(), "");
        if (existing != null) {
            return new Queued(existing, false);
        }
        long id = ids.next();
        Instant now = clock.instant();
        try {
            jdbc.prepareStatement("INSERT INTO sms_outbox (id, dedupe_key, purpose, unit_id, to_cipher, to_index,"
                    + " params, state, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0,"
                    + " ?, ?)", ps -> {
                ps.setLong(1, id);
                ps.setString(2, m.dedupeKey());
                ps.setString(3, m.purpose().name());
                ps.setObject(4, m.unitId());
                ps.setBytes(5, phones.encrypt(m.to(), TO_COLUMN));
                ps.setString(6, phones.of(m.to()));
                ps.setString(7, params(m));
                UtcColumns.set(ps, 8, now);
                UtcColumns.set(ps, 9, now);
                return ps.executeUpdate();
            });
            return new Queued(id, true);
        } catch (RuntimeException e) {
            if ("uq_sms_outbox_dedupe".equals(DuplicateKeys.keyName(e).orElse(null))) {
                // a locking read sees the row the other transaction committed (a plain one reads this snapshot)
                Long other = byDedupeKey(m.dedupeKey(), " LOCK IN SHARE MODE");
                if (other != null) {
                    return new Queued(other, false);
                }
            }
            throw e;
        }
    }

    private Long byDedupeKey(String key, String lock) {
        return jdbc.prepareStatement("SELECT id FROM sms_outbox WHERE dedupe_key = ?" + lock, ps -> {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
    }

    private String params(OutboundSms m) {
        try {
            return json.writeValueAsString(new TreeMap<>(m.params()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
