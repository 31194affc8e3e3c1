package vn.hailong.invitations.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.invitations.Invitation;
import vn.hailong.invitations.InvitationHistory;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneIndex;

import java.util.Collections;
import java.util.List;

@Singleton
@Transactional
class JdbcInvitationHistory implements InvitationHistory.Store {

    private static final String INSERT = "INSERT INTO rating_invitations (id, dossier_id, dossier_code, unit_id,"
            + " counter_id, officer_id, procedure_id, phone_index, token, invited_at, rating_id, rated_at) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcOperations jdbc;
    private final PhoneIndex phones;

    JdbcInvitationHistory(JdbcOperations jdbc, PhoneIndex phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public void insertAll(List<InvitationHistory.Sent> invitations) {
        if (invitations.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT + String.join(", ", Collections.nCopies(invitations.size(), ROW)), ps -> {
            int i = 1;
            for (InvitationHistory.Sent sent : invitations) {
                Invitation inv = sent.invitation();
                ps.setLong(i++, inv.id());
                ps.setLong(i++, inv.dossierId());
                ps.setString(i++, inv.dossierCode());
                ps.setLong(i++, inv.unitId());
                ps.setObject(i++, inv.counterId());
                ps.setObject(i++, inv.officerId());
                ps.setObject(i++, inv.procedureId());
                ps.setString(i++, phones.of(sent.phone()));
                ps.setString(i++, inv.token());
                UtcColumns.set(ps, i++, inv.invitedAt());
                ps.setObject(i++, inv.ratingId());
                UtcColumns.set(ps, i++, inv.ratedAt());
            }
            return ps.executeUpdate();
        });
    }
}
