package vn.hailong.complaints.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintHistory;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;
import vn.hailong.shared.sql.LikePatterns;

import java.sql.ResultSet;
import java.util.Collections;
import java.util.List;

/**
 * Past complaints in bulk: one multi-row INSERT per batch for the cases, one for their step clocks, one for their
 * events (the same columns the workflow writes, the phone and name encrypted as at intake).
 */
@Singleton
@Transactional
class JdbcComplaintHistoryStore implements ComplaintHistory.Store {

    private static final String CASES = """
            INSERT INTO complaints (id, tracking_code, kind, urgency, instance, remote_area, status, channel, unit_id,
              handling_unit_id, team_id, assignee_user_id, sector_id, officer_id, counter_id, procedure_id, text,
              citizen_phone_enc, citizen_phone_index, citizen_name_enc, phone_last4, received_at, due_at,
              idempotency_scope, idempotency_key, answer, answered_at, closed_at, citizen_verdict, citizen_comment,
              citizen_rated_at, info_requests, extensions, reopen_count, escalation_level, next_due_at, next_step,
              version) VALUES """;
    private static final String CASE_ROW = "(" + String.join(", ", Collections.nCopies(38, "?")) + ")";
    private static final String STEPS = """
            INSERT INTO complaint_steps (id, complaint_id, step, policy_id, amount, unit, started_at, due_at, paused_at,
              paused_seconds, extensions, extension_amount, extension_unit, ended_at, ended_late, warned_at, breached_at,
              escalated_at) VALUES """;
    private static final String STEP_ROW = "(" + String.join(", ", Collections.nCopies(18, "?")) + ")";
    private static final String EVENTS = """
            INSERT INTO complaint_events (id, complaint_id, seq, at, type, step, actor_kind, actor_id, actor_name,
              status_before, status_after, note, internal, data, unit_id) VALUES """;
    private static final String EVENT_ROW = "(" + String.join(", ", Collections.nCopies(15, "?")) + ")";

    /** Step and event rows per statement: well under the 65 535 placeholders a statement may have. */
    private static final int ROWS = 3000;

    private final JdbcOperations jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    JdbcComplaintHistoryStore(JdbcOperations jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    public boolean anyKeyStartingWith(String prefix) {
        return jdbc.prepareStatement("SELECT 1 FROM complaints WHERE idempotency_scope = '"
                + ComplaintHistory.HISTORY_SCOPE + "' AND idempotency_key LIKE CONCAT(?, '%') LIMIT 1", ps -> {
            ps.setString(1, LikePatterns.escape(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public long countKeysStartingWith(String prefix) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM complaints WHERE idempotency_scope = '"
                + ComplaintHistory.HISTORY_SCOPE + "' AND idempotency_key LIKE CONCAT(?, '%')", ps -> {
            ps.setString(1, LikePatterns.escape(prefix));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void insertAll(List<ComplaintHistory.Replayed> cases) {
        if (cases.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(CASES + String.join(", ", Collections.nCopies(cases.size(), CASE_ROW)), ps -> {
            int i = 1;
            for (ComplaintHistory.Replayed r : cases) {
                ComplaintCase c = r.state();
                ComplaintHistory.HistoricCase h = r.source();
                ps.setLong(i++, c.id());
                ps.setString(i++, c.trackingCode());
                ps.setString(i++, c.kind().name());
                ps.setString(i++, c.urgency().name());
                ps.setObject(i++, c.instance());
                ps.setBoolean(i++, c.remoteArea());
                ps.setString(i++, c.status().name());
                ps.setString(i++, c.channel());
                Columns.setLong(ps, i++, c.unitId());
                Columns.setLong(ps, i++, c.handlingUnitId());
                Columns.setLong(ps, i++, c.teamId());
                Columns.setLong(ps, i++, c.assigneeUserId());
                Columns.setLong(ps, i++, c.sectorId());
                Columns.setLong(ps, i++, c.officerId());
                Columns.setLong(ps, i++, c.counterId());
                Columns.setLong(ps, i++, c.procedureId());
                ps.setString(i++, c.text());
                ps.setBytes(i++, h.phone() == null ? null : cipher.encrypt(h.phone().e164(), JdbcComplaintStore.PHONE_PURPOSE));
                ps.setString(i++, h.phone() == null ? null : cipher.blindIndex(h.phone().e164(), JdbcComplaintStore.PHONE_PURPOSE));
                ps.setBytes(i++, h.citizenName() == null ? null : cipher.encrypt(h.citizenName(), JdbcCaseStore.NAME_PURPOSE));
                ps.setString(i++, c.phoneLast4());
                UtcColumns.set(ps, i++, c.receivedAt());
                UtcColumns.set(ps, i++, c.dueAt());
                ps.setString(i++, ComplaintHistory.HISTORY_SCOPE);
                ps.setString(i++, h.key());
                ps.setString(i++, c.answer());
                UtcColumns.set(ps, i++, c.answeredAt());
                UtcColumns.set(ps, i++, c.closedAt());
                ps.setString(i++, c.citizenVerdict());
                ps.setString(i++, c.citizenComment());
                UtcColumns.set(ps, i++, c.citizenRatedAt());
                ps.setInt(i++, c.infoRequests());
                ps.setInt(i++, c.extensions());
                ps.setInt(i++, c.reopenCount());
                ps.setInt(i++, c.escalationLevel());
                UtcColumns.set(ps, i++, c.nextDueAt());
                ps.setString(i++, c.nextStep() == null ? null : c.nextStep().name());
                ps.setInt(i++, c.version());
            }
            return ps.executeUpdate();
        });
        List<StepClock> allSteps = cases.stream().flatMap(r -> r.steps().stream()).toList();
        for (int from = 0; from < allSteps.size(); from += ROWS) {
            List<StepClock> steps = allSteps.subList(from, Math.min(allSteps.size(), from + ROWS));
            jdbc.prepareStatement(STEPS + String.join(", ", Collections.nCopies(steps.size(), STEP_ROW)), ps -> {
                int i = 1;
                for (StepClock s : steps) {
                    i = JdbcCaseStore.bindStep(ps, i, s);
                }
                return ps.executeUpdate();
            });
        }
        List<CaseEvent> allEvents = cases.stream().flatMap(r -> r.events().stream()).toList();
        for (int from = 0; from < allEvents.size(); from += ROWS) {
            List<CaseEvent> events = allEvents.subList(from, Math.min(allEvents.size(), from + ROWS));
            jdbc.prepareStatement(EVENTS + String.join(", ", Collections.nCopies(events.size(), EVENT_ROW)), ps -> {
                int i = 1;
                for (CaseEvent e : events) {
                    ps.setLong(i++, e.id());
                    ps.setLong(i++, e.caseId());
                    ps.setInt(i++, e.seq());
                    i = JdbcCaseStore.bindEventBody(ps, i, e, JdbcCaseStore.dataJson(json, e));
                }
                return ps.executeUpdate();
            });
        }
    }
}
