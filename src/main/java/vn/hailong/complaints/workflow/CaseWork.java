package vn.hailong.complaints.workflow;

import vn.hailong.shared.errors.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What one action does to a case and its step clocks, pure: the lifecycle decides whether it is allowed, then the
 * clocks start, pause, resume, extend or end per the deadline policies, and one event records it all. The service
 * ({@code ComplaintWorkflow}) loads, checks who may act, and stores the outcome in one transaction.
 */
public final class CaseWork {

    public static final int MAX_NOTE = 5000;
    public static final int MAX_ANSWER = 20000;

    /** What the action changed: the case, the clocks that changed or started, and the event to append. */
    public record Outcome(ComplaintCase updated, List<StepClock> changedSteps, List<StepClock> startedSteps,
                          CaseEvent event) {
    }

    /**
     * The world an action runs in.
     *
     * @param inForce      the deadline policies of the case's type in force now
     * @param policyById   any policy by id (a running step keeps the policy it started under)
     * @param clock        the working calendar of the unit that will hold the case after the action
     * @param reopenWindow how long after the answer the citizen may reopen
     */
    public record Context(Instant at, EventActor actor, List<DeadlinePolicy> inForce,
                          Function<Long, Optional<DeadlinePolicy>> policyById, Clockwork clock, LongSupplier ids,
                          Duration reopenWindow) {
    }

    private final ComplaintCase before;
    private final List<StepClock> steps;
    private final Context ctx;
    private final List<StepClock> changed = new ArrayList<>();
    private final List<StepClock> started = new ArrayList<>();
    private final Map<String, String> data = new LinkedHashMap<>();
    private ComplaintCase.Builder after;
    private Urgency urgency;
    private Step eventStep;

    private CaseWork(ComplaintCase before, List<StepClock> steps, Context ctx) {
        this.before = before;
        this.steps = new ArrayList<>(steps);
        this.ctx = ctx;
    }

    public static Outcome apply(ComplaintCase c, List<StepClock> steps, CaseCommand cmd, Context ctx) {
        return new CaseWork(c, steps, ctx).run(cmd);
    }

