package vn.hailong.invitations;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.Dossiers;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;

import javax.sql.DataSource;
import io.micronaut.jdbc.DataSourceResolver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The invitations tests' dossiers: rows written with SQL into the table the dossiers feature owns, and read back
 * for the look-up by code. {@link Secondary}: the dossiers feature's own adapter wins wherever it exists.
 */
@Singleton
@Secondary
public class TestDossiers implements Dossiers {

    /** The encryption purpose of dossiers.citizen_phone (migration V2026_12_04_0001). */
    public static final String PHONE_COLUMN = "dossiers.citizen_phone";

    private final DataSource dataSource;
    private final PhoneIndex phones;

    TestDossiers(DataSource dataSource, DataSourceResolver resolver, PhoneIndex phones) {
        this.dataSource = resolver.resolve(dataSource);
        this.phones = phones;
    }

    /** A returned dossier of this unit and procedure, with the phone (or none). */
    public Dossier insert(long id, String code, long unitId, long procedureId, Long officerId, Long counterId,
                          PhoneNumber phone, Instant returnedAt) {
        Instant received = returnedAt.minusSeconds(3 * 24 * 3600);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dossiers (id, code, unit_id, procedure_id, officer_id, counter_id, channel, citizen_phone,"
                        + " citizen_phone_index, received_at, appointment_at, finished_at, returned_at, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, 'COUNTER', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, code);
            ps.setLong(3, unitId);
            ps.setLong(4, procedureId);
            ps.setObject(5, officerId);
            ps.setObject(6, counterId);
            ps.setBytes(7, phone == null ? null : phones.encrypt(phone, PHONE_COLUMN));
            ps.setString(8, phone == null ? null : phones.of(phone));
            UtcColumns.set(ps, 9, received);
            UtcColumns.set(ps, 10, returnedAt);
            UtcColumns.set(ps, 11, returnedAt);
            UtcColumns.set(ps, 12, returnedAt);
            UtcColumns.set(ps, 13, returnedAt);
            UtcColumns.set(ps, 14, returnedAt);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byId(id).orElseThrow();
    }

    public static String code() {
        return "H56.22-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Override
    public Optional<Dossier> byCode(String code) {
        return one("code = ?", code);
    }

    @Override
    public Optional<Dossier> byId(long id) {
        return one("id = ?", id);
    }

    private Optional<Dossier> one(String where, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, unit_id, procedure_id, officer_id, counter_id, channel, citizen_phone, received_at,"
                        + " appointment_at, original_appointment_at, finished_at, returned_at FROM dossiers WHERE "
                        + where)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                byte[] phone = rs.getBytes(8);
                return Optional.of(new Dossier(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7),
                        phone == null ? null : phones.decrypt(phone, PHONE_COLUMN), UtcColumns.instant(rs, 9),
                        UtcColumns.instant(rs, 10), UtcColumns.instant(rs, 11), UtcColumns.instant(rs, 12),
                        UtcColumns.instant(rs, 13)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
