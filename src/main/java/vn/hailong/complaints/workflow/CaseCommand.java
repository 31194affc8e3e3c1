package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What someone asks to do to a case, with the ids already resolved (a unit code to its id by the service).
 *
 * @param note       the reason, the information asked for, or the internal note
 * @param answer     the answer's text (ANSWER)
 * @param unitId     the unit to transfer or escalate to
 * @param teamId     the team chosen by routing in that unit, if any
 * @param assigneeId the handler assigned (ASSIGN, or by routing on TRANSFER/ESCALATE)
 * @param verdict    the citizen's verdict on the answer (RATE_ANSWER)
 * @param stepId     the step a system event is about (WARN, BREACH, ESCALATE, MOVE_DEADLINE)
 * @param newDue     the recomputed due time (MOVE_DEADLINE)
 * @param urgency    the urgency the handler decides on accepting (thụ lý), which picks the answer's policy
 */
public record CaseCommand(CaseAction action, @Nullable String note, @Nullable String answer, @Nullable Long unitId,
                          @Nullable Long teamId, @Nullable Long assigneeId, @Nullable Verdict verdict,
                          boolean internal, @Nullable Long stepId, @Nullable Instant newDue, @Nullable Urgency urgency) {

    public static CaseCommand accept(@Nullable Urgency urgency, @Nullable String note) {
        return new CaseCommand(CaseAction.ACCEPT, note, null, null, null, null, null, false, null, null, urgency);
    }

    public enum Verdict { SATISFIED, UNSATISFIED }

    public static CaseCommand of(CaseAction action, @Nullable String note) {
        return new CaseCommand(action, note, null, null, null, null, null, false, null, null, null);
    }

    public static CaseCommand answer(String answer, @Nullable String note) {
        return new CaseCommand(CaseAction.ANSWER, note, answer, null, null, null, null, false, null, null, null);
    }

    public static CaseCommand transfer(long unitId, @Nullable Long teamId, @Nullable Long assigneeId, String reason) {
        return new CaseCommand(CaseAction.TRANSFER, reason, null, unitId, teamId, assigneeId, null, false, null, null, null);
    }

    public static CaseCommand assign(long assigneeId, @Nullable Long teamId) {
        return new CaseCommand(CaseAction.ASSIGN, null, null, null, teamId, assigneeId, null, false, null, null, null);
    }

    public static CaseCommand note(String note, boolean internal) {
        return new CaseCommand(CaseAction.NOTE, note, null, null, null, null, null, internal, null, null, null);
    }

    public static CaseCommand rate(Verdict verdict, @Nullable String comment) {
        return new CaseCommand(CaseAction.RATE_ANSWER, comment, null, null, null, null, verdict, false, null, null, null);
    }

    public static CaseCommand onStep(CaseAction action, long stepId) {
        return new CaseCommand(action, null, null, null, null, null, null, false, stepId, null, null);
    }

    public static CaseCommand escalate(long stepId, long toUnitId, @Nullable Long teamId, @Nullable Long assigneeId) {
        return new CaseCommand(CaseAction.ESCALATE, null, null, toUnitId, teamId, assigneeId, null, false, stepId, null, null);
    }

    public static CaseCommand moveDeadline(long stepId, Instant newDue, String why) {
        return new CaseCommand(CaseAction.MOVE_DEADLINE, why, null, null, null, null, null, true, stepId, newDue, null);
    }
}