    private Outcome run(CaseCommand cmd) {
        boolean filing = cmd.action() == CaseAction.FILE;
        CaseStatus next = filing ? before.status() : CaseLifecycle.require(before.status(), cmd.action());
        after = before.toBuilder().status(next);
        urgency = before.urgency();
        String note = clean(cmd.note());
        if (note != null && note.length() > MAX_NOTE) {
            throw RuleViolation.invalid("note", "complaints.error.note.tooLong", MAX_NOTE);
        }
        switch (cmd.action()) {
            case FILE -> startCountedFrom(CountedFrom.RECEIPT, ctx.clock());
            case ACCEPT -> {
                if (cmd.urgency() != null && cmd.urgency() != before.urgency()) {
                    urgency = cmd.urgency();
                    after.urgency(urgency);
                    data.put("urgency", before.urgency() + " → " + urgency);
                }
                endOpen(Step.ACCEPT);
                if (urgency != before.urgency()) {
                    restartUnderNewUrgency();
                }
                startCountedFrom(CountedFrom.ACCEPTANCE, ctx.clock());
            }
            case REJECT -> {
                requireNote(note, "complaints.error.reason.required");
                endAllOpen();
            }
            case TRANSFER -> {
                requireNote(note, "complaints.error.reason.required");
                if (cmd.unitId() == null) {
                    throw RuleViolation.invalid("unitCode", "complaints.error.transfer.unit");
                }
                if (cmd.unitId().equals(before.handlingUnitId())) {
                    throw RuleViolation.invalid("unitCode", "complaints.error.transfer.sameUnit");
                }
                endAllOpen();
                moveTo(cmd.unitId(), cmd.teamId(), cmd.assigneeId());
                // a transfer restarts the clocks counted from receipt (domain.md §4.1: "or the latest transfer")
                startCountedFrom(CountedFrom.RECEIPT, ctx.clock());
            }
            case REQUEST_INFO -> {
                requireNote(note, "complaints.error.infoRequest.required");
                endOpen(Step.FIRST_INFO_REQUEST);
                for (StepClock s : open()) {
                    if (s.step().mandatory()) {
                        replace(s, s.pause(ctx.at()));
                        eventStep = s.step();
                    }
                }
                after.infoRequests(before.infoRequests() + 1);
                data.put("infoRequests", String.valueOf(before.infoRequests() + 1));
            }
            case RESUME -> {
                for (StepClock s : open()) {
                    if (s.isPaused()) {
                        StepClock resumed = s.resume(ctx.at(), ctx.clock());
                        replace(s, resumed);
                        eventStep = s.step();
                        data.put("dueAt", s.dueAt() + " → " + resumed.dueAt());
                    }
                }
            }
            case EXTEND -> extend(note);
            case ANSWER -> {
                String answer = clean(cmd.answer());
                if (answer == null || answer.length() > MAX_ANSWER) {
                    throw RuleViolation.invalid("answer", "complaints.error.answer.required", MAX_ANSWER);
                }
                endAllOpen();
                eventStep = Step.ANSWER;
                after.answer(answer).answeredAt(ctx.at());
                // HaiLong publishes the answer to the citizen as it is given: the publication clock starts and ends
                for (StepClock s : startCountedFrom(CountedFrom.ANSWER, ctx.clock())) {
                    replace(s, s.end(ctx.at()));
                }
            }
            case CLOSE -> after.closedAt(ctx.at());
            case ASSIGN -> {
                if (cmd.assigneeId() == null) {
                    throw RuleViolation.invalid("assignee", "complaints.error.assignee.required");
                }
                data.put("assignee", before.assigneeUserId() + " → " + cmd.assigneeId());
                after.assigneeUserId(cmd.assigneeId()).teamId(cmd.teamId());
                if (!java.util.Objects.equals(before.teamId(), cmd.teamId())) {
                    data.put("team", before.teamId() + " → " + cmd.teamId());
                }
            }
            case NOTE -> requireNote(note, "complaints.error.note.required");
            case REVEAL_CONTACT -> {
            }
            case RATE_ANSWER -> {
                if (cmd.verdict() == null) {
                    throw RuleViolation.invalid("verdict", "complaints.error.verdict.required");
                }
                if (before.citizenRatedAt() != null && before.answeredAt() != null
                        && !before.citizenRatedAt().isBefore(before.answeredAt())) {
                    throw RuleViolation.conflict("verdict", "complaints.error.alreadyRated");
                }
                after.citizenVerdict(cmd.verdict().name()).citizenComment(note).citizenRatedAt(ctx.at());
                data.put("verdict", cmd.verdict().name());
            }
            case REOPEN -> {
                if (before.answeredAt() == null || ctx.at().isAfter(before.answeredAt().plus(ctx.reopenWindow()))) {
                    throw RuleViolation.conflict("type", "complaints.error.reopen.tooLate",
                            ctx.reopenWindow().toDays());
                }
                after.reopenCount(before.reopenCount() + 1).closedAt(null);
                policy(Step.ANSWER).ifPresent(p -> startStep(p, ctx.clock()));
            }
            case WARN -> onStep(cmd, s -> s.warned(ctx.at()));
            case BREACH -> onStep(cmd, s -> s.breached(ctx.at()));
            case ESCALATE -> {
                if (cmd.unitId() == null) {
                    throw RuleViolation.invalid("unitCode", "complaints.error.transfer.unit");
                }
                onStep(cmd, s -> s.escalated(ctx.at()));
                moveTo(cmd.unitId(), cmd.teamId(), cmd.assigneeId());
                after.escalationLevel(before.escalationLevel() + 1);
            }
            case MOVE_DEADLINE -> {
                if (cmd.newDue() == null) {
                    throw new IllegalArgumentException("MOVE_DEADLINE needs the new due time");
                }
                onStep(cmd, s -> s.withDue(cmd.newDue()));
            }
        }
        ComplaintCase updated = withClocks(after);
        CaseEvent event = new CaseEvent(ctx.ids().getAsLong(), before.id(), 0, ctx.at(),
                filing ? CaseAction.FILE : cmd.action(), eventStep, ctx.actor(), filing ? null : before.status(),
                updated.status(), note, cmd.internal() || cmd.action() == CaseAction.MOVE_DEADLINE, data,
                updated.handlingUnitId());
        return new Outcome(updated, List.copyOf(changed), List.copyOf(started), event);
    }

    private void extend(String reason) {
        requireNote(reason, "complaints.error.extension.reason");
        StepClock answer = open().stream().filter(s -> s.step() == Step.ANSWER).findFirst()
                .orElseThrow(() -> RuleViolation.conflict("type", "complaints.error.extension.noClock"));
        DeadlinePolicy policy = Optional.ofNullable(answer.policyId()).flatMap(ctx.policyById())
                .orElseThrow(() -> RuleViolation.conflict("type", "complaints.error.extension.none"));
        if (policy.maxExtensions() == 0) {
            throw RuleViolation.conflict("type", "complaints.error.extension.none");
        }
        // counted over the whole case: a reopened or transferred case starts a new clock but not a new legal count
        if (!policy.allowsExtension(before.extensions())) {
            throw RuleViolation.conflict("type", "complaints.error.extension.limit", policy.maxExtensions());
        }
        StepClock extended = answer.extend(policy, ctx.clock());
        replace(answer, extended);
        eventStep = Step.ANSWER;
        data.put("dueAt", answer.dueAt() + " → " + extended.dueAt());
        data.put("extension", extended.extensions() + "/" + policy.maxExtensions());
        after.extensions(before.extensions() + 1);
    }

