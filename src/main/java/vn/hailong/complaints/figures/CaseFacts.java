package vn.hailong.complaints.figures;

import io.micronaut.core.annotation.Nullable;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;

import java.time.Instant;

/**
 * What the event log says about one case, as much as the figures need: counted from its events (acceptances,
 * answers, information requests, extensions, reopenings) and its step clocks (whether an answer came after its
 * step's due time, and the earliest due time of a step still running).
 *
 * @param answerLate   an ANSWER step ended by an answer after its due time (the due time already moved by pauses
 *                     and extensions)
 * @param verdict      the citizen's latest verdict on the answer (SATISFIED, UNSATISFIED), if rated
 * @param openDue      the earliest due time of a mandatory step still running and not paused, if any
 */
public record CaseFacts(long caseId, ComplaintKind kind, String channel, CaseStatus status, int accepts, int answers,
                        int infoRequests, int extensions, int reopens, boolean answerLate, @Nullable String verdict,
                        @Nullable Instant openDue) {

    /** QĐ 766 counts PAKN (phản ánh, kiến nghị); complaints and denunciations follow their own laws. */
    public boolean pakn() {
        return kind == ComplaintKind.PHAN_ANH || kind == ComplaintKind.KIEN_NGHI;
    }

    /** The answer stands: answered and not reopened since (the status after the last answer or reopening). */
    public boolean resolved() {
        return answers > 0 && (status == CaseStatus.ANSWERED || status == CaseStatus.CLOSED);
    }

    public boolean rejected() {
        return status == CaseStatus.REJECTED;
    }

    /**
     * Answered late: an answer after its step's due time, or more than one request for more information (the QĐ 766
     * rule of domain.md §3: "more than one supplement request ⇒ late", whatever the clock says).
     */
    public boolean late() {
        return answerLate || infoRequests > 1;
    }

    /** A mandatory step still running past its due time at {@code now} (a paused clock is never overdue). */
    public boolean overdueAt(Instant now) {
        return status.isOpen() && openDue != null && openDue.isBefore(now);
    }

    /** The citizen said the answer did not satisfy them, or reopened the case (which counts against it). */
    public boolean dissatisfied() {
        return "UNSATISFIED".equals(verdict) || reopens > 0;
    }

    /** The citizen gave a verdict or reopened: the cases the satisfaction with the answer is counted over. */
    public boolean judged() {
        return verdict != null || reopens > 0;
    }
}
