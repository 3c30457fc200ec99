package lae.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lae.core.Progress;
import lae.topology.MorseBottTest;

/** The Morse-Bott test on the measured synthetic classification passes, and fails when a component is dropped. */
class SyntheticMorseBottTest {

    @Test
    void measuredClassificationPassesAndAMissingComponentIsCaught() {
        SyntheticCensus census = new SyntheticCensus(SyntheticCensusTest.small().data(), 3, 2.2, 0, 1);
        for (double w : new double[] {1, 0.5, 0.05}) {
            SyntheticCensus.WeightCensus c = census.run(w, Progress.NONE);
            MorseBottTest.Result r = SyntheticMorseBott.test(c.indexCounts(), 3);
            assertThat(r.holds()).as("w=%s: %s", w, r.explanation()).isTrue();
            // drop the minimum (index 0 at l = min(k, m_s)): MB(-1) changes, the test must fail
            long[][] broken = new long[c.indexCounts().length][];
            for (int l = 0; l < broken.length; l++) {
                broken[l] = c.indexCounts()[l].clone();
            }
            int top = Math.min(3, c.universe());
            assertThat(broken[top][0]).isEqualTo(1);
            broken[top][0] = 0;
            assertThat(SyntheticMorseBott.test(broken, 3).holds()).as("w=%s without the minimum", w).isFalse();
        }
    }
}
