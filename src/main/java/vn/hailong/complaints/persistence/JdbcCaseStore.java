package vn.hailong.complaints.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.EventActor;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.shared.crypto.PersonalDataCipher;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.persistence.Columns;
import vn.hailong.shared.persistence.UtcColumns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
class JdbcCaseStore implements CaseStore {

    /** Associated data of the name ciphertext: it belongs to this column only. */
    static final String NAME_PURPOSE = "complaints.citizen_name";

    static final String CASE_COLUMNS = """
            c.id, c.tracking_code, c.kind, c.instance, c.urgency, c.remote_area, c.status, c.channel, c.unit_id,
            c.handling_unit_id, c.team_id, c.assignee_user_id, c.sector_id, c.officer_id, c.counter_id, c.procedure_id,
            c.dossier_code, c.rating_id, c.reception_id, c.text, c.phone_last4, c.citizen_phone_enc IS NOT NULL,
            c.citizen_name_enc IS NOT NULL, c.contact_requested, c.receiver_label, c.received_at, c.due_at,
            c.next_due_at, c.next_step, c.answer, c.answered_at, c.closed_at, c.citizen_verdict, c.citizen_comment,
            c.citizen_rated_at, c.info_requests, c.extensions, c.reopen_count, c.escalation_level, c.version""";

    static final String STEP_COLUMNS = """
            id, complaint_id, step, policy_id, amount, unit, started_at, due_at, paused_at, paused_seconds, extensions,
            extension_amount, extension_unit, ended_at, ended_late, warned_at, breached_at, escalated_at""";

