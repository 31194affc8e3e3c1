package vn.hailong.invitations.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationStore;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;
import vn.hailong.shared.phone.PhoneNumber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

@Singleton
class JdbcInvitationStore implements InvitationStore {

    private static final String COLUMNS = "id, dossier_id, dossier_code, unit_id, counter_id, officer_id,"
            + " procedure_id, token, invited_at, rating_id, rated_at";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcInvitationStore(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    @Transactional
    public boolean insertIfAbsent(Invitation i, PhoneNumber phone) {
        if (byDossier(i.dossierId()).isPresent()) {
            return false;
        }
        try {
            return jdbc.prepareStatement("INSERT INTO rating_invitations (" + COLUMNS + ", phone_index)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)", ps -> {
                ps.setLong(1, i.id());
                ps.setLong(2, i.dossierId());
                ps.setString(3, i.dossierCode());
                ps.setLong(4, i.unitId());
                ps.setObject(5, i.counterId());
                ps.setObject(6, i.officerId());
                ps.setObject(7, i.procedureId());
                ps.setString(8, i.token());
                UtcColumns.set(ps, 9, i.invitedAt());
                ps.setString(10, phones.of(phone));
                return ps.executeUpdate() == 1;
            });
        } catch (RuntimeException e) {
            if ("uq_rating_invitations_dossier".equals(DuplicateKeys.keyName(e).orElse(null))) {
                return false;
            }
            throw e;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Invitation> byToken(String token) {
        return one("SELECT " + COLUMNS + " FROM rating_invitations WHERE token = ?", token);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Invitation> byDossier(long dossierId) {
        return one("SELECT " + COLUMNS + " FROM rating_invitations WHERE dossier_id = ?", dossierId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Invitation> lastTo(PhoneNumber phone, Instant since) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM rating_invitations WHERE phone_index = ?"
                + " AND invited_at >= ? ORDER BY invited_at DESC, id DESC LIMIT 1", ps -> {
            ps.setString(1, phones.of(phone));
            UtcColumns.set(ps, 2, since);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(invitation(rs)) : Optional.<Invitation>empty();
            }
        });
    }

    @Override
    @Transactional
    public void markRated(long invitationId, long ratingId, Instant at) {
        jdbc.prepareStatement("UPDATE rating_invitations SET rating_id = ?, rated_at = ? WHERE id = ?"
                + " AND rating_id IS NULL", ps -> {
            ps.setLong(1, ratingId);
            UtcColumns.set(ps, 2, at);
            ps.setLong(3, invitationId);
            return ps.executeUpdate();
        });
    }

    private Optional<Invitation> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(invitation(rs)) : Optional.<Invitation>empty();
            }
        });
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                rs.getString(8), UtcColumns.instant(rs, 9), rs.getObject(10, Long.class), UtcColumns.instant(rs, 11));
    }
}
