package vn.hailong.complaints.figures;

import io.micronaut.core.annotation.Nullable;

/**
 * The complaint figures of a unit subtree and a period (cases counted once, by the local date of their first
 * receipt: the QĐ 766 rule). Counts are counts (0 is a real zero); a share whose base is empty is null ("no data"),
 * never 0.
 *
 * @param received              cases first received in the period
 * @param accepted              of them, taken up (thụ lý) at least once
 * @param rejected              refused (not within the unit's competence): outside every share below
 * @param resolved              answered and not reopened since
 * @param onTime                resolved with every answer by its step's due time and at most one information request
 * @param late                  resolved late: {@code lateWithExtension + lateWithoutExtension}
 * @param lateWithExtension     resolved late although the deadline was extended
 * @param lateWithoutExtension  resolved late without any extension
 * @param onTimePct             onTime / resolved × 100
 * @param overdueNow            still open with a mandatory step past its due time now
 * @param judged                cases whose answer the citizen rated or that the citizen reopened
 * @param satisfied             of those, rated SATISFIED and never reopened
 * @param satisfiedPct          satisfied / judged × 100
 * @param paknTotal             PAKN (phản ánh, kiến nghị) received and not rejected: the QĐ 766 base
 * @param paknOnTimePct         QĐ 766 "PAKN xử lý đúng hạn": PAKN resolved on time / PAKN whose handling is decided
 *                              (resolved, or open past due), × 100
 * @param paknSatisfactionPct   QĐ 766 "hài lòng trong xử lý PAKN": (total − unsatisfied − late − reopened, each case
 *                              counted once) / total × 100, late including open past due and
 *                              more than one information request
 */
public record Figures(long received, long accepted, long rejected, long resolved, long onTime, long late,
                      long lateWithExtension, long lateWithoutExtension, @Nullable Double onTimePct, long overdueNow,
                      long judged, long satisfied, @Nullable Double satisfiedPct, long paknTotal,
                      @Nullable Double paknOnTimePct, @Nullable Double paknSatisfactionPct) {
}
