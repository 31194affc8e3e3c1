package vn.hailong.dossiers.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.DossierStore;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** The feed's writes in SQL, in the caller's transaction ({@code DossierRecorder}). */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class JdbcDossierStore implements DossierStore {

    /** MariaDB/MySQL: "Deadlock found when trying to get lock; try restarting transaction". */
    private static final int DEADLOCK = 1213;

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcDossierStore(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public Optional<Dossier> lockByCode(String code) {
        return contended(() -> jdbc.prepareStatement("SELECT " + DossierRows.COLUMNS
                + " FROM dossiers d WHERE d.code = ? FOR UPDATE", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(DossierRows.read(rs, phones)) : Optional.<Dossier>empty();
            }
        }));
    }

    @Override
    public void insert(Dossier d, Instant at, Long tokenId) {
        contended(() -> jdbc.prepareStatement("""
                INSERT INTO dossiers (unit_id, procedure_id, officer_id, counter_id, channel, citizen_phone,
                  citizen_phone_index, received_at, appointment_at, finished_at, returned_at, updated_at,
                  updated_by_token, id, code, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            int i = bind(ps, d, at, tokenId);
            ps.setLong(i++, d.id());
            ps.setString(i++, d.code());
            UtcColumns.set(ps, i, at);
            return ps.executeUpdate();
        }));
    }

    @Override
    public void update(Dossier d, Instant at, Long tokenId) {
        contended(() -> jdbc.prepareStatement("""
                UPDATE dossiers SET unit_id = ?, procedure_id = ?, officer_id = ?, counter_id = ?, channel = ?,
                  citizen_phone = ?, citizen_phone_index = ?, received_at = ?, appointment_at = ?, finished_at = ?,
                  returned_at = ?, updated_at = ?, updated_by_token = ?
                WHERE id = ?""", ps -> {
            int i = bind(ps, d, at, tokenId);
            ps.setLong(i, d.id());
            return ps.executeUpdate();
        }));
    }

    /** Binds the columns a report may change (the first 13 parameters); the next free index. */
    private int bind(PreparedStatement ps, Dossier d, Instant at, Long tokenId) throws SQLException {
        int i = 1;
        ps.setLong(i++, d.unitId());
        ps.setLong(i++, d.procedureId());
        Columns.setLong(ps, i++, d.officerId());
        Columns.setLong(ps, i++, d.counterId());
        ps.setString(i++, d.channel());
        if (d.phone() == null) {
            ps.setNull(i++, Types.VARBINARY);
            ps.setNull(i++, Types.CHAR);
        } else {
            ps.setBytes(i++, phones.encrypt(d.phone(), DossierRows.PHONE_COLUMN));
            ps.setString(i++, phones.of(d.phone()));
        }
        UtcColumns.set(ps, i++, d.receivedAt());
        UtcColumns.set(ps, i++, d.appointmentAt());
        UtcColumns.set(ps, i++, d.finishedAt());
        UtcColumns.set(ps, i++, d.returnedAt());
        UtcColumns.set(ps, i++, at);
        Columns.setLong(ps, i++, tokenId);
        return i;
    }

    private static <T> T contended(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicate(e) || deadlock(e)) {
                throw new Contention(e);
            }
            throw e;
        }
    }

    private static boolean deadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == DEADLOCK || "40001".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
