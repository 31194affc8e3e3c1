package vn.hailong.complaints.workflow;

/**
 * A step with its own legal clock. ACCEPT: take up (thụ lý) or refuse; FIRST_INFO_REQUEST: the latest moment to ask
 * the citizen for more (optional: it lapses unmet when no request is needed); ANSWER: the resolution; PUBLISH: the
 * answer made public (HaiLong publishes with the answer).
 */
public enum Step {
    ACCEPT(true), FIRST_INFO_REQUEST(false), ANSWER(true), PUBLISH(true);

    private final boolean mandatory;

    Step(boolean mandatory) {
        this.mandatory = mandatory;
    }

    /** Whether missing its due time is a breach (the optional first-request clock only makes a late request late). */
    public boolean mandatory() {
        return mandatory;
    }
}
