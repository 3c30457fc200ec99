package lae.train;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * The rule that turns one outcome per seed into a training-reading verdict (strength observed), the same for
 * every training claim (C25-C29): FAILS when some seed fails (the first failing seed is the counterexample),
 * else INCONCLUSIVE when some seed is undecided, else HOLDS; the evidence lists every seed's outcome.
 */
final class SeedVerdicts {
    private SeedVerdicts() {
    }

    /**
     * The training verdict of {@code claim} for {@code loss} over {@code runs} (one per seed).
     *
     * @param judge     the claim's criterion, applied to each run
     * @param residual  the figure whose largest value over the runs is the verdict's worst residual
     * @param statement what is claimed, as the evidence begins
     * @param settings  what follows the number of seeds in the evidence (", 4000 epochs, keras-decay"), or ""
     */
    static <R extends SeedRun> ClaimResult combine(ClaimId claim, String loss, List<R> runs, Function<R, Outcome> judge,
                                                   ToDoubleFunction<R> residual, String statement, String settings) {
        int failed = 0;
        int inconclusive = 0;
        String counter = null;
        StringBuilder per = new StringBuilder();
        double worst = 0;
        for (R r : runs) {
            Outcome o = judge.apply(r);
            per.append(per.length() == 0 ? "" : "; ").append("seed ").append(r.seed()).append(": ").append(o.verdict())
                    .append(" (").append(o.why()).append(")");
            worst = Math.max(worst, residual.applyAsDouble(r));
            if (o.verdict() == Verdict.FAILS) {
                failed++;
                if (counter == null) {
                    counter = r.conditions() + ": " + o.why();
                }
            } else if (o.verdict() == Verdict.INCONCLUSIVE) {
                inconclusive++;
            }
        }
        Verdict v = failed > 0 ? Verdict.FAILS : inconclusive > 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
        return ClaimResult.of(claim, loss)
                .reading(Reading.TRAINING)
                .verdict(v, Strength.OBSERVED).atClaimConfiguration(null)
                .cases(runs.size(), failed)
                .worstResidual(worst)
                .counterexample(counter)
                .evidence(statement + "; " + runs.size() + " seeds" + settings + ": " + per).build();
    }
}
