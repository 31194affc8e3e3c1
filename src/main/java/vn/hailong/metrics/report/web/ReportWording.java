package vn.hailong.metrics.report.web;

import jakarta.inject.Singleton;
import vn.hailong.complaints.figures.Figures;
import vn.hailong.metrics.Qd766;
import vn.hailong.metrics.Share;
import vn.hailong.metrics.report.PeriodicReport;
import vn.hailong.metrics.report.ReportKind;
import vn.hailong.web.RuleViolationMessages;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a {@link PeriodicReport} out in the page's language as a {@link ReportDocument}. */
@Singleton
class ReportWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RuleViolationMessages messages;

    ReportWording(RuleViolationMessages messages) {
        this.messages = messages;
    }

    ReportDocument document(PeriodicReport r, Locale locale) {
        W w = new W(locale);
        String kind = w.t("reports.kind." + r.kind().name());
        String title = w.t("reports.doc.title");
        String subtitle = w.t("reports.doc.subject", kind, String.valueOf(r.year()));
        List<String> intro = new ArrayList<>();
        intro.add(w.t("reports.doc.period", DAY.format(r.from()), DAY.format(r.to()))
                + (r.until().isBefore(r.to()) ? " " + w.t("reports.doc.until", DAY.format(r.until())) : ""));
        intro.add(w.t("reports.doc.intro", r.unitName(), DAY.format(r.previousFrom()), DAY.format(r.previousTo()),
                String.valueOf(r.minimumSample())));
        for (ReportKind.Deadline d : r.deadlines()) {
            intro.add(w.t("reports.doc.deadline", String.format("%02d/%02d/%d", d.due().getDayOfMonth(),
                    d.due().getMonthValue(), r.year()), w.t(d.sourceKey())));
        }
        List<ReportDocument.Section> sections = List.of(headline(r, w), elements(r, w), sectors(r, w), worst(r, w),
                complaints(r, w), reasons(r, w), comments(r, w));
        String place = w.t("reports.doc.placeDate", String.format("%02d", r.issuedOn().getDayOfMonth()),
                String.format("%02d", r.issuedOn().getMonthValue()), String.valueOf(r.issuedOn().getYear()));
        return new ReportDocument(r.unitName().toUpperCase(locale), w.t("reports.doc.nation"), w.t("reports.doc.motto"),
                w.t("reports.doc.number"), place, title, subtitle,
                intro, sections, w.t("reports.doc.signatureTitle"), w.t("reports.doc.signatureNote"), w.t("reports.doc.recipients"),
                List.of(w.t("reports.doc.recipient.above"), w.t("reports.doc.recipient.archive")),
                w.t("reports.doc.generated", DAY.format(r.issuedOn())));
    }

    private ReportDocument.Section headline(PeriodicReport r, W w) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(headlineRow(w.t("reports.row.satisfied"), r.satisfied(), w));
        rows.add(headlineRow(w.t("reports.row.online"), r.online(), w));
        rows.add(List.of(w.t("reports.row.sipas"), w.index(r.sipasIndex())
                + (r.sipasIndex() != null && !r.sipasComplete() ? " " + w.t("reports.value.incomplete") : ""), "", "", w.index(r.previousSipasIndex()),
                "", ""));
        Boolean resolvedMet = r.resolvedTarget() == null || r.resolvedPct() == null ? null
                : r.resolvedPct() >= r.resolvedTarget();
        rows.add(List.of(w.t("reports.row.resolved"), w.pct(r.resolvedPct()),
                w.number(r.complaints().received() - r.complaints().rejected()), "", w.pct(r.previousResolvedPct()),
                w.target(r.resolvedTarget()), w.met(resolvedMet)));
        return new ReportDocument.Section(w.t("reports.section.headline"), List.of(),
                new ReportDocument.Table(w.cols("indicator", "now", "n", "ci", "previous", "target", "verdict"), rows,
                        List.of(false, true, true, true, true, true, false)), null);
    }

    private List<String> headlineRow(String label, PeriodicReport.Headline h, W w) {
        return List.of(label, w.share(h.now()), w.number(h.now().n()), w.interval(h.now()), w.share(h.previous()),
                w.target(h.target()), w.met(h.met()));
    }

    private ReportDocument.Section elements(PeriodicReport r, W w) {
        List<List<String>> rows = r.elements().stream().map(e -> List.of(e.name(),
                e.n() == 0 ? w.t("reports.value.noData") : e.enough() ? w.index(e.index())
                        : w.t("reports.value.smallSample", w.number(e.n())),
                w.number(e.n()), w.index(e.previousIndex()))).toList();
        return new ReportDocument.Section(w.t("reports.section.elements"),
                List.of(w.t("reports.section.elements.note")),
                new ReportDocument.Table(w.cols("element", "index", "n", "previousIndex"), rows,
                        List.of(false, true, true, true)), w.t("reports.value.noData"));
    }

    private ReportDocument.Section sectors(PeriodicReport r, W w) {
        List<List<String>> rows = r.sectors().stream().map(s -> List.of(s.name(), w.share(s.now()),
                w.number(s.now().n()), w.interval(s.now()), w.share(s.previous()), w.target(s.target()),
                w.met(s.met()))).toList();
        return new ReportDocument.Section(w.t("reports.section.sectors"), List.of(),
                new ReportDocument.Table(w.cols("sector", "now", "n", "ci", "previous", "target", "verdict"), rows,
                        List.of(false, true, true, true, true, true, false)), w.t("reports.value.noData"));
    }

    private ReportDocument.Section worst(PeriodicReport r, W w) {
        List<List<String>> rows = r.worstCriteria().stream().map(c -> List.of(c.text(), c.element(),
                w.share(c.satisfied()), w.number(c.satisfied().n()))).toList();
        return new ReportDocument.Section(w.t("reports.section.worst"), List.of(),
                new ReportDocument.Table(w.cols("criterion", "element", "now", "n"), rows,
                        List.of(false, false, true, true)), w.t("reports.section.worst.none"));
    }

    private ReportDocument.Section complaints(PeriodicReport r, W w) {
        Figures now = r.complaints();
        Figures before = r.previousComplaints();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(w.t("reports.complaints.received"), w.number(now.received()), w.number(before.received())));
        rows.add(List.of(w.t("reports.complaints.resolved"), w.number(now.resolved()), w.number(before.resolved())));
        rows.add(List.of(w.t("reports.complaints.onTimePct"), w.pct(now.onTimePct()), w.pct(before.onTimePct())));
        rows.add(List.of(w.t("reports.complaints.overdueNow"), w.number(now.overdueNow()), ""));
        rows.add(List.of(w.t("reports.complaints.satisfiedPct"), w.pct(now.satisfiedPct()),
                w.pct(before.satisfiedPct())));
        for (Qd766.Indicator i : r.qd766().indicators()) {
            rows.add(List.of(w.t("reports.qd766." + i.code()), i.hasData()
                    ? w.t("reports.value.points", w.pct(i.ratePct()), w.decimal(i.points()), w.decimal(i.maxPoints()))
                    : w.t("reports.value.noData"), ""));
        }
        rows.add(List.of(w.t("reports.qd766.total"), r.qd766().complete()
                ? w.t("reports.value.pointsOf", w.decimal(r.qd766().points()), w.decimal(r.qd766().maxPoints()))
                : w.t("reports.value.noData"), ""));
        return new ReportDocument.Section(w.t("reports.section.complaints"),
                List.of(w.t("reports.section.complaints.note")),
                new ReportDocument.Table(w.cols("indicator", "now", "previous"), rows, List.of(false, true, true)),
                null);
    }

    private ReportDocument.Section reasons(PeriodicReport r, W w) {
        List<List<String>> rows = r.reasons().stream().map(g -> List.of(w.t("reports.reason." + g.key()),
                w.number(g.scores().n()))).toList();
        return new ReportDocument.Section(w.t("reports.section.reasons"), List.of(),
                new ReportDocument.Table(w.cols("reason", "count"), rows, List.of(false, true)),
                w.t("reports.value.noData"));
    }

    private ReportDocument.Section comments(PeriodicReport r, W w) {
        List<List<String>> rows = r.comments().stream().map(c -> List.of(c.text(), w.number(c.count()))).toList();
        return new ReportDocument.Section(w.t("reports.section.comments"), List.of(w.t("reports.section.comments.note")),
                new ReportDocument.Table(w.cols("comment", "count"), rows, List.of(false, true)),
                w.t("reports.value.noComments"));
    }

    /** The page language's words and number formats. */
    private final class W {
        private final Locale locale;
        private final NumberFormat one;
        private final NumberFormat whole;

        W(Locale locale) {
            this.locale = locale;
            this.one = NumberFormat.getNumberInstance(locale);
            one.setMinimumFractionDigits(1);
            one.setMaximumFractionDigits(1);
            this.whole = NumberFormat.getIntegerInstance(locale);
        }

        String t(String key, Object... args) {
            return messages.text(locale, key, args);
        }

        List<String> cols(String... keys) {
            return java.util.Arrays.stream(keys).map(k -> t("reports.col." + k)).toList();
        }

        String share(Share s) {
            if (!s.hasData()) {
                return t("reports.value.noData");
            }
            return s.enough() ? one.format(s.pct()) + "%" : t("reports.value.smallSample", number(s.n()));
        }

        String interval(Share s) {
            return s.shown() ? one.format(s.ci95().low()) + "–" + one.format(s.ci95().high()) + "%" : "";
        }

        String pct(Double v) {
            return v == null ? t("reports.value.noData") : one.format(v) + "%";
        }

        String index(Double v) {
            return v == null ? t("reports.value.noData") : one.format(v);
        }

        String decimal(double v) {
            return one.format(v);
        }

        String target(Double v) {
            return v == null ? "" : "≥ " + whole.format(v) + "%";
        }

        String number(long n) {
            return whole.format(n);
        }

        String met(Boolean met) {
            return met == null ? "" : met ? t("reports.verdict.met") : t("reports.verdict.missed");
        }
    }
}
