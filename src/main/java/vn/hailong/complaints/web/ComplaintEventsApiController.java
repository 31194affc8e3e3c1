package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.complaints.tracking.CaseActions;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * product.md §4.6: a handler's actions on a case and its trail, for tokens (and signed-in staff) with a handling
 * role. A case outside the token's unit subtree is 404 whatever is sent; an action the case's status does not allow
 * is 409 ({@code CaseLifecycle}); a missing reason or answer is 400 naming the field.
 */
@Controller("/api/v1/complaints/{trackingCode}/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"HANDLER", "UNIT_MANAGER", "PROVINCE_MANAGER"})
@Tag(name = "Complaints")
class ComplaintEventsApiController {

    private final CaseActions actions;

    ComplaintEventsApiController(CaseActions actions) {
        this.actions = actions;
    }

    /**
     * @param type     ACCEPT, REQUEST_INFO, RESUME, TRANSFER, EXTEND, ANSWER, REJECT, CLOSE, ASSIGN or NOTE
     * @param note     the reason (REJECT, TRANSFER, EXTEND), the information asked for (REQUEST_INFO), the note (NOTE)
     * @param answer   the answer's text (ANSWER), shown to the citizen as it is given
     * @param unitCode the unit to transfer to (TRANSFER)
     * @param assignee the user id of the handler to assign (ASSIGN); a handler assigns only themself
     * @param urgency  on ACCEPT: KHAN, BINH_THUONG, PHUC_TAP or DAC_BIET_PHUC_TAP, which picks the answer's legal time
     * @param internal on NOTE: for handlers only (never shown to the citizen)
     */
    @Serdeable
    record EventRequest(@Nullable String type, @Nullable String note, @Nullable String answer,
                        @Nullable String unitCode, @Nullable Long assignee, @Nullable String urgency,
                        @Nullable Boolean internal) {
    }

    @Serdeable
    record StepView(Step step, Instant startedAt, Instant dueAt, boolean paused, @Nullable Instant endedAt,
                    @Nullable Boolean endedLate, int extensions) {
    }

    /** One event of the trail; {@code actor} is the staff user's or token's name, or "citizen" or the system job. */
    @Serdeable
    record EventView(int seq, Instant at, CaseAction type,
                     @Nullable @Schema(description = "the step it concerns: ACCEPT, FIRST_INFO_REQUEST, ANSWER or PUBLISH") String step,
                     @Nullable @Schema(description = "the status before (none for the filing)") String statusBefore,
                     CaseStatus statusAfter, String actorKind, String actor, @Nullable String note, boolean internal,
                     Map<String, String> data) {
    }

    /**
     * @param dueAt     the due time the citizen is told (the answer's, or taking it up while no answer clock runs)
     * @param nextDueAt the earliest due time of the running steps, none while paused or done
     */
    @Serdeable
    record ActedView(String trackingCode, CaseStatus status, int seq, Instant dueAt, @Nullable Instant nextDueAt,
                     @Nullable @Schema(description = "the step of nextDueAt") String nextStep, List<StepView> steps,
                     EventView event) {
    }

    @Serdeable
    record TrailView(String trackingCode, CaseStatus status, List<CaseAction> allowed, List<StepView> steps,
                     List<EventView> events) {
    }

    @Post
    @Operation(operationId = "actOnComplaint", summary = "Act on a complaint", description = "Handler, unit manager or province manager token. One action of the case's workflow; the answer gives the case's new status, its step due times and the event recorded. An action the status does not allow is 409; a case outside the token's unit subtree is 404 whatever is sent.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = {
                    @ExampleObject(name = "accept", value = "{\"type\": \"ACCEPT\", \"urgency\": \"BINH_THUONG\"}"),
                    @ExampleObject(name = "requestInfo", value = "{\"type\": \"REQUEST_INFO\", \"note\": \"Xin gửi ảnh chụp quầy số 2.\"}"),
                    @ExampleObject(name = "transfer", value = "{\"type\": \"TRANSFER\", \"unitCode\": \"46.TTPVHCC\", \"note\": \"Thuộc thẩm quyền Trung tâm Phục vụ hành chính công.\"}"),
                    @ExampleObject(name = "answer", value = "{\"type\": \"ANSWER\", \"answer\": \"Đã bố trí cán bộ trực quầy số 2 từ 7 giờ 30.\"}"),
                    @ExampleObject(name = "assign", value = "{\"type\": \"ASSIGN\", \"assignee\": 42}"),
                    @ExampleObject(name = "internalNote", value = "{\"type\": \"NOTE\", \"note\": \"Đã gọi điện xác minh.\", \"internal\": true}")
            })))
    @ApiResponse(responseCode = "200", description = "Done: the case's new status, due times and the event's seq", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    ActedView act(@PathVariable String trackingCode, @Body EventRequest r, Authentication auth) {
        CaseActions.Acted acted = actions.act(Actor.of(auth), trackingCode, new CaseActions.Request(r.type(),
                r.note(), r.answer(), r.unitCode(), r.assignee(), r.urgency(), Boolean.TRUE.equals(r.internal())));
        ComplaintCase c = acted.complaint();
        EventView event = view(acted.event());
        return new ActedView(c.trackingCode(), c.status(), event.seq(), c.dueAt(), c.nextDueAt(),
                c.nextStep() == null ? null : c.nextStep().name(),
                steps(acted.steps()), event);
    }

    @Get
    @Operation(operationId = "getComplaintEvents", summary = "Get a complaint's trail", description = "Handler, unit manager or province manager token. Every event of the case, oldest first, internal notes included; the citizen's contact is never in it. Also the actions its status allows now.")
    @ApiResponse(responseCode = "200", description = "The trail", useReturnTypeSchema = true)
    @ApiProblems.Token
    @ApiProblems.NotFound
    TrailView events(@PathVariable String trackingCode, Authentication auth) {
        ComplaintWorkflow.CaseFile file = actions.file(Actor.of(auth), trackingCode);
        return new TrailView(file.complaint().trackingCode(), file.complaint().status(),
                file.allowed().stream().sorted().toList(), steps(file.steps()),
                file.events().stream().map(ComplaintEventsApiController::view).toList());
    }

    private static List<StepView> steps(List<StepClock> steps) {
        return steps.stream().map(s -> new StepView(s.step(), s.startedAt(), s.dueAt(), s.isPaused(), s.endedAt(),
                s.endedLate(), s.extensions())).toList();
    }

    private static EventView view(CaseEvent e) {
        return new EventView(e.seq(), e.at(), e.type(), e.step() == null ? null : e.step().name(),
                e.statusBefore() == null ? null : e.statusBefore().name(), e.statusAfter(),
                e.actor().kind().name(), e.actor().name(), e.note(), e.internal(), e.data());
    }
}
