package vn.hailong.feedback.web;

import io.micronaut.context.annotation.Factory;
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
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Channel;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.MessageBundle;
import vn.hailong.web.NavLink;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Survey instruments admin (issue 10 §2): every instrument with its dates, one form for the start dates (the ends
 * follow), and per instrument its elements and criteria (read-only) with the criteria each channel asks. Admins
 * of a top unit change, others read.
 */
@Controller(InstrumentsAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class InstrumentsAdminController {

    static final String BASE = "/quan-tri/bo-cau-hoi";
    static final String KIOSKS = "/quan-tri/ki-ot";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Instruments instruments;
    private final FlashMessages flash;
    private final HttpLocaleResolver locales;

    InstrumentsAdminController(Instruments instruments, FlashMessages flash, HttpLocaleResolver locales) {
        this.instruments = instruments;
        this.flash = flash;
        this.locales = locales;
    }

    @Get
    ModelAndView<ListPage> list(HttpRequest<?> request, Authentication authentication) {
        return listPage(request, Actor.of(authentication), null, null, FormErrors.none());
    }

    @Post("/{code}/hieu-luc")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> schedule(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                             @Body DateForm form) {
        Actor actor = Actor.of(authentication);
        Instrument instrument = find(code, false);
        String value = form.from() == null ? "" : form.from().strip();
        FormErrors errors;
        try {
            Map<String, LocalDate> start = new HashMap<>();
            start.put(instrument.code(), value.isEmpty() ? null : LocalDate.parse(value));
            instruments.schedule(actor, start);
            flash.success(request, "instruments.flash.scheduled", instrument.name());
            return HttpResponse.seeOther(URI.create(BASE + "#hieu-luc"));
        } catch (DateTimeParseException e) {
            errors = FormErrors.key("from-" + instrument.code(), "instruments.error.date");
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.FORBIDDEN || e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            // the rules name the instrument whose date is at fault; this form shows them at the date posted
            errors = FormErrors.key("from-" + instrument.code(), e.key(), e.problems().get(0).arguments());
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(listPage(request, actor, instrument.code(), value, errors));
    }

    @Get("/{code}")
    ModelAndView<DetailPage> detail(HttpRequest<?> request, Authentication authentication, @PathVariable String code) {
        Actor actor = Actor.of(authentication);
        Instrument instrument = find(code, english(request));
        return new ModelAndView<>("admin/instruments/detail", detailPage(actor, instrument));
    }

    @Post("/{code}/cau-hoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> chooseQuestions(HttpRequest<?> request, Authentication authentication, @PathVariable String code,
                                    @Body QuestionsForm form) {
        Actor actor = Actor.of(authentication);
        Instrument instrument = find(code, false);
        if (!instruments.mayChange(actor)) {
            throw RuleViolation.forbidden("instruments.error.provinceOnly");
        }
        try {
            // the three lists in one transaction: all saved or none
            instruments.chooseQuestionLists(instrument.code(), Map.of(Channel.KIOSK, form.kioskCodes(),
                    Channel.WEB, form.webCodes(), Channel.SMS, form.smsCodes()));
            flash.success(request, "instruments.flash.questionsSaved", instrument.name());
        } catch (RuleViolation e) {
            if (e.kind() == RuleViolation.Kind.FORBIDDEN || e.kind() == RuleViolation.Kind.NOT_FOUND) {
                throw e;
            }
            flash.refused(request, "instruments.flash.questionsRefused", e);
        }
        return HttpResponse.seeOther(URI.create(href(instrument.code()) + "#cau-hoi"));
    }

    private Instrument find(String code, boolean english) {
        return instruments.byCode(code, english)
                .orElseThrow(() -> RuleViolation.notFound("instruments.error.unknown", code));
    }

    private ModelAndView<ListPage> listPage(HttpRequest<?> request, Actor actor, @Nullable String postedCode,
                                           @Nullable String postedFrom, FormErrors errors) {
        LocalDate today = instruments.today();
        List<Row> rows = new ArrayList<>();
        for (Instrument i : instruments.all(english(request))) {
            String from = i.effectiveFrom() == null ? "" : i.effectiveFrom().toString();
            if (i.code().equals(postedCode)) {
                from = postedFrom;
            }
            rows.add(new Row(i.code(), i.name(), i.elements().size(), i.allCriteria().size(), shown(i.effectiveFrom()),
                    shown(i.effectiveTo()), i.period().covers(today), "from-" + i.code(), from, href(i.code()),
                    href(i.code()) + "/hieu-luc"));
        }
        return new ModelAndView<>("admin/instruments/list", new ListPage(rows, instruments.mayChange(actor), errors,
                KIOSKS));
    }

    private DetailPage detailPage(Actor actor, Instrument instrument) {
        List<String> kiosk = instruments.questionCodes(instrument.code(), Channel.KIOSK, null);
        List<String> web = instruments.questionCodes(instrument.code(), Channel.WEB, null);
        List<String> sms = instruments.questionCodes(instrument.code(), Channel.SMS, null);
        List<SelectOption.Group> groups = instrument.elements().stream()
                .map(e -> new SelectOption.Group(e.name(), e.criteria().stream()
                        .map(c -> SelectOption.text(c.code(), c.code() + " · " + c.text(), false)).toList()))
                .toList();
        List<Slot> kioskSlots = slots("kiosk", Instruments.MAX_KIOSK_QUESTIONS, kiosk, groups);
        List<Slot> smsSlots = slots("sms", Instruments.MAX_SMS_QUESTIONS, sms, groups);
        List<ElementView> elements = instrument.elements().stream()
                .map(e -> new ElementView(e.code(), e.name(), e.position(), e.criteria().stream()
                        .map(c -> new CriterionView(c.code(), c.text(), c.position(), kiosk.contains(c.code()),
                                web.contains(c.code()), sms.contains(c.code()), "web-" + c.code()))
                        .toList()))
                .toList();
        return new DetailPage(instrument.code(), instrument.name(), shown(instrument.effectiveFrom()),
                shown(instrument.effectiveTo()), instrument.period().covers(instruments.today()),
                instruments.mayChange(actor), elements, kioskSlots, smsSlots, Instruments.MAX_KIOSK_QUESTIONS,
                Instruments.MAX_SMS_QUESTIONS, href(instrument.code()) + "/cau-hoi", KIOSKS, BASE);
    }

    private static List<Slot> slots(String prefix, int count, List<String> chosen, List<SelectOption.Group> groups) {
        List<Slot> slots = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String selected = n <= chosen.size() ? chosen.get(n - 1) : "";
            slots.add(new Slot(prefix + n, n, groups.stream().map(g -> new SelectOption.Group(g.label(),
                    g.options().stream().map(o -> SelectOption.text(o.value(), o.label(), o.value().equals(selected)))
                            .toList())).toList()));
        }
        return slots;
    }

    private static String href(String code) {
        return BASE + "/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private static @Nullable String shown(@Nullable LocalDate date) {
        return date == null ? null : SHOWN.format(date);
    }

    private boolean english(HttpRequest<?> request) {
        return "en".equals(locales.resolveOrDefault(request).getLanguage());
    }

    /** The instruments list with the dates form ({@code editable}: the admin may change it). */
    @Introspected
    record ListPage(List<Row> rows, boolean editable, FormErrors errors, String kiosksHref) {
    }

    /** One instrument: its dates as shown, whether in effect today, and its start date form. */
    @Introspected
    record Row(String code, String name, int elements, int criteria, @Nullable String from, @Nullable String to,
               boolean inEffect, String field, String fromValue, String href, String dateAction) {
    }

    @Introspected
    record DetailPage(String code, String name, @Nullable String from, @Nullable String to, boolean inEffect,
                      boolean editable, List<ElementView> elements, List<Slot> kioskSlots, List<Slot> smsSlots,
                      int maxKiosk, int maxSms, String action, String kiosksHref, String backHref) {
    }

    @Introspected
    record ElementView(String code, String name, int position, List<CriterionView> criteria) {
    }

    /** A criterion, read-only, with the channels that ask it; {@code webField}: its checkbox's id. */
    @Introspected
    record CriterionView(String code, String text, int position, boolean kiosk, boolean web, boolean sms,
                         String webField) {
    }

    /** One ordered question slot (a select of the instrument's criteria by element). */
    @Introspected
    record Slot(String name, int number, List<SelectOption.Group> groups) {
    }

    /** One instrument's start date as posted (blank: not in use). */
    @Serdeable
    @Introspected
    record DateForm(@Nullable String from, @Nullable String csrfToken) implements CsrfForm {
    }

    /** The channel lists as posted: three kiosk slots, the ticked web criteria, one SMS slot. */
    @Serdeable
    @Introspected
    record QuestionsForm(@Nullable String kiosk1, @Nullable String kiosk2, @Nullable String kiosk3,
                         @Nullable List<String> web, @Nullable String sms1, @Nullable String csrfToken)
            implements CsrfForm {
        List<String> kioskCodes() {
            return Stream.of(kiosk1, kiosk2, kiosk3).filter(c -> c != null && !c.isBlank()).toList();
        }

        List<String> webCodes() {
            return web == null ? List.of() : web;
        }

        List<String> smsCodes() {
            return Stream.of(sms1).filter(c -> c != null && !c.isBlank()).toList();
        }
    }

    /** The page in the admin navigation and index, and the bundle {@code i18n/instruments*.properties}. */
    @Factory
    static class Setup {
        @Singleton
        @Named("instrumentsAdmin")
        NavLink instrumentsLink() {
            return new NavLink(NavLink.Section.ADMIN, "instruments.nav.instruments", BASE, Set.of(Role.ADMIN), 57);
        }

        @Singleton
        @Named("instruments")
        MessageBundle instrumentsMessages() {
            return new MessageBundle("i18n.instruments");
        }
    }
}
