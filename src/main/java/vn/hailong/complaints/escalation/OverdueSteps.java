package vn.hailong.complaints.escalation;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.Step;

import java.time.Instant;
import java.util.List;

/** The step clocks the escalation scan and the overdue list read; SQL in {@code complaints.persistence}. */
public interface OverdueSteps {

    /** A running step of an open case, to be looked at again under the case's lock. */
    record Candidate(long caseId, long stepId) {
    }

    /**
     * Running, unpaused mandatory steps of open cases that may owe a warning or a breach at {@code now}, or that were
     * breached and not escalated while a unit above holds nothing back (the holder is not the root); earliest due
     * first, at most {@code limit}. Loose on purpose: {@link Escalation} decides under the lock.
     */
    /**
     * Steps that may owe a warning, a breach or an escalation now: a loose query, each decided again under its case's
     * lock. Breached steps are candidates for escalation only once breached before {@code breachedBefore} (a lower
     * bound of the escalation wait), so that steps waiting out that time do not fill every batch.
     */
    List<Candidate> candidates(Instant now, Instant breachedBefore, int limit);

    /** One late step as the overdue list shows it ("5 rõ"); no citizen identity is read. */
    record Late(long caseId, String trackingCode, ComplaintKind kind, CaseStatus status, String text,
                @Nullable Long handlingUnitId, @Nullable Long assigneeUserId, long stepId, Step step, Instant dueAt,
                @Nullable Instant breachedAt, @Nullable Instant escalatedAt, int escalationLevel) {
    }

    /**
     * Running, unpaused mandatory steps of open cases past their due time at {@code now}, held by a unit whose path
     * starts with {@code unitPathPrefix}, only the cases assigned to {@code assigneeUserId} when given; earliest due
     * first, at most {@code limit}.
     */
    List<Late> late(Instant now, String unitPathPrefix, @Nullable Long assigneeUserId, int limit);

    /** How many cases {@link #late} would list (a case with two late steps counts once). */
    long countLateCases(Instant now, String unitPathPrefix, @Nullable Long assigneeUserId);

    /**
     * Running steps (paused or not, optional ones too) of open cases that a calendar edit of the days between
     * {@code from} and {@code to} may move: started before {@code to}, due at or after {@code from} and not yet due at
     * {@code now} (a due time already passed is a fact of the figures and never moves), held within
     * {@code unitPathPrefix} when given.
     */
    List<Candidate> openAcross(Instant from, Instant to, Instant now, @Nullable String unitPathPrefix);
}
