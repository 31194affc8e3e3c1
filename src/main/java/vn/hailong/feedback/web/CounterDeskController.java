package vn.hailong.feedback.web;

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
import vn.hailong.feedback.CounterTransactions;
import vn.hailong.feedback.CounterTransactionStore;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.Ago;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The counter page (issue 4 §4): the officer presses "Mời công dân tiếp theo" when the next citizen sits down, so
 * that the kiosk's rating binds to that citizen; the page shows the citizen served now and whether they rated.
 * The same use case as {@code POST /api/v1/counters/{code}/transactions}. One-stop officers (within their centre),
 * managers and admins within scope. The page refreshes its status part itself ({@code /static/desk.js}).
 */
@Controller(CounterDeskController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
// the one-stop officer at the counter, and the managers and admins who may stand in (issue 7.5)
@Secured({"OFFICER", "UNIT_MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class CounterDeskController {

    static final String BASE = "/quay";
    static final java.util.Set<Role> ROLES = java.util.Set.of(Role.OFFICER, Role.UNIT_MANAGER, Role.ADMIN);
    private static final int RECENT = 8;

    private final CounterTransactions transactions;
    private final FlashMessages flash;
    private final Clock clock;

    CounterDeskController(CounterTransactions transactions, FlashMessages flash, Clock clock) {
        this.transactions = transactions;
        this.flash = flash;
        this.clock = clock;
    }

    @Get
    ModelAndView<CountersPage> counters(Authentication authentication) {
        List<CounterLink> counters = transactions.countersInScope(Actor.of(authentication)).stream()
                .map(c -> new CounterLink(c.code(), c.name(), c.unitName(), c.active(), href(c.code())))
                .toList();
        return new ModelAndView<>("counters/list", new CountersPage(counters));
    }

    @Get("/{code}")
    ModelAndView<DeskPage> desk(Authentication authentication, @PathVariable String code) {
        return deskPage(Actor.of(authentication), code, NextForm.empty(), FormErrors.none());
    }

    @Post("/{code}/tiep-theo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> next(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                         @Body NextForm form) {
        Actor actor = Actor.of(authentication);
        try {
            CounterTransactions.Opened opened = transactions.callNext(actor, code, form.ticket(), form.dossierCode());
            flash.success(request, "feedback.desk.flash.called", opened.ticket());
            return HttpResponse.seeOther(URI.create(href(code)));
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(deskPage(actor, code, form,
                    FormErrors.of(e)));
        }
    }

    private ModelAndView<DeskPage> deskPage(Actor actor, String code, NextForm form, FormErrors errors) {
        CounterTransactions.Desk desk = transactions.desk(actor, code, RECENT);
        Instant now = clock.instant();
        List<Served> served = desk.recent().stream().map(t -> served(t, now, desk)).toList();
        return new ModelAndView<>("counters/desk", new DeskPage(desk.counterCode(), desk.counterName(), desk.unitName(),
                desk.active(), served.isEmpty() ? null : served.get(0), served.size() > 1 ? served.subList(1, served.size())
                : List.of(), desk.bindingWindow().toMinutes(), href(code), href(code) + "/tiep-theo", BASE, form, errors));
    }

    private static Served served(CounterTransactionStore.TransactionRow t, Instant now, CounterTransactions.Desk desk) {
        boolean open = t.ratingId() == null && !t.openedAt().plus(desk.bindingWindow()).isBefore(now);
        return new Served(Long.toString(t.id()), t.ticket(), t.dossierCode(), Ago.between(t.openedAt(), now),
                t.ratingScore() != null, t.extraRatings(), open);
    }

    private static String href(String counterCode) {
        return BASE + "/" + URLEncoder.encode(counterCode, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The counters the user may serve at. */
    @Introspected
    record CountersPage(List<CounterLink> counters) {
    }

    /** One counter to pick. */
    @Introspected
    record CounterLink(String code, String name, String unitName, boolean active, String href) {
    }

    /**
     * The counter page: the citizen served now ({@code current}, null before the first), the ones before, and the
     * minutes after "next citizen" during which a kiosk rating still binds.
     */
    @Introspected
    record DeskPage(String counterCode, String counterName, String unitName, boolean active, @Nullable Served current,
                    List<Served> earlier, long windowMinutes, String href, String action, String backHref,
                    NextForm form, FormErrors errors) {
        public FormErrors.Message error(String field) {
            return errors.get(field);
        }
    }

    /**
     * A served citizen: {@code rated} whether they rated (never the score: the citizen may still stand at the
     * counter, issue 7.6), {@code extraRatings} the further ratings of the same citizen that were flagged,
     * {@code waiting} whether a kiosk rating would still bind now.
     */
    @Introspected
    record Served(String id, String ticket, @Nullable String dossierCode, Ago openedAgo, boolean rated,
                  int extraRatings, boolean waiting) {
    }

    /** The "next citizen" form: both fields optional. */
    @Serdeable
    @Introspected
    record NextForm(@Nullable String ticket, @Nullable String dossierCode, @Nullable String csrfToken) implements CsrfForm {
        static NextForm empty() {
            return new NextForm("", "", null);
        }
    }
}
