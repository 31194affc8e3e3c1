package vn.hailong.metrics.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hailong.complaints.figures.ComplaintFigures;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.metrics.Distribution;
import vn.hailong.metrics.ElementFigure;
import vn.hailong.metrics.GroupFigure;
import vn.hailong.metrics.Grouping;
import vn.hailong.metrics.SatisfactionFigures;
import vn.hailong.metrics.SatisfactionReport;
import vn.hailong.metrics.Share;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;
import vn.hailong.web.problem.ApiProblems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The minimum of the satisfaction metric (product.md §4.8). */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Ratings")
class MetricsApiController {

    private final SatisfactionFigures figures;
    private final ComplaintFigures complaintFigures;

    MetricsApiController(SatisfactionFigures figures, ComplaintFigures complaintFigures) {
        this.figures = figures;
        this.complaintFigures = complaintFigures;
    }

    @Serdeable
    record SatisfactionView(String unitCode, LocalDate from, LocalDate to, long n, @Nullable Double satisfiedPct,
                            @Nullable double[] ci95, boolean enough, int minimumSample, long[] distribution,
                            @Nullable Double sipasIndex, boolean sipasComplete, String instrument,
                            List<ElementView> elements,
                            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<GroupView> groups,
                            ComplaintsView complaints) {
    }

