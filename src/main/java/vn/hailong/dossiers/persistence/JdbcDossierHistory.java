package vn.hailong.dossiers.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierHistory;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.sql.LikePatterns;

import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;

/** One multi-row INSERT per batch of past dossiers. */
@Singleton
@Transactional
class JdbcDossierHistory implements DossierHistory.Store {

    private static final String INSERT = "INSERT INTO dossiers (id, code, unit_id, procedure_id, officer_id, counter_id,"
            + " channel, citizen_phone, citizen_phone_index, received_at, appointment_at, original_appointment_at,"
            + " finished_at, returned_at, created_at, updated_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcDossierHistory(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public boolean anyCodeStartingWith(String prefix) {
        return jdbc.prepareStatement("SELECT 1 FROM dossiers WHERE code LIKE CONCAT(?, '%') LIMIT 1", ps -> {
            ps.setString(1, LikePatterns.escape(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public void insertAll(List<Dossier> dossiers) {
        if (dossiers.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT + String.join(", ", Collections.nCopies(dossiers.size(), ROW)), ps -> {
            int i = 1;
            for (Dossier d : dossiers) {
                ps.setLong(i++, d.id());
                ps.setString(i++, d.code());
                ps.setLong(i++, d.unitId());
                ps.setLong(i++, d.procedureId());
                ps.setObject(i++, d.officerId());
                ps.setObject(i++, d.counterId());
                ps.setString(i++, d.channel());
                ps.setBytes(i++, d.phone() == null ? null : phones.encrypt(d.phone(), DossierRows.PHONE_COLUMN));
                ps.setString(i++, d.phone() == null ? null : phones.of(d.phone()));
                UtcColumns.set(ps, i++, d.receivedAt());
                UtcColumns.set(ps, i++, d.appointmentAt());
                UtcColumns.set(ps, i++, d.originalAppointmentAt());
                UtcColumns.set(ps, i++, d.finishedAt());
                UtcColumns.set(ps, i++, d.returnedAt());
                UtcColumns.set(ps, i++, d.receivedAt());
                UtcColumns.set(ps, i++, d.returnedAt() != null ? d.returnedAt()
                        : d.finishedAt() != null ? d.finishedAt() : d.receivedAt());
            }
            return ps.executeUpdate();
        });
    }
}
