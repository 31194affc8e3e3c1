package vn.hailong.complaints.workspace;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.Urgency;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The handler's queues: cases held by units of one subtree, cut by tab and filters, soonest due first (paused cases
 * last). Implemented with SQL in {@code complaints.persistence}.
 */
public interface CaseQueue {

    /** The queue tabs. */
    enum Tab { MINE, TEAM, UNASSIGNED, DUE_SOON, OVERDUE }

    /**
     * Whose queue and when: the subtree (a unit path prefix) the actor sees, the actor's user id and teams, now, and
     * the end of "due soon".
     */
    record Scope(String subtreePrefix, long userId, List<Long> teamIds, Instant now, Instant soon) {
        public Scope {
            teamIds = List.copyOf(teamIds);
        }
    }

    /**
     * What to list. Without a status, open cases only; with one, cases in that status (answered and closed too).
     *
     * @param codePrefix the start of a tracking code, upper case, or null
     */
    record Filter(Tab tab, @Nullable ComplaintKind kind, @Nullable CaseStatus status, @Nullable Long unitId,
                  @Nullable String codePrefix) {
    }

    /** One case as a list shows it: nothing personal (no name, no phone). */
    record Row(long id, String trackingCode, ComplaintKind kind, Urgency urgency, CaseStatus status, String text,
               @Nullable Long handlingUnitId, @Nullable String unitName, @Nullable Step nextStep,
               @Nullable Instant nextDueAt, @Nullable Long assigneeUserId, Instant receivedAt) {
    }

    List<Row> page(Scope scope, Filter filter, int offset, int limit);

    long count(Scope scope, Filter filter);

    /** How many cases each tab holds with these filters (the filter's own tab is ignored). */
    Map<Tab, Long> counts(Scope scope, Filter filter);

    /** A unit a case may be transferred to. */
    record UnitChoice(long id, String code, String name, String path) {
    }

    /** Every active unit, tree order: where a case may be transferred. */
    List<UnitChoice> activeUnits();
}
