package vn.hailong.complaints.tracking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseAction;
import vn.hailong.complaints.workflow.CaseCommand;
import vn.hailong.complaints.workflow.CaseEvent;
import vn.hailong.complaints.workflow.CaseLifecycle;
import vn.hailong.complaints.workflow.CaseStatus;
import vn.hailong.complaints.workflow.CaseStore;
import vn.hailong.complaints.workflow.ComplaintCase;
import vn.hailong.complaints.workflow.ComplaintWorkflow;
import vn.hailong.complaints.workflow.Step;
import vn.hailong.complaints.workflow.StepClock;
import vn.hailong.complaints.workflow.WorkflowSettings;
import vn.hailong.shared.errors.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A complaint as its citizen sees it (issue 9 item 8): where it stands, the due dates of the steps the citizen waits
 * on, the answer, and whether they may still rate or reopen it. Nothing personal (no phone, no name), no internal
 * note, no handler.
 * <p>
 * <b>What proves ownership.</b> The tracking code, and, when the complaint was filed with a phone number, the last
 * four digits of that number. A complaint filed without a phone (a kiosk or web complaint that left none) is
 * tracked, rated and reopened with the code alone, and must be looked up with no digits: the code on the citizen's
 * receipt is then the only thing they have, and what it shows is what HaiLong publishes anyway (PAKN answers are
 * published, domain.md §4), never who complained. A wrong code, wrong digits, missing digits and digits sent for a
 * complaint without a phone are one and the same not-found, with the same cost (one look-up by code, one
 * constant-time comparison), so that nothing tells a wrong guess of the digits from a wrong code; the web layer
 * rate-limits these misses per client address.
 */
@Singleton
public class CaseTracking {

    public static final int MAX_COMMENT = 2000;

    /** The trail's events a citizen sees: what was done for them, never notes, assignments or system events. */
    private static final Set<CaseAction> CITIZEN_EVENTS = EnumSet.of(CaseAction.FILE, CaseAction.ACCEPT,
            CaseAction.REQUEST_INFO, CaseAction.RESUME, CaseAction.TRANSFER, CaseAction.EXTEND, CaseAction.ANSWER,
            CaseAction.REJECT, CaseAction.CLOSE, CaseAction.RATE_ANSWER, CaseAction.REOPEN);

    /** Events whose note is written to the citizen: what information is asked for, why it was not taken up. */
    private static final Set<CaseAction> NOTE_FOR_CITIZEN = EnumSet.of(CaseAction.REQUEST_INFO, CaseAction.REJECT);

    /** One step of the trail, as the citizen reads it. {@code message} is for the citizen (asked-for information). */
    public record Milestone(CaseAction type, Instant at, CaseStatus statusAfter, @Nullable String message) {
    }

    /** A step the citizen waits on: taking up the case, then answering it. */
    public record Deadline(Step step, Instant dueAt, @Nullable Instant doneAt, boolean paused) {
    }

    /**
     * @param reopenUntil the last moment the citizen may reopen the case (when answered)
     * @param verdict     the citizen's rating of the current answer, if given
     */
    public record Tracked(String trackingCode, ComplaintKind kind, CaseStatus status, Instant receivedAt,
                          List<Deadline> deadlines, @Nullable String answer, @Nullable Instant answeredAt,
                          boolean canRate, @Nullable CaseCommand.Verdict verdict, @Nullable Instant ratedAt,
                          boolean canReopen, @Nullable Instant reopenUntil, List<Milestone> timeline) {
    }

    private final CaseStore cases;
    private final ComplaintWorkflow workflow;
    private final WorkflowSettings settings;
    private final Clock clock;

    CaseTracking(CaseStore cases, ComplaintWorkflow workflow, WorkflowSettings settings, Clock clock) {
        this.cases = cases;
        this.workflow = workflow;
        this.settings = settings;
        this.clock = clock;
    }

    /** The complaint, or 404 ({@code complaints.error.notFound}) when the code and digits do not match one. */
    @Transactional(readOnly = true)
    public Tracked find(@Nullable String trackingCode, @Nullable String phoneDigits) {
        return view(proven(trackingCode, phoneDigits));
    }