    private final JdbcOperations jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    JdbcCaseStore(JdbcOperations jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintCase> byCode(String trackingCode) {
        return one("SELECT " + CASE_COLUMNS + " FROM complaints c WHERE c.tracking_code = ?", ps -> ps.setString(1, trackingCode));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ComplaintCase> byId(long id) {
        return one("SELECT " + CASE_COLUMNS + " FROM complaints c WHERE c.id = ?", ps -> ps.setLong(1, id));
    }

    @Override
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Optional<ComplaintCase> lockById(long id) {
        return one("SELECT " + CASE_COLUMNS + " FROM complaints c WHERE c.id = ? FOR UPDATE", ps -> ps.setLong(1, id));
    }

    @Override
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public Optional<ComplaintCase> lockByCode(String trackingCode) {
        return one("SELECT " + CASE_COLUMNS + " FROM complaints c WHERE c.tracking_code = ? FOR UPDATE", ps -> ps.setString(1, trackingCode));
    }

    @Override
    @Transactional
    public void update(ComplaintCase c) {
        int rows = jdbc.prepareStatement("""
                UPDATE complaints SET urgency = ?, status = ?, handling_unit_id = ?, team_id = ?, assignee_user_id = ?,
                  due_at = ?, next_due_at = ?, next_step = ?, answer = ?, answered_at = ?, closed_at = ?,
                  citizen_verdict = ?, citizen_comment = ?, citizen_rated_at = ?, info_requests = ?, extensions = ?,
                  reopen_count = ?, escalation_level = ?, version = version + 1
                WHERE id = ? AND version = ?""", ps -> {
            int i = 1;
            ps.setString(i++, c.urgency().name());
            ps.setString(i++, c.status().name());
            Columns.setLong(ps, i++, c.handlingUnitId());
            Columns.setLong(ps, i++, c.teamId());
            Columns.setLong(ps, i++, c.assigneeUserId());
            UtcColumns.set(ps, i++, c.dueAt());
            UtcColumns.set(ps, i++, c.nextDueAt());
            ps.setString(i++, c.nextStep() == null ? null : c.nextStep().name());
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
            ps.setLong(i++, c.id());
            ps.setInt(i, c.version());
            return ps.executeUpdate();
        });
        if (rows != 1) {
            throw RuleViolation.conflict("version", "complaints.error.changedMeanwhile");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<StepClock> steps(long caseId) {
        return steps(caseId, "");
    }

    @Override
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    public List<StepClock> lockedSteps(long caseId) {
        return steps(caseId, " FOR UPDATE");
    }

    private List<StepClock> steps(long caseId, String lock) {
        return jdbc.prepareStatement("SELECT " + STEP_COLUMNS + ", (SELECT warn_at_percent FROM deadline_policies p WHERE p.id = s.policy_id)"
                + " FROM complaint_steps s WHERE complaint_id = ? ORDER BY started_at, id" + lock, ps -> {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<StepClock> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(step(rs));
                }
                return result;
            }
        });
    }

    @Override
    @Transactional
    public void insertSteps(List<StepClock> steps) {
        for (StepClock s : steps) {
            jdbc.prepareStatement("INSERT INTO complaint_steps (" + STEP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                bindStep(ps, 1, s);
                return ps.executeUpdate();
            });
        }
    }

    @Override
    @Transactional
    public void updateSteps(List<StepClock> steps) {
        for (StepClock s : steps) {
            jdbc.prepareStatement("""
                    UPDATE complaint_steps SET started_at = ?, due_at = ?, paused_at = ?, paused_seconds = ?, extensions = ?,
                      extension_amount = ?, extension_unit = ?, ended_at = ?, ended_late = ?, warned_at = ?,
                      breached_at = ?, escalated_at = ?
                    WHERE id = ?""", ps -> {
                int i = setStepState(ps, 1, s);
                ps.setLong(i, s.id());
                return ps.executeUpdate();
            });
        }
    }

    /** Sets every column of {@link #STEP_COLUMNS}, in order, from {@code i}; returns the next index. */
    static int bindStep(PreparedStatement ps, int i, StepClock s) throws SQLException {
        ps.setLong(i++, s.id());
        ps.setLong(i++, s.caseId());
        ps.setString(i++, s.step().name());
        Columns.setLong(ps, i++, s.policyId());
        ps.setInt(i++, s.amount());
        ps.setString(i++, s.unit().name());
        return setStepState(ps, i, s);
    }

    /** Sets started_at … escalated_at from {@code i}; returns the next index. */
    private static int setStepState(PreparedStatement ps, int i, StepClock s) throws SQLException {
        UtcColumns.set(ps, i++, s.startedAt());
        UtcColumns.set(ps, i++, s.dueAt());
        UtcColumns.set(ps, i++, s.pausedAt());
        ps.setLong(i++, s.pausedSeconds());
        ps.setInt(i++, s.extensions());
        ps.setInt(i++, s.extensionAmount());
        ps.setString(i++, s.extensionUnit() == null ? null : s.extensionUnit().name());
        UtcColumns.set(ps, i++, s.endedAt());
        ps.setObject(i++, s.endedLate());
        UtcColumns.set(ps, i++, s.warnedAt());
        UtcColumns.set(ps, i++, s.breachedAt());
        UtcColumns.set(ps, i++, s.escalatedAt());
        return i;
    }

    @Override
    @Transactional
    public void append(CaseEvent e) {
        String data = dataJson(json, e);
        jdbc.prepareStatement("""
                INSERT INTO complaint_events (id, complaint_id, seq, at, type, step, actor_kind, actor_id, actor_name,
                  status_before, status_after, note, internal, data, unit_id)
                SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM complaint_events WHERE complaint_id = ?""", ps -> {
            ps.setLong(1, e.id());
            ps.setLong(2, e.caseId());
            int i = bindEventBody(ps, 3, e, data);
            ps.setLong(i, e.caseId());
            return ps.executeUpdate();
        });
    }

    /** Sets the columns of an event after its seq (at … unit_id, 12 of them) from {@code i}; returns the next index. */
    static int bindEventBody(PreparedStatement ps, int i, CaseEvent e, String dataJson) throws SQLException {
        UtcColumns.set(ps, i++, e.at());
        ps.setString(i++, e.type().name());
        ps.setString(i++, e.step() == null ? null : e.step().name());
        ps.setString(i++, e.actor().kind().name());
        Columns.setLong(ps, i++, e.actor().id());
        ps.setString(i++, e.actor().name());
        ps.setString(i++, e.statusBefore() == null ? null : e.statusBefore().name());
        ps.setString(i++, e.statusAfter().name());
        ps.setString(i++, e.note());
        ps.setBoolean(i++, e.internal());
        ps.setString(i++, dataJson);
        Columns.setLong(ps, i++, e.unitId());
        return i;
    }

    /** The event's before/after values as the JSON of its data column; none when it has none. */
    static String dataJson(JsonMapper json, CaseEvent e) {
        try {
            return e.data().isEmpty() ? null : json.writeValueAsString(e.data());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseEvent> events(long caseId) {
        return jdbc.prepareStatement("""
                SELECT id, complaint_id, seq, at, type, step, actor_kind, actor_id, actor_name, status_before, status_after,
                  note, internal, data, unit_id FROM complaint_events WHERE complaint_id = ? ORDER BY seq""", ps -> {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CaseEvent> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(new CaseEvent(rs.getLong(1), rs.getLong(2), rs.getInt(3), UtcColumns.instant(rs, 4),
                            CaseAction.valueOf(rs.getString(5)), rs.getString(6) == null ? null : Step.valueOf(rs.getString(6)),
                            new EventActor(EventActor.Kind.valueOf(rs.getString(7)), Columns.getLong(rs, 8), rs.getString(9)),
                            rs.getString(10) == null ? null : CaseStatus.valueOf(rs.getString(10)),
                            CaseStatus.valueOf(rs.getString(11)), rs.getString(12), rs.getBoolean(13), data(rs.getString(14)),
                            Columns.getLong(rs, 15)));
                }
                return result;
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> citizenName(long caseId) {
        return jdbc.prepareStatement("SELECT citizen_name_enc FROM complaints WHERE id = ?", ps -> {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBytes(1) == null) {
                    return Optional.<String>empty();
                }
                return Optional.of(cipher.decrypt(rs.getBytes(1), NAME_PURPOSE));
            }
        });
    }

    private Map<String, String> data(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            Map<String, String> raw = new LinkedHashMap<>();
            raw.put("raw", text);
            return raw;
        }
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<ComplaintCase> one(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(caseOf(rs)) : Optional.<ComplaintCase>empty();
            }
        });
    }

