package vn.hailong.metrics.targets.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.metrics.targets.ResolvedTarget;
import vn.hailong.metrics.targets.SatisfactionTarget;
import vn.hailong.metrics.targets.TargetMeasure;
import vn.hailong.metrics.targets.Targets;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.organisation.persistence.Sectors;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Targets admin {@code /quan-tri/chi-tieu}: the rows by year and unit, with the targets that apply to the chosen
 * unit and year (its own, inherited from an ancestor or an earlier year, or a sector's default); add, edit, remove.
 */
@Controller(TargetsAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class TargetsAdminController {

    static final String BASE = "/quan-tri/chi-tieu";
    /** The filter's value for the rows that hold for every unit. */
    static final String EVERY_UNIT = "*";

    private final Targets targets;
    private final Units units;
    private final Sectors sectors;
    private final UnitScope scope;
    private final FlashMessages flash;
    private final Clock clock;

    TargetsAdminController(Targets targets, Units units, Sectors sectors, UnitScope scope, FlashMessages flash,
                           Clock clock) {
        this.targets = targets;
        this.units = units;
        this.sectors = sectors;
        this.scope = scope;
        this.flash = flash;
        this.clock = clock;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue("nam") String year,
                                @Nullable @QueryValue("donVi") String unit) {
        Actor actor = Actor.of(authentication);
        int thisYear = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).getYear();
        Integer chosenYear = parseYear(year);
        String chosenUnit = unit == null || unit.isBlank() ? null : unit.strip();
        List<Unit> unitList = units.findSubtree(scope.subtreePrefix(actor));
        Map<String, String> unitNames = unitList.stream().collect(Collectors.toMap(Unit::code, Unit::name));
        Map<String, String> sectorNames = sectors.findAll().stream()
                .collect(Collectors.toMap(Sector::code, Sector::name, (a, b) -> a));
        List<SatisfactionTarget> all = targets.list(actor, null, null);
        List<Row> rows = targets.list(actor, chosenYear, chosenUnit).stream()
                .map(t -> row(t, unitNames, sectorNames)).toList();

        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        all.forEach(t -> years.add(t.year()));
        years.add(thisYear);
        List<SelectOption> yearOptions = years.stream().map(y -> SelectOption.text(String.valueOf(y),
                String.valueOf(y), chosenYear != null && chosenYear == y)).toList();
        List<SelectOption> unitOptions = new ArrayList<>();
        unitOptions.add(SelectOption.key(EVERY_UNIT, "targets.unit.every", EVERY_UNIT.equals(chosenUnit)));
        unitList.forEach(u -> unitOptions.add(SelectOption.text(u.code(), u.name(), u.code().equals(chosenUnit))));

        // what applies: to the unit chosen (or the province, the root of the admin's subtree) in the year chosen
        int effectiveYear = chosenYear == null ? thisYear : chosenYear;
        Unit effectiveUnit = unitList.stream().filter(u -> u.code().equals(chosenUnit)).findFirst()
                .orElse(unitList.isEmpty() ? null : unitList.get(0));
        List<Applied> applied = effectiveUnit == null ? List.of()
                : applied(effectiveUnit, effectiveYear, unitNames);
        return new ModelAndView<>("metrics/targets/list", new ListPage(rows, yearOptions, unitOptions, BASE + "/moi",
                effectiveYear, effectiveUnit == null ? "" : effectiveUnit.name(), applied, FormErrors.none()));
    }

    private List<Applied> applied(Unit unit, int year, Map<String, String> unitNames) {
        Targets.Sheet sheet = targets.sheet();
        List<Applied> applied = new ArrayList<>();
        for (TargetMeasure m : TargetMeasure.values()) {
            if (m != TargetMeasure.SECTOR) {
                applied.add(applied(m, null, sheet.target(unit.code(), year, m, null), unit, unitNames));
            }
        }
        for (Sector s : sectors.findByActiveTrueOrderByName()) {
            applied.add(applied(TargetMeasure.SECTOR, s.name(),
                    sheet.target(unit.code(), year, TargetMeasure.SECTOR, s.code()), unit, unitNames));
        }
        return applied;
    }

    private static Applied applied(TargetMeasure m, @Nullable String sectorName, Optional<ResolvedTarget> target,
                                   Unit unit, Map<String, String> unitNames) {
        if (target.isEmpty()) {
            return new Applied(m.name(), sectorName, null, "NONE", null, null);
        }
        ResolvedTarget t = target.get();
        String origin = t.origin() == ResolvedTarget.Origin.SECTOR_DEFAULT ? "SECTOR_DEFAULT"
                : t.unitCode() == null ? "EVERY_UNIT" : t.unitCode().equals(unit.code()) ? "OWN" : "ANCESTOR";
        String from = t.unitCode() == null ? null : unitNames.getOrDefault(t.unitCode(), t.unitCode());
        return new Applied(m.name(), sectorName, percent(t.pct()), origin, t.year(), from);
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        int thisYear = LocalDate.now(clock.withZone(ClockFactory.VIETNAM)).getYear();
        return form(Actor.of(authentication), null,
                new TargetForm(String.valueOf(thisYear), "", TargetMeasure.OVERALL.name(), "", "", "", null),
                FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body TargetForm f) {
        Actor actor = Actor.of(authentication);
        try {
            targets.create(actor, f.typed());
            flash.success(request, "targets.flash.created", f.year() == null ? "" : f.year().strip());
            return HttpResponse.seeOther(URI.create(BASE + "?nam=" + f.year().strip()));
        } catch (RuleViolation e) {
            return refused(e, form(actor, null, f, FormErrors.of(e)));
        }
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        SatisfactionTarget t = targets.get(actor, id);
        return form(actor, t, new TargetForm(String.valueOf(t.year()), t.unitCode() == null ? "" : t.unitCode(),
                t.measure().name(), t.sectorCode() == null ? "" : t.sectorCode(), percent(t.pct()),
                t.source() == null ? "" : t.source(), null), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body TargetForm f) {
        Actor actor = Actor.of(authentication);
        SatisfactionTarget current = targets.get(actor, id);
        try {
            targets.update(actor, id, f.typed());
            flash.success(request, "targets.flash.updated", f.year() == null ? "" : f.year().strip());
            return HttpResponse.seeOther(URI.create(BASE + "?nam=" + f.year().strip()));
        } catch (RuleViolation e) {
            return refused(e, form(actor, current, f, FormErrors.of(e)));
        }
    }

    @Post("/{id}/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        SatisfactionTarget t = targets.get(actor, id);
        targets.delete(actor, id);
        flash.success(request, "targets.flash.deleted", String.valueOf(t.year()));
        return HttpResponse.seeOther(URI.create(BASE + "?nam=" + t.year()));
    }

    private static HttpResponse<?> refused(RuleViolation e, ModelAndView<FormPage> page) {
        if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
            throw e;
        }
        return HttpResponse.status(e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                : HttpStatus.UNPROCESSABLE_ENTITY).body(page);
    }

    private ModelAndView<FormPage> form(Actor actor, @Nullable SatisfactionTarget current, TargetForm f,
                                        FormErrors errors) {
        String unit = f.unitCode() == null ? "" : f.unitCode().strip();
        String measure = f.measure() == null ? "" : f.measure().strip();
        String sector = f.sectorCode() == null ? "" : f.sectorCode().strip();
        List<SelectOption> units = this.units.findSubtree(scope.subtreePrefix(actor)).stream()
                .map(u -> SelectOption.text(u.code(), u.name(), u.code().equals(unit))).toList();
        List<SelectOption> measures = Arrays.stream(TargetMeasure.values())
                .map(m -> SelectOption.key(m.name(), "targets.measure." + m.name(), m.name().equals(measure))).toList();
        List<SelectOption> sectorOptions = sectors.findByActiveTrueOrderByName().stream()
                .map(s -> SelectOption.text(s.code(), s.name(), s.code().equals(sector))).toList();
        return new ModelAndView<>("metrics/targets/form", new FormPage(current == null,
                current == null ? BASE + "/moi" : BASE + "/" + current.id(),
                current == null ? null : BASE + "/" + current.id() + "/xoa", f, units, measures, sectorOptions,
                errors, BASE));
    }

    private static Row row(SatisfactionTarget t, Map<String, String> unitNames, Map<String, String> sectorNames) {
        return new Row(t.id(), t.year(), t.unitCode() == null ? null : unitNames.getOrDefault(t.unitCode(), t.unitCode()),
                t.measure().name(), t.sectorCode() == null ? null
                : sectorNames.getOrDefault(t.sectorCode(), t.sectorCode()), percent(t.pct()), t.source(),
                BASE + "/" + t.id());
    }

    /** 85.00 as "85", 82.50 as "82,5" (Vietnamese decimal comma; the form takes either). */
    static String percent(BigDecimal pct) {
        return pct.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static @Nullable Integer parseYear(@Nullable String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The list: rows, filters, and what applies to one unit in one year. */
    @Introspected
    record ListPage(List<Row> rows, List<SelectOption> yearOptions, List<SelectOption> unitOptions, String newHref,
                    int appliedYear, String appliedUnitName, List<Applied> applied, FormErrors errors) {
    }

    /** One target row; {@code unitName} null for every unit, {@code sectorName} null unless a sector target. */
    @Introspected
    record Row(long id, int year, @Nullable String unitName, String measure, @Nullable String sectorName, String pct,
               @Nullable String source, String href) {
    }

    /**
     * The target that applies to one measure (and sector): {@code origin} OWN, ANCESTOR (from {@code fromUnit}),
     * EVERY_UNIT, SECTOR_DEFAULT or NONE; {@code year} the row's year.
     */
    @Introspected
    record Applied(String measure, @Nullable String sectorName, @Nullable String pct, String origin,
                   @Nullable Integer year, @Nullable String fromUnit) {
    }

    /** The add or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, @Nullable String deleteAction, TargetForm form,
                    List<SelectOption> unitOptions, List<SelectOption> measureOptions,
                    List<SelectOption> sectorOptions, FormErrors errors, String backHref) {
    }

    /** The form as posted. */
    @Serdeable
    @Introspected
    record TargetForm(@Nullable String year, @Nullable String unitCode, @Nullable String measure,
                      @Nullable String sectorCode, @Nullable String pct, @Nullable String source,
                      @Nullable String csrfToken) implements CsrfForm {
        Targets.Typed typed() {
            return new Targets.Typed(year, unitCode, measure, sectorCode, pct, source);
        }
    }
}
