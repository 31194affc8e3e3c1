package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.complaints.tracking.CaseTracking;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.operations.ApiAccess;
import vn.hailong.web.problem.ApiProblems;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * product.md §4.6, the citizen's side: a complaint's progress by its tracking code and the last four digits of the
 * phone it was filed with (none for a complaint filed without a phone: {@link CaseTracking} says why), and the
 * citizen's rating and reopening. Public; an unknown code and wrong digits are the same 404, and such misses are
 * limited per client address ({@code hailong.abuse.tracking-*}, 429 with Retry-After). Labels in the language of
 * {@code Accept-Language}.
 */
@Controller("/api/v1/complaints/{trackingCode}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Complaints")
class ComplaintTrackingApiController {

    private final CaseTracking tracking;
    private final RequestLimits limits;
    private final RuleViolationMessages words;

    ComplaintTrackingApiController(CaseTracking tracking, RequestLimits limits, RuleViolationMessages words) {
        this.tracking = tracking;
        this.limits = limits;
        this.words = words;
    }

    @Serdeable
    record DeadlineView(Step step, String stepLabel, Instant dueAt, @Nullable Instant doneAt, boolean paused) {
    }

    /** @param message what the office wrote to the citizen (the information asked for, why it was not taken up) */
    @Serdeable
    record MilestoneView(CaseAction type, String label, Instant at, @Nullable String message) {
    }

    /**
     * @param canRate     the answer may be rated (once per answer)
     * @param canReopen   the case may be reopened, until {@code reopenUntil}
     */
    @Serdeable
    record TrackedView(String trackingCode, String kind, String kindLabel, CaseStatus status, String statusLabel,
                       Instant receivedAt, List<DeadlineView> deadlines, @Nullable String answer,
                       @Nullable Instant answeredAt, boolean canRate,
                       @Nullable @Schema(description = "the citizen's verdict on the answer: SATISFIED or UNSATISFIED") String verdict,
                       @Nullable Instant ratedAt, boolean canReopen, @Nullable Instant reopenUntil,
                       List<MilestoneView> timeline) {
    }

    /** @param phone the last four digits of the phone the complaint was filed with; none if it had none */
    @Serdeable
    record RatingRequest(@Nullable String phone, @Nullable String verdict, @Nullable String comment) {
    }

    @Serdeable
    record ReopenRequest(@Nullable String phone, @Nullable String reason) {
    }

    @Get
    @Operation(operationId = "trackComplaint", summary = "Track a complaint", description = "Public. Where a complaint stands, in plain words: status, the due dates of taking it up and of the answer, the answer once given, and whether the citizen may still rate or reopen it. No personal data, no internal notes, no handler. A wrong code, or wrong or missing digits, are the same 404; too many such misses from one address are 429.",
            parameters = @Parameter(name = "phone", description = "The last four digits of the phone number the complaint was filed with; leave out when it was filed without one", example = "5678",
                    schema = @Schema(type = "string", pattern = "^[0-9]{4}$")))
    @ApiAccess.Public
    @ApiResponse(responseCode = "200", description = "The complaint's progress", useReturnTypeSchema = true)
    @ApiProblems.NotFound
    @ApiProblems.TooMany
    TrackedView track(HttpRequest<?> request, @PathVariable String trackingCode, @QueryValue @Nullable String phone) {
        CaseTracking.Tracked t = limits.trackingAttempt(request, trackingCode, () -> tracking.find(trackingCode, phone));
        return view(t, RuleViolationMessages.requested(request));
    }

    @Post("/rating")
    @Operation(operationId = "rateComplaintAnswer", summary = "Rate a complaint's answer", description = "Public, proven like tracking (code and last four phone digits). SATISFIED or UNSATISFIED, with an optional comment; once per answer. These ratings feed the PAKN satisfaction figures.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "rating",
                    value = "{\"phone\": \"5678\", \"verdict\": \"UNSATISFIED\", \"comment\": \"Sáng nay quầy số 2 vẫn không có ai.\"}"))))
    @ApiAccess.Public
    @ApiResponse(responseCode = "200", description = "Rated: the complaint's progress", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.TooMany
    TrackedView rate(HttpRequest<?> request, @PathVariable String trackingCode, @Body RatingRequest r) {
        CaseCommand.Verdict verdict = verdict(r.verdict());
        CaseTracking.Tracked t = limits.trackingAttempt(request, trackingCode,
                () -> tracking.rate(trackingCode, r.phone(), verdict, r.comment()));
        return view(t, RuleViolationMessages.requested(request));
    }

    @Post("/reopen")
    @Operation(operationId = "reopenComplaint", summary = "Reopen a complaint", description = "Public, proven like tracking. Within the reopen window after the answer (hailong.complaints.workflow.reopen-window, 30 days by default), with a reason; the office handles it again on a new answer clock.",
            requestBody = @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "reopen",
                    value = "{\"phone\": \"5678\", \"reason\": \"Sáng nay quầy số 2 vẫn không có ai.\"}"))))
    @ApiAccess.Public
    @ApiResponse(responseCode = "200", description = "Reopened: the complaint's progress", useReturnTypeSchema = true)
    @ApiProblems.BadRequest
    @ApiProblems.NotFound
    @ApiProblems.Conflict
    @ApiProblems.TooMany
    TrackedView reopen(HttpRequest<?> request, @PathVariable String trackingCode, @Body ReopenRequest r) {
        CaseTracking.Tracked t = limits.trackingAttempt(request, trackingCode,
                () -> tracking.reopen(trackingCode, r.phone(), r.reason()));
        return view(t, RuleViolationMessages.requested(request));
    }

    /** SATISFIED or UNSATISFIED; anything else is none, which the rating refuses (400, field verdict). */
    static @Nullable CaseCommand.Verdict verdict(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return CaseCommand.Verdict.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private TrackedView view(CaseTracking.Tracked t, Locale locale) {
        return new TrackedView(t.trackingCode(), t.kind().name(), words.text(locale, "tracking.kind." + t.kind().name()),
                t.status(), words.text(locale, "tracking.status." + t.status().name()), t.receivedAt(),
                t.deadlines().stream().map(d -> new DeadlineView(d.step(), words.text(locale, "tracking.step." + d.step().name()),
                        d.dueAt(), d.doneAt(), d.paused())).toList(),
                t.answer(), t.answeredAt(), t.canRate(), t.verdict() == null ? null : t.verdict().name(), t.ratedAt(), t.canReopen(), t.reopenUntil(),
                t.timeline().stream().map(m -> new MilestoneView(m.type(), words.text(locale, "tracking.event." + m.type().name()),
                        m.at(), m.message())).toList());
    }
}
