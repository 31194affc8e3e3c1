package vn.hailong.complaints.tracking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.complaints.workflow.Urgency;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * A handler's action as the API sends it (product.md §4.6: {@code POST /api/v1/complaints/{code}/events}): names
 * resolved to ids, then {@link ComplaintWorkflow#act}, and the outcome read back in the same transaction (the case's
 * row stays locked, so the event read back is the one just appended).
 * <p>
 * Whatever is wrong with the request, a case outside the actor's reach is a 404 first: the type, the urgency, the
 * unit of a transfer are checked only once the case is known to be theirs, so that no answer tells a stranger more
 * than "no such case".
 */
@Singleton
public class CaseActions {

    /**
     * What a handler asks, as sent.
     *
     * @param assigneeId the handler to assign (users.id)
     */
    public record Request(@Nullable String type, @Nullable String note, @Nullable String answer,
                          @Nullable String unitCode, @Nullable Long assigneeId, @Nullable String urgency,
                          boolean internal) {
    }

    /** The case after the action, its clocks, and the event that recorded it. */
    public record Acted(ComplaintCase complaint, List<StepClock> steps, CaseEvent event) {
    }

    private final ComplaintWorkflow workflow;
    private final CaseStore cases;
    private final Directory directory;

    CaseActions(ComplaintWorkflow workflow, CaseStore cases, Directory directory) {
        this.workflow = workflow;
        this.cases = cases;
        this.directory = directory;
    }

    @Transactional
    public Acted act(Actor actor, String trackingCode, Request r) {
        Optional<CaseAction> action = CaseAction.handlerAction(r.type());
        if (action.isEmpty()) {
            workflow.file(actor, trackingCode);
            throw RuleViolation.invalid("type", "complaints.error.type", r.type() == null ? "" : r.type());
        }
        CaseCommand command = switch (action.get()) {
            case ACCEPT -> {
                Urgency urgency = null;
                if (r.urgency() != null && !r.urgency().isBlank()) {
                    urgency = Urgency.parse(r.urgency()).orElse(null);
                    if (urgency == null) {
                        workflow.file(actor, trackingCode);
                        throw RuleViolation.invalid("urgency", "tracking.error.urgency", r.urgency());
                    }
                }
                yield CaseCommand.accept(urgency, r.note());
            }
            case TRANSFER -> {
                Long unitId = null;
                if (r.unitCode() != null && !r.unitCode().isBlank()) {
                    Optional<Unit> unit = directory.unitByCode(r.unitCode().strip());
                    if (unit.isEmpty()) {
                        workflow.file(actor, trackingCode);
                        throw RuleViolation.invalid("unitCode", "tracking.error.unitCode", r.unitCode());
                    }
                    unitId = unit.get().id();
                }
                yield new CaseCommand(CaseAction.TRANSFER, r.note(), null, unitId, null, null, null, false, null,
                        null, null);
            }
            case ANSWER -> CaseCommand.answer(r.answer(), r.note());
            case ASSIGN -> new CaseCommand(CaseAction.ASSIGN, r.note(), null, null, null, r.assigneeId(), null, false,
                    null, null, null);
            case NOTE -> CaseCommand.note(r.note(), r.internal());
            default -> CaseCommand.of(action.get(), r.note());
        };
        ComplaintCase after = workflow.act(actor, trackingCode, command);
        List<CaseEvent> events = cases.events(after.id());
        return new Acted(after, cases.steps(after.id()), events.get(events.size() - 1));
    }

    /** The case file for a handler (404 when out of reach). */
    @Transactional(readOnly = true)
    public ComplaintWorkflow.CaseFile file(Actor actor, String trackingCode) {
        return workflow.file(actor, trackingCode);
    }
}
