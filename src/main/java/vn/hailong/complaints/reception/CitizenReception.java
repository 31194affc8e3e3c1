package vn.hailong.complaints.reception;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintIntake;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.ids.TimeOrderedIds;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Citizen reception days and leaders' dialogues (issue 9 §4): managers plan and record sessions of the units in
 * their subtree; each citizen's petition raised at a session becomes a case through {@link ComplaintIntake} with
 * channel RECEPTION and the presiding leader as its receiver, so that what was promised in person is tracked like
 * any complaint. A session outside the actor's subtree is not found. The public schedule lists planned sessions.
 */
@Singleton
public class CitizenReception {

    /** Who plans and changes sessions; handlers may also record the petitions raised at one. */
    static final Role[] PLANNERS = {Role.UNIT_MANAGER, Role.PROVINCE_MANAGER};
    static final int MAX_PLACE = 255;
    static final int MAX_LEADER_NAME = 120;
    static final int MAX_LEADER_TITLE = 160;
    static final int MAX_TOPIC = 500;
    /** how far ahead the public schedule looks */
    static final Duration SCHEDULE_AHEAD = Duration.ofDays(90);

    /** A session as the form sends it: local date {@code yyyy-MM-dd} and times {@code HH:mm} in Vietnam. */
    public record Draft(@Nullable String unitCode, @Nullable String kind, @Nullable String date,
                        @Nullable String startTime, @Nullable String endTime, @Nullable String place,
                        @Nullable String leaderName, @Nullable String leaderTitle, @Nullable String topic,
                        @Nullable String status) {
    }

    /** One citizen's petition raised at a session. */
    public record Petition(@Nullable String kind, @Nullable String text, @Nullable String sectorCode,
                           @Nullable String citizenName, @Nullable String phone, @Nullable Boolean contactRequested,
                           @Nullable String idempotencyKey) {
    }

    private final ReceptionStore store;
    private final ComplaintIntake intake;
    private final Directory directory;
    private final UnitScope scope;
    private final TimeOrderedIds ids;
    private final Clock clock;

    CitizenReception(ReceptionStore store, ComplaintIntake intake, Directory directory, UnitScope scope,
                     TimeOrderedIds ids, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.directory = directory;
        this.scope = scope;
        this.ids = ids;
        this.clock = clock;
    }

    public boolean plans(Actor actor) {
        return actor.hasRole(PLANNERS);
    }

    @Transactional
    public ReceptionSession plan(Actor actor, Draft draft) {
        requirePlanner(actor);
        long id = ids.next();
        store.insert(row(actor, id, draft, true), actor.name(), clock.instant());
        return store.byId(id).orElseThrow();
    }

    /** @throws RuleViolation conflict when the session changed since {@code version} was shown */
    @Transactional
    public ReceptionSession change(Actor actor, long id, int version, Draft draft) {
        requirePlanner(actor);
        session(actor, id);
        if (!store.update(row(actor, id, draft, false), version, actor.name(), clock.instant())) {
            throw RuleViolation.conflict(null, "reception.error.changed");
        }
        return store.byId(id).orElseThrow();
    }

    /** The session, if the actor's subtree holds its unit; otherwise not found. */
    public ReceptionSession session(Actor actor, long id) {
        return store.byId(id).filter(s -> scope.covers(actor, s.unitId()))
                .orElseThrow(() -> RuleViolation.notFound("reception.error.notFound", id));
    }

    public List<ReceptionSession> list(Actor actor, boolean upcoming, int limit) {
        return store.list(scope.subtreePrefix(actor), upcoming, clock.instant(), limit);
    }

    public List<ReceptionStore.RaisedCase> cases(Actor actor, long sessionId) {
        session(actor, sessionId);
        return store.casesOf(sessionId);
    }

    public List<ReceptionStore.UnitChoice> units(Actor actor) {
        return store.unitsIn(scope.subtreePrefix(actor));
    }

    /** Planned sessions of every unit from now on, soonest first: for the public schedule (no personal data). */
    public List<ReceptionSession> schedule(int limit) {
        Instant now = clock.instant();
        return store.planned(now.minus(Duration.ofHours(12)), now.plus(SCHEDULE_AHEAD), limit);
    }

