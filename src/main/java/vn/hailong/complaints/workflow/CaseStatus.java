package vn.hailong.complaints.workflow;

/**
 * Where a case stands. A handler works RECEIVED/TRANSFERRED (to accept), ACCEPTED/IN_PROGRESS/REOPENED (to answer)
 * and WAITING_FOR_CITIZEN (clock paused); ANSWERED and CLOSED wait on the citizen only; REJECTED is final.
 */
public enum CaseStatus {
    RECEIVED, ACCEPTED, WAITING_FOR_CITIZEN, IN_PROGRESS, ANSWERED, CLOSED, REJECTED, TRANSFERRED, REOPENED;

    /** Work a handler still owes: these sit in queues and their clocks run. */
    public boolean isOpen() {
        return this != ANSWERED && this != CLOSED && this != REJECTED;
    }

    /** Not yet taken up (thụ lý) by the unit that holds it. */
    public boolean awaitsAcceptance() {
        return this == RECEIVED || this == TRANSFERRED;
    }
}