    /**
     * The urgency decided on acceptance picks other policies: a clock already running (counted from receipt) is
     * replaced by one under the new policy from the same start, so that an urgent petition is due as urgent.
     */
    private void restartUnderNewUrgency() {
        for (StepClock s : open()) {
            Optional<DeadlinePolicy> p = policy(s.step());
            if (p.isPresent() && !Objects.equals(p.get().id(), s.policyId())) {
                replace(s, s.lapse(ctx.at()));
                StepClock restarted = StepClock.start(ctx.ids().getAsLong(), before.id(), p.get(), s.startedAt(), ctx.clock());
                steps.add(restarted);
                started.add(restarted);
                data.put(s.step() + ".dueAt", s.dueAt() + " → " + restarted.dueAt());
            }
        }
    }

    private void onStep(CaseCommand cmd, java.util.function.UnaryOperator<StepClock> change) {
        StepClock s = steps.stream().filter(x -> Objects.equals(x.id(), cmd.stepId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No step " + cmd.stepId() + " on case " + before.id()));
        StepClock changedStep = change.apply(s);
        replace(s, changedStep);
        eventStep = s.step();
        if (!s.dueAt().equals(changedStep.dueAt())) {
            data.put("dueAt", s.dueAt() + " → " + changedStep.dueAt());
        }
    }

    private void moveTo(Long unitId, Long teamId, Long assigneeId) {
        data.put("handlingUnit", before.handlingUnitId() + " → " + unitId);
        after.handlingUnitId(unitId).teamId(teamId).assigneeUserId(assigneeId);
    }

    private List<StepClock> startCountedFrom(CountedFrom from, Clockwork clock) {
        List<StepClock> result = new ArrayList<>();
        for (Step step : Step.values()) {
            policy(step).filter(p -> p.countedFrom() == from).ifPresent(p -> result.add(startStep(p, clock)));
        }
        return result;
    }

    private StepClock startStep(DeadlinePolicy p, Clockwork clock) {
        StepClock s = StepClock.start(ctx.ids().getAsLong(), before.id(), p, ctx.at(), clock);
        steps.add(s);
        started.add(s);
        if (eventStep == null) {
            eventStep = s.step();
        }
        return s;
    }

    private Optional<DeadlinePolicy> policy(Step step) {
        return DeadlinePolicies.pick(ctx.inForce(), step, urgency, before.remoteArea());
    }

    private void endOpen(Step step) {
        for (StepClock s : open()) {
            if (s.step() == step) {
                replace(s, s.end(ctx.at()));
                eventStep = step;
            }
        }
    }

    /** Ends every running clock; the optional first-request clock lapses (it was not needed), never late. */
    private void endAllOpen() {
        for (StepClock s : open()) {
            replace(s, s.step().mandatory() ? s.end(ctx.at()) : s.lapse(ctx.at()));
        }
    }

    private List<StepClock> open() {
        return steps.stream().filter(StepClock::isOpen).toList();
    }

    /** Puts the new version of a clock in place, remembering whether it is new or changed. */
    private void replace(StepClock old, StepClock now) {
        steps.set(steps.indexOf(old), now);
        int startedAt = indexById(started, now.id());
        if (startedAt >= 0) {
            started.set(startedAt, now);
            return;
        }
        int changedAt = indexById(changed, now.id());
        if (changedAt >= 0) {
            changed.set(changedAt, now);
        } else {
            changed.add(now);
        }
    }

    private static int indexById(List<StepClock> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** The case's due times from its clocks: the citizen's (answer, else acceptance) and the queue's (earliest). */
    private ComplaintCase withClocks(ComplaintCase.Builder b) {
        List<StepClock> running = steps.stream().filter(s -> s.isOpen() && s.step().mandatory()).toList();
        Optional<StepClock> earliest = running.stream().filter(s -> !s.isPaused())
                .min(Comparator.comparing(StepClock::dueAt));
        b.nextDueAt(earliest.map(StepClock::dueAt).orElse(null)).nextStep(earliest.map(StepClock::step).orElse(null));
        Optional<StepClock> citizens = running.stream().filter(s -> s.step() == Step.ANSWER).findFirst()
                .or(() -> running.stream().filter(s -> s.step() == Step.ACCEPT).findFirst());
        citizens.ifPresent(s -> b.dueAt(s.dueAt()));
        return b.build();
    }

    private static void requireNote(String note, String key) {
        if (note == null) {
            throw RuleViolation.invalid("note", key);
        }
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }
}
