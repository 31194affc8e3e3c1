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
import vn.hailong.complaints.routing.HandlingTeams;
import vn.hailong.complaints.routing.TeamAdmin;
import vn.hailong.complaints.routing.TeamAssignment;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.StaffMembers;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * Handling teams admin: the teams of the admin's subtree, create, edit (name, assignment), deactivate/reactivate,
 * and their members (staff with a handling role who see the team's cases), added and removed one by one.
 */
@Controller(HandlingTeamsAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class HandlingTeamsAdminController {

    static final String BASE = "/quan-tri/nhom-xu-ly";

    private final TeamAdmin teams;
    private final RoutingPages pages;
    private final FlashMessages flash;

    HandlingTeamsAdminController(TeamAdmin teams, RoutingPages pages, FlashMessages flash) {
        this.teams = teams;
        this.pages = pages;
        this.flash = flash;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        Actor actor = Actor.of(authentication);
        List<Row> rows = teams.list(actor).stream().map(t -> new Row(t.code(), t.name(), pages.unitName(t.unitId()),
                "routing.assignment." + t.assignment(), teams.members(actor, t.id()).size(), t.active(),
                BASE + "/" + t.id())).toList();
        return new ModelAndView<>("admin/routing/teams", new ListPage(rows, rows.size()));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null,
                new TeamForm("", "", "", TeamAssignment.LEAST_OPEN.name(), null), FormErrors.none(), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body TeamForm form) {
        Actor actor = Actor.of(authentication);
        return pages.save(request, "routing.teams.flash.created", () -> saved(teams.create(actor, form.draft())),
                errors -> formPage(actor, null, form, errors, FormErrors.none()));
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        HandlingTeams.Team t = teams.find(actor, id);
        return formPage(actor, t, new TeamForm(t.code(), t.name(), pages.unitCode(t.unitId()), t.assignment(), null),
                FormErrors.none(), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body TeamForm form) {
        Actor actor = Actor.of(authentication);
        HandlingTeams.Team current = teams.find(actor, id);
        TeamForm shown = new TeamForm(current.code(), form.name(), pages.unitCode(current.unitId()), form.assignment(), null);
        return pages.save(request, "routing.teams.flash.updated", () -> saved(teams.update(actor, id, shown.draft())),
                errors -> formPage(actor, current, shown, errors, FormErrors.none()));
    }

    @Post("/{id}/thanh-vien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                              @Body MemberForm form) {
        Actor actor = Actor.of(authentication);
        HandlingTeams.Team current = teams.find(actor, id);
        try {
            StaffMembers.StaffMember added = teams.addMember(actor, id, form.userId());
            flash.success(request, "routing.teams.flash.memberAdded", added.fullName());
            return HttpResponse.seeOther(URI.create(BASE + "/" + id));
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            TeamForm shown = new TeamForm(current.code(), current.name(), pages.unitCode(current.unitId()),
                    current.assignment(), null);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formPage(actor, current, shown, FormErrors.none(), FormErrors.of(e)));
        }
    }

    @Post("/{id}/thanh-vien/{userId}/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeMember(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                 @PathVariable long userId, @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        teams.find(actor, id);
        return pages.done(request, BASE + "/" + id, "routing.teams.flash.memberRemoved",
                () -> teams.removeMember(actor, id, userId));
    }

    @Post("/{id}/ngung")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        teams.find(actor, id);
        return pages.done(request, BASE + "/" + id, "routing.teams.flash.deactivated",
                () -> teams.setActive(actor, id, false).name());
    }

    @Post("/{id}/kich-hoat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        teams.find(actor, id);
        return pages.done(request, BASE + "/" + id, "routing.teams.flash.reactivated",
                () -> teams.setActive(actor, id, true).name());
    }

    private static RoutingPages.Saved saved(HandlingTeams.Team t) {
        return new RoutingPages.Saved(t.name(), BASE + "/" + t.id());
    }

    private ModelAndView<FormPage> formPage(Actor actor, @Nullable HandlingTeams.Team current, TeamForm form,
                                            FormErrors errors, FormErrors memberErrors) {
        boolean creating = current == null;
        List<SelectOption> assignments = Arrays.stream(TeamAssignment.values())
                .map(a -> SelectOption.key(a.name(), "routing.assignment." + a.name(), a.name().equals(form.assignment())))
                .toList();
        List<Member> members = creating ? List.of() : teams.members(actor, current.id()).stream()
                .map(m -> new Member(m.id(), m.fullName(), m.username(), "routing.role." + m.role().name(),
                        pages.unitName(m.unitId()), m.active(), BASE + "/" + current.id() + "/thanh-vien/" + m.id() + "/xoa"))
                .toList();
        List<SelectOption> candidates = creating ? List.of() : teams.candidates(actor, current.id()).stream()
                .map(m -> SelectOption.text(String.valueOf(m.id()), m.fullName() + " (" + m.username() + ", "
                        + pages.unitName(m.unitId()) + ")", false)).toList();
        return new ModelAndView<>("admin/routing/team-form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(), creating || current.active(),
                creating ? null : current.name(), creating ? null : pages.unitName(current.unitId()), form, errors,
                pages.unitChoices(actor, form.unitCode()), assignments, members, candidates,
                creating ? null : BASE + "/" + current.id() + "/thanh-vien", memberErrors, BASE));
    }

    /** The teams list. */
    @Introspected
    record ListPage(List<Row> rows, long total) {
    }

    @Introspected
    record Row(String code, String name, String unitName, String assignmentKey, int members, boolean active,
               String href) {
    }

    /** One member of the team, with the address of its remove button. */
    @Introspected
    record Member(long id, String fullName, String username, String roleKey, String unitName, boolean active,
                  String removeAction) {
    }

    /** The create or edit form, and on edit the members with the add form. */
    @Introspected
    record FormPage(boolean creating, String action, boolean active, @Nullable String currentName,
                    @Nullable String unitName, TeamForm form, FormErrors errors, List<SelectOption> units,
                    List<SelectOption> assignments, List<Member> members, List<SelectOption> candidates,
                    @Nullable String addMemberAction, FormErrors memberErrors, String backHref) {
    }

    /** The team form as posted; the unit only when creating. */
    @Serdeable
    @Introspected
    record TeamForm(@Nullable String code, @Nullable String name, @Nullable String unitCode,
                    @Nullable String assignment, @Nullable String csrfToken) implements CsrfForm {

        TeamAdmin.Draft draft() {
            return new TeamAdmin.Draft(code, name, unitCode, assignment);
        }
    }

    /** Adding a member: the staff account chosen. */
    @Serdeable
    @Introspected
    record MemberForm(@Nullable String userId, @Nullable String csrfToken) implements CsrfForm {
    }
}
