package vn.hailong.complaints.workflow;

import vn.hailong.shared.errors.RuleViolation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.hailong.complaints.workflow.CaseAction.*;
import static vn.hailong.complaints.workflow.CaseStatus.*;

/**
 * Which action may follow which status, and where it leads: the one place that refuses an illegal step.
 * <pre>
 * RECEIVED / TRANSFERRED ── ACCEPT ──▶ ACCEPTED ── REQUEST_INFO ──▶ WAITING_FOR_CITIZEN ── RESUME ──▶ IN_PROGRESS
 *        │ REJECT, TRANSFER            │ ANSWER, EXTEND, TRANSFER, REJECT      (IN_PROGRESS and REOPENED likewise)
 *        ▼                             ▼
 *     REJECTED                      ANSWERED ── CLOSE ──▶ CLOSED;  ANSWERED/CLOSED ── REOPEN (citizen) ──▶ REOPENED
 * </pre>
 * NOTE is allowed in every status; ASSIGN, WARN, BREACH, ESCALATE and MOVE_DEADLINE while the case is open;
 * REVEAL_CONTACT always (it changes nothing but is logged).
 */
public final class CaseLifecycle {

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        for (CaseStatus s : CaseStatus.values()) {
            NEXT.put(s, new EnumMap<>(CaseAction.class));
        }
        for (CaseStatus s : EnumSet.of(RECEIVED, TRANSFERRED)) {
            allow(s, ACCEPT, ACCEPTED);
            allow(s, REJECT, REJECTED);
            allow(s, TRANSFER, TRANSFERRED);
        }
        for (CaseStatus s : EnumSet.of(ACCEPTED, IN_PROGRESS, REOPENED)) {
            allow(s, REQUEST_INFO, WAITING_FOR_CITIZEN);
            allow(s, ANSWER, ANSWERED);
            allow(s, EXTEND, s);
            allow(s, TRANSFER, TRANSFERRED);
            allow(s, REJECT, REJECTED);
        }
        allow(WAITING_FOR_CITIZEN, RESUME, IN_PROGRESS);
        allow(WAITING_FOR_CITIZEN, EXTEND, WAITING_FOR_CITIZEN);
        allow(WAITING_FOR_CITIZEN, REJECT, REJECTED);
        allow(ANSWERED, CLOSE, CLOSED);
        for (CaseStatus s : EnumSet.of(ANSWERED, CLOSED)) {
            allow(s, REOPEN, REOPENED);
            allow(s, RATE_ANSWER, s);
        }
        for (CaseStatus s : CaseStatus.values()) {
            allow(s, NOTE, s);
            allow(s, REVEAL_CONTACT, s);
            if (s.isOpen()) {
                for (CaseAction a : EnumSet.of(ASSIGN, WARN, BREACH, ESCALATE, MOVE_DEADLINE)) {
                    allow(s, a, s);
                }
            }
        }
    }

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to) {
        NEXT.get(from).put(action, to);
    }

    private CaseLifecycle() {
    }

    public static Optional<CaseStatus> next(CaseStatus from, CaseAction action) {
        return Optional.ofNullable(NEXT.get(from).get(action));
    }

    /** @throws RuleViolation 409 naming the status and the action when the step is not allowed */
    public static CaseStatus require(CaseStatus from, CaseAction action) {
        return next(from, action).orElseThrow(() -> RuleViolation.conflict("type", "complaints.error.transition",
                action.name(), from.name()));
    }

    /** The handler actions allowed from a status, for the buttons a case page shows. */
    public static Set<CaseAction> handlerActionsFrom(CaseStatus from) {
        Set<CaseAction> result = EnumSet.noneOf(CaseAction.class);
        NEXT.get(from).keySet().stream().filter(a -> a.who() == CaseAction.Who.HANDLER && a != REVEAL_CONTACT)
                .forEach(result::add);
        return result;
    }
}
