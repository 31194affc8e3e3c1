package vn.hailong.dossiers.apology.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.apology.Apology;
import vn.hailong.dossiers.apology.ApologyStore;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcApologyStore implements ApologyStore {

    /** The purpose the feed encrypts the citizen's phone under (migration V2026_12_04_0001). */
    static final String PHONE_COLUMN = "dossiers.citizen_phone";
    private static final String DOSSIER = "SELECT id, code, unit_id, procedure_id, officer_id, counter_id, channel,"
            + " citizen_phone, received_at, appointment_at, original_appointment_at, finished_at, returned_at"
            + " FROM dossiers";
    private static final String APOLOGY = "SELECT id, dossier_id, unit_id, reason, previous_appointment_at,"
            + " new_appointment_at, due_at, issued_at, late, signer_name, signer_title, issuing_unit, issued_by"
            + " FROM dossier_apologies";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcApologyStore(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    @Transactional
    public Optional<Dossier> lockDossier(String code) {
        return oneDossier(DOSSIER + " WHERE code = ? FOR UPDATE", code);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dossier> openDossiersDueBefore(Collection<Long> unitIds, Instant before) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(DOSSIER + " WHERE unit_id IN (" + marks(unitIds.size()) + ")"
                + " AND finished_at IS NULL AND returned_at IS NULL AND appointment_at < ?"
                + " ORDER BY appointment_at, id", ps -> {
            int i = setIds(ps, 1, unitIds);
            UtcColumns.set(ps, i, before);
            List<Dossier> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(dossier(rs));
                }
            }
            return found;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Apology> byDossier(long dossierId) {
        List<Apology> found = byDossiers(List.of(dossierId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Apology> byDossiers(Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement(APOLOGY + " WHERE dossier_id IN (" + marks(dossierIds.size()) + ")", ps -> {
            setIds(ps, 1, dossierIds);
            List<Apology> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(apology(rs));
                }
            }
            return found;
        });
    }

    @Override
    @Transactional
    public boolean insert(Apology a) {
        try {
            return jdbc.prepareStatement("INSERT INTO dossier_apologies (id, dossier_id, unit_id, reason,"
                    + " previous_appointment_at, new_appointment_at, due_at, issued_at, late, signer_name,"
                    + " signer_title, issuing_unit, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                ps.setLong(1, a.id());
                ps.setLong(2, a.dossierId());
                ps.setLong(3, a.unitId());
                ps.setString(4, a.reason());
                UtcColumns.set(ps, 5, a.previousAppointmentAt());
                UtcColumns.set(ps, 6, a.newAppointmentAt());
                UtcColumns.set(ps, 7, a.dueAt());
                UtcColumns.set(ps, 8, a.issuedAt());
                ps.setBoolean(9, a.late());
                ps.setString(10, a.signerName());
                ps.setString(11, a.signerTitle());
                ps.setString(12, a.issuingUnit());
                ps.setString(13, a.issuedBy());
                return ps.executeUpdate() == 1;
            });
        } catch (RuntimeException e) {
            if ("uq_dossier_apologies_dossier".equals(DuplicateKeys.keyName(e).orElse(null))) {
                return false;
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public boolean reschedule(long dossierId, Instant newAppointmentAt) {
        return jdbc.prepareStatement("UPDATE dossiers SET original_appointment_at = appointment_at,"
                + " appointment_at = ? WHERE id = ? AND original_appointment_at IS NULL", ps -> {
            UtcColumns.set(ps, 1, newAppointmentAt);
            ps.setLong(2, dossierId);
            return ps.executeUpdate() == 1;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<LateCount> lateCounts(Collection<Long> unitIds, Instant from, Instant to, Instant now) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        // the first promise: what the citizen was told at the counter, before any re-schedule
        String promise = "COALESCE(d.original_appointment_at, d.appointment_at)";
        return jdbc.prepareStatement("SELECT d.unit_id, COUNT(*),"
                + " SUM(CASE WHEN a.id IS NOT NULL AND NOT a.late THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN a.id IS NOT NULL AND a.late THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN a.id IS NULL THEN 1 ELSE 0 END)"
                + " FROM dossiers d LEFT JOIN dossier_apologies a ON a.dossier_id = d.id"
                + " WHERE d.unit_id IN (" + marks(unitIds.size()) + ")"
                + " AND " + promise + " >= ? AND " + promise + " < ?"
                + " AND COALESCE(d.finished_at, d.returned_at, ?) > " + promise
                + " GROUP BY d.unit_id", ps -> {
            int i = setIds(ps, 1, unitIds);
            UtcColumns.set(ps, i++, from);
            UtcColumns.set(ps, i++, to);
            UtcColumns.set(ps, i, now);
            List<LateCount> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.add(new LateCount(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
            return counts;
        });
    }

    private Optional<Dossier> oneDossier(String sql, String code) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(dossier(rs)) : Optional.<Dossier>empty();
            }
        });
    }

    private Dossier dossier(ResultSet rs) throws SQLException {
        byte[] phone = rs.getBytes(8);
        return new Dossier(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getObject(5, Long.class),
                rs.getObject(6, Long.class), rs.getString(7), phone == null ? null : phones.decrypt(phone, PHONE_COLUMN),
                UtcColumns.instant(rs, 9), UtcColumns.instant(rs, 10), UtcColumns.instant(rs, 11),
                UtcColumns.instant(rs, 12), UtcColumns.instant(rs, 13));
    }

    private static Apology apology(ResultSet rs) throws SQLException {
        return new Apology(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), UtcColumns.instant(rs, 5),
                UtcColumns.instant(rs, 6), UtcColumns.instant(rs, 7), UtcColumns.instant(rs, 8), rs.getBoolean(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static int setIds(PreparedStatement ps, int first, Collection<Long> ids) throws SQLException {
        int i = first;
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
        return i;
    }
}
