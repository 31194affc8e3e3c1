package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.calendar.DeadlineUnit;
import vn.hailong.complaints.workflow.DeadlinePolicy;
import vn.hailong.complaints.workflow.DeadlinePolicyChanges;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * Deadline policies admin: every row with its effective dates; a row in force may be changed from a date (today or
 * later), which stores a successor and ends the old row the day before. Province admins change, others read.
 */
@Controller(DeadlinePoliciesAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeadlinePoliciesAdminController {

    static final String BASE = "/quan-tri/thoi-han";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeadlinePolicyChanges policies;
    private final RoutingPages pages;

    DeadlinePoliciesAdminController(DeadlinePolicyChanges policies, RoutingPages pages) {
        this.policies = policies;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        boolean editable = policies.editableBy(actor);
        LocalDate today = policies.today();
        List<Row> rows = policies.all().stream().map(p -> row(p, today, editable)).toList();
        return new ModelAndView<>("admin/routing/policies", new ListPage(rows, editable));
    }

    @Get("/{id}")
    ModelAndView<FormPage> changeForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        DeadlinePolicy p = policies.find(id);
        PolicyForm form = new PolicyForm(policies.today().plusDays(1).toString(), String.valueOf(p.amount()),
                p.unit().name(), String.valueOf(p.maxExtensions()), String.valueOf(p.extensionAmount()),
                p.extensionUnit() == null ? "" : p.extensionUnit().name(), String.valueOf(p.warnAtPercent()),
                p.legalBasis(), null);
        return formPage(actor, p, form, FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body PolicyForm form) {
        Actor actor = Actor.of(authentication);
        DeadlinePolicy p = policies.find(id);
        return pages.save(request, "routing.policies.flash.changed", () -> {
            DeadlinePolicy successor = policies.changeFrom(actor, id, form.draft());
            return new RoutingPages.Saved(SHOWN.format(successor.effectiveFrom()), BASE + "#policy-" + successor.id());
        }, errors -> formPage(actor, p, form, errors));
    }

    private Row row(DeadlinePolicy p, LocalDate today, boolean editable) {
        return new Row(p.id(), "routing.caseType." + p.caseType().name(), "routing.urgency." + p.urgency().name(),
                p.remoteArea(), "routing.step." + p.step().name(), p.amount(), "routing.unit." + p.unit().name(),
                p.maxExtensions(), p.extensionAmount(),
                p.extensionUnit() == null ? null : "routing.unit." + p.extensionUnit().name(), p.legalBasis(),
                SHOWN.format(p.effectiveFrom()), p.effectiveTo() == null ? null : SHOWN.format(p.effectiveTo()),
                p.inForceOn(today), editable && DeadlinePolicyChanges.changeable(p) ? BASE + "/" + p.id() : null);
    }

    private ModelAndView<FormPage> formPage(Actor actor, DeadlinePolicy p, PolicyForm form, FormErrors errors) {
        boolean editable = policies.editableBy(actor) && DeadlinePolicyChanges.changeable(p);
        return new ModelAndView<>("admin/routing/policy-form", new FormPage(BASE + "/" + p.id(),
                row(p, policies.today(), editable), editable, policies.editableBy(actor), form, errors,
                units(form.unit()), units(form.extensionUnit()), BASE));
    }

    private static List<SelectOption> units(@Nullable String selected) {
        return Arrays.stream(DeadlineUnit.values())
                .map(u -> SelectOption.key(u.name(), "routing.unit." + u.name(), u.name().equals(selected))).toList();
    }

    @Introspected
    record ListPage(List<Row> rows, boolean editable) {
    }

    /** One policy row in words; {@code changeHref} when the admin may change it. */
    @Introspected
    record Row(long id, String caseTypeKey, String urgencyKey, boolean remote, String stepKey, int amount,
               String unitKey, int maxExtensions, int extensionAmount, @Nullable String extensionUnitKey,
               String legalBasis, String from, @Nullable String to, boolean inForce, @Nullable String changeHref) {
    }

    @Introspected
    record FormPage(String action, Row current, boolean editable, boolean provinceAdmin, PolicyForm form,
                    FormErrors errors, List<SelectOption> units, List<SelectOption> extensionUnits, String backHref) {
    }

    /** The change as posted. */
    @Serdeable
    @Introspected
    record PolicyForm(@Nullable String effectiveFrom, @Nullable String amount, @Nullable String unit,
                      @Nullable String maxExtensions, @Nullable String extensionAmount,
                      @Nullable String extensionUnit, @Nullable String warnAtPercent, @Nullable String legalBasis,
                      @Nullable String csrfToken) implements CsrfForm {

        DeadlinePolicyChanges.Draft draft() {
            return new DeadlinePolicyChanges.Draft(effectiveFrom, amount, unit, maxExtensions, extensionAmount,
                    extensionUnit, warnAtPercent, legalBasis);
        }
    }
}
