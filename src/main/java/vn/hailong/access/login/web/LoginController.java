package vn.hailong.access.login.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.access.login.SigningIn;
import vn.hailong.access.login.web.StaffSessions;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;
import vn.hailong.web.limits.RequestLimits;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** The sign-in form at {@code /dang-nhap} and sign-out at {@code /dang-xuat}. */
@Controller
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final SigningIn signingIn;
    private final StaffSessions staffSessions;
    private final RequestLimits limits;
    private final FlashMessages flash;
    private final Clock clock;
    private final java.util.List<vn.hailong.web.StartPage> startPages;

    LoginController(SigningIn signingIn, StaffSessions staffSessions, RequestLimits limits,
                    FlashMessages flash, Clock clock, java.util.List<vn.hailong.web.StartPage> startPages) {
        this.startPages = java.util.List.copyOf(startPages);
        this.signingIn = signingIn;
        this.flash = flash;
        this.staffSessions = staffSessions;
        this.limits = limits;
        this.clock = clock;
    }

    @Get("/dang-nhap")
    HttpResponse<?> form(@Nullable Authentication authentication) {
        if (authentication != null) {
            return HttpResponse.seeOther(URI.create("/"));
        }
        return HttpResponse.ok(new ModelAndView<>("access/login", LoginPage.empty()));
    }

    @Post("/dang-nhap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body LoginForm form) {
        // our own resolver: X-Forwarded-For counts only behind our proxy (hailong.abuse.behind-proxy), and then
        // only the entry that proxy appended, so a client cannot pick the address its failures count against
        String address = limits.clientAddress(request);
        SigningIn.Outcome outcome = signingIn.signIn(form.username(), form.password(), address == null ? "" : address);
        if (outcome instanceof SigningIn.SignedIn signedIn) {
            staffSessions.signIn(request, signedIn.user());
            // a manager lands on the dashboard (a feature's StartPage), everyone else on the home page
            return HttpResponse.seeOther(URI.create(vn.hailong.web.StartPage.of(startPages, signedIn.user().role())));
        }
        if (outcome instanceof SigningIn.Throttled throttled) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), throttled.until()).toSeconds() + 59) / 60);
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ModelAndView<>("access/login",
                    new LoginPage(nullToEmpty(form.username()), "access.login.throttled", minutes)));
        }
        if (outcome instanceof SigningIn.Busy busy) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfter().toSeconds()))
                    .body(new ModelAndView<>("access/login",
                            new LoginPage(nullToEmpty(form.username()), "access.login.busy", 0)));
        }
        return HttpResponse.ok(new ModelAndView<>("access/login",
                new LoginPage(nullToEmpty(form.username()), "access.login.refused", 0)));
    }

    @Post("/dang-xuat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Nullable @Body TokenOnlyForm form) {
        staffSessions.signOut(request);
        flash.success(request, "access.logout.done", null);
        return HttpResponse.seeOther(URI.create("/dang-nhap"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The sign-in form as posted. */
    @Serdeable
    record LoginForm(@Nullable String username, @Nullable String password, @Nullable String csrfToken)
            implements CsrfForm {
    }

    /**
     * The sign-in page: the username typed (never the password), and what went wrong, if anything.
     *
     * @param errorKey     message key of the error, or null
     * @param waitMinutes  for a throttled sign-in, how long to wait
     */
    @Introspected
    record LoginPage(String username, @Nullable String errorKey, long waitMinutes) {
        static LoginPage empty() {
            return new LoginPage("", null, 0);
        }
    }
}
