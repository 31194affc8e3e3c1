package vn.hailong.feedback.persistence;

import vn.hailong.shared.persistence.Columns;
import vn.hailong.feedback.NewRating;
import vn.hailong.feedback.Reason;
import vn.hailong.shared.persistence.UtcColumns;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Collectors;

/** The one mapping of a new rating to a row of {@code ratings}, shared by single inserts and history batches. */
final class RatingRows {

    static final String INSERT = """
            INSERT INTO ratings (id, unit_id, channel, score, counter_id, officer_id, procedure_id, dossier_code,
              kiosk_id, transaction_id, reasons, comment, submitted_at, received_at, counted_at, local_date, idempotency_scope,
              idempotency_key, body_hash, token_id, flagged, flag_reason, contact_requested, applicant_type,
              instrument_code) VALUES\s""";
    static final String PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RatingRows() {
    }

    /** Binds the rating's 25 values from parameter {@code first} on; returns the next free parameter index. */
    static int bind(PreparedStatement ps, int first, NewRating r) throws SQLException {
        int i = first;
        ps.setLong(i++, r.id());
        ps.setLong(i++, r.unitId());
        ps.setString(i++, r.channel().name());
        ps.setInt(i++, r.score());
        Columns.setLong(ps, i++, r.counterId());
        Columns.setLong(ps, i++, r.officerId());
        Columns.setLong(ps, i++, r.procedureId());
        ps.setString(i++, r.dossierCode());
        Columns.setLong(ps, i++, r.kioskId());
        Columns.setLong(ps, i++, r.transactionId());
        ps.setString(i++, r.reasons().isEmpty() ? null
                : r.reasons().stream().map(Reason::name).collect(Collectors.joining(",")));
        ps.setString(i++, r.comment());
        ps.setObject(i++, UtcColumns.of(r.submittedAt()));
        ps.setObject(i++, UtcColumns.of(r.receivedAt()));
        ps.setObject(i++, UtcColumns.of(r.countedAt()));
        ps.setObject(i++, r.localDate());
        ps.setString(i++, r.idempotencyScope());
        ps.setString(i++, r.idempotencyKey());
        ps.setString(i++, r.bodyHash());
        Columns.setLong(ps, i++, r.tokenId());
        ps.setBoolean(i++, r.flag() != null);
        ps.setString(i++, r.flag() == null ? null : r.flag().name());
        ps.setBoolean(i++, r.contactRequested());
        ps.setString(i++, r.applicantType() == null ? null : r.applicantType().name());
        ps.setString(i++, r.instrumentCode());
        return i;
    }

}
