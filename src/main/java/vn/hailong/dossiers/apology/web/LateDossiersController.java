package vn.hailong.dossiers.apology.web;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.dossiers.apology.Apologies;
import vn.hailong.dossiers.apology.ApologyRequest;
import vn.hailong.dossiers.apology.ApologyRules;
import vn.hailong.dossiers.apology.LateDossier;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.util.List;

/**
 * {@code /ho-so/tre-han}: the dossiers of the user's units that are late or soon will be, the apology due first at
 * the top; {@code /ho-so/{code}/xin-loi}: the apology form (reason, new date, signer), which issues the one apology a
 * dossier may have and goes on to the letter.
 */
@Controller("/ho-so")
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class LateDossiersController {

    static final String LIST = "/ho-so/tre-han";

    private final Apologies apologies;
    private final ApologyRules rules;
    private final FlashMessages flash;

    LateDossiersController(Apologies apologies, ApologyRules rules, FlashMessages flash) {
        this.apologies = apologies;
        this.rules = rules;
        this.flash = flash;
    }

    @Get("/tre-han")
    ModelAndView<ListPage> list(Authentication authentication) {
        List<Row> rows = apologies.lateList(Actor.of(authentication)).stream().map(LateDossiersController::row).toList();
        return new ModelAndView<>("dossiers/late-list", new ListPage(rows, rules.leadWorkingDays()));
    }

    @Get("/{code}/xin-loi")
    HttpResponse<?> form(Authentication authentication, @PathVariable String code) {
        LateDossier d = apologies.dossier(Actor.of(authentication), code);
        if (d.apology() != null) {
            return HttpResponse.seeOther(URI.create(Links.letter(code)));
        }
        return HttpResponse.ok(form(d, new ApologyForm("", "", "", "", d.unitName(), null), FormErrors.none()));
    }

    @Post("/{code}/xin-loi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issue(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                          @Body ApologyForm f) {
        Actor actor = Actor.of(authentication);
        try {
            apologies.issue(actor, code, f.request());
            flash.success(request, "apology.flash.issued", code);
            return HttpResponse.seeOther(URI.create(Links.letter(code)));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            HttpStatus status = e.kind() == RuleViolation.Kind.CONFLICT ? HttpStatus.CONFLICT
                    : e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
            return HttpResponse.status(status).body(form(apologies.dossier(actor, code), f, FormErrors.of(e)));
        }
    }

    private ModelAndView<FormPage> form(LateDossier d, ApologyForm f, FormErrors errors) {
        return new ModelAndView<>("dossiers/apology-form", new FormPage(row(d), f, Links.form(d.dossier().code()),
                d.dossier().phone() == null ? null : d.dossier().phone().masked(),
                d.urgency() != ApologyRules.Urgency.APOLOGY_DUE, errors, LIST));
    }

    private static Row row(LateDossier d) {
        String code = d.dossier().code();
        return new Row(code, d.procedureName(), d.unitName(), Dates.moment(d.dossier().receivedAt()),
                Dates.moment(d.dossier().appointmentAt()), Dates.moment(d.apologyDueBy()),
                d.apologyDueBy().toString(), d.urgency().name(),
                d.apology() == null ? null : Dates.day(d.apology().newAppointmentAt()),
                d.apology() == null ? Links.form(code) : Links.letter(code));
    }

    /** The list; {@code leadWorkingDays} for the sentence that says when an apology is due. */
    @Introspected
    record ListPage(List<Row> rows, int leadWorkingDays) {
    }

    /**
     * One dossier: its times as shown, the apology's due moment (also as ISO, for tests and sorting), its urgency,
     * and when it was re-scheduled already the new date ({@code rescheduledTo}) with {@code href} the letter.
     */
    @Introspected
    record Row(String code, String procedure, String unit, String receivedAt, String appointmentAt, String dueBy,
               String dueIso, String urgency, @Nullable String rescheduledTo, String href) {
    }

    /** The form; {@code phone} masked, null when the dossier has none; {@code late}: the due moment has passed. */
    @Introspected
    record FormPage(Row dossier, ApologyForm form, String action, @Nullable String phone, boolean late,
                    FormErrors errors, String backHref) {
    }

    /** The form as posted. */
    @Serdeable
    @Introspected
    record ApologyForm(@Nullable String reason, @Nullable String newDate, @Nullable String signerName,
                       @Nullable String signerTitle, @Nullable String issuingUnit,
                       @Nullable String csrfToken) implements CsrfForm {
        ApologyRequest request() {
            return new ApologyRequest(reason, newDate, signerName, signerTitle, issuingUnit);
        }
    }
}
