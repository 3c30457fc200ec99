package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;

/** The one rule that combines the seeds' outcomes into a training verdict, for every training claim. */
class SeedVerdictsTest {
    record Run(long seed, Verdict verdict, double residual) implements SeedRun {
        @Override
        public String conditions() {
            return "test, seed " + seed;
        }
    }

    static ClaimResult combine(Verdict... verdicts) {
        List<Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            runs.add(new Run(i, verdicts[i], 0.1 * (i + 1)));
        }
        return SeedVerdicts.combine(ClaimId.C27, "L, constant", runs, r -> new Outcome(r.verdict(), "figures of seed " + r.seed()),
                Run::residual, "claimed", ", 5 epochs, constant");
    }

    @Test
    void everySeedHoldsOrOneUndecidedOrOneFails() {
        ClaimResult holds = combine(Verdict.HOLDS, Verdict.HOLDS, Verdict.HOLDS);
        assertThat(holds.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(holds.strength()).isEqualTo(Strength.OBSERVED);
        assertThat(holds.reading()).isEqualTo(Reading.TRAINING);
        assertThat(holds.counterexample()).isNull();
        assertThat(combine(Verdict.HOLDS, Verdict.INCONCLUSIVE, Verdict.HOLDS).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        ClaimResult fails = combine(Verdict.INCONCLUSIVE, Verdict.FAILS, Verdict.FAILS);
        assertThat(fails.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(fails.casesFailed()).isEqualTo(2);
        assertThat(fails.casesChecked()).isEqualTo(3);
        assertThat(fails.counterexample()).isEqualTo("test, seed 1: figures of seed 1");
        assertThat(fails.worstResidual()).isEqualTo(0.1 * 3);
        assertThat(fails.evidence()).isEqualTo("claimed; 3 seeds, 5 epochs, constant: seed 0: INCONCLUSIVE (figures of seed 0); "
                + "seed 1: FAILS (figures of seed 1); seed 2: FAILS (figures of seed 2)");
    }
}
