package vn.hailong.metrics.publicfigures.web;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import vn.hailong.metrics.alerts.Period;
import vn.hailong.metrics.publicfigures.PublicFigures;
import vn.hailong.metrics.publicfigures.PublicReport;
import vn.hailong.metrics.publicfigures.PublicShare;
import vn.hailong.shared.time.ClockFactory;
import vn.hailong.web.SelectOption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * {@code /cong-khai}: the public figures for a period the visitor picks, no sign-in. Cacheable: {@code Cache-Control:
 * public} for {@link #MAX_AGE} seconds with an ETag over what the page shows (a repeat visit answers 304); a
 * signed-in member of staff sees the same figures under the staff header, which no shared cache may keep.
 */
@Controller(PublicFiguresController.BASE)
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicFiguresController {

    static final String BASE = "/cong-khai";
    static final int MAX_AGE = 300;
    static final List<Period.Preset> PERIODS = List.of(Period.Preset.THIS_YEAR, Period.Preset.THIS_QUARTER,
            Period.Preset.LAST_QUARTER, Period.Preset.LAST_MONTH, Period.Preset.LAST_YEAR);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PublicFigures figures;
    private final HttpLocaleResolver locales;
    private final Clock clock;

    PublicFiguresController(PublicFigures figures, HttpLocaleResolver locales,
                            Clock clock) {
        this.figures = figures;
        this.locales = locales;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request, @Nullable Authentication authentication,
                         @Nullable @QueryValue("ky") String period) {
        LocalDate today = LocalDate.now(clock.withZone(ClockFactory.VIETNAM));
        Period.Preset preset = Period.Preset.parse(period).filter(PERIODS::contains).orElse(Period.Preset.THIS_YEAR);
        PublicReport report = figures.report(preset.on(today));
        Locale locale = locales.resolveOrDefault(request);
        PublicPage page = page(report, preset, locale);
        boolean staff = authentication != null;
        if (staff) {
            return HttpResponse.ok(new ModelAndView<>("metrics/public/figures", page))
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        String etag = "\"" + digest(locale.getLanguage() + "|" + page) + "\"";
        MutableHttpResponse<?> response = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH) != null
                && request.getHeaders().get(HttpHeaders.IF_NONE_MATCH).contains(etag)
                ? HttpResponse.notModified()
                : HttpResponse.ok(new ModelAndView<>("metrics/public/figures", page));
        return response.header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.VARY, "Cookie, Accept-Language");
    }

    private static PublicPage page(PublicReport report, Period.Preset preset, Locale locale) {
        List<SelectOption> periods = PERIODS.stream().map(p -> SelectOption.key(p.value(),
                "publicfigures.period." + p.value(), p == preset)).toList();
        boolean english = "en".equals(locale.getLanguage());
        return new PublicPage(preset.value(), DAY.format(report.period().from()), DAY.format(report.period().to()),
                periods, report.provinceName(), row(report.total(), english), report.rows().stream()
                .map(r -> row(r, english)).toList(), report.minimumSample());
    }

    private static Row row(PublicReport.Row r, boolean english) {
        NumberFormat counts = NumberFormat.getIntegerInstance(locale(english));
        return new Row(r.code(), r.name(), cell(r.satisfied(), english), counts.format(r.received()),
                counts.format(r.resolved()), cell(r.onTime(), english));
    }

    private static Locale locale(boolean english) {
        return english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private static Cell cell(PublicShare s, boolean english) {
        String n = NumberFormat.getIntegerInstance(locale(english)).format(s.n());
        if (!s.shown()) {
            return new Cell(s.state(), n, null, null, null);
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale(english));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return new Cell(s.state(), n, f.format(s.pct()), f.format(s.low()), f.format(s.high()));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page: the period picked (and its dates), the province's total and one row per unit. */
    @Introspected
    record PublicPage(String period, String from, String to, List<SelectOption> periods, String provinceName,
                      Row total, List<Row> rows, int minimumSample) {
    }

    /** One unit as shown: its counts and shares formatted for the page's language. */
    @Introspected
    record Row(String code, String name, Cell satisfied, String received, String resolved, Cell onTime) {
    }

    /** A share as shown: {@code state} NO_DATA, TOO_FEW or SHOWN; n always, pct, low and high when SHOWN. */
    @Introspected
    record Cell(String state, String n, @Nullable String pct, @Nullable String low, @Nullable String high) {
    }
}
