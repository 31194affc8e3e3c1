package vn.hailong.sms.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.sms.SmsHistory;

import java.util.Collections;
import java.util.List;

@Singleton
@Transactional
class JdbcSmsHistory implements SmsHistory.Store {

    private static final String INSERT = "INSERT INTO sms_outbox (id, dedupe_key, purpose, unit_id, to_cipher,"
            + " to_index, params, body, state, attempts, next_attempt_at, created_at, sent_at, provider_sid,"
            + " delivery_status, updated_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, '{}', ?, 'DELIVERED', 1, ?, ?, ?, ?, 'delivered', ?)";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcSmsHistory(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public void insertAll(List<SmsHistory.Delivered> messages) {
        if (messages.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT + String.join(", ", Collections.nCopies(messages.size(), ROW)), ps -> {
            int i = 1;
            for (SmsHistory.Delivered m : messages) {
                ps.setLong(i++, m.id());
                ps.setString(i++, m.dedupeKey());
                ps.setString(i++, m.purpose().name());
                ps.setObject(i++, m.unitId());
                ps.setBytes(i++, phones.encrypt(m.to(), JdbcSmsOutbox.TO_COLUMN));
                ps.setString(i++, phones.of(m.to()));
                ps.setString(i++, m.body());
                UtcColumns.set(ps, i++, m.queuedAt());
                UtcColumns.set(ps, i++, m.queuedAt());
                UtcColumns.set(ps, i++, m.sentAt());
                ps.setString(i++, "SMhist" + Long.toHexString(m.id()));
                UtcColumns.set(ps, i++, m.sentAt());
            }
            return ps.executeUpdate();
        });
    }
}