    /**
     * Files a petition raised at the session as a case: channel RECEPTION, the session's unit, the leader as
     * receiver. A session still planned counts as held from its first petition. Idempotent by the form's key.
     * Not one transaction with the filing: intake stores the case in its own (and retries a taken tracking code).
     */
    public ComplaintIntake.Filed raise(Actor actor, long sessionId, Petition p) {
        if (!actor.hasRole(Role.UNIT_MANAGER, Role.PROVINCE_MANAGER, Role.HANDLER)) {
            throw RuleViolation.forbidden("reception.error.recorderRole");
        }
        ReceptionSession s = session(actor, sessionId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ClockFactory.VIETNAM);
        if (LocalDate.ofInstant(s.startsAt(), ClockFactory.VIETNAM).isAfter(today)) {
            throw RuleViolation.conflict(null, "reception.error.notYet");
        }
        ComplaintIntake.Filed filed = intake.file(actor, null, p.idempotencyKey(), new ComplaintIntake.Submission(
                        p.kind(), p.text(), s.unitCode(), blankToNull(p.sectorCode()), blankToNull(p.phone()), null,
                        "RECEPTION", null, null, blankToNull(p.citizenName()), Boolean.TRUE.equals(p.contactRequested()),
                        null, null, null),
                new ComplaintIntake.Origin(null, s.id(), s.receiverLabel()));
        if (s.status() == ReceptionSession.Status.PLANNED) {
            store.update(new ReceptionStore.Row(s.id(), s.unitId(), s.kind(), s.startsAt(), s.endsAt(), s.place(),
                    s.leaderName(), s.leaderTitle(), s.leaderUserId(), s.topic(), ReceptionSession.Status.HELD),
                    s.version(), actor.name(), clock.instant());
        }
        return filed;
    }

    private void requirePlanner(Actor actor) {
        if (!plans(actor)) {
            throw RuleViolation.forbidden("reception.error.plannerRole");
        }
    }

    private ReceptionStore.Row row(Actor actor, long id, Draft d, boolean creating) {
        RuleViolation.Builder problems = RuleViolation.builder();
        Unit unit = null;
        if (d.unitCode() == null || d.unitCode().isBlank()) {
            problems.invalid("unitCode", "reception.error.unit");
        } else {
            unit = directory.unitByCode(d.unitCode().strip()).filter(u -> scope.covers(actor, u.id())).orElse(null);
            if (unit == null) {
                problems.invalid("unitCode", "reception.error.unit");
            }
        }
        ReceptionSession.Kind kind = parse(ReceptionSession.Kind.class, d.kind());
        if (kind == null) {
            problems.invalid("kind", "reception.error.kind");
        }
        ReceptionSession.Status status = d.status() == null || d.status().isBlank() ? ReceptionSession.Status.PLANNED
                : parse(ReceptionSession.Status.class, d.status());
        if (status == null) {
            problems.invalid("status", "reception.error.status");
        }
        LocalDate date = null;
        try {
            date = d.date() == null || d.date().isBlank() ? null : LocalDate.parse(d.date().strip());
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (date == null) {
            problems.invalid("date", "reception.error.date");
        }
        LocalTime start = time(d.startTime());
        if (start == null) {
            problems.invalid("startTime", "reception.error.time");
        }
        LocalTime end = null;
        if (d.endTime() != null && !d.endTime().isBlank()) {
            end = time(d.endTime());
            if (end == null) {
                problems.invalid("endTime", "reception.error.time");
            } else if (start != null && !end.isAfter(start)) {
                problems.invalid("endTime", "reception.error.endBeforeStart");
            }
        }
        String place = text(problems, "place", d.place(), MAX_PLACE, true);
        String leaderName = text(problems, "leaderName", d.leaderName(), MAX_LEADER_NAME, true);
        String leaderTitle = text(problems, "leaderTitle", d.leaderTitle(), MAX_LEADER_TITLE, true);
        String topic = text(problems, "topic", d.topic(), MAX_TOPIC, false);
        Instant startsAt = date == null || start == null ? null : date.atTime(start).atZone(ClockFactory.VIETNAM).toInstant();
        Instant endsAt = date == null || end == null ? null : date.atTime(end).atZone(ClockFactory.VIETNAM).toInstant();
        if (creating && startsAt != null && status == ReceptionSession.Status.PLANNED
                && LocalDate.ofInstant(clock.instant(), ClockFactory.VIETNAM).isAfter(date)) {
            problems.invalid("date", "reception.error.plannedInPast");
        }
        problems.throwIfAny();
        return new ReceptionStore.Row(id, unit.id(), kind, startsAt, endsAt, place, leaderName, leaderTitle, null,
                topic, status);
    }

    private static String text(RuleViolation.Builder problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                problems.invalid(field, "reception.error.required");
            }
            return null;
        }
        if (v.length() > max) {
            problems.invalid(field, "reception.error.tooLong", max);
        }
        return v;
    }

    private static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
