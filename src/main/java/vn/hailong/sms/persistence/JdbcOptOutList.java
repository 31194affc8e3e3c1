package vn.hailong.sms.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.sms.OptOutList;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

@Singleton
class JdbcOptOutList implements OptOutList {

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcOptOutList(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> newest(int limit) {
        return jdbc.prepareStatement("SELECT phone_index, phone_cipher, opted_out_at, source FROM sms_opt_outs"
                + " ORDER BY opted_out_at DESC LIMIT ?", ps -> {
            ps.setInt(1, limit);
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getString(1), phones.decrypt(rs.getBytes(2), JdbcOptOuts.PHONE_COLUMN),
                            UtcColumns.instant(rs, 3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM sms_opt_outs", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    @Transactional
    public boolean removeByIndex(String phoneIndex) {
        return jdbc.prepareStatement("DELETE FROM sms_opt_outs WHERE phone_index = ?", ps -> {
            ps.setString(1, phoneIndex);
            return ps.executeUpdate() == 1;
        });
    }
}
