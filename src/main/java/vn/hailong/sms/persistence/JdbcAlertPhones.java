package vn.hailong.sms.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.AlertPhones;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Singleton
class JdbcAlertPhones implements AlertPhones {

    static final String PHONE_COLUMN = "sms_alert_phones.phone";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;
    private final TimeOrderedIds ids;

    JdbcAlertPhones(JdbcOperations jdbc, PhoneIndex phones, TimeOrderedIds ids) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.ids = ids;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlertPhone> ofUnit(long unitId) {
        return query(" WHERE unit_id = ?", unitId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AlertPhone> all() {
        return query("", null);
    }

    private List<AlertPhone> query(String where, Long unitId) {
        return jdbc.prepareStatement("SELECT id, unit_id, phone_cipher, label FROM sms_alert_phones" + where
                + " ORDER BY unit_id, created_at", ps -> {
            if (unitId != null) {
                ps.setLong(1, unitId);
            }
            List<AlertPhone> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlertPhone(rs.getLong(1), rs.getLong(2), phones.decrypt(rs.getBytes(3), PHONE_COLUMN),
                            rs.getString(4)));
                }
            }
            return out;
        });
    }

    @Override
    @Transactional
    public boolean add(long unitId, PhoneNumber phone, String label, String by, Instant at) {
        return jdbc.prepareStatement("INSERT IGNORE INTO sms_alert_phones (id, unit_id, phone_cipher, phone_index,"
                + " label, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, ids.next());
            ps.setLong(2, unitId);
            ps.setBytes(3, phones.encrypt(phone, PHONE_COLUMN));
            ps.setString(4, phones.of(phone));
            ps.setString(5, label);
            UtcColumns.set(ps, 6, at);
            ps.setString(7, by);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    @Transactional
    public boolean remove(long id) {
        return jdbc.prepareStatement("DELETE FROM sms_alert_phones WHERE id = ?", ps -> {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        });
    }
}
