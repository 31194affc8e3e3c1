package vn.hailong.metrics.rollup;

import vn.hailong.feedback.Reason;
import vn.hailong.metrics.ChannelCode;
import vn.hailong.metrics.Dimension;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The rollup rows that ratings add to, pure: each rating adds one to the count of its score (or, for a criterion,
 * of its answer) in every dimension it has, for its local day and for its month (counted by day, summed by month).
 * Totals, units and months are read from the channel rows (every rating has exactly one channel), and sectors from
 * the procedure rows, so they are not counted twice. Used both for the deltas of pending ratings and for a rebuild
 * from the raw ratings: the same code gives the same rows.
 */
public final class RollupDeltas {

    private final Function<String, String> elementOfCriterion;
    /** The day rows: a month row is the sum of its days' rows, formed in {@link #counts}. */
    private final Map<RollupKey, long[]> days = new HashMap<>();

    /** @param elementOfCriterion criterion code → element code (null when unknown: the answer counts in no element) */
    public RollupDeltas(Function<String, String> elementOfCriterion) {
        this.elementOfCriterion = elementOfCriterion;
    }

    public void add(RatingFacts r) {
        LocalDate day = r.localDate();
        int channel = ChannelCode.of(r.channel());
        count(r, day, Dimension.CHANNEL, channel, 0, "", r.score());
        if (r.procedureId() != null) {
            count(r, day, Dimension.PROCEDURE, r.procedureId(), 0, "", r.score());
        }
        if (r.officerId() != null) {
            count(r, day, Dimension.OFFICER, r.officerId(), 0, "", r.score());
            count(r, day, Dimension.OFFICER_CHANNEL, r.officerId(), channel, "", r.score());
            if (r.procedureId() != null) {
                count(r, day, Dimension.OFFICER_PROCEDURE, r.officerId(), r.procedureId(), "", r.score());
            }
        }
        if (r.counterId() != null) {
            count(r, day, Dimension.COUNTER, r.counterId(), 0, "", r.score());
            count(r, day, Dimension.COUNTER_CHANNEL, r.counterId(), channel, "", r.score());
        }
        count(r, day, Dimension.APPLICANT, applicantCode(r.applicantType()), 0, "", r.score());
        for (String reason : r.reasons()) {
            count(r, day, Dimension.REASON, Reason.valueOf(reason).ordinal() + 1, 0, "", r.score());
        }
        Set<String> elements = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> answer : r.answers().entrySet()) {
            count(r, day, Dimension.CRITERION, 0, 0, answer.getKey(), answer.getValue());
            String element = elementOfCriterion.apply(answer.getKey());
            if (element != null) {
                elements.add(element);
            }
        }
        for (String element : elements) {
            count(r, day, Dimension.ELEMENT, 0, 0, element, r.score());
        }
    }

    /** A citizen served at a counter: one more in the counter's SERVED row of the day (and so of the month). */
    public void addServed(long unitId, long counterId, LocalDate day) {
        days.computeIfAbsent(new RollupKey(unitId, Dimension.SERVED.code(), 'D', day, counterId, 0, ""),
                k -> new long[5])[0]++;
    }

    /**
     * The rows to add: the day rows counted, the month rows summed from them, and the sector rows derived from the
     * procedure rows (a procedure's sector as it is now: a procedure moved to another sector moves its past ratings
     * at the next rebuild).
     *
     * @param sectorOf procedure id → sector id, null when unknown
     */
    public Map<RollupKey, long[]> counts(LongFunction<Long> sectorOf) {
        Map<RollupKey, long[]> rows = new HashMap<>(days.size() * 3);
        int procedure = Dimension.PROCEDURE.code();
        days.forEach((day, n) -> {
            RollupKey month = new RollupKey(day.unitId(), day.dimension(), 'M', day.periodStart().withDayOfMonth(1),
                    day.k1(), day.k2(), day.kt());
            addTo(rows, day, n);
            addTo(rows, month, n);
            if (day.dimension() == procedure) {
                Long sector = sectorOf.apply(day.k1());
                if (sector != null) {
                    addTo(rows, new RollupKey(day.unitId(), Dimension.SECTOR.code(), 'D', day.periodStart(), sector,
                            0, ""), n);
                    addTo(rows, new RollupKey(day.unitId(), Dimension.SECTOR.code(), 'M', month.periodStart(), sector,
                            0, ""), n);
                }
            }
        });
        return rows;
    }

    private static void addTo(Map<RollupKey, long[]> rows, RollupKey key, long[] n) {
        long[] sum = rows.computeIfAbsent(key, k -> new long[5]);
        for (int i = 0; i < 5; i++) {
            sum[i] += n[i];
        }
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    static int applicantCode(String applicantType) {
        if (applicantType == null) {
            return 0;
        }
        return switch (applicantType) {
            case "INDIVIDUAL" -> 1;
            case "ORGANISATION" -> 2;
            default -> 0;
        };
    }

    private void count(RatingFacts r, LocalDate day, Dimension dimension, long k1, long k2, String kt, int level) {
        RollupKey key = new RollupKey(r.unitId(), dimension.code(), 'D', day, k1, k2, kt);
        days.computeIfAbsent(key, k -> new long[5])[level - 1]++;
    }
}
