package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.complaints.tracking.CaseTracking;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.limits.RequestLimits;
import vn.hailong.web.limits.TooManyRequests;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code /tra-cuu}: a citizen tracks a complaint with its code and the last four digits of their phone, reads the
 * answer, rates it and may reopen it (issue 9 item 8). No sign-in; the code and the digits travel in the posted form
 * (never in a URL, where logs would keep them) and again, hidden, in the rating and reopening forms of the page they
 * unlock. Misses count against the client address as the API's do ({@link RequestLimits#trackingAttempt}).
 */
@Controller("/tra-cuu")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TrackingPageController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockFactory.VIETNAM);
    private static final String VIEW = "complaints/tracking";

    private final CaseTracking tracking;
    private final RequestLimits limits;

    TrackingPageController(CaseTracking tracking, RequestLimits limits) {
        this.tracking = tracking;
        this.limits = limits;
    }

    @Serdeable
    record LookupForm(@Nullable String code, @Nullable String digits, @Nullable String csrfToken) implements CsrfForm {
    }

    @Serdeable
    record RatingForm(@Nullable String code, @Nullable String digits, @Nullable String verdict,
                      @Nullable String comment, @Nullable String csrfToken) implements CsrfForm {
    }

    @Serdeable
    record ReopenForm(@Nullable String code, @Nullable String digits, @Nullable String reason,
                      @Nullable String csrfToken) implements CsrfForm {
    }

    /** A deadline as shown: its step, the due time and, when done, when. */
    @Introspected
    record DeadlineRow(String step, String due, @Nullable String done, boolean paused) {
    }

    @Introspected
    record MilestoneRow(String type, String at, @Nullable String message, boolean reached) {
    }

    /** The complaint as the page shows it, times in Vietnam's local time. */
    @Introspected
    record Shown(String trackingCode, String kind, String status, String received, List<DeadlineRow> deadlines,
                 List<MilestoneRow> timeline, @Nullable String answer, @Nullable String answeredAt, boolean canRate,
                 @Nullable String verdict, boolean canReopen, @Nullable String reopenUntil) {
    }

    /**
     * The page: the look-up form, or the complaint it found.
     *
     * @param noticeKey   a message for the whole page (not found, too many misses, rated, reopened)
     * @param noticeArg   its argument (the minutes to wait)
     * @param errors      what is wrong with the rating or reopening form
     */
    @Introspected
    record TrackingPage(String code, String digits, @Nullable Shown shown, @Nullable String noticeKey,
                        long noticeArg, boolean noticeIsError, FormErrors errors, String comment, String reason) {
    }

    @Get
    HttpResponse<?> form() {
        return HttpResponse.ok(new ModelAndView<>(VIEW, new TrackingPage("", "", null, null, 0, false,
                FormErrors.none(), "", "")));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lookUp(HttpRequest<?> request, @Body LookupForm form) {
        String code = text(form.code());
        String digits = text(form.digits());
        return attempt(request, code, digits, () -> tracking.find(code, digits), null, "", "");
    }

    @Post("/danh-gia")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rate(HttpRequest<?> request, @Body RatingForm form) {
        String code = text(form.code());
        String digits = text(form.digits());
        return attempt(request, code, digits, () -> tracking.rate(code, digits,
                ComplaintTrackingApiController.verdict(form.verdict()), form.comment()), "tracking.page.rate.done",
                text(form.comment()), "");
    }

    @Post("/mo-lai")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(HttpRequest<?> request, @Body ReopenForm form) {
        String code = text(form.code());
        String digits = text(form.digits());
        return attempt(request, code, digits, () -> tracking.reopen(code, digits, form.reason()),
                "tracking.page.reopen.done", "", text(form.reason()));
    }

    private HttpResponse<?> attempt(HttpRequest<?> request, String code, String digits,
                                    Supplier<CaseTracking.Tracked> action, @Nullable String doneKey,
                                    String comment, String reason) {
        try {
            CaseTracking.Tracked t = limits.trackingAttempt(request, code, action);
            return page(code, digits, t, doneKey, false, FormErrors.none(), "", "");
        } catch (TooManyRequests e) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(new ModelAndView<>(VIEW, new TrackingPage(code, "", null, "tracking.page.tooMany",
                            Math.max(1, (e.retryAfterSeconds() + 59) / 60), true, FormErrors.none(), "", "")));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                // the same page for an unknown code and for wrong digits; the digits are not shown back
                return HttpResponse.ok(new ModelAndView<>(VIEW, new TrackingPage(code, "", null,
                        "tracking.page.notFound", 0, true, FormErrors.none(), "", "")));
            }
            // the right proof but a refused rating or reopening: the complaint again, with what was wrong
            CaseTracking.Tracked t = tracking.find(code, digits);
            return page(code, digits, t, null, true, FormErrors.of(e), comment, reason);
        }
    }

    private HttpResponse<?> page(String code, String digits, CaseTracking.Tracked t, @Nullable String noticeKey,
                                 boolean error, FormErrors errors, String comment, String reason) {
        return HttpResponse.ok(new ModelAndView<>(VIEW, new TrackingPage(code, digits, shown(t), noticeKey, 0, error,
                errors, comment, reason)));
    }

    private static Shown shown(CaseTracking.Tracked t) {
        List<DeadlineRow> deadlines = t.deadlines().stream().map(d -> new DeadlineRow(d.step().name(),
                time(d.dueAt()), time(d.doneAt()), d.paused())).toList();
        List<MilestoneRow> timeline = t.timeline().stream().map(m -> new MilestoneRow(m.type().name(), time(m.at()),
                m.message(), true)).toList();
        return new Shown(t.trackingCode(), t.kind().name(), t.status().name(), time(t.receivedAt()), deadlines,
                timeline, t.answer(), time(t.answeredAt()), t.canRate(),
                t.verdict() == null ? null : t.verdict().name(), t.canReopen(), time(t.reopenUntil()));
    }

    private static @Nullable String time(@Nullable Instant at) {
        return at == null ? null : SHOWN.format(at);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
