package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reading's logic on given figures (nothing is timed here): a figure or the reason there is none, never NaN. */
class HandOverLatencyTest {
    @Test
    void wholeBurstsGiveTheMedianOfTheirMeans() {
        HandOverLatency.Reading r = HandOverLatency.summarize(new double[] {90, 80, 500, 70, 0}, 4, 0, 0, 0.2);
        assertThat(r.measured()).isTrue();
        assertThat(r.medianNanos()).isEqualTo(85.0);
        assertThat(r.bursts()).isEqualTo(4);
        assertThat(r.roundTrips()).isEqualTo(4L * HandOverLatency.BURST);
        assertThat(r.describe()).isEqualTo("85 ns round trip (median of 4 bursts, 1024 round trips)");
    }

    @Test
    void aBurstCutShortByTheDeadlineIsTheSampleWhenNoWholeOneCompleted() {
        // a busy machine: each round trip waits for the scheduler, 3 of them in 0.2 s
        HandOverLatency.Reading r = HandOverLatency.summarize(new double[0], 0, 3, 150_000_000L, 0.2);
        assertThat(r.measured()).isTrue();
        assertThat(r.medianNanos()).isEqualTo(5e7);
        assertThat(r.roundTrips()).isEqualTo(3);
        assertThat(r.describe()).isEqualTo("50000000 ns round trip (mean of 3 round trips: no burst of 256 completed in the "
                + "time given)");
    }

    @Test
    void noRoundTripIsNotMeasuredWithTheReason() {
        HandOverLatency.Reading r = HandOverLatency.summarize(new double[0], 0, 0, 200_000_000L, 0.2);
        assertThat(r.measured()).isFalse();
        assertThat(r.describe()).isEqualTo("not measured: the second thread completed no hand-over within 0.20 s (it was not "
                + "scheduled: the machine's cores were taken)");
        HandOverLatency.Reading none = HandOverLatency.measure(0.0);
        assertThat(none.measured()).isFalse();
        assertThat(none.describe()).isEqualTo("not measured: no time was given to measure");
    }

    @Test
    void aMeasurementIsAFigureOrAReasonWhateverTheMachine() {
        // what the machine gives is not asserted, only that the reading is one of the two, never NaN
        HandOverLatency.Reading r = HandOverLatency.measure(0.02);
        if (r.measured()) {
            assertThat(r.medianNanos()).isFinite().isPositive();
            assertThat(r.roundTrips()).isPositive();
        } else {
            assertThat(r.notMeasured()).isNotBlank();
        }
        assertThat(r.describe()).doesNotContain("NaN");
    }
}
