package vn.hailong.sms.web;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.organisation.persistence.Units;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.security.Role;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.sms.AlertPhones;
import vn.hailong.sms.LinkTokens;
import vn.hailong.sms.OptOutList;
import vn.hailong.sms.OutboxState;
import vn.hailong.sms.OutboxStore;
import vn.hailong.sms.SmsAdmin;
import vn.hailong.sms.SmsPurpose;
import vn.hailong.web.FlashMessages;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;
import vn.hailong.web.csrf.CsrfForm;
import vn.hailong.web.csrf.CsrfProtected;
import vn.hailong.web.csrf.TokenOnlyForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SMS messages {@code /quan-tri/tin-nhan}: each with its state, purpose, masked number, text, attempts, error
 * and times, filtered by state, purpose and day, paged; managers see their subtree's. Admins also keep the opt-out
 * list and the units' alert phones (escalation notices) here.
 */
@Controller(MessagesAdminController.BASE)
@CsrfProtected
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "UNIT_MANAGER", "PROVINCE_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class MessagesAdminController {

    static final String BASE = "/quan-tri/tin-nhan";
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockFactory.VIETNAM);

    private final SmsAdmin admin;
    private final Units units;
    private final UnitScope scope;
    private final FlashMessages flash;

    MessagesAdminController(SmsAdmin admin, Units units, UnitScope scope, FlashMessages flash) {
        this.admin = admin;
        this.units = units;
        this.scope = scope;
        this.flash = flash;
    }

    @Get
    ModelAndView<Page> list(Authentication authentication, @Nullable @QueryValue("trangThai") String state,
                            @Nullable @QueryValue("mucDich") String purpose, @Nullable @QueryValue("tuNgay") String from,
                            @Nullable @QueryValue("denNgay") String until, @Nullable @QueryValue("trang") String page) {
        return new ModelAndView<>("sms/messages/list", page(Actor.of(authentication),
                new Query(state, purpose, from, until, page), FormErrors.none(), new AlertForm(null, "", "", null), ""));
    }

    @Post("/tu-choi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("ADMIN")
    HttpResponse<?> optOut(HttpRequest<?> request, Authentication authentication, @Body OptOutForm f) {
        Actor actor = Actor.of(authentication);
        try {
            boolean added = admin.optOut(actor, f.number());
            flash.success(request, added ? "sms.optOuts.flash.added" : "sms.optOuts.flash.already", null);
            return HttpResponse.seeOther(URI.create(BASE + "#tu-choi"));
        } catch (RuleViolation e) {
            if (e.kind() != RuleViolation.Kind.INVALID) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("sms/messages/list",
                    page(actor, Query.none(), FormErrors.of(e), new AlertForm(null, "", "", null),
                            f.number() == null ? "" : f.number())));
        }
    }

    @Post("/tu-choi/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("ADMIN")
    HttpResponse<?> optIn(HttpRequest<?> request, Authentication authentication, @Body OptInForm f) {
        admin.optIn(Actor.of(authentication), f.phoneIndex());
        flash.success(request, "sms.optOuts.flash.removed", null);
        return HttpResponse.seeOther(URI.create(BASE + "#tu-choi"));
    }

    @Post("/so-canh-bao")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("ADMIN")
    HttpResponse<?> addAlertPhone(HttpRequest<?> request, Authentication authentication, @Body AlertForm f) {
        Actor actor = Actor.of(authentication);
        try {
            Long unitId = f.unitId() == null || f.unitId().isBlank() ? null : Long.valueOf(f.unitId().strip());
            boolean added = admin.addAlertPhone(actor, unitId, f.phone(), f.label());
            flash.success(request, added ? "sms.alerts.flash.added" : "sms.alerts.flash.already", null);
            return HttpResponse.seeOther(URI.create(BASE + "#so-canh-bao"));
        } catch (NumberFormatException | RuleViolation e) {
            RuleViolation v = e instanceof RuleViolation r ? r : RuleViolation.invalid("unitId", "sms.error.alert.unit");
            if (v.kind() != RuleViolation.Kind.INVALID) {
                throw v;
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("sms/messages/list",
                    page(actor, Query.none(), FormErrors.of(v), f, "")));
        }
    }

    @Post("/so-canh-bao/{id}/xoa")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("ADMIN")
    HttpResponse<?> removeAlertPhone(HttpRequest<?> request, Authentication authentication, @PathVariable long id,
                                     @Nullable @Body TokenOnlyForm f) {
        admin.removeAlertPhone(Actor.of(authentication), id);
        flash.success(request, "sms.alerts.flash.removed", null);
        return HttpResponse.seeOther(URI.create(BASE + "#so-canh-bao"));
    }

    private Page page(Actor actor, Query q, FormErrors errors, AlertForm alertForm, String optOutPhone) {
        OutboxState state = parse(OutboxState.class, q.state());
        SmsPurpose purpose = parse(SmsPurpose.class, q.purpose());
        LocalDate from = date(q.from());
        LocalDate until = date(q.until());
        ZoneId zone = ClockFactory.VIETNAM;
        OutboxStore.Filter filter = new OutboxStore.Filter(state, purpose,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), null);
        int number = Math.min(Pager.requested(q.page()), 100_000);
        OutboxStore.Page shown = admin.messages(actor, filter, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        int totalPages = (int) Math.max(1, (shown.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (number > totalPages) {
            number = totalPages;
            shown = admin.messages(actor, filter, (number - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        List<Unit> unitList = units.findSubtree(scope.subtreePrefix(actor));
        Map<Long, String> unitNames = unitList.stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        List<Row> rows = shown.rows().stream().map(m -> row(m, unitNames)).toList();

        String search = search(q);
        Pager pager = new Pager(number, totalPages,
                number > 1 ? BASE + "?" + search + "trang=" + (number - 1) : null,
                number < totalPages ? BASE + "?" + search + "trang=" + (number + 1) : null);
        List<SelectOption> states = Arrays.stream(OutboxState.values()).map(s -> SelectOption.key(s.name(),
                "sms.state." + s.name(), s == state)).toList();
        List<SelectOption> purposes = Arrays.stream(SmsPurpose.values()).map(p -> SelectOption.key(p.name(),
                "sms.purpose." + p.name(), p == purpose)).toList();

        boolean isAdmin = actor.hasRole(Role.ADMIN);
        List<OptOutRow> optOuts = isAdmin ? admin.optOuts(actor, 100).stream().map(MessagesAdminController::optOutRow)
                .toList() : List.of();
        long optOutCount = isAdmin ? admin.optOutCount(actor) : 0;
        List<AlertRow> alerts = isAdmin ? admin.alertPhones(actor).stream()
                .map(a -> new AlertRow(a.id(), unitNames.getOrDefault(a.unitId(), String.valueOf(a.unitId())),
                        a.phone().masked(), a.label(), BASE + "/so-canh-bao/" + a.id() + "/xoa")).toList() : List.of();
        String chosenUnit = alertForm.unitId() == null ? "" : alertForm.unitId();
        List<SelectOption> unitOptions = unitList.stream().map(u -> SelectOption.text(String.valueOf(u.id()), u.name(),
                String.valueOf(u.id()).equals(chosenUnit))).toList();
        return new Page(rows, shown.total(), pager, states, purposes, q.from() == null ? "" : q.from(),
                q.until() == null ? "" : q.until(), isAdmin, optOuts, optOutCount, optOutPhone, alerts, unitOptions,
                alertForm, errors);
    }

    private static Row row(OutboxStore.Listed m, Map<Long, String> unitNames) {
        return new Row(m.id(), m.state().name(), m.purpose().name(), m.to().masked(),
                m.unitId() == null ? null : unitNames.getOrDefault(m.unitId(), String.valueOf(m.unitId())),
                LinkTokens.masked(m.body()),
                m.attempts(), m.errorCode(), m.errorMessage(), m.deliveryStatus(), shown(m.createdAt()),
                m.state() == OutboxState.QUEUED ? shown(m.nextAttemptAt()) : null, shown(m.sentAt()));
    }

    private static OptOutRow optOutRow(OptOutList.Entry e) {
        return new OptOutRow(e.phoneIndex(), e.phone().masked(), shown(e.optedOutAt()), e.source());
    }

    private static @Nullable String shown(@Nullable Instant at) {
        return at == null ? null : SHOWN.format(at);
    }

    private static String search(Query q) {
        StringBuilder s = new StringBuilder();
        Function<String, String> enc = v -> URLEncoder.encode(v, StandardCharsets.UTF_8);
        if (q.state() != null && !q.state().isBlank()) {
            s.append("trangThai=").append(enc.apply(q.state())).append('&');
        }
        if (q.purpose() != null && !q.purpose().isBlank()) {
            s.append("mucDich=").append(enc.apply(q.purpose())).append('&');
        }
        if (q.from() != null && !q.from().isBlank()) {
            s.append("tuNgay=").append(enc.apply(q.from())).append('&');
        }
        if (q.until() != null && !q.until().isBlank()) {
            s.append("denNgay=").append(enc.apply(q.until())).append('&');
        }
        return s.toString();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    record Query(@Nullable String state, @Nullable String purpose, @Nullable String from, @Nullable String until,
                 @Nullable String page) {
        static Query none() {
            return new Query(null, null, null, null, null);
        }
    }

    @Introspected
    record Page(List<Row> rows, long total, Pager pager, List<SelectOption> stateOptions,
                List<SelectOption> purposeOptions, String from, String until, boolean admin, List<OptOutRow> optOuts,
                long optOutCount, String optOutPhone, List<AlertRow> alerts, List<SelectOption> unitOptions,
                AlertForm alertForm, FormErrors errors) {
    }

    @Introspected
    record Row(long id, String state, String purpose, String to, @Nullable String unitName, @Nullable String body,
               int attempts, @Nullable String errorCode, @Nullable String errorMessage, @Nullable String deliveryStatus,
               String createdAt, @Nullable String nextAttemptAt, @Nullable String sentAt) {
    }

    @Introspected
    record OptOutRow(String phoneIndex, String phone, String at, String source) {
    }

    @Introspected
    record AlertRow(long id, String unitName, String phone, String label, String removeAction) {
    }

    @Serdeable
    @Introspected
    record OptOutForm(@Nullable String number, @Nullable String csrfToken) implements CsrfForm {
    }

    @Serdeable
    @Introspected
    record OptInForm(@Nullable String phoneIndex, @Nullable String csrfToken) implements CsrfForm {
    }

    @Serdeable
    @Introspected
    record AlertForm(@Nullable String unitId, @Nullable String phone, @Nullable String label,
                     @Nullable String csrfToken) implements CsrfForm {
    }
}
