package vn.hailong.complaints.workflow;

import org.junit.jupiter.api.Test;
import vn.hailong.shared.errors.RuleViolation;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hailong.complaints.workflow.CaseAction.*;
import static vn.hailong.complaints.workflow.CaseStatus.*;

/** Every status × every action: allowed ones lead where the issue says, every other one is refused with a 409. */
class CaseLifecycleTest {

    /** The expected table, written out independently of {@link CaseLifecycle}'s own construction. */
    static Map<CaseAction, CaseStatus> expected(CaseStatus from) {
        Map<CaseAction, CaseStatus> m = new EnumMap<>(CaseAction.class);
        m.put(NOTE, from);
        m.put(REVEAL_CONTACT, from);
        if (from.isOpen()) {
            m.put(ASSIGN, from);
            m.put(WARN, from);
            m.put(BREACH, from);
            m.put(ESCALATE, from);
            m.put(MOVE_DEADLINE, from);
        }
        switch (from) {
            case RECEIVED, TRANSFERRED -> {
                m.put(ACCEPT, ACCEPTED);
                m.put(REJECT, REJECTED);
                m.put(TRANSFER, TRANSFERRED);
            }
            case ACCEPTED, IN_PROGRESS, REOPENED -> {
                m.put(REQUEST_INFO, WAITING_FOR_CITIZEN);
                m.put(ANSWER, ANSWERED);
                m.put(EXTEND, from);
                m.put(TRANSFER, TRANSFERRED);
                m.put(REJECT, REJECTED);
            }
            case WAITING_FOR_CITIZEN -> {
                m.put(RESUME, IN_PROGRESS);
                m.put(EXTEND, WAITING_FOR_CITIZEN);
                m.put(REJECT, REJECTED);
            }
            case ANSWERED -> {
                m.put(CLOSE, CLOSED);
                m.put(REOPEN, REOPENED);
                m.put(RATE_ANSWER, ANSWERED);
            }
            case CLOSED -> {
                m.put(REOPEN, REOPENED);
                m.put(RATE_ANSWER, CLOSED);
            }
            case REJECTED -> {
            }
        }
        return m;
    }

    @Test
    void every_status_allows_exactly_the_expected_actions() {
        for (CaseStatus from : CaseStatus.values()) {
            Map<CaseAction, CaseStatus> allowed = expected(from);
            for (CaseAction action : CaseAction.values()) {
                if (action == FILE) {
                    continue;
                }
                if (allowed.containsKey(action)) {
                    assertThat(CaseLifecycle.require(from, action)).as(from + " + " + action).isEqualTo(allowed.get(action));
                } else {
                    assertThatThrownBy(() -> CaseLifecycle.require(from, action)).as(from + " + " + action)
                            .isInstanceOfSatisfying(RuleViolation.class, e -> {
                                assertThat(e.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
                                assertThat(e.key()).isEqualTo("complaints.error.transition");
                            });
                }
            }
        }
    }

    @Test
    void a_rejected_case_takes_notes_only() {
        assertThat(CaseLifecycle.handlerActionsFrom(REJECTED)).containsExactly(NOTE);
    }

    @Test
    void the_buttons_of_a_new_case_are_accept_reject_transfer_assign_and_note() {
        assertThat(CaseLifecycle.handlerActionsFrom(RECEIVED)).containsExactlyInAnyOrder(ACCEPT, REJECT, TRANSFER, ASSIGN, NOTE);
    }
}
