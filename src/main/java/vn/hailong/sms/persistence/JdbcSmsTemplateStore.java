package vn.hailong.sms.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.sms.SmsEncoding;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.sms.SmsTemplate;
import vn.hailong.sms.SmsTemplateStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcSmsTemplateStore implements SmsTemplateStore {

    private static final String SELECT = "SELECT purpose, encoding, body, updated_at, updated_by FROM sms_templates";

    private final JdbcOperations jdbc;

    JdbcSmsTemplateStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SmsTemplate> all() {
        return jdbc.prepareStatement(SELECT, ps -> {
            List<SmsTemplate> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(template(rs));
                }
            }
            out.sort(Comparator.comparing(SmsTemplate::purpose));
            return out;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SmsTemplate> byPurpose(SmsPurpose purpose) {
        return jdbc.prepareStatement(SELECT + " WHERE purpose = ?", ps -> {
            ps.setString(1, purpose.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(template(rs)) : Optional.<SmsTemplate>empty();
            }
        });
    }

    @Override
    @Transactional
    public void save(SmsPurpose purpose, SmsEncoding encoding, String body, Instant at, String by) {
        jdbc.prepareStatement("INSERT INTO sms_templates (purpose, encoding, body, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE encoding = VALUES(encoding), body = VALUES(body),"
                + " updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)", ps -> {
            ps.setString(1, purpose.name());
            ps.setString(2, encoding.name());
            ps.setString(3, body);
            UtcColumns.set(ps, 4, at);
            ps.setString(5, by);
            return ps.executeUpdate();
        });
    }

    private static SmsTemplate template(ResultSet rs) throws SQLException {
        return new SmsTemplate(SmsPurpose.valueOf(rs.getString(1)), SmsEncoding.valueOf(rs.getString(2)),
                rs.getString(3), UtcColumns.instant(rs, 4), rs.getString(5));
    }
}
