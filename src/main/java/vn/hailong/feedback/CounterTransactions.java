package vn.hailong.feedback;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;

import vn.hailong.organisation.Unit;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * "Next citizen" at a counter: the queue or one-stop software (or the officer's button) says whom the counter
 * serves now; a kiosk rating at that counter binds to it, so one served citizen gives one counted rating.
 */
@Singleton
public class CounterTransactions {

    /** A queue ticket as printed: letters and digits, a dash or dot between groups ("12", "A012", "B-12"). */
    static final java.util.regex.Pattern TICKET = java.util.regex.Pattern.compile("[\\p{L}0-9]+([.-][\\p{L}0-9]+)*");

    public record Opened(String id, String counterCode, String ticket, Instant openedAt) {
    }

    /** A counter the actor may serve at, with its unit. */
    public record CounterInScope(String code, String name, String unitCode, String unitName, boolean active) {
    }

    /**
     * What the counter page shows: the counter, its latest transactions (newest first; the first is the citizen
     * served now) and how long after opening a kiosk rating still binds to a transaction.
     */
    public record Desk(String counterCode, String counterName, String unitName, boolean active,
                       List<CounterTransactionStore.TransactionRow> recent, Duration bindingWindow) {
    }

    private final Directory directory;
    private final UnitScope scope;
    private final CounterTransactionStore store;
    private final TimeOrderedIds ids;
    private final IntakeLimits limits;
    private final Clock clock;

    private final ApplicationEventPublisher<CitizenServed> served;

    CounterTransactions(Directory directory, UnitScope scope, CounterTransactionStore store, TimeOrderedIds ids,
                        IntakeLimits limits, Clock clock, ApplicationEventPublisher<CitizenServed> served) {
        this.served = served;
        this.directory = directory;
        this.scope = scope;
        this.store = store;
        this.ids = ids;
        this.limits = limits;
        this.clock = clock;
    }

    /** The counters of the actor's unit subtree, by code. */
    @Transactional(readOnly = true)
    public List<CounterInScope> countersInScope(Actor actor) {
        List<CounterInScope> list = new java.util.ArrayList<>();
        for (Long unitId : scope.subtreeIds(actor)) {
            List<Counter> here = directory.countersOf(unitId);
            if (here.isEmpty()) {
                continue;
            }
            Unit unit = directory.unitById(unitId).orElseThrow();
            here.forEach(c -> list.add(new CounterInScope(c.code(), c.name(), unit.code(), unit.name(), c.active())));
        }
        list.sort(java.util.Comparator.comparing(CounterInScope::unitName).thenComparing(CounterInScope::code));
        return list;
    }

    /** The counter page's data: the counter in scope and its latest transactions. */
    @Transactional(readOnly = true)
    public Desk desk(Actor actor, String counterCode, int recent) {
        Counter counter = visibleCounter(actor, counterCode);
        Unit unit = directory.unitById(counter.unitId()).orElseThrow();
        return new Desk(counter.code(), counter.name(), unit.name(), counter.active(),
                store.recentTransactions(counter.id(), recent), limits.getTransactionWindow());
    }

    /**
     * The officer's "next citizen" button: like {@link #next}, but without a ticket number the counter numbers its
     * citizens of the day itself (1, 2, 3, …).
     */
    @Transactional
    public Opened callNext(Actor actor, String counterCode, String ticket, String dossierCode) {
        String t = ticket == null ? "" : ticket.strip();
        String d = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip();
        if (t.isEmpty()) {
            Counter counter = visibleCounter(actor, counterCode);
            Instant startOfDay = clock.instant().atZone(ClockFactory.VIETNAM).toLocalDate()
                    .atStartOfDay(ClockFactory.VIETNAM).toInstant();
            t = Long.toString(store.countTransactionsSince(counter.id(), startOfDay) + 1);
        }
        return next(actor, counterCode, t, d);
    }

    private Counter visibleCounter(Actor actor, String counterCode) {
        return directory.counterByCode(counterCode).filter(c -> scope.covers(actor, c.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.counter.notFound", counterCode));
    }

    @Transactional
    public Opened next(Actor actor, String counterCode, String ticket, String dossierCode) {
        Counter counter = visibleCounter(actor, counterCode);
        if (ticket == null || ticket.strip().length() > 32 || !TICKET.matcher(ticket.strip()).matches()) {
            throw RuleViolation.invalid("ticket", "feedback.desk.error.ticket");
        }
        if (dossierCode != null && (dossierCode.isBlank() || dossierCode.length() > 64)) {
            throw RuleViolation.invalid("dossierCode", "feedback.error.dossierCode");
        }
        long id = ids.next();
        Instant now = clock.instant();
        store.insertTransaction(id, counter.id(), counter.unitId(), ticket.strip(), dossierCode, now, actor.name());
        served.publishEvent(new CitizenServed(id, counter.unitId(), counter.id(),
                now.atZone(ClockFactory.VIETNAM).toLocalDate()));
        return new Opened(Long.toString(id), counter.code(), ticket.strip(), now);
    }
}
