package vn.hailong.dossiers.apology.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.apology.Apology;
import vn.hailong.dossiers.apology.ApologyHistory;
import vn.hailong.shared.persistence.UtcColumns;

import java.util.Collections;
import java.util.List;

@Singleton
@Transactional
class JdbcApologyHistory implements ApologyHistory.Store {

    private static final String INSERT = "INSERT INTO dossier_apologies (id, dossier_id, unit_id, reason,"
            + " previous_appointment_at, new_appointment_at, due_at, issued_at, late, signer_name, signer_title,"
            + " issuing_unit, issued_by) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;

    JdbcApologyHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(List<Apology> apologies) {
        if (apologies.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT + String.join(", ", Collections.nCopies(apologies.size(), ROW)), ps -> {
            int i = 1;
            for (Apology a : apologies) {
                ps.setLong(i++, a.id());
                ps.setLong(i++, a.dossierId());
                ps.setLong(i++, a.unitId());
                ps.setString(i++, a.reason());
                UtcColumns.set(ps, i++, a.previousAppointmentAt());
                UtcColumns.set(ps, i++, a.newAppointmentAt());
                UtcColumns.set(ps, i++, a.dueAt());
                UtcColumns.set(ps, i++, a.issuedAt());
                ps.setBoolean(i++, a.late());
                ps.setString(i++, a.signerName());
                ps.setString(i++, a.signerTitle());
                ps.setString(i++, a.issuingUnit());
                ps.setString(i++, a.issuedBy());
            }
            return ps.executeUpdate();
        });
    }
}
