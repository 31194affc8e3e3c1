package vn.hailong.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.hailong.calendar.persistence.CalendarDays;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeping the holiday calendar: an admin reads the country's rows and the overrides of the units in their scope,
 * and changes what is theirs — the country's rows only from the province (the root of the unit tree), a unit's
 * overrides for any unit in scope. Deadlines read the same rows through {@link Calendars}.
 */
@Singleton
public class EditingCalendar {

    /** A row as the admin sees it; {@code unit} null for the whole country; {@code editable} by this admin. */
    public record Entry(CalendarDay day, @Nullable Unit unit, boolean editable) {
    }

    private final CalendarDays days;
    private final Directory directory;
    private final UnitScope scope;
    private final Clock clock;
    private final List<DeadlineDependents> dependents;

    EditingCalendar(CalendarDays days, Directory directory, UnitScope scope, Clock clock,
                    List<DeadlineDependents> dependents) {
        this.days = days;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
        this.dependents = List.copyOf(dependents);
    }

    /** The year's country rows and the overrides within the actor's scope, by date (country row first). */
    public List<Entry> year(Actor actor, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        boolean province = editsCountry(actor);
        List<Entry> entries = new ArrayList<>();
        days.findCountryDays(Calendars.COUNTRY, from, to).forEach(d -> entries.add(new Entry(d, null, province)));
        List<Long> units = scope.subtreeIds(actor);
        if (!units.isEmpty()) {
            days.findUnitDays(units, from, to).forEach(d ->
                    entries.add(new Entry(d, directory.unitById(d.unitId()).orElse(null), true)));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.day().day()).thenComparing(e -> e.unit() == null ? 0 : 1));
        return entries;
    }

    /** Whether the actor may change the country's rows: only from the province, the root of the unit tree. */
    public boolean editsCountry(Actor actor) {
        return directory.unitById(actor.unitId()).map(u -> u.parentId() == null).orElse(false);
    }

    public Entry find(Actor actor, long id) {
        CalendarDay day = days.findById(id).orElseThrow(EditingCalendar::notFound);
        if (day.unitId() == null) {
            return new Entry(day, null, editsCountry(actor));
        }
        if (!scope.covers(actor, day.unitId())) {
            throw notFound();
        }
        return new Entry(day, directory.unitById(day.unitId()).orElse(null), true);
    }

    /** The open deadlines that adding this row would move (checked as {@link #add} checks it); nothing is written. */
    @Transactional(readOnly = true)
    public List<DeadlineDependents.Moved> previewAdd(Actor actor, CalendarDayDraft draft) {
        return preview(CalendarChange.adding(newRow(actor, draft)));
    }

    /** The open deadlines that this change would move; nothing is written. */
    @Transactional(readOnly = true)
    public List<DeadlineDependents.Moved> previewUpdate(Actor actor, long id, CalendarDayDraft draft) {
        CalendarDay current = editable(actor, id);
        return preview(CalendarChange.changing(current, changedRow(current, draft)));
    }

    /** The open deadlines that removing this row would move; nothing is written. */
    @Transactional(readOnly = true)
    public List<DeadlineDependents.Moved> previewRemove(Actor actor, long id) {
        return preview(CalendarChange.removing(editable(actor, id)));
    }

    /** Adds the row and moves the open deadlines it changes (each with a MOVE_DEADLINE event), in one transaction. */
    @Transactional
    public CalendarDay add(Actor actor, CalendarDayDraft draft) {
        CalendarDay row = newRow(actor, draft);
        recompute(CalendarChange.adding(row));
        return days.save(row);
    }

    private List<DeadlineDependents.Moved> preview(CalendarChange change) {
        List<DeadlineDependents.Moved> moved = new ArrayList<>();
        dependents.forEach(d -> moved.addAll(d.preview(change)));
        return moved;
    }

    /** Before the row is written: the dependents read the calendar as it still is and the change from the argument. */
    private void recompute(CalendarChange change) {
        dependents.forEach(d -> d.recompute(change));
    }

    private CalendarDay newRow(Actor actor, CalendarDayDraft draft) {
        Long unitId = null;
        RuleViolation.Builder problems = RuleViolation.builder();
        if (draft.unitCode() == null || draft.unitCode().isBlank()) {
            requireCountryEditor(actor);
        } else {
            Unit unit = directory.unitByCode(draft.unitCode().strip()).orElse(null);
            if (unit == null) {
                problems.invalid("unitCode", "organisation.error.unit.unknown", draft.unitCode());
            } else if (!scope.covers(actor, unit.id())) {
                problems.invalid("unitCode", "organisation.error.scope.outside");
            } else {
                unitId = unit.id();
            }
        }
        LocalDate day = problems.check(() -> requireDay(draft));
        DayKind kind = problems.check(() -> requireKind(draft));
        String name = problems.check(() -> requireName(draft));
        if (day != null && !problems.has("unitCode")) {
            Long scopeId = unitId;
            problems.check(() -> requireFree(scopeId, day, null));
        }
        problems.throwIfAny();
        Instant now = clock.instant();
        return new CalendarDay(null, Calendars.COUNTRY, unitId, day, kind, name, now, now);
    }

    /** Changes the row and moves the open deadlines the change moves, in one transaction. */
    @Transactional
    public CalendarDay update(Actor actor, long id, CalendarDayDraft draft) {
        CalendarDay current = editable(actor, id);
        CalendarDay changed = changedRow(current, draft);
        recompute(CalendarChange.changing(current, changed));
        return days.update(changed);
    }

    private CalendarDay changedRow(CalendarDay current, CalendarDayDraft draft) {
        RuleViolation.Builder problems = RuleViolation.builder();
        LocalDate day = problems.check(() -> requireDay(draft));
        DayKind kind = problems.check(() -> requireKind(draft));
        String name = problems.check(() -> requireName(draft));
        if (day != null) {
            problems.check(() -> requireFree(current.unitId(), day, current.id()));
        }
        problems.throwIfAny();
        return new CalendarDay(current.id(), current.country(), current.unitId(), day, kind, name,
                current.createdAt(), clock.instant());
    }

    /** Removes the row and moves the open deadlines the removal moves, in one transaction. */
    @Transactional
    public CalendarDay remove(Actor actor, long id) {
        CalendarDay current = editable(actor, id);
        recompute(CalendarChange.removing(current));
        days.deleteById(current.id());
        return current;
    }

    private CalendarDay editable(Actor actor, long id) {
        Entry entry = find(actor, id);
        if (!entry.editable()) {
            throw countryOnly();
        }
        return entry.day();
    }

    private void requireCountryEditor(Actor actor) {
        if (!editsCountry(actor)) {
            throw countryOnly();
        }
    }

    private void requireFree(@Nullable Long unitId, LocalDate day, @Nullable Long except) {
        boolean taken = days.findSameDay(Calendars.COUNTRY, unitId == null ? 0 : unitId, day).stream()
                .anyMatch(d -> !d.id().equals(except));
        if (taken) {
            throw RuleViolation.conflict("day", "calendar.error.dayTaken", day.toString());
        }
    }

    private static LocalDate requireDay(CalendarDayDraft draft) {
        if (draft.day() == null) {
            throw RuleViolation.invalid("day", "calendar.error.dayRequired");
        }
        return draft.day();
    }

    private static DayKind requireKind(CalendarDayDraft draft) {
        if (draft.kind() == null) {
            throw RuleViolation.invalid("kind", "calendar.error.kindRequired");
        }
        return draft.kind();
    }

    private static String requireName(CalendarDayDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw RuleViolation.invalid("name", "calendar.error.nameRequired");
        }
        String name = draft.name().strip();
        if (name.length() > 255) {
            throw RuleViolation.invalid("name", "calendar.error.nameTooLong", 255);
        }
        return name;
    }

    private static RuleViolation notFound() {
        return RuleViolation.notFound("calendar.error.notFound");
    }

    private static RuleViolation countryOnly() {
        return RuleViolation.forbidden("calendar.error.countryOnly");
    }
}
