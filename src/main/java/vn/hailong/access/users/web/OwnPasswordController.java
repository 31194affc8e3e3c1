package vn.hailong.access.users.web;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.access.login.web.StaffSessions;
import vn.hailong.access.users.OwnPassword;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;

/** "Đổi mật khẩu": every staff user changes their own password; linked from the header. */
@Controller(OwnPasswordController.PATH)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER", "HANDLER", "OFFICER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class OwnPasswordController {

    static final String PATH = "/tai-khoan/mat-khau";

    private final OwnPassword ownPassword;
    private final StaffSessions staffSessions;
    private final FlashMessages flash;

    OwnPasswordController(OwnPassword ownPassword, StaffSessions staffSessions, FlashMessages flash) {
        this.ownPassword = ownPassword;
        this.staffSessions = staffSessions;
        this.flash = flash;
    }

    @Get
    ModelAndView<PasswordForm> form() {
        return new ModelAndView<>("access/password", new PasswordForm(PATH, FormErrors.none()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, @Body ChangeForm form) {
        Actor actor = Actor.of(authentication);
        try {
            ownPassword.change(actor, form.currentPassword(), form.newPassword(), form.repeatPassword());
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            // passwords are never sent back into the page
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("access/password",
                    new PasswordForm(PATH, FormErrors.of(e))));
        }
        staffSessions.keepCurrent(request, actor.id());
        flash.success(request, "access.password.flash.changed", null);
        return HttpResponse.seeOther(URI.create("/"));
    }

    /** The page: where it posts and what went wrong, by field. */
    @Introspected
    record PasswordForm(String action, FormErrors errors) {
        public FormErrors.Message error(String field) {
            return errors.get(field);
        }
    }

    /** The form as posted. */
    @Serdeable
    @Introspected
    record ChangeForm(@Nullable String currentPassword, @Nullable String newPassword, @Nullable String repeatPassword,
                      @Nullable String csrfToken) implements CsrfForm {
    }
}
