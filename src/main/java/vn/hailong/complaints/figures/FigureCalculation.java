package vn.hailong.complaints.figures;

import java.time.Instant;
import java.util.Collection;

/** The complaint figures from the facts of the cases of one scope and period, pure (see {@link Figures}). */
public final class FigureCalculation {

    private FigureCalculation() {
    }

    public static Figures of(Collection<CaseFacts> cases, Instant now) {
        long received = cases.size();
        long accepted = 0;
        long rejected = 0;
        long resolved = 0;
        long onTime = 0;
        long lateExtended = 0;
        long lateNotExtended = 0;
        long overdue = 0;
        long judged = 0;
        long satisfied = 0;
        long pakn = 0;
        long paknDecided = 0;
        long paknOnTime = 0;
        long paknAgainst = 0;
        for (CaseFacts c : cases) {
            if (c.accepts() > 0) {
                accepted++;
            }
            if (c.rejected()) {
                rejected++;
                continue;
            }
            boolean isOverdue = c.overdueAt(now);
            boolean resolvedLate = c.resolved() && c.late();
            if (c.resolved()) {
                resolved++;
                if (!resolvedLate) {
                    onTime++;
                } else if (c.extensions() > 0) {
                    lateExtended++;
                } else {
                    lateNotExtended++;
                }
            }
            if (isOverdue) {
                overdue++;
            }
            if (c.judged()) {
                judged++;
                if (!c.dissatisfied()) {
                    satisfied++;
                }
            }
            if (c.pakn()) {
                pakn++;
                if (c.resolved() || isOverdue) {
                    paknDecided++;
                    if (c.resolved() && !resolvedLate) {
                        paknOnTime++;
                    }
                }
                if (c.dissatisfied() || c.late() || isOverdue) {
                    paknAgainst++;
                }
            }
        }
        return new Figures(received, accepted, rejected, resolved, onTime, lateExtended + lateNotExtended,
                lateExtended, lateNotExtended, pct(onTime, resolved), overdue, judged, satisfied,
                pct(satisfied, judged), pakn, pct(paknOnTime, paknDecided), pct(pakn - paknAgainst, pakn));
    }

    /** part / whole × 100 to one decimal; null when the whole is empty. */
    static Double pct(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
