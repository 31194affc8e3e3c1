package vn.hailong.complaints.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
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
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.routing.HandlingTeams;
import vn.hailong.complaints.routing.RoutingAdmin;
import vn.hailong.complaints.routing.RoutingRule;
import vn.hailong.complaints.routing.TeamAdmin;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Sector;
import vn.hailong.organisation.SectorRegistry;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Routing rules admin: the rules of the admin's subtree in priority order, create, edit, deactivate/reactivate. */
@Controller(RoutingRulesAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class RoutingRulesAdminController {

    static final String BASE = "/quan-tri/dinh-tuyen";

    private final RoutingAdmin rules;
    private final TeamAdmin teams;
    private final SectorRegistry sectors;
    private final Directory directory;
    private final RoutingPages pages;

    RoutingRulesAdminController(RoutingAdmin rules, TeamAdmin teams, SectorRegistry sectors, Directory directory,
                                RoutingPages pages) {
        this.rules = rules;
        this.teams = teams;
        this.sectors = sectors;
        this.directory = directory;
        this.pages = pages;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        Map<Long, String> teamNames = new HashMap<>();
        List<Row> rows = rules.list(actor).stream().map(r -> new Row(r.id(), r.priority(), r.name(),
                r.kind() == null ? null : "routing.kind." + r.kind().name(),
                r.sectorId() == null ? null : directory.sectorById(r.sectorId()).map(Sector::name).orElse(""),
                r.subtreeUnitId() == null ? null : pages.unitName(r.subtreeUnitId()), r.keywords(),
                r.handlingUnitId() == null ? null : pages.unitName(r.handlingUnitId()),
                r.teamId() == null ? null : teamNames.computeIfAbsent(r.teamId(),
                        id -> teams.list(actor).stream().filter(t -> t.id() == id).map(HandlingTeams.Team::name)
                                .findFirst().orElse("")),
                r.isDefault(), r.active(), BASE + "/" + r.id())).toList();
        return new ModelAndView<>("admin/routing/rules", new ListPage(rows, rows.size()));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null,
                new RuleForm("", "100", "", "", "", "", "", "", null, null), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body RuleForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "routing.rules.flash.created", () -> saved(rules.create(actor, form.draft())),
                errors -> formPage(actor, null, form, errors));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        RoutingRule r = rules.find(actor, id);
        String teamCode = r.teamId() == null ? "" : teams.find(actor, r.teamId()).code();
        RuleForm form = new RuleForm(r.name(), String.valueOf(r.priority()), r.kind() == null ? "" : r.kind().name(),
                r.sectorId() == null ? "" : directory.sectorById(r.sectorId()).map(Sector::code).orElse(""),
                pages.unitCode(r.subtreeUnitId()), RoutingPages.text(r.keywords()), pages.unitCode(r.handlingUnitId()),
                teamCode, r.isDefault() ? "true" : null, null);
        return formPage(actor, r, form, FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body RuleForm form) {
        Actor actor = Actor.of(authentication);
        RoutingRule current = rules.find(actor, id);
        return pages.save(request, "routing.rules.flash.updated", () -> saved(rules.update(actor, id, form.draft())),
                errors -> formPage(actor, current, form, errors));
    }

    @Post("/{id}/ngung")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        rules.find(actor, id);
        return pages.done(request, BASE + "/" + id, "routing.rules.flash.deactivated",
                () -> rules.setActive(actor, id, false).name());
    }

    @Post("/{id}/kich-hoat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        rules.find(actor, id);
        return pages.done(request, BASE + "/" + id, "routing.rules.flash.reactivated",
                () -> rules.setActive(actor, id, true).name());
    }

    private static RoutingPages.Saved saved(RoutingRule r) {
        return new RoutingPages.Saved(r.name(), BASE);
    }

    private ModelAndView<FormPage> formPage(Actor actor, @Nullable RoutingRule current, RuleForm form, FormErrors errors) {
        boolean creating = current == null;
        List<SelectOption> kinds = Arrays.stream(ComplaintKind.values())
                .map(k -> SelectOption.key(k.name(), "routing.kind." + k.name(), k.name().equals(form.kind()))).toList();
        List<SelectOption> sectorChoices = sectors.search("", Pageable.from(0, 500)).getContent().stream()
                .filter(Sector::active)
                .map(s -> SelectOption.text(s.code(), s.name(), s.code().equals(form.sectorCode()))).toList();
        List<SelectOption> teamChoices = new ArrayList<>();
        for (HandlingTeams.Team t : teams.list(actor)) {
            if (t.active()) {
                teamChoices.add(SelectOption.text(t.code(), t.name() + " – " + pages.unitName(t.unitId()),
                        t.code().equals(form.teamCode())));
            }
        }
        boolean province = rules.keepsProvince(actor);
        return new ModelAndView<>("admin/routing/rule-form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.name(), form, errors, kinds, sectorChoices,
                pages.unitChoices(actor, form.subtreeUnitCode()), pages.unitChoices(actor, form.handlingUnitCode()),
                teamChoices, province, form.isDefault() != null && !form.isDefault().isBlank(), BASE));
    }

    /** The rules list. */
    @Introspected
    record ListPage(List<Row> rows, long total) {
    }

    /** One rule in the list: null criteria match anything. */
    @Introspected
    record Row(long id, int priority, String name, @Nullable String kindKey, @Nullable String sectorName,
               @Nullable String subtreeName, @Nullable String keywords, @Nullable String unitName,
               @Nullable String teamName, boolean isDefault, boolean active, String href) {
    }

    /** The create or edit form. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentName, RuleForm form,
                    FormErrors errors, List<SelectOption> kinds, List<SelectOption> sectors,
                    List<SelectOption> subtrees, List<SelectOption> units, List<SelectOption> teams,
                    boolean province, boolean defaultChecked, String backHref) {
    }

    /** The rule form as posted; {@code isDefault} is the checkbox (present when ticked). */
    @Serdeable
    @Introspected
    record RuleForm(@Nullable String name, @Nullable String priority, @Nullable String kind,
                    @Nullable String sectorCode, @Nullable String subtreeUnitCode, @Nullable String keywords,
                    @Nullable String handlingUnitCode, @Nullable String teamCode, @Nullable String isDefault,
                    @Nullable String csrfToken) implements CsrfForm {

        RoutingAdmin.Draft draft() {
            return new RoutingAdmin.Draft(name, priority, kind, sectorCode, subtreeUnitCode, keywords, handlingUnitCode,
                    teamCode, isDefault != null && !isDefault.isBlank());
        }
    }
}
