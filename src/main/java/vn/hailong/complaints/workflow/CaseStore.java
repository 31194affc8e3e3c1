package vn.hailong.complaints.workflow;

import java.util.List;
import java.util.Optional;

/** Cases, their step clocks and their audit trail as stored; implemented with SQL in {@code complaints.persistence}. */
public interface CaseStore {

    Optional<ComplaintCase> byCode(String trackingCode);

    Optional<ComplaintCase> byId(long id);

    /** The case, its row locked until the transaction ends: actions on one case run one after the other. */
    Optional<ComplaintCase> lockById(long id);

    /** As {@link #lockById}, by tracking code. */
    Optional<ComplaintCase> lockByCode(String trackingCode);

    /** Writes the case's changing fields; refused (a 409) when someone changed it since {@code c.version()}. */
    void update(ComplaintCase c);

    List<StepClock> steps(long caseId);

    /**
     * The clocks as last committed, read with a locking read: under the case's row lock a plain read could return
     * the transaction's older snapshot and write stale clocks back.
     */
    List<StepClock> lockedSteps(long caseId);

    void insertSteps(List<StepClock> steps);

    void updateSteps(List<StepClock> steps);

    /** Appends an event as the case's next one (its {@code seq} is assigned here); events are never changed. */
    void append(CaseEvent event);

    /** The trail, oldest first. */
    List<CaseEvent> events(long caseId);

    /** The citizen's name, decrypted; empty when none was given. */
    Optional<String> citizenName(long caseId);
}
