package vn.hailong.metrics;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import vn.hailong.feedback.Instrument;
import vn.hailong.feedback.Instruments;
import vn.hailong.feedback.Reason;
import vn.hailong.metrics.rollup.Rollups;
import vn.hailong.organisation.Directory;
import vn.hailong.organisation.Unit;
import vn.hailong.organisation.UnitScope;
import vn.hailong.shared.errors.RuleViolation;
import vn.hailong.shared.security.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every satisfaction figure a manager, a report or the public sees (product.md §3, §4.8), for a unit subtree over an
 * inclusive range of local dates (Asia/Ho_Chi_Minh), flagged ratings left out until released. Read from the
 * rollups; pending ratings are drained first, so a figure includes every rating stored before it was asked for.
 */
@Singleton
public class SatisfactionFigures {

    private final Directory directory;
    private final UnitScope scope;
    private final SatisfactionStore store;
    private final Rollups rollups;
    private final Instruments instruments;
    private final Labels labels;
    private final MetricsSettings settings;
    private final com.github.benmanes.caffeine.cache.Cache<String, Instrument> instrumentCache =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(1_000)
                    .expireAfterWrite(java.time.Duration.ofMinutes(1)).build();

    SatisfactionFigures(Directory directory, UnitScope scope, @Named("rollup") SatisfactionStore store,
                        Rollups rollups, Instruments instruments, Labels labels, MetricsSettings settings) {
        this.directory = directory;
        this.scope = scope;
        this.store = store;
        this.rollups = rollups;
        this.instruments = instruments;
        this.labels = labels;
        this.settings = settings;
    }

    public int minimumSample() {
        return settings.getMinimumSample();
    }

