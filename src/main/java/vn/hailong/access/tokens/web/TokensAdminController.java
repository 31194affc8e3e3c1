package vn.hailong.access.tokens.web;

import io.micronaut.context.annotation.Factory;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.access.tokens.ApiToken;
import vn.hailong.access.tokens.IssuedToken;
import vn.hailong.access.tokens.TokenIssuer;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.Ago;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.NavLink;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens admin (issue 7.4): list the tokens of the admin's subtree (role, unit, created, last used), issue one
 * for a name, role and unit (the secret is shown once, never cached), revoke one. Kiosk tokens come with a kiosk's
 * pairing and are only listed here. The same {@link TokenIssuer} as {@code /api/v1/tokens}.
 */
@Controller(TokensAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class TokensAdminController {

    static final String BASE = "/quan-tri/token-api";

    private final TokenIssuer issuer;
    private final Directory directory;
    private final UnitRegistry unitRegistry;
    private final FlashMessages flash;
    private final Clock clock;

    TokensAdminController(TokenIssuer issuer, Directory directory, UnitRegistry unitRegistry, FlashMessages flash,
                          Clock clock) {
        this.issuer = issuer;
        this.directory = directory;
        this.unitRegistry = unitRegistry;
        this.flash = flash;
        this.clock = clock;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        Instant now = clock.instant();
        List<Row> rows = issuer.list(Actor.of(authentication)).stream().map(t -> row(t, now)).toList();
        return new ModelAndView<>("admin/tokens/list", new ListPage(rows, BASE + "/moi"));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), TokenForm.empty(), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(Authentication authentication, @Body TokenForm form) {
        Actor actor = Actor.of(authentication);
        FormErrors errors = FormErrors.none();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            errors = errors.plusKey("name", "access.tokens.error.name");
        }
        Optional<Role> role = role(form.role());
        if (role.isEmpty()) {
            errors = errors.plusKey("role", "access.tokens.error.role");
        }
        Optional<Unit> unit = form.unitCode() == null || form.unitCode().isBlank() ? Optional.empty()
                : directory.unitByCode(form.unitCode().strip());
        if (unit.isEmpty()) {
            errors = errors.plusKey("unitCode", "access.tokens.error.unit");
        }
        if (!errors.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(actor, form, errors));
        }
        IssuedToken issued;
        try {
            issued = issuer.issue(actor, name, role.get(), unit.get().id());
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(actor, form,
                    FormErrors.key(e.kind() == RuleViolation.Kind.FORBIDDEN ? "unitCode" : e.field().orElse("name"),
                            e.kind() == RuleViolation.Kind.FORBIDDEN ? "access.tokens.error.unitOutside"
                                    : "access.tokens.error." + e.field().orElse("name"))));
        }
        // the secret is on this page only: no browser or proxy may keep a copy
        return HttpResponse.ok(new ModelAndView<>("admin/tokens/created", new CreatedPage(issued.token().name(),
                        issued.token().role().name(), unit.get().name(), issued.secret(), BASE)))
                .header("Cache-Control", "no-store");
    }

    @Post("/{id}/thu-hoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Nullable @Body TokenOnlyForm form) {
        issuer.revoke(Actor.of(authentication), id);
        flash.success(request, "access.tokens.flash.revoked", Long.toString(id));
        return HttpResponse.seeOther(URI.create(BASE));
    }

    private Row row(ApiToken t, Instant now) {
        Optional<Unit> unit = directory.unitById(t.unitId());
        return new Row(t.id(), t.name(), t.role().name(), unit.map(Unit::name).orElse(""),
                unit.map(Unit::code).orElse(""), t.createdBy(), Ago.between(t.createdAt(), now),
                t.lastUsedAt() == null ? null : Ago.between(t.lastUsedAt(), now), t.isActive(),
                BASE + "/" + t.id() + "/thu-hoi");
    }

    private ModelAndView<FormPage> formPage(Actor actor, TokenForm form, FormErrors errors) {
        List<SelectOption> units = unitRegistry.search(actor, "", Pageable.from(0, 1000)).getContent().stream()
                .filter(Unit::active)
                .map(u -> SelectOption.text(u.code(), u.name() + " (" + u.code() + ")", u.code().equals(form.unitCode())))
                .toList();
        List<SelectOption> roles = Arrays.stream(Role.values()).filter(r -> r != Role.KIOSK)
                .map(r -> SelectOption.key(r.name(), "web.role." + r.name(), r.name().equals(form.role()))).toList();
        return new ModelAndView<>("admin/tokens/form", new FormPage(BASE + "/moi", form, errors, roles, units, BASE));
    }

    private static Optional<Role> role(String value) {
        return Arrays.stream(Role.values()).filter(r -> r != Role.KIOSK && r.name().equals(value)).findFirst();
    }

    /** The tokens list. */
    @Introspected
    record ListPage(List<Row> rows, String newHref) {
    }

    /** One token in the list; {@code lastUsed} is null when it was never used. */
    @Introspected
    record Row(long id, String name, String role, String unitName, String unitCode, @Nullable String createdBy,
               Ago created, @Nullable Ago lastUsed, boolean active, String revokeAction) {
    }

    /** The form to issue a token. */
    @Introspected
    record FormPage(String action, TokenForm form, FormErrors errors, List<SelectOption> roles,
                    List<SelectOption> units, String backHref) {
    }

    /** The issued token, shown once. */
    @Introspected
    record CreatedPage(String name, String role, String unitName, String secret, String backHref) {
    }

    /** The form as posted. */
    @Serdeable
    @Introspected
    record TokenForm(@Nullable String name, @Nullable String role, @Nullable String unitCode,
                     @Nullable String csrfToken) implements CsrfForm {
        static TokenForm empty() {
            return new TokenForm("", Role.INTEGRATION.name(), "", null);
        }
    }

    /** The page in the administration navigation, after users (70). */
    @Factory
    static class Links {
        @Singleton
        @Named("apiTokens")
        NavLink apiTokens() {
            return new NavLink(NavLink.Section.ADMIN, "access.nav.tokens", BASE, Set.of(Role.ADMIN), 75);
        }
    }
}
