package vn.hailong.sms.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;
import vn.hailong.sms.OptOuts;

import java.sql.ResultSet;
import java.time.Clock;

@Singleton
class JdbcOptOuts implements OptOuts {

    static final String PHONE_COLUMN = "sms_opt_outs.phone";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;
    private final Clock clock;

    JdbcOptOuts(JdbcOperations jdbc, PhoneIndex phones, Clock clock) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean optedOut(PhoneNumber phone) {
        return jdbc.prepareStatement("SELECT 1 FROM sms_opt_outs WHERE phone_index = ?", ps -> {
            ps.setString(1, phones.of(phone));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    @Transactional
    public boolean optOut(PhoneNumber phone, String source) {
        return jdbc.prepareStatement("INSERT IGNORE INTO sms_opt_outs (phone_index, phone_cipher, opted_out_at, source)"
                + " VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, phones.of(phone));
            ps.setBytes(2, phones.encrypt(phone, PHONE_COLUMN));
            UtcColumns.set(ps, 3, clock.instant());
            ps.setString(4, source);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    @Transactional
    public boolean optIn(PhoneNumber phone) {
        return jdbc.prepareStatement("DELETE FROM sms_opt_outs WHERE phone_index = ?", ps -> {
            ps.setString(1, phones.of(phone));
            return ps.executeUpdate() == 1;
        });
    }
}
