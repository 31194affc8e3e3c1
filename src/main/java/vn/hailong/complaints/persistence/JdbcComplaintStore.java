package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.complaints.ComplaintStore;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.shared.persistence.DuplicateKeys;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.phone.PhoneNumber;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcComplaintStore implements ComplaintStore {

    /** Associated data of the phone ciphertext and purpose of its blind index: they belong to this column only. */
    static final String PHONE_PURPOSE = "complaints.citizen_phone";

    private final JdbcOperations jdbc;
    private final PersonalDataCipher cipher;

    JdbcComplaintStore(JdbcOperations jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Stored> findByKey(String idempotencyScope, String idempotencyKey) {
        return jdbc.prepareStatement("SELECT tracking_code, due_at, body_hash FROM complaints WHERE idempotency_scope = ? AND idempotency_key = ?", ps -> {
            ps.setString(1, idempotencyScope);
            ps.setString(2, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Stored>empty();
                }
                return Optional.of(new Stored(rs.getString(1),
                        UtcColumns.instant(rs, 2), rs.getString(3)));
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PhoneNumber> phoneOf(String trackingCode) {
        return jdbc.prepareStatement("SELECT citizen_phone_enc FROM complaints WHERE tracking_code = ?", ps -> {
            ps.setString(1, trackingCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBytes(1) == null) {
                    return Optional.<PhoneNumber>empty();
                }
                return Optional.of(PhoneNumber.parse(cipher.decrypt(rs.getBytes(1), PHONE_PURPOSE)));
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> trackingCodesByPhone(PhoneNumber phone, int limit) {
        return jdbc.prepareStatement("""
                SELECT tracking_code FROM complaints WHERE citizen_phone_index = ? ORDER BY received_at DESC, id DESC LIMIT ?""", ps -> {
            ps.setString(1, cipher.blindIndex(phone.e164(), PHONE_PURPOSE));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> codes = new ArrayList<>();
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
                return codes;
            }
        });
    }

    @Override
    @Transactional
    public void insert(NewComplaint c) {
        try {
            jdbc.prepareStatement("""
                    INSERT INTO complaints (id, tracking_code, kind, urgency, instance, status, channel, unit_id,
                      handling_unit_id, team_id, assignee_user_id, sector_id, officer_id, counter_id, procedure_id,
                      dossier_code, rating_id, reception_id, text, citizen_phone_enc, citizen_phone_index, citizen_name_enc,
                      contact_requested, receiver_label, phone_last4, kiosk_id, received_at, due_at, idempotency_scope,
                      idempotency_key, body_hash)
                    VALUES (?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                int i = 1;
                ps.setLong(i++, c.id());
                ps.setString(i++, c.trackingCode());
                ps.setString(i++, c.kind().name());
                ps.setString(i++, c.urgency().name());
                ps.setObject(i++, c.instance());
                ps.setString(i++, c.channel());
                Columns.setLong(ps, i++, c.unitId());
                ps.setLong(i++, c.route().handlingUnitId());
                Columns.setLong(ps, i++, c.route().teamId());
                Columns.setLong(ps, i++, c.route().assigneeUserId());
                Columns.setLong(ps, i++, c.sectorId());
                Columns.setLong(ps, i++, c.officerId());
                Columns.setLong(ps, i++, c.counterId());
                Columns.setLong(ps, i++, c.procedureId());
                ps.setString(i++, c.dossierCode());
                Columns.setLong(ps, i++, c.origin().ratingId());
                Columns.setLong(ps, i++, c.origin().receptionId());
                ps.setString(i++, c.text());
                ps.setBytes(i++, c.phone() == null ? null : cipher.encrypt(c.phone().e164(), PHONE_PURPOSE));
                ps.setString(i++, c.phone() == null ? null : cipher.blindIndex(c.phone().e164(), PHONE_PURPOSE));
                ps.setBytes(i++, c.citizenName() == null ? null : cipher.encrypt(c.citizenName(), JdbcCaseStore.NAME_PURPOSE));
                ps.setBoolean(i++, c.contactRequested());
                ps.setString(i++, c.origin().receiverLabel());
                ps.setString(i++, c.phone() == null ? null : c.phone().lastFour());
                Columns.setLong(ps, i++, c.kioskId());
                ps.setObject(i++, UtcColumns.of(c.receivedAt()));
                ps.setObject(i++, UtcColumns.of(c.dueAt()));
                ps.setString(i++, c.idempotencyScope());
                ps.setString(i++, c.idempotencyKey());
                ps.setString(i, c.bodyHash());
                return ps.executeUpdate();
            });
        } catch (RuntimeException e) {
            String key = DuplicateKeys.keyName(e).orElse(null);
            if (key != null) {
                throw new Clash(key.contains("idempotency"));
            }
            throw e;
        }
    }
}
