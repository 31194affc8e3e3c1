package vn.hailong.dossiers.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import vn.hailong.dossiers.Dossier;
import vn.hailong.dossiers.apology.Apologies;
import vn.hailong.shared.qr.QrCodes;
import vn.hailong.dossiers.DossierList;
import vn.hailong.dossiers.DossierState;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitRegistry;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.FormErrors;
import vn.hailong.web.Pager;
import vn.hailong.web.SelectOption;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /quan-tri/ho-so}: the dossiers the one-stop software fed, for admins and managers within their unit subtree,
 * searched by code, unit, procedure, state and received date, newest first; and one dossier's details. Read only:
 * the one-stop software owns the dossiers.
 */
@Controller(DossiersPageController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
class DossiersPageController {

    static final String BASE = "/quan-tri/ho-so";
    private static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ClockFactory.VIETNAM);

    private final DossierList dossiers;
    private final UnitRegistry units;
    private final Apologies apologies;

    DossiersPageController(DossierList dossiers, UnitRegistry units, Apologies apologies) {
        this.dossiers = dossiers;
        this.units = units;
        this.apologies = apologies;
    }

    @Get
    HttpResponse<ModelAndView<ListPage>> list(Authentication authentication, @Nullable @QueryValue String q,
                                              @Nullable @QueryValue String donVi, @Nullable @QueryValue String thuTuc,
                                              @Nullable @QueryValue String trangThai, @Nullable @QueryValue String tu,
                                              @Nullable @QueryValue String den, @Nullable @QueryValue String trang) {
        Actor actor = Actor.of(authentication);
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "q", q);
        put(query, "donVi", donVi);
        put(query, "thuTuc", thuTuc);
        put(query, "trangThai", trangThai);
        put(query, "tu", tu);
        put(query, "den", den);
        FormErrors errors = FormErrors.none();
        DossierState state = state(trangThai);
        LocalDate from = null;
        LocalDate to = null;
        try {
            from = date(tu);
        } catch (DateTimeParseException e) {
            errors = errors.plusKey("tu", "dossiers.list.error.date");
        }
        try {
            to = date(den);
        } catch (DateTimeParseException e) {
            errors = errors.plusKey("den", "dossiers.list.error.date");
        }
        DossierList.Page page = new DossierList.Page(List.of(), 0, 1, 1);
        if (errors.isEmpty()) {
            try {
                page = dossiers.list(actor, new DossierList.Search(q, donVi, thuTuc, state, from, to),
                        Pager.requested(trang), PAGE_SIZE);
            } catch (RuleViolation e) {
                if (e.kind() != RuleViolation.Kind.INVALID) {
                    throw e;
                }
                errors = FormErrors.of(e);
            }
        }
        String base = BASE + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8) + "&")
                .collect(Collectors.joining());
        int n = page.page();
        Pager pager = new Pager(n, page.totalPages(), n > 1 ? base + "trang=" + (n - 1) : null,
                n < page.totalPages() ? base + "trang=" + (n + 1) : null);
        ListPage shown = new ListPage(page.rows().stream().map(DossiersPageController::row).toList(), page.total(),
                pager, q == null ? "" : q.strip(), thuTuc == null ? "" : thuTuc.strip(), tu == null ? "" : tu.strip(),
                den == null ? "" : den.strip(), unitOptions(actor, donVi), stateOptions(state), errors);
        return HttpResponse.status(errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("dossiers/list", shown));
    }

    @Get("/{code}")
    ModelAndView<DetailPage> detail(Authentication authentication, @PathVariable String code) {
        DossierList.Row r = dossiers.detail(Actor.of(authentication), code);
        Dossier d = r.dossier();
        String ratingLink = apologies.ratingLink(d.code());
        return new ModelAndView<>("dossiers/detail", new DetailPage(row(r), BASE,
                d.originalAppointmentAt() == null ? null : SHOWN.format(d.originalAppointmentAt()),
                d.channel(), r.listed().procedureCode(), r.listed().unitCode(), ratingLink,
                QrCodes.dataUri(ratingLink, 240)));
    }

    private static Row row(DossierList.Row r) {
        Dossier d = r.dossier();
        var l = r.listed();
        return new Row(d.code(), BASE + "/" + URLEncoder.encode(d.code(), StandardCharsets.UTF_8).replace("+", "%20"),
                l.procedureName(), l.unitName(), l.officerName(), l.counterName(),
                d.phone() == null ? null : d.phone().masked(), shown(d.receivedAt()), shown(d.appointmentAt()),
                d.appointmentAt().toString(), shown(d.finishedAt()), shown(d.returnedAt()), r.state().name(), r.late(),
                d.rescheduled());
    }

    private static String shown(Instant at) {
        return at == null ? null : SHOWN.format(at);
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.strip());
        }
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static DossierState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DossierState.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<SelectOption> unitOptions(Actor actor, String selected) {
        String chosen = selected == null ? "" : selected.strip();
        List<SelectOption> options = new ArrayList<>();
        options.add(SelectOption.key("", "dossiers.list.allUnits", chosen.isEmpty()));
        units.search(actor, "", Pageable.from(0, 2000)).getContent().stream().filter(Unit::active)
                .forEach(u -> options.add(SelectOption.text(u.code(), u.name() + " (" + u.code() + ")",
                        u.code().equals(chosen))));
        return options;
    }

    private static List<SelectOption> stateOptions(DossierState selected) {
        List<SelectOption> options = new ArrayList<>();
        options.add(SelectOption.key("", "dossiers.list.allStates", selected == null));
        for (DossierState s : DossierState.values()) {
            options.add(SelectOption.key(s.name(), "dossiers.state." + s.name(), s == selected));
        }
        return options;
    }

    /** The list with its search form (the values as typed) and paging. */
    @Introspected
    record ListPage(List<Row> rows, long total, Pager pager, String q, String procedure, String from, String to,
                    List<SelectOption> units, List<SelectOption> states, FormErrors errors) {
    }

    /** One dossier as listed: times in local time, the phone masked; {@code late} marks a late one. */
    @Introspected
    record Row(String code, String href, String procedure, String unit, @Nullable String officer,
               @Nullable String counter, @Nullable String phone, String receivedAt, String appointmentAt,
               String appointmentIso, @Nullable String finishedAt, @Nullable String returnedAt, String state,
               boolean late, boolean rescheduled) {
    }

    @Introspected
    record DetailPage(Row d, String backHref, @Nullable String originalAppointmentAt, @Nullable String channel,
                      String procedureCode, String unitCode, String ratingLink, String ratingQr) {
    }
}
