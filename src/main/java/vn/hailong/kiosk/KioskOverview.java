package vn.hailong.kiosk;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.Calendars;
import vn.hailong.feedback.KioskFlagRates;
import vn.hailong.organisation.Counter;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Officer;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's view of the kiosks in scope: where each stands, what it is bound to, when it last reported and how
 * many submissions it still holds, whether its silence is worth a look ({@link Connection}), and how many of its
 * ratings of the last 30 days were flagged.
 */
@Singleton
public class KioskOverview {

    /** A kiosk with the names an admin reads; counter and officer fields are null when it is not bound. */
    public record Listed(Kiosk kiosk, String unitCode, String unitName, @Nullable String counterCode,
                        @Nullable String counterName, @Nullable String officerCode, @Nullable String officerName,
                        Connection connection, KioskFlagRates.FlagRate flagRate, boolean sharedToken) {
    }

    /** What a new kiosk may be placed in and bound to, within the actor's scope. */
    public record Choices(List<Unit> units, List<Counter> counters, List<Officer> officers, Map<Long, String> unitNames) {
    }

    private final KioskRegistry registry;
    private final vn.hailong.organisation.UnitScope scope;
    private final Directory directory;
    private final Calendars calendars;
    private final KioskFlagRates flagRates;
    private final KioskStore store;
    private final Clock clock;
    private final Duration offlineAfter;
    private final Duration heartbeatEvery;

    KioskOverview(KioskRegistry registry, vn.hailong.organisation.UnitScope scope, Directory directory, Calendars calendars,
                  KioskFlagRates flagRates, KioskStore store, Clock clock,
                  @Value("${hailong.kiosk.offline-after:15m}") Duration offlineAfter,
                  @Value("${hailong.kiosk.heartbeat-seconds:60}") int heartbeatSeconds) {
        this.flagRates = flagRates;
        this.store = store;
        this.heartbeatEvery = Duration.ofSeconds(heartbeatSeconds);
        this.registry = registry;
        this.scope = scope;
        this.directory = directory;
        this.calendars = calendars;
        this.clock = clock;
        this.offlineAfter = offlineAfter;
    }

    public Duration offlineAfter() {
        return offlineAfter;
    }

    @Transactional(readOnly = true)
    public List<Listed> list(Actor actor) {
        Instant now = clock.instant();
        Map<Long, Boolean> officeHours = new HashMap<>();
        List<Kiosk> kiosks = registry.list(actor);
        List<Long> ids = kiosks.stream().map(Kiosk::id).toList();
        Map<Long, KioskFlagRates.FlagRate> rates = flagRates.of(ids);
        Map<Long, KioskStore.ContactSpan> contacts = store.latestContacts(ids);
        return kiosks.stream().map(k -> listed(k, now,
                officeHours.computeIfAbsent(k.unitId(), u -> calendars.isOfficeHours(u, now)),
                rates.getOrDefault(k.id(), KioskFlagRates.FlagRate.NONE), contacts.get(k.id()))).toList();
    }

    @Transactional(readOnly = true)
    public Listed one(Actor actor, long id) {
        Kiosk k = registry.find(actor, id);
        Instant now = clock.instant();
        return listed(k, now, calendars.isOfficeHours(k.unitId(), now),
                flagRates.of(List.of(k.id())).getOrDefault(k.id(), KioskFlagRates.FlagRate.NONE),
                store.latestContacts(List.of(k.id())).get(k.id()));
    }

    @Transactional(readOnly = true)
    public Choices choices(Actor actor) {
        List<Unit> units = new java.util.ArrayList<>();
        List<Counter> counters = new java.util.ArrayList<>();
        List<Officer> officers = new java.util.ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (Long id : scope.subtreeIds(actor)) {
            directory.unitById(id).filter(Unit::active).ifPresent(u -> {
                units.add(u);
                names.put(u.id(), u.name());
                directory.countersOf(u.id()).stream().filter(Counter::active).forEach(counters::add);
                directory.officersOf(u.id()).stream().filter(Officer::active).forEach(officers::add);
            });
        }
        units.sort(java.util.Comparator.comparing(Unit::path));
        return new Choices(units, counters, officers, names);
    }

    /**
     * Whether the kiosk's current contact carries more heartbeats than one device sends: a copied token heartbeats
     * beside the real kiosk (or keeps a silent one looking alive), and the server can see the doubled rate. Judged
     * over at least ten heartbeat intervals, with half again as many beats as one device sends, plus two.
     */
    boolean sharedToken(KioskStore.ContactSpan span, Instant now) {
        if (span == null || span.to().plus(offlineAfter).isBefore(now)) {
            return false;
        }
        Duration length = Duration.between(span.from(), span.to());
        if (length.compareTo(heartbeatEvery.multipliedBy(10)) < 0) {
            return false;
        }
        long expected = length.toSeconds() / heartbeatEvery.toSeconds() + 1;
        return span.heartbeats() > expected * 3 / 2 + 2;
    }

    private Listed listed(Kiosk k, Instant now, boolean officeHoursNow, KioskFlagRates.FlagRate flagRate,
                          KioskStore.ContactSpan contact) {
        Unit unit = directory.unitById(k.unitId()).orElseThrow();
        Counter counter = k.counterId() == null ? null : directory.counterById(k.counterId()).orElse(null);
        Officer officer = k.officerId() == null ? null : directory.officerById(k.officerId()).orElse(null);
        Connection connection = k.active() ? Connection.of(k.lastSeenAt(), now, offlineAfter, officeHoursNow)
                : Connection.QUIET;
        return new Listed(k, unit.code(), unit.name(), counter == null ? null : counter.code(),
                counter == null ? null : counter.name(), officer == null ? null : officer.code(),
                officer == null ? null : officer.fullName(), connection, flagRate, k.active() && sharedToken(contact, now));
    }
}