    /** The citizen rates the current answer, hài lòng or không hài lòng, with an optional comment. */
    @Transactional
    public Tracked rate(@Nullable String trackingCode, @Nullable String phoneDigits,
                        @Nullable CaseCommand.Verdict verdict, @Nullable String comment) {
        ComplaintCase c = proven(trackingCode, phoneDigits);
        String text = clean(comment);
        RuleViolation.Builder problems = RuleViolation.builder();
        if (verdict == null) {
            problems.invalid("verdict", "complaints.error.verdict.required");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            problems.invalid("comment", "tracking.error.comment.tooLong", MAX_COMMENT);
        }
        problems.throwIfAny();
        workflow.citizen(c.id(), CaseCommand.rate(verdict, text));
        return view(cases.byId(c.id()).orElseThrow());
    }

    /** The citizen reopens an answered case within the reopen window; the reason is required. */
    @Transactional
    public Tracked reopen(@Nullable String trackingCode, @Nullable String phoneDigits, @Nullable String reason) {
        ComplaintCase c = proven(trackingCode, phoneDigits);
        String text = clean(reason);
        if (text == null || text.length() > MAX_COMMENT) {
            throw RuleViolation.invalid("reason", "tracking.error.reason", MAX_COMMENT);
        }
        workflow.citizen(c.id(), CaseCommand.of(CaseAction.REOPEN, text));
        return view(cases.byId(c.id()).orElseThrow());
    }

    private ComplaintCase proven(@Nullable String trackingCode, @Nullable String phoneDigits) {
        String code = trackingCode == null ? "" : trackingCode.strip().toUpperCase(Locale.ROOT);
        String digits = phoneDigits == null ? "" : phoneDigits.replaceAll("[\\s.-]", "");
        Optional<ComplaintCase> found = code.isEmpty() || code.length() > 40 ? Optional.empty() : cases.byCode(code);
        // always one comparison, so that a known code with wrong digits costs what an unknown code costs
        String expected = found.map(c -> c.hasPhone() && c.phoneLast4() != null ? c.phoneLast4() : "").orElse("----");
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                digits.getBytes(StandardCharsets.UTF_8));
        if (found.isEmpty() || !matches) {
            throw RuleViolation.notFound("complaints.error.notFound");
        }
        return found.get();
    }

    private Tracked view(ComplaintCase c) {
        Instant now = clock.instant();
        List<Deadline> deadlines = new ArrayList<>();
        List<StepClock> steps = cases.steps(c.id());
        for (Step step : List.of(Step.ACCEPT, Step.ANSWER)) {
            // the latest clock of the step (a transfer or a reopening starts a new one)
            steps.stream().filter(s -> s.step() == step).reduce((a, b) -> b)
                    .ifPresent(s -> deadlines.add(new Deadline(step, s.dueAt(), s.endedAt(), s.isPaused())));
        }
        List<Milestone> timeline = new ArrayList<>();
        for (CaseEvent e : cases.events(c.id())) {
            if (CITIZEN_EVENTS.contains(e.type()) && !e.internal()) {
                timeline.add(new Milestone(e.type(), e.at(), e.statusAfter(),
                        NOTE_FOR_CITIZEN.contains(e.type()) ? e.note() : null));
            }
        }
        boolean answered = c.answeredAt() != null;
        boolean ratedThisAnswer = answered && c.citizenRatedAt() != null && !c.citizenRatedAt().isBefore(c.answeredAt());
        Instant reopenUntil = answered ? c.answeredAt().plus(settings.getReopenWindow()) : null;
        boolean canRate = answered && !ratedThisAnswer && CaseLifecycle.next(c.status(), CaseAction.RATE_ANSWER).isPresent();
        boolean canReopen = answered && !now.isAfter(reopenUntil)
                && CaseLifecycle.next(c.status(), CaseAction.REOPEN).isPresent();
        CaseCommand.Verdict verdict = ratedThisAnswer && c.citizenVerdict() != null
                ? CaseCommand.Verdict.valueOf(c.citizenVerdict()) : null;
        return new Tracked(c.trackingCode(), c.kind(), c.status(), c.receivedAt(), List.copyOf(deadlines),
                answered ? c.answer() : null, c.answeredAt(), canRate, verdict,
                ratedThisAnswer ? c.citizenRatedAt() : null, canReopen, canReopen ? reopenUntil : null,
                List.copyOf(timeline));
    }

    private static String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
