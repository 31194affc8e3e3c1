package vn.hailong.kiosk.web;

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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.feedback.Instrument;
import vn.hailong.kiosk.Connection;
import vn.hailong.kiosk.Kiosk;
import vn.hailong.kiosk.KioskDraft;
import vn.hailong.kiosk.KioskOverview;
import vn.hailong.kiosk.KioskPairing;
import vn.hailong.kiosk.KioskQuestions;
import vn.hailong.kiosk.KioskRegistry;
import vn.hailong.kiosk.RegisteredKiosk;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.Ago;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Kiosks admin (issue 4 §2): the kiosks in scope with their last contact and pending count, create a kiosk and
 * show its one-time pairing code, re-pair, switch off/on, and choose the follow-up questions. ADMIN only.
 */
@Controller(KioskAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class KioskAdminController {

    static final String BASE = "/quan-tri/ki-ot";
    static final String DEFAULT_QUESTIONS = BASE + "/cau-hoi";

    private final KioskRegistry registry;
    private final KioskOverview overview;
    private final KioskPairing pairing;
    private final KioskQuestions questions;
    private final FlashMessages flash;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    KioskAdminController(KioskRegistry registry, KioskOverview overview, KioskPairing pairing,
                         KioskQuestions questions, FlashMessages flash, HttpLocaleResolver locales, Clock clock) {
        this.registry = registry;
        this.overview = overview;
        this.pairing = pairing;
        this.questions = questions;
        this.flash = flash;
        this.locales = locales;
        this.clock = clock;
    }

    @Get
    ModelAndView<ListPage> list(Authentication authentication) {
        Instant now = clock.instant();
        List<Row> rows = overview.list(Actor.of(authentication)).stream().map(l -> row(l, now)).toList();
        long lost = rows.stream().filter(r -> r.connection().equals(Connection.LOST.name())).count();
        return new ModelAndView<>("admin/kiosks/list", new ListPage(rows, lost, overview.offlineAfter().toMinutes(),
                BASE + "/moi", DEFAULT_QUESTIONS));
    }

    @Get("/moi")
    ModelAndView<FormPage> newForm(Authentication authentication) {
        return formPage(Actor.of(authentication), KioskForm.empty(), FormErrors.none());
    }

    @Post("/moi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body KioskForm form) {
        Actor actor = Actor.of(authentication);
        RegisteredKiosk registered;
        try {
            registered = registry.register(actor, new KioskDraft(form.code(), form.name(), form.unitCode(),
                    blankToNull(form.counterCode()), blankToNull(form.officerCode())));
        } catch (RuleViolation e) {
            // a unit outside the admin's scope is a wrong choice in the unit list, so it is shown there
            FormErrors errors = e.kind() == RuleViolation.Kind.FORBIDDEN
                    ? FormErrors.key("unitCode", e.key(), e.problems().get(0).arguments()) : FormErrors.of(e);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(formPage(actor, form, errors));
        }
        // the token made with the kiosk is never shown here: the device gets its own by pairing
        KioskPairing.PairingCode code = pairing.reissue(actor, registered.kiosk().id());
        return HttpResponse.ok(pairingPage(registered.kiosk(), code, true));
    }

    @Get("/{id}")
    ModelAndView<DetailPage> detail(HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
        Actor actor = Actor.of(authentication);
        KioskOverview.Listed listed = overview.one(actor, id);
        KioskQuestions.Choice choice = questions.forKiosk(actor, id, english(request));
        return new ModelAndView<>("admin/kiosks/detail", new DetailPage(row(listed, clock.instant()),
                questionsForm(choice, choice.ownCodes()), labels(choice.instrument(), choice.defaultCodes()),
                BASE + "/" + id, BASE));
    }

    @Post("/{id}/ket-noi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> repair(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                           @Nullable @Body TokenOnlyForm form) {
        Actor actor = Actor.of(authentication);
        Kiosk kiosk = registry.find(actor, id);
        if (!kiosk.active()) {
            flash.error(request, "kioskadmin.flash.inactive", kiosk.code());
            return HttpResponse.seeOther(URI.create(BASE + "/" + id));
        }
        return HttpResponse.ok(pairingPage(kiosk, pairing.reissue(actor, id), false));
    }

    @Post("/{id}/tat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Kiosk kiosk = registry.setActive(Actor.of(authentication), id, false);
        flash.success(request, "kioskadmin.flash.deactivated", kiosk.code());
        return HttpResponse.seeOther(URI.create(BASE + "/" + id));
    }

    @Post("/{id}/bat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reactivate(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                               @Nullable @Body TokenOnlyForm form) {
        Kiosk kiosk = registry.setActive(Actor.of(authentication), id, true);
        flash.success(request, "kioskadmin.flash.reactivated", kiosk.code());
        return HttpResponse.seeOther(URI.create(BASE + "/" + id));
    }

    @Post("/{id}/cau-hoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> chooseForKiosk(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                   @Body QuestionsForm form) {
        Kiosk kiosk = registry.find(Actor.of(authentication), id);
        try {
            questions.chooseForKiosk(Actor.of(authentication), id, form.codes());
            flash.success(request, form.codes().isEmpty() ? "kioskadmin.flash.questionsDefault"
                    : "kioskadmin.flash.questionsSaved", kiosk.code());
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            flash.error(request, "kioskadmin.error.questions", null);
        }
        return HttpResponse.seeOther(URI.create(BASE + "/" + id + "#cau-hoi"));
    }

    @Get("/cau-hoi")
    ModelAndView<DefaultQuestionsPage> defaultQuestions(HttpRequest<?> request, Authentication authentication) {
        KioskQuestions.Choice choice = questions.forDefault(english(request));
        return new ModelAndView<>("admin/kiosks/questions", new DefaultQuestionsPage(
                questionsForm(choice, choice.defaultCodes()), questions.mayChangeDefault(Actor.of(authentication)),
                DEFAULT_QUESTIONS, BASE));
    }

    @Post("/cau-hoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> chooseDefault(HttpRequest<?> request, Authentication authentication, @Body QuestionsForm form) {
        try {
            questions.chooseDefault(Actor.of(authentication), form.codes());
            flash.success(request, "kioskadmin.flash.defaultSaved", null);
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.FORBIDDEN) {
                throw e;
            }
            flash.error(request, "kioskadmin.error.questions", null);
        }
        return HttpResponse.seeOther(URI.create(DEFAULT_QUESTIONS));
    }

    private ModelAndView<PairingPage> pairingPage(Kiosk kiosk, KioskPairing.PairingCode code, boolean created) {
        String spaced = code.code().substring(0, 4) + " " + code.code().substring(4);
        long minutes = Math.max(1, java.time.Duration.between(clock.instant(), code.expiresAt()).toMinutes());
        return new ModelAndView<>("admin/kiosks/pairing", new PairingPage(created, kiosk.code(), kiosk.name(),
                code.code(), spaced, code.link(), Ago.local(code.expiresAt()), code.expiresAt().toString(), minutes,
                BASE + "/" + kiosk.id(), BASE));
    }

    private Row row(KioskOverview.Listed l, Instant now) {
        Kiosk k = l.kiosk();
        return new Row(k.id(), k.code(), k.name(), l.unitName(), l.counterCode(), l.counterName(), l.officerName(),
                k.lastSeenAt() == null ? null : Ago.between(k.lastSeenAt(), now), k.pendingCount(), k.active(),
                l.connection().name(), l.sharedToken(), l.flagRate().total(), l.flagRate().flagged(),
                l.flagRate().percent(), BASE + "/" + k.id());
    }

    private ModelAndView<FormPage> formPage(Actor actor, KioskForm form, FormErrors errors) {
        KioskOverview.Choices choices = overview.choices(actor);
        List<Option> units = choices.units().stream()
                .map(u -> new Option(u.code(), u.name() + " (" + u.code() + ")", u.code().equals(form.unitCode())))
                .toList();
        List<Option> counters = choices.counters().stream()
                .map(c -> new Option(c.code(), c.name() + " — " + choices.unitNames().get(c.unitId()),
                        c.code().equals(form.counterCode())))
                .toList();
        List<Option> officers = choices.officers().stream()
                .map(o -> new Option(o.code(), o.fullName() + " — " + choices.unitNames().get(o.unitId()),
                        o.code().equals(form.officerCode())))
                .toList();
        return new ModelAndView<>("admin/kiosks/form", new FormPage(BASE + "/moi", form, errors, units, counters,
                officers, BASE));
    }

    private static QuestionsView questionsForm(KioskQuestions.Choice choice, List<String> selected) {
        List<QuestionGroup> groups = choice.instrument().elements().stream()
                .map(e -> new QuestionGroup(e.name(), e.criteria().stream()
                        .map(c -> new Option(c.code(), c.code() + " · " + c.text(), false)).toList()))
                .toList();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(new Slot("q" + (i + 1), i + 1, i < selected.size() ? selected.get(i) : ""));
        }
        return new QuestionsView(choice.instrument().name(), groups, slots, labels(choice.instrument(), selected));
    }

    private static List<String> labels(Instrument instrument, List<String> codes) {
        Map<String, String> texts = new LinkedHashMap<>();
        instrument.elements().forEach(e -> e.criteria().forEach(c -> texts.put(c.code(), c.text())));
        return codes.stream().map(c -> c + " · " + texts.getOrDefault(c, "")).toList();
    }

    private boolean english(HttpRequest<?> request) {
        return "en".equals(locales.resolveOrDefault(request).getLanguage());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The kiosks list; {@code lost} counts kiosks silent during office hours. */
    @Introspected
    record ListPage(List<Row> rows, long lost, long offlineAfterMinutes, String newHref, String questionsHref) {
    }

    /**
     * One kiosk as the list and the detail page show it; {@code lastContact} is null when it never reported,
     * {@code flaggedPct} when it sent no rating in the last 30 days.
     */
    @Introspected
    record Row(long id, String code, String name, String unitName, @Nullable String counterCode,
               @Nullable String counterName, @Nullable String officerName, @Nullable Ago lastContact, int pendingCount,
               boolean active, String connection, boolean sharedToken, long ratings30d, long flagged30d, @Nullable Double flaggedPct,
               String href) {
    }

    /** The create form with the messages of the last submit by field. */
    @Introspected
    record FormPage(String action, KioskForm form, FormErrors errors, List<Option> units,
                    List<Option> counters, List<Option> officers, String backHref) {
        public FormErrors.Message error(String field) {
            return errors.get(field);
        }
    }

    /** A choice in a select: value, label and whether it is selected. */
    @Introspected
    record Option(String value, String label, boolean selected) {
    }

    /** One kiosk with its questions. */
    @Introspected
    record DetailPage(Row kiosk, QuestionsView questions, List<String> defaultLabels, String action, String backHref) {
    }

    /** The one-time pairing code, shown large. */
    @Introspected
    record PairingPage(boolean created, String kioskCode, String kioskName, String code, String spacedCode,
                       String link, String expiresLocal, String expiresIso, long minutes, String kioskHref,
                       String backHref) {
    }

    /** The question choice: the criteria by element and three ordered slots. */
    @Introspected
    record QuestionsView(String instrumentName, List<QuestionGroup> groups, List<Slot> slots, List<String> labels) {
    }

    /** The criteria of one SIPAS element. */
    @Introspected
    record QuestionGroup(String name, List<Option> criteria) {
    }

    /** One of the three question slots with the criterion chosen for it ("" for none). */
    @Introspected
    record Slot(String name, int number, String selected) {
    }

    /** The default list page; {@code editable} is false for admins below the top unit. */
    @Introspected
    record DefaultQuestionsPage(QuestionsView questions, boolean editable, String action, String backHref) {
    }

    /** The kiosk form as posted. */
    @Serdeable
    @Introspected
    record KioskForm(@Nullable String code, @Nullable String name, @Nullable String unitCode,
                     @Nullable String counterCode, @Nullable String officerCode,
                     @Nullable String csrfToken) implements CsrfForm {
        static KioskForm empty() {
            return new KioskForm("", "", "", "", "", null);
        }
    }

    /** The three question slots as posted, in order; empty slots are skipped. */
    @Serdeable
    @Introspected
    record QuestionsForm(@Nullable String q1, @Nullable String q2, @Nullable String q3,
                         @Nullable String csrfToken) implements CsrfForm {
        List<String> codes() {
            return Stream.of(q1, q2, q3).filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        }
    }
}