    /** A survey element: its index (mean of its criteria's satisfaction %), n (ratings that answered it). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ElementView(String code, String name, @Nullable Double index, long n, boolean enough,
                       List<CriterionView> criteria) {
        static ElementView of(ElementFigure e) {
            return new ElementView(e.code(), e.name(), e.index(), e.n(), e.enough(), e.criteria().stream()
                    .map(c -> new CriterionView(c.code(), c.answers().n(), c.satisfied().pct())).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CriterionView(String code, long n, @Nullable Double satisfiedPct) {
    }

    /**
     * The complaint figures of the same unit subtree and period (cases counted once, by the date of first receipt);
     * a share without data is null, written out as null ("no data", never 0). See
     * {@code vn.hailong.complaints.figures.Figures} for each definition.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ComplaintsView(long received, long accepted, long rejected, long resolved, long onTime, long late,
                          long lateWithExtension, long lateWithoutExtension, @Nullable Double onTimePct,
                          long overdueNow, long judged, long satisfied, @Nullable Double satisfiedPct,
                          long paknTotal, @Nullable Double paknOnTimePct, @Nullable Double paknSatisfactionPct) {

        static ComplaintsView of(Figures f) {
            return new ComplaintsView(f.received(), f.accepted(), f.rejected(), f.resolved(), f.onTime(), f.late(),
                    f.lateWithExtension(), f.lateWithoutExtension(), f.onTimePct(), f.overdueNow(), f.judged(),
                    f.satisfied(), f.satisfiedPct(), f.paknTotal(), f.paknOnTimePct(), f.paknSatisfactionPct());
        }
    }

    /** {@code enough}: n reaches the minimum sample (below it a page shows "chưa đủ mẫu"); {@code index} for elements. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record GroupView(String key, String name, long n, @Nullable Double satisfiedPct, @Nullable double[] ci95,
                     boolean enough, @Nullable Double index) {
        static GroupView of(GroupFigure g) {
            Share s = g.satisfied();
            return new GroupView(g.key(), g.name(), s.n(), s.pct(), s.ci95() == null ? null : s.ci95().toArray(),
                    s.enough(), g.index());
        }
    }

    /**
     * @param unitCode the unit
     * @param from     first day, YYYY-MM-DD
     * @param to       last day, YYYY-MM-DD
     * @param groupBy  sector, procedure, officer, counter, channel, month, element, applicant, unit or reason
     * @param complaintKind    only complaints of this kind (PHAN_ANH, KIEN_NGHI, KHIEU_NAI, TO_CAO) in {@code complaints}
     * @param complaintChannel only complaints that came through this channel (KIOSK, WEB, COUNTER, …) in {@code complaints}
     * @param language         en for English element and criterion names (Vietnamese otherwise)
     */
    @Get("/metrics/satisfaction")
    @Secured({"ADMIN", "PROVINCE_MANAGER", "UNIT_MANAGER"})
    @Operation(operationId = "getSatisfaction", summary = "Get satisfaction figures", description = "Admin or manager token. The share of satisfied citizens (score 4 or 5) in the unit and the units below it, for an inclusive range of local dates, with its sample size n, 95% Wilson interval, whether n reaches the minimum sample (`enough`, default 30; below it pages show \"chưa đủ mẫu\") and the 1–5 distribution; the SIPAS index (mean of the element indices; an element index is the mean of its criteria's satisfaction %, `sipasComplete` when every element has answers) and the elements; optionally grouped (groups in key order). Flagged ratings count only once released. Read from rollups kept as ratings arrive. Beside it, `complaints`: the complaint figures of the same unit subtree and period, from the complaints' event log, each case counted once by the local date it was first received (QĐ 766): received, accepted, rejected, resolved (answered and not reopened since), on time (every answer by its step's due time after pauses and extensions, and at most one request for more information: more than one counts as late), late with and without an extension, onTimePct, overdueNow (still open with a mandatory step past due now), the citizen's satisfaction with the answer (satisfied among those who rated it or reopened it; a reopening counts against), and the QĐ 766 PAKN rates for phản ánh and kiến nghị (paknOnTimePct, paknSatisfactionPct = (total − unsatisfied − late − reopened) / total). A share without data is null (written out), never 0. Optionally only one complaint kind or channel.")
    @ApiResponse(responseCode = "200", description = "The figures for the unit and the units below it", useReturnTypeSchema = true,
            content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "ward", value = """
                    {"unitCode": "19789", "from": "2026-01-01", "to": "2026-06-30", "n": 5210, "satisfiedPct": 90.4,
                     "ci95": [89.6, 91.2], "enough": true, "minimumSample": 30, "distribution": [120, 130, 250, 1900, 2810],
                     "sipasIndex": 88.4, "sipasComplete": true, "instrument": "SIPAS-2017",
                     "elements": [{"code": "S17-E1", "name": "Tiếp cận dịch vụ hành chính công", "index": 87.1, "n": 410,
                       "enough": true, "criteria": [{"code": "S17-C01", "n": 210, "satisfiedPct": 86.2}]}],
                     "complaints": {"received": 214, "accepted": 196, "rejected": 6, "resolved": 181, "onTime": 162,
                       "late": 19, "lateWithExtension": 3, "lateWithoutExtension": 16, "onTimePct": 89.5,
                       "overdueNow": 4, "judged": 57, "satisfied": 41, "satisfiedPct": 71.9, "paknTotal": 170,
                       "paknOnTimePct": 90.1, "paknSatisfactionPct": 78.2}}""")))
    @ApiProblems.BadRequest
    @ApiProblems.Token
    @ApiProblems.NotFound
    SatisfactionView satisfaction(@QueryValue String unitCode, @QueryValue String from, @QueryValue String to,
                                  @QueryValue @Nullable String groupBy, @QueryValue @Nullable String complaintKind,
                                  @QueryValue @Nullable String complaintChannel, @QueryValue @Nullable String language,
                                  Authentication auth) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        Grouping grouping = groupBy == null || groupBy.isBlank() ? null : Grouping.parse(groupBy).orElseThrow(() ->
                RuleViolation.invalid("groupBy", "feedback.error.groupBy"));
        Actor actor = Actor.of(auth);
        boolean english = "en".equals(language);
        SatisfactionReport r = figures.report(actor, unitCode, f, t, english);
        List<GroupView> groups = grouping == null ? null
                : figures.groups(actor, unitCode, f, t, grouping, english).stream().map(GroupView::of).toList();
        ComplaintsView complaints = ComplaintsView.of(complaintFigures.of(actor, unitCode, f, t, complaintKind,
                complaintChannel));
        Share s = r.satisfied();
        Distribution d = r.scores();
        return new SatisfactionView(unitCode, f, t, s.n(), s.pct(), s.ci95() == null ? null : s.ci95().toArray(),
                s.enough(), r.minimumSample(), new long[] {d.n1(), d.n2(), d.n3(), d.n4(), d.n5()}, r.sipasIndex(),
                r.sipasComplete(), r.instrumentCode(), r.elements().stream().map(ElementView::of).toList(), groups,
                complaints);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(name, "feedback.error.date", name);
        }
    }
}