    /** A case from the columns of {@link #CASE_COLUMNS}, starting at column 1. */
    static ComplaintCase caseOf(ResultSet rs) throws SQLException {
        int i = 1;
        return new ComplaintCase(rs.getLong(i++), rs.getString(i++), ComplaintKind.valueOf(rs.getString(i++)),
                rs.getObject(i++, Integer.class), Urgency.valueOf(rs.getString(i++)), rs.getBoolean(i++),
                CaseStatus.valueOf(rs.getString(i++)), rs.getString(i++), Columns.getLong(rs, i++),
                Columns.getLong(rs, i++), Columns.getLong(rs, i++), Columns.getLong(rs, i++), Columns.getLong(rs, i++),
                Columns.getLong(rs, i++), Columns.getLong(rs, i++), Columns.getLong(rs, i++), rs.getString(i++),
                Columns.getLong(rs, i++), Columns.getLong(rs, i++), rs.getString(i++), rs.getString(i++),
                rs.getBoolean(i++), rs.getBoolean(i++), rs.getBoolean(i++), rs.getString(i++),
                UtcColumns.instant(rs, i++), UtcColumns.instant(rs, i++), UtcColumns.instant(rs, i++),
                stepOrNull(rs.getString(i++)), rs.getString(i++),
                UtcColumns.instant(rs, i++), UtcColumns.instant(rs, i++), rs.getString(i++), rs.getString(i++),
                UtcColumns.instant(rs, i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++), rs.getInt(i++),
                rs.getInt(i));
    }

    private static Step stepOrNull(String name) {
        return name == null ? null : Step.valueOf(name);
    }

    private static StepClock step(ResultSet rs) throws SQLException {
        Integer warn = rs.getObject(19, Integer.class);
        return new StepClock(rs.getLong(1), rs.getLong(2), Step.valueOf(rs.getString(3)), Columns.getLong(rs, 4),
                rs.getInt(5), DeadlineUnit.valueOf(rs.getString(6)), UtcColumns.instant(rs, 7), UtcColumns.instant(rs, 8),
                UtcColumns.instant(rs, 9), rs.getLong(10), rs.getInt(11), rs.getInt(12),
                rs.getString(13) == null ? null : DeadlineUnit.valueOf(rs.getString(13)), UtcColumns.instant(rs, 14),
                (Boolean) rs.getObject(15, Boolean.class), warn == null ? 75 : warn, UtcColumns.instant(rs, 16),
                UtcColumns.instant(rs, 17), UtcColumns.instant(rs, 18));
    }
}
