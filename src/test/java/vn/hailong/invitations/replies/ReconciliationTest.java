package vn.hailong.invitations.replies;

import org.junit.jupiter.api.Test;
import vn.hailong.support.MovableClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    /** A watermark in memory that records what was done to it. */
    static final class RecordingWatermark implements ReconciliationWatermark {
        Instant value;
        final List<String> calls = new ArrayList<>();

        @Override
        public Optional<Instant> get() {
            return Optional.ofNullable(value);
        }

        @Override
        public Instant initialise(Instant at) {
            calls.add("initialise " + at);
            if (value == null) {
                value = at;
            }
            return value;
        }

        @Override
        public void advance(Instant to) {
            calls.add("advance " + to);
            value = to;
        }
    }

    @Test
    void without_a_twilio_account_the_job_does_nothing() {
        RecordingWatermark watermark = new RecordingWatermark();
        Reconciliation reconciliation = new Reconciliation(since -> Optional.empty(), null, watermark,
                new InboundSettings(), MovableClock.at("2026-12-04T09:00"));
        assertThat(reconciliation.reconcile()).isEmpty();
        assertThat(watermark.calls).isEmpty();
    }

    @Test
    void backoff_doubles_from_its_first_wait_up_to_its_cap() {
        InboundSettings s = new InboundSettings();
        assertThat(s.backoffAfter(1)).hasMinutes(1);
        assertThat(s.backoffAfter(2)).hasMinutes(2);
        assertThat(s.backoffAfter(4)).hasMinutes(8);
        assertThat(s.backoffAfter(30)).hasHours(1);
    }
}
