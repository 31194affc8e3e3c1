package vn.hailong.complaints.workflow;

import java.util.Locale;
import java.util.Optional;

/** Everything that can happen to a case; each is one event of its audit trail. */
public enum CaseAction {
    /** filed through any channel */
    FILE(Who.SYSTEM),
    ACCEPT(Who.HANDLER),
    REQUEST_INFO(Who.HANDLER),
    /** the information asked for arrived: the paused clock runs again */
    RESUME(Who.HANDLER),
    TRANSFER(Who.HANDLER),
    EXTEND(Who.HANDLER),
    ANSWER(Who.HANDLER),
    REJECT(Who.HANDLER),
    CLOSE(Who.HANDLER),
    ASSIGN(Who.HANDLER),
    NOTE(Who.HANDLER),
    /** the citizen's contact was shown to a handler */
    REVEAL_CONTACT(Who.HANDLER),
    RATE_ANSWER(Who.CITIZEN),
    REOPEN(Who.CITIZEN),
    WARN(Who.SYSTEM),
    BREACH(Who.SYSTEM),
    ESCALATE(Who.SYSTEM),
    /** a confirmed calendar edit moved a stored due time */
    MOVE_DEADLINE(Who.SYSTEM);

    public enum Who { HANDLER, CITIZEN, SYSTEM }

    private final Who who;

    CaseAction(Who who) {
        this.who = who;
    }

    public Who who() {
        return who;
    }

    /** A handler's action by name (the API's {@code type}); system and citizen actions are not a handler's to send. */
    public static Optional<CaseAction> handlerAction(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            CaseAction a = valueOf(name.strip().toUpperCase(Locale.ROOT));
            return a.who == Who.HANDLER && a != REVEAL_CONTACT ? Optional.of(a) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
