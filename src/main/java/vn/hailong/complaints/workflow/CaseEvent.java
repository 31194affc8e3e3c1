package vn.hailong.complaints.workflow;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case's append-only audit trail: who did what, when, to which step, with the status before and
 * after and the values that changed ({@code data}: name → "before → after" or a plain value).
 *
 * @param internal a note for handlers only, never shown to the citizen
 * @param unitId   the handling unit after the event, so that figures can be cut by unit from the log alone
 */
public record CaseEvent(long id, long caseId, int seq, Instant at, CaseAction type, @Nullable Step step,
                        EventActor actor, @Nullable CaseStatus statusBefore, CaseStatus statusAfter,
                        @Nullable String note, boolean internal, Map<String, String> data, @Nullable Long unitId) {
}
