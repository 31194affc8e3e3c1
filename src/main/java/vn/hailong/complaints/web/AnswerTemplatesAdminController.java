package vn.hailong.complaints.web;

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
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workspace.AnswerTemplateCatalogue;
import vn.hailong.complaints.workspace.AnswerTemplates;
import vn.hailong.complaints.workspace.HandlerWorkspace;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Answer templates admin {@code /quan-tri/mau-tra-loi}: list, add, edit, delete. */
@Controller(AnswerTemplatesAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AnswerTemplatesAdminController {

    static final String BASE = "/quan-tri/mau-tra-loi";

    private final AnswerTemplateCatalogue catalogue;
    private final HandlerWorkspace workspace;
    private final Directory directory;
    private final FlashMessages flash;

    AnswerTemplatesAdminController(AnswerTemplateCatalogue catalogue, HandlerWorkspace workspace, Directory directory,
                                   FlashMessages flash) {
        this.catalogue = catalogue;
        this.workspace = workspace;
        this.directory = directory;
        this.flash = flash;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        List<Row> rows = catalogue.all(Actor.of(authentication)).stream().map(t -> new Row(t.title(),
                t.kind() == null ? null : t.kind().name(), unitName(t.unitId()), BASE + "/" + t.id())).toList();
        return new ModelAndView<>("casework/templates", new ListPage(rows, BASE + "/moi"));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return form(Actor.of(authentication), null, new TemplateForm("", "", "", "", null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body TemplateForm f) {
        Actor actor = Actor.of(authentication);
        try {
            long id = catalogue.create(actor, f.typed());
            flash.success(request, "casework.templates.flash.created", f.title() == null ? "" : f.title().strip());
            return HttpResponse.seeOther(URI.create(BASE + "/" + id));
        } catch (RuleViolation e) {
            return refused(e, form(actor, null, f, FormErrors.of(e)));
        }
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        AnswerTemplates.Template t = catalogue.get(actor, id);
        String unitCode = t.unitId() == null ? "" : directory.unitById(t.unitId()).map(Unit::code).orElse("");
        return form(actor, t, new TemplateForm(t.kind() == null ? "" : t.kind().name(), unitCode, t.title(), t.body(), null),
                FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body TemplateForm f) {
        Actor actor = Actor.of(authentication);
        AnswerTemplates.Template current = catalogue.get(actor, id);
        try {
            catalogue.update(actor, id, f.typed());
            flash.success(request, "casework.templates.flash.updated", f.title() == null ? "" : f.title().strip());
            return HttpResponse.seeOther(URI.create(BASE + "/" + id));
        } catch (RuleViolation e) {
            return refused(e, form(actor, current, f, FormErrors.of(e)));
        }
    }

    @Post("/{id}/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        AnswerTemplates.Template t = catalogue.get(actor, id);
        catalogue.delete(actor, id);
        flash.success(request, "casework.templates.flash.deleted", t.title());
        return HttpResponse.seeOther(URI.create(BASE));
    }

    private static HttpResponse<?> refused(RuleViolation e, ModelAndView<FormPage> page) {
        if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
            throw e;
        }
        return HttpResponse.status(e.kind() == RuleViolation.Kind.FORBIDDEN ? HttpStatus.FORBIDDEN
                : HttpStatus.UNPROCESSABLE_ENTITY).body(page);
    }

    private ModelAndView<FormPage> form(Actor actor, @Nullable AnswerTemplates.Template current, TemplateForm f,
                                        FormErrors errors) {
        String kind = f.kind() == null ? "" : f.kind();
        String unit = f.unitCode() == null ? "" : f.unitCode();
        List<SelectOption> kinds = Arrays.stream(ComplaintKind.values())
                .map(k -> SelectOption.key(k.name(), "casework.kind." + k.name(), k.name().equals(kind))).toList();
        List<SelectOption> units = workspace.unitsInScope(actor).stream()
                .map(u -> SelectOption.text(u.code(), u.name(), u.code().equals(unit))).toList();
        return new ModelAndView<>("casework/template", new FormPage(current == null,
                current == null ? BASE + "/moi" : BASE + "/" + current.id(),
                current == null ? null : BASE + "/" + current.id() + "/xoa", f, kinds, units, errors, BASE));
    }

    private String unitName(@Nullable Long unitId) {
        return unitId == null ? null : directory.unitById(unitId).map(Unit::name).orElse(null);
    }

    /** The templates list. */
    @Introspected
    record ListPage(List<Row> rows, String newHref) {
    }

    /** One template in the list; {@code kind} and {@code unitName} null for every kind and the whole province. */
    @Introspected
    record Row(String title, @Nullable String kind, @Nullable String unitName, String href) {
    }

    /** The add or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, @Nullable String deleteAction, TemplateForm form,
                    List<SelectOption> kindOptions, List<SelectOption> unitOptions, FormErrors errors,
                    String backHref) {
    }

    /** The form as posted. */
    @Serdeable
    @Introspected
    record TemplateForm(@Nullable String kind, @Nullable String unitCode, @Nullable String title,
                        @Nullable String body, @Nullable String csrfToken) implements CsrfForm {
        AnswerTemplateCatalogue.Typed typed() {
            return new AnswerTemplateCatalogue.Typed(kind, unitCode, title, body);
        }
    }
}
