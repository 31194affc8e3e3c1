package vn.hailong.access.users.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
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
import vn.hailong.access.login.web.StaffSessions;
import vn.hailong.access.users.ManagingUsers;
import vn.hailong.access.users.User;
import vn.hailong.access.users.UserDraft;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Users admin: list with search and paging, create, edit, deactivate/reactivate, reset password. ADMIN only. */
@Controller(UsersAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UsersAdminController {

    static final String BASE = "/quan-tri/nguoi-dung";
    private static final int PAGE_SIZE = 20;

    private final ManagingUsers managingUsers;
    private final UnitRegistry unitRegistry;
    private final FlashMessages flash;
    private final StaffSessions staffSessions;

    UsersAdminController(ManagingUsers managingUsers, UnitRegistry unitRegistry, FlashMessages flash,
                         StaffSessions staffSessions) {
        this.staffSessions = staffSessions;
        this.managingUsers = managingUsers;
        this.unitRegistry = unitRegistry;
        this.flash = flash;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication, @Nullable @QueryValue String q,
                                @Nullable @QueryValue String trang) {
        String search = q == null ? "" : q.strip();
        ManagingUsers.UserPage page = managingUsers.search(Actor.of(authentication), search,
                Pager.requested(trang), PAGE_SIZE);
        List<Row> rows = page.users().stream().map(l -> new Row(l.user().id(), l.user().username(),
                l.user().fullName(), l.user().role().name(), l.unitCode(), l.unitName(), l.user().active(),
                BASE + "/" + l.user().id())).toList();
        return new ModelAndView<>("admin/users/list", new ListPage(search, rows, page.total(),
                Pager.of(BASE, search, page.page(), page.totalPages())));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), null, UserForm.empty(), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body UserForm form) {
        Actor actor = Actor.of(authentication);
        try {
            User user = managingUsers.create(actor, form.draft());
            flash.success(request, "access.users.flash.created", user.username());
            return HttpResponse.seeOther(URI.create(BASE + "/" + user.id()));
        } catch (RuleViolation e) {
            return rejected(actor, null, form.withoutPassword(), e);
        }
    }

    @Get("/{id}")
    ModelAndView<FormPage> editForm(Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        ManagingUsers.Listed listed = managingUsers.find(actor, id);
        User u = listed.user();
        return formPage(actor, u, new UserForm(u.username(), u.fullName(), u.role().name(), listed.unitCode(), null,
                null), FormErrors.none());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Body UserForm form) {
        Actor actor = Actor.of(authentication);
        User current = managingUsers.find(actor, id).user();
        try {
            User user = managingUsers.update(actor, id, form.draft());
            flash.success(request, "access.users.flash.updated", user.username());
            return HttpResponse.seeOther(URI.create(BASE + "/" + id));
        } catch (RuleViolation e) {
            return rejected(actor, current, form.withoutPassword().withUsername(current.username()), e);
        }
    }

    @Post("/{id}/khoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        return setActive(request, authentication, id, false);
    }

    @Post("/{id}/mo-khoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        return setActive(request, authentication, id, true);
    }

    private HttpResponse<?> setActive(HttpRequest<?> request, Authentication authentication, long id, boolean on) {
        try {
            User user = managingUsers.setActive(Actor.of(authentication), id, on);
            flash.success(request, on ? "access.users.flash.reactivated" : "access.users.flash.deactivated",
                    user.username());
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            flash.refused(request, e);
        }
        return HttpResponse.seeOther(URI.create(BASE + "/" + id));
    }

    @Post("/{id}/dat-lai-mat-khau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<PasswordPage> resetPassword(HttpRequest<?> request, Authentication authentication,
                                             @PathVariable long id, @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        String password = managingUsers.resetPassword(actor, id);
        if (actor.kind() == Actor.Kind.USER && actor.id() == id) {
            staffSessions.keepCurrent(request, id);
        }
        User user = managingUsers.find(actor, id).user();
        return new ModelAndView<>("admin/users/password", new PasswordPage(user.username(), password,
                BASE + "/" + id));
    }

    private HttpResponse<?> rejected(Actor actor, User current, UserForm form, RuleViolation e) {
        if (e.kind() == RuleViolation.Kind.NOT_FOUND || e.kind() == RuleViolation.Kind.FORBIDDEN) {
            throw e;
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(formPage(actor, current, form, FormErrors.of(e)));
    }

    private ModelAndView<FormPage> formPage(Actor actor, User current, UserForm form, FormErrors errors) {
        List<Option> units = unitRegistry.search(actor, "", Pageable.from(0, 1000)).getContent().stream()
                .filter(u -> u.active())
                .map(u -> new Option(u.code(), u.name() + " (" + u.code() + ")", u.code().equals(form.unitCode())))
                .toList();
        List<Option> roles = Arrays.stream(Role.values()).filter(Role::isStaffRole)
                .map(r -> new Option(r.name(), "web.role." + r.name(), r.name().equals(form.role()))).toList();
        boolean creating = current == null;
        return new ModelAndView<>("admin/users/form", new FormPage(creating,
                creating ? BASE + "/moi" : BASE + "/" + current.id(),
                creating ? null : current.id(), creating || current.active(), form, errors, roles, units,
                BASE));
    }

    /** The users list. */
    @Introspected
    record ListPage(String q, List<Row> rows, long total, Pager pager) {
    }

    /** One account in the list. */
    @Introspected
    record Row(long id, String username, String fullName, String role, String unitCode, String unitName,
               boolean active, String href) {
    }

    /** The create or edit form with the messages of the last submit by field. */
    @Introspected
    record FormPage(boolean creating, String action, @Nullable Long id, boolean active, UserForm form,
                    FormErrors errors, List<Option> roles, List<Option> units, String backHref) {
        public FormErrors.Message error(String field) {
            return errors.get(field);
        }
    }

    /** A choice in a select: value, label (text or message key) and whether it is selected. */
    @Introspected
    record Option(String value, String label, boolean selected) {
    }

    /** The new password, shown once. */
    @Introspected
    record PasswordPage(String username, String password, String backHref) {
    }

    /** The account form as posted; the password only when creating. */
    @Serdeable
    @Introspected
    record UserForm(@Nullable String username, @Nullable String fullName, @Nullable String role,
                    @Nullable String unitCode, @Nullable String password, @Nullable String csrfToken) implements CsrfForm {

        static UserForm empty() {
            return new UserForm("", "", Role.HANDLER.name(), "", null, null);
        }

        UserDraft draft() {
            Role r = null;
            if (role != null) {
                try {
                    r = Role.valueOf(role);
                } catch (IllegalArgumentException ignored) {
                    r = null;
                }
            }
            return new UserDraft(username, fullName, r, unitCode, password);
        }

        UserForm withoutPassword() {
            return new UserForm(username, fullName, role, unitCode, null, null);
        }

        UserForm withUsername(String name) {
            return new UserForm(name, fullName, role, unitCode, null, null);
        }
    }
}
