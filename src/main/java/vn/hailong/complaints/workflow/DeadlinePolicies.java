package vn.hailong.complaints.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The deadline policies as stored; implemented with SQL in {@code complaints.persistence}. */
public interface DeadlinePolicies {

    /** Every row in force on {@code day} for this case type, all steps, urgencies and remote flags. */
    List<DeadlinePolicy> inForce(CaseType type, LocalDate day);

    List<DeadlinePolicy> all();

    Optional<DeadlinePolicy> byId(long id);

    /** Stores a new row; returns its id. */
    long insert(DeadlinePolicy policy, String createdBy);

    /** Ends a still-open row's validity the day before a successor takes over; false when it was ended already. */
    boolean endOn(long id, LocalDate lastDay);

    /**
     * The policy of one step for a case: exact urgency, else its fallbacks ({@link Urgency#fallback()}); for each,
     * the remote-area row first when the case is in a remote area.
     */
    static Optional<DeadlinePolicy> pick(List<DeadlinePolicy> inForce, Step step, Urgency urgency, boolean remote) {
        for (Optional<Urgency> u = Optional.of(urgency); u.isPresent(); u = u.get().fallback()) {
            Urgency level = u.get();
            for (boolean r : remote ? new boolean[]{true, false} : new boolean[]{false}) {
                Optional<DeadlinePolicy> hit = inForce.stream()
                        .filter(p -> p.step() == step && p.urgency() == level && p.remoteArea() == r).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }
}
