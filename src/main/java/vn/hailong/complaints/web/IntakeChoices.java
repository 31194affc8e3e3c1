package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.organisation.CounterRegistry;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.OfficerRegistry;
import vn.hailong.organisation.ProcedureRegistry;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.organisation.UnitType;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.RuleViolationMessages;
import vn.hailong.web.SelectOption;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** What the intake forms (citizen's and staff's) offer to choose, and how they say a due date. */
@Singleton
class IntakeChoices {

    /** The most choices a select offers; a province has a few hundred units. */
    private static final int MAX = 2000;

    /**
     * The kinds as the forms offer them: a complaint (khiếu nại) twice, first and second time, so that no script is
     * needed to ask which.
     */
    static final List<String> KINDS = List.of("PHAN_ANH", "KIEN_NGHI", "KHIEU_NAI", "KHIEU_NAI_2", "TO_CAO");

    private final Directory directory;
    private final UnitRegistry units;
    private final SectorRegistry sectors;
    private final OfficerRegistry officers;
    private final CounterRegistry counters;
    private final ProcedureRegistry procedures;
    private final RuleViolationMessages messages;

    IntakeChoices(Directory directory, UnitRegistry units, SectorRegistry sectors, OfficerRegistry officers,
                  CounterRegistry counters, ProcedureRegistry procedures, RuleViolationMessages messages) {
        this.directory = directory;
        this.units = units;
        this.sectors = sectors;
        this.officers = officers;
        this.counters = counters;
        this.procedures = procedures;
        this.messages = messages;
    }

    /** One kind to pick: its value, its name and a line that says what it is for. */
    @Introspected
    record KindChoice(String value, String labelKey, String helpKey, boolean checked) {
    }

    static List<KindChoice> kinds(@Nullable String chosen) {
        return KINDS.stream().map(k -> new KindChoice(k, "complaints.form.kind." + k, "complaints.form.kind." + k + ".help",
                k.equals(chosen))).toList();
    }

    /** The kind of a form value and its instance (1 or 2 for a khiếu nại). */
    record Kind(String kind, @Nullable Integer instance) {
        static Kind of(@Nullable String value) {
            if ("KHIEU_NAI_2".equals(value)) {
                return new Kind(ComplaintKind.KHIEU_NAI.name(), 2);
            }
            if (ComplaintKind.KHIEU_NAI.name().equals(value)) {
                return new Kind(value, 1);
            }
            return new Kind(value == null || value.isBlank() ? null : value, null);
        }
    }

    /** Every active unit of the province, grouped by kind of unit (departments, centres, communes, wards...). */
    List<SelectOption.Group> publicUnits(@Nullable String selected, Locale locale) {
        List<Unit> all = new ArrayList<>();
        Deque<Unit> todo = new ArrayDeque<>(directory.roots());
        while (!todo.isEmpty() && all.size() < MAX) {
            Unit u = todo.pop();
            if (!u.active()) {
                continue; // nor what lies below it
            }
            all.add(u);
            directory.children(u.id()).forEach(todo::add);
        }
        return grouped(all, selected, locale);
    }

    /** The active units of the staff member's subtree, grouped the same way. */
    List<SelectOption.Group> staffUnits(Actor actor, @Nullable String selected, Locale locale) {
        return grouped(units.search(actor, "", Pageable.from(0, MAX)).getContent().stream().filter(Unit::active).toList(),
                selected, locale);
    }

    private List<SelectOption.Group> grouped(List<Unit> all, @Nullable String selected, Locale locale) {
        Map<UnitType, List<SelectOption>> byType = new EnumMap<>(UnitType.class);
        all.stream().sorted(Comparator.comparing(Unit::name, java.text.Collator.getInstance(locale)))
                .forEach(u -> byType.computeIfAbsent(u.type(), t -> new ArrayList<>())
                        .add(SelectOption.text(u.code(), u.name(), u.code().equals(selected))));
        List<SelectOption.Group> groups = new ArrayList<>();
        byType.forEach((type, options) -> groups.add(new SelectOption.Group(
                messages.text(locale, "complaints.form.unitGroup." + type.name()), options)));
        return groups;
    }

    List<SelectOption> sectors(@Nullable String selected) {
        return sectors.search("", Pageable.from(0, MAX)).getContent().stream().filter(s -> s.active())
                .map(s -> SelectOption.text(s.code(), s.name(), s.code().equals(selected))).toList();
    }

    List<SelectOption> officers(Actor actor, @Nullable String selected) {
        return officers.search(actor, "", Pageable.from(0, MAX)).getContent().stream().filter(o -> o.active())
                .map(o -> SelectOption.text(o.code(), o.fullName() + (o.title() == null ? "" : " – " + o.title()),
                        o.code().equals(selected))).toList();
    }

    List<SelectOption> counters(Actor actor, @Nullable String selected) {
        return counters.search(actor, "", Pageable.from(0, MAX)).getContent().stream().filter(c -> c.active())
                .map(c -> SelectOption.text(c.code(), c.name() + " · " + directory.unitById(c.unitId())
                        .map(Unit::name).orElse(""), c.code().equals(selected))).toList();
    }

    List<SelectOption> procedures(@Nullable String selected) {
        return procedures.search("", Pageable.from(0, MAX)).getContent().stream().filter(p -> p.active())
                .map(p -> SelectOption.text(p.code(), p.name(), p.code().equals(selected))).toList();
    }

    /** A due date as people say it: "17:00, Thứ Sáu, ngày 12/12/2026" or "Friday 12 December 2026, 17:00". */
    String dueDate(@Nullable Instant due, Locale locale) {
        if (due == null) {
            return null;
        }
        boolean vi = Objects.equals(locale.getLanguage(), "vi");
        DateTimeFormatter f = vi ? DateTimeFormatter.ofPattern("HH:mm, EEEE, 'ngày' dd/MM/yyyy", locale)
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
        String text = due.atZone(vn.hailong.shared.time.ClockFactory.VIETNAM).format(f);
        return vi ? text.replace("Thứ", "thứ").replace("Chủ Nhật", "Chủ nhật") : text;
    }

    String messageText(Locale locale, String key, Object... args) {
        return messages.text(locale, key, args);
    }
}