    /** The headline figures, the SIPAS index and its elements. */
    public SatisfactionReport report(Actor actor, String unitCode, LocalDate from, LocalDate to, boolean english) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        rollups.drainPending();
        Distribution scores = total(cells(unit, from, to, Dimension.TOTAL));
        Map<String, Distribution> answers = byText(cells(unit, from, to, Dimension.CRITERION));
        Map<String, Distribution> elementRatings = byText(cells(unit, from, to, Dimension.ELEMENT));
        Instrument instrument = instrumentOf(to, english);
        SipasEngine.Result sipas = SipasEngine.compute(survey(instrument), answers, elementRatings, scores,
                settings.getAggregator(), minimumSample());
        return new SatisfactionReport(unit.code(), unit.name(), unit.id(), from, to, scores,
                Share.satisfied(scores, minimumSample()), sipas.sipasIndex(), sipas.complete(), instrument.code(),
                instrument.name(), sipas.elements(), minimumSample());
    }

    /** The report without the survey (the headline only): n, scores and the satisfied share. */
    public Share satisfied(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        rollups.drainPending();
        return Share.satisfied(total(cells(unit, from, to, Dimension.TOTAL)), minimumSample());
    }

    /** The figures broken down, in key order (months, codes); see {@link #ranked} for an honest ranking. */
    public List<GroupFigure> groups(Actor actor, String unitCode, LocalDate from, LocalDate to, Grouping grouping,
                                    boolean english) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        rollups.drainPending();
        List<GroupFigure> groups = switch (grouping) {
            case UNIT -> byChildUnit(unit, cells(unit, from, to, Dimension.UNIT));
            case ELEMENT -> elementGroups(unit, from, to, english);
            default -> cells(unit, from, to, grouping.dimension()).stream()
                    .map(c -> group(grouping.dimension(), c.a(), c.text(), c.scores())).toList();
        };
        return groups.stream().sorted(Comparator.comparing(GroupFigure::key)).toList();
    }

    /**
     * Groups ranked by the lower end of their 95% interval, best first (product.md §3: a small sample cannot rank
     * first by luck); groups below the minimum sample come last, in key order.
     */
    public static List<GroupFigure> ranked(List<GroupFigure> groups) {
        return groups.stream().sorted(Comparator
                        .comparing((GroupFigure g) -> !g.satisfied().shown())
                        .thenComparing(g -> -g.satisfied().lowerBound())
                        .thenComparing(GroupFigure::key))
                .toList();
    }

    /** The procedures and channels behind one officer's figure in the period. */
    public OfficerMix officerMix(Actor actor, String unitCode, LocalDate from, LocalDate to, String officerCode) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        var officer = directory.officerByCode(officerCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.officer.notFound", officerCode));
        rollups.drainPending();
        List<GroupFigure> procedures = cells(unit, from, to, Dimension.OFFICER_PROCEDURE).stream()
                .filter(c -> c.a() == officer.id())
                .map(c -> group(Dimension.PROCEDURE, c.b(), "", c.scores()))
                .sorted(Comparator.comparing((GroupFigure g) -> -g.scores().n())).toList();
        List<GroupFigure> channels = cells(unit, from, to, Dimension.OFFICER_CHANNEL).stream()
                .filter(c -> c.a() == officer.id())
                .map(c -> group(Dimension.CHANNEL, c.b(), "", c.scores()))
                .sorted(Comparator.comparing((GroupFigure g) -> -g.scores().n())).toList();
        return new OfficerMix(officer.code(), officer.fullName(), procedures, channels);
    }

    /**
     * {@link #officerMix} for every officer rated in the period, keyed by officer code, read in one pass (a table of
     * a province's officers would otherwise read the officer cells once per officer).
     */
    public Map<String, OfficerMix> officerMixes(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        rollups.drainPending();
        Map<Long, List<GroupFigure>> procedures = new HashMap<>();
        Map<Long, List<GroupFigure>> channels = new HashMap<>();
        cells(unit, from, to, Dimension.OFFICER_PROCEDURE).forEach(c -> procedures.computeIfAbsent(c.a(),
                k -> new ArrayList<>()).add(group(Dimension.PROCEDURE, c.b(), "", c.scores())));
        cells(unit, from, to, Dimension.OFFICER_CHANNEL).forEach(c -> channels.computeIfAbsent(c.a(),
                k -> new ArrayList<>()).add(group(Dimension.CHANNEL, c.b(), "", c.scores())));
        Comparator<GroupFigure> largestFirst = Comparator.comparing((GroupFigure g) -> -g.scores().n())
                .thenComparing(GroupFigure::key);
        Map<String, OfficerMix> mixes = new LinkedHashMap<>();
        java.util.Set<Long> officers = new java.util.TreeSet<>(procedures.keySet());
        officers.addAll(channels.keySet());
        for (long id : officers) {
            Labels.Label label = labels.of(Dimension.OFFICER, id);
            mixes.put(label.code(), new OfficerMix(label.code(), label.name(),
                    procedures.getOrDefault(id, List.of()).stream().sorted(largestFirst).toList(),
                    channels.getOrDefault(id, List.of()).stream().sorted(largestFirst).toList()));
        }
        return mixes;
    }

    /**
     * The response rate per counter of the subtree (citizens served from the counters' transactions), with the
     * whole subtree's first as key "" (its ratings at counters against everyone served).
     */
    public List<ResponseRate> responseRates(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        Unit unit = visibleUnit(actor, unitCode, from, to);
        rollups.drainPending();
        Map<Long, Long> served = new HashMap<>();
        cells(unit, from, to, Dimension.SERVED).forEach(c -> served.merge(c.a(), c.scores().n(), Long::sum));
        Map<Long, Long> rated = new HashMap<>();
        int imported = ChannelCode.of("IMPORT");
        cells(unit, from, to, Dimension.COUNTER_CHANNEL).stream().filter(c -> c.b() != imported)
                .forEach(c -> rated.merge(c.a(), c.scores().n(), Long::sum));
        java.util.Set<Long> counters = new java.util.TreeSet<>(served.keySet());
        counters.addAll(rated.keySet());
        List<ResponseRate> rates = new ArrayList<>();
        long allServed = served.values().stream().mapToLong(Long::longValue).sum();
        long allRated = counters.stream().filter(served::containsKey).mapToLong(c -> rated.getOrDefault(c, 0L)).sum();
        rates.add(ResponseRate.of("", unit.name(), unit.id(), allServed, allRated));
        for (long counter : counters) {
            Labels.Label label = labels.of(Dimension.COUNTER, counter);
            rates.add(ResponseRate.of(label.code(), label.name(), counter, served.getOrDefault(counter, 0L),
                    rated.getOrDefault(counter, 0L)));
        }
        return rates;
    }

    private List<GroupFigure> elementGroups(Unit unit, LocalDate from, LocalDate to, boolean english) {
        Instrument instrument = instrumentOf(to, english);
        Distribution scores = total(cells(unit, from, to, Dimension.TOTAL));
        Map<String, Distribution> elementRatings = byText(cells(unit, from, to, Dimension.ELEMENT));
        SipasEngine.Result sipas = SipasEngine.compute(survey(instrument),
                byText(cells(unit, from, to, Dimension.CRITERION)), elementRatings, scores, settings.getAggregator(),
                minimumSample());
        return sipas.elements().stream().filter(e -> e.n() > 0).map(e -> {
            Distribution d = elementRatings.getOrDefault(e.code(), Distribution.EMPTY);
            return new GroupFigure(e.code(), e.name(), null, d, Share.satisfied(d, minimumSample()), e.index());
        }).toList();
    }

    /** Folds per-unit cells into the chosen unit's own ratings and one group per child unit (its whole subtree). */
    private List<GroupFigure> byChildUnit(Unit parent, List<Cell> perUnit) {
        Map<Long, Distribution> folded = new LinkedHashMap<>();
        for (Cell c : perUnit) {
            Long key = childOf(parent, c.a());
            if (key != null) {
                folded.merge(key, c.scores(), Distribution::plus);
            }
        }
        List<GroupFigure> groups = new ArrayList<>();
        folded.forEach((unitId, d) -> groups.add(group(Dimension.UNIT, unitId, "", d)));
        return groups;
    }

    private Long childOf(Unit parent, long unitId) {
        if (unitId == parent.id()) {
            return unitId;
        }
        Optional<Unit> unit = labels.unit(unitId);
        if (unit.isEmpty()) {
            return null;
        }
        String rest = unit.get().path().substring(parent.path().length());
        String first = rest.replaceFirst("^/", "").split("/")[0];
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private GroupFigure group(Dimension dimension, long id, String text, Distribution d) {
        Share share = Share.satisfied(d, minimumSample());
        return switch (dimension) {
            case SECTOR, PROCEDURE, OFFICER, COUNTER, UNIT -> {
                Labels.Label label = labels.of(dimension, id);
                yield new GroupFigure(label.code(), label.name(), id, d, share, null);
            }
            case CHANNEL -> new GroupFigure(ChannelCode.name(id), ChannelCode.name(id), null, d, share, null);
            case MONTH -> {
                String month = String.format("%04d-%02d", id / 100, id % 100);
                yield new GroupFigure(month, month, null, d, share, null);
            }
            case APPLICANT -> {
                String key = id == 1 ? "INDIVIDUAL" : id == 2 ? "ORGANISATION" : "UNKNOWN";
                yield new GroupFigure(key, key, null, d, share, null);
            }
            case REASON -> {
                String key = id >= 1 && id <= Reason.values().length ? Reason.values()[(int) id - 1].name() : "?";
                yield new GroupFigure(key, key, null, d, share, null);
            }
            default -> new GroupFigure(text, text, null, d, share, null);
        };
    }

    private List<Cell> cells(Unit unit, LocalDate from, LocalDate to, Dimension dimension) {
        return store.cells(unit.path(), from, to, dimension);
    }

    private static Distribution total(List<Cell> cells) {
        return cells.stream().map(Cell::scores).reduce(Distribution.EMPTY, Distribution::plus);
    }

    private static Map<String, Distribution> byText(List<Cell> cells) {
        Map<String, Distribution> map = new HashMap<>();
        cells.forEach(c -> map.merge(c.text(), c.scores(), Distribution::plus));
        return map;
    }

    /**
     * The instrument in effect at the end of the period (the one whose answers the period ends on), cached for a
     * minute: it changes a few times in a decade and costs several queries.
     */
    private Instrument instrumentOf(LocalDate to, boolean english) {
        return instrumentCache.get(to + (english ? ":en" : ":vi"),
                k -> instruments.inEffectOn(to, english).orElseGet(() -> instruments.active(english)));
    }

    static SipasEngine.Survey survey(Instrument instrument) {
        return new SipasEngine.Survey(instrument.code(), instrument.name(), instrument.elements().stream()
                .map(e -> new SipasEngine.SurveyElement(e.code(), e.name(), e.criteria().stream()
                        .map(c -> new SipasEngine.SurveyCriterion(c.code(), c.text())).toList()))
                .toList());
    }

    Unit visibleUnit(Actor actor, String unitCode, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw RuleViolation.invalid("from", "feedback.error.period");
        }
        Unit unit = directory.unitByCode(unitCode)
                .orElseThrow(() -> RuleViolation.notFound("organisation.error.unit.notFound", unitCode));
        scope.requireVisible(actor, unit.id(), unitCode);
        return unit;
    }
}
