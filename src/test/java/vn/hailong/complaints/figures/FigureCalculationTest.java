package vn.hailong.complaints.figures;

import org.junit.jupiter.api.Test;
import vn.hailong.complaints.ComplaintKind;
import vn.hailong.complaints.workflow.CaseStatus;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hailong.complaints.ComplaintKind.KHIEU_NAI;
import static vn.hailong.complaints.ComplaintKind.KIEN_NGHI;
import static vn.hailong.complaints.ComplaintKind.PHAN_ANH;
import static vn.hailong.complaints.ComplaintKind.TO_CAO;
import static vn.hailong.complaints.workflow.CaseStatus.*;

/** The figures of small sets of cases, each worked out by hand in the comments. */
class FigureCalculationTest {

    static final Instant NOW = Instant.parse("2026-06-10T03:00:00Z");
    static final Instant PAST = NOW.minusSeconds(3600);
    static final Instant FUTURE = NOW.plusSeconds(3600);

    static CaseFacts c(ComplaintKind kind, CaseStatus status, int answers, int infoRequests, int extensions,
                       int reopens, boolean answerLate, String verdict, Instant openDue) {
        return new CaseFacts(1, kind, "WEB", status, status == RECEIVED || status == REJECTED ? 0 : 1, answers,
                infoRequests, extensions, reopens, answerLate, verdict, openDue);
    }

    @Test
    void no_cases_give_zero_counts_and_no_shares() {
        Figures f = FigureCalculation.of(List.of(), NOW);
        assertThat(f.received()).isZero();
        assertThat(f.onTimePct()).isNull();
        assertThat(f.satisfiedPct()).isNull();
        assertThat(f.paknOnTimePct()).isNull();
        assertThat(f.paknSatisfactionPct()).isNull();
    }

    @Test
    void a_mixed_set_counted_by_hand() {
        List<CaseFacts> cases = List.of(
                // 1 PAKN answered on time, rated satisfied
                c(PHAN_ANH, CLOSED, 1, 0, 0, 0, false, "SATISFIED", null),
                // 2 PAKN answered on time with one information request, rated unsatisfied
                c(PHAN_ANH, ANSWERED, 1, 1, 0, 0, false, "UNSATISFIED", null),
                // 3 PAKN answered by the clock but after two information requests: late (QĐ 766), no extension
                c(KIEN_NGHI, ANSWERED, 1, 2, 0, 0, false, null, null),
                // 4 PAKN answered late, reopened and answered again: late, and the reopening counts against
                c(PHAN_ANH, ANSWERED, 2, 0, 0, 1, true, "SATISFIED", null),
                // 5 PAKN open past due: overdue now
                c(PHAN_ANH, ACCEPTED, 0, 0, 0, 0, false, null, PAST),
                // 6 PAKN open, not yet due: counted as received only
                c(PHAN_ANH, RECEIVED, 0, 0, 0, 0, false, null, FUTURE),
                // 7 PAKN rejected: outside every share
                c(PHAN_ANH, REJECTED, 0, 0, 0, 0, false, null, null),
                // 8 denunciation answered late after an extension
                c(TO_CAO, ANSWERED, 1, 0, 1, 0, true, null, null),
                // 9 complaint reopened, open again and running within time (not resolved, not overdue)
                c(KHIEU_NAI, REOPENED, 1, 0, 0, 1, false, "UNSATISFIED", FUTURE),
                // 10 complaint waiting for the citizen: the paused clock gives no open due, never overdue
                c(KHIEU_NAI, WAITING_FOR_CITIZEN, 0, 1, 0, 0, false, null, null));
        Figures f = FigureCalculation.of(cases, NOW);
        assertThat(f.received()).isEqualTo(10);
        assertThat(f.accepted()).as("all but 6 and 7").isEqualTo(8);
        assertThat(f.rejected()).isEqualTo(1);
        assertThat(f.resolved()).as("1, 2, 3, 4, 8").isEqualTo(5);
        assertThat(f.onTime()).as("1, 2").isEqualTo(2);
        assertThat(f.late()).as("3, 4, 8").isEqualTo(3);
        assertThat(f.lateWithExtension()).as("8").isEqualTo(1);
        assertThat(f.lateWithoutExtension()).as("3, 4").isEqualTo(2);
        assertThat(f.onTimePct()).as("2 / 5").isEqualTo(40.0);
        assertThat(f.overdueNow()).as("5").isEqualTo(1);
        assertThat(f.judged()).as("1, 2, 4, 9").isEqualTo(4);
        assertThat(f.satisfied()).as("1 (4 is satisfied but reopened)").isEqualTo(1);
        assertThat(f.satisfiedPct()).as("1 / 4").isEqualTo(25.0);
        assertThat(f.paknTotal()).as("1–6").isEqualTo(6);
        // decided PAKN: resolved 1, 2, 3, 4 and overdue 5 = 5; on time 1, 2
        assertThat(f.paknOnTimePct()).as("2 / 5").isEqualTo(40.0);
        // against: 2 (unsatisfied), 3 (late), 4 (late, reopened: once), 5 (overdue) = 4 of 6
        assertThat(f.paknSatisfactionPct()).as("(6 − 4) / 6").isEqualTo(33.3);
    }

    @Test
    void only_complaints_and_denunciations_give_counts_but_no_pakn_rates() {
        Figures f = FigureCalculation.of(List.of(c(KHIEU_NAI, CLOSED, 1, 0, 0, 0, false, "SATISFIED", null),
                c(TO_CAO, ANSWERED, 1, 0, 0, 0, false, null, null)), NOW);
        assertThat(f.resolved()).isEqualTo(2);
        assertThat(f.onTimePct()).isEqualTo(100.0);
        assertThat(f.satisfiedPct()).isEqualTo(100.0);
        assertThat(f.paknTotal()).isZero();
        assertThat(f.paknOnTimePct()).isNull();
        assertThat(f.paknSatisfactionPct()).isNull();
    }

    @Test
    void open_pakn_within_time_have_a_satisfaction_rate_but_no_on_time_rate() {
        // nothing decided yet: no on-time share; nothing against: 100 % satisfaction by the QĐ 766 formula
        Figures f = FigureCalculation.of(List.of(c(PHAN_ANH, ACCEPTED, 0, 0, 0, 0, false, null, FUTURE)), NOW);
        assertThat(f.overdueNow()).isZero();
        assertThat(f.paknOnTimePct()).isNull();
        assertThat(f.paknSatisfactionPct()).isEqualTo(100.0);
        assertThat(f.onTimePct()).isNull();
    }

    @Test
    void a_closed_case_with_a_stale_open_due_is_not_overdue_and_due_exactly_now_is_not_yet() {
        assertThat(c(PHAN_ANH, CLOSED, 1, 0, 0, 0, false, null, PAST).overdueAt(NOW)).isFalse();
        assertThat(c(PHAN_ANH, ACCEPTED, 0, 0, 0, 0, false, null, NOW).overdueAt(NOW)).isFalse();
    }
}
