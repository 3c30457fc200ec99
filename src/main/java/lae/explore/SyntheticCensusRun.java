package lae.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lae.core.Progress;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.DataSpec;
import lae.explore.SyntheticExplorer.Grid;
import lae.model.DataMatrix;
import lae.topology.MorseBottTest;

/**
 * The synthetic census of one configuration (default: Section 4.2, m = 20, n = 30, s_i = (21 - i)/5, k = 8,
 * lambda = 10) at every weight w_sigma &gt; 0 of the explorer's grid: the exhaustive block census of the predicted
 * Table 1 ({@link SyntheticCensus}) and, beside it, the explorer's Newton search at the same (data, lambda, w_sigma)
 * with every point it finds tested against the predicted set ({@link PredictedSetMembership}), and the Morse-Bott test of
 * the measured classification ({@link SyntheticMorseBott}).
 */
public final class SyntheticCensusRun {
    /** The weights w_sigma &gt; 0 of the explorer's grid. */
    public static double[] positiveWeights() {
        return Arrays.stream(SyntheticExplorer.W_SIGMAS).filter(w -> w > 0).toArray();
    }

    /** What to run. */
    public record Config(DataSpec data, double lambda, double[] weights, int newtonStarts, int denseSample, long seed) {
        /** Section 4.2 at lambda = 10 with the explorer's data seed. */
        public static Config section42(long seed, int newtonStarts, int denseSample) {
            return new Config(SyntheticExplorer.section42(seed, new double[] {10}, newtonStarts, 0), 10, positiveWeights(),
                    newtonStarts, denseSample, seed);
        }
    }

    /** One weight: the census and the Newton points. */
    public record WeightResult(SyntheticCensus.WeightCensus census, MorseBottTest.Result morseBott,
                               PredictedSetMembership.Outcome newton, double newtonSeconds) {
    }

    public record Result(Config config, List<WeightResult> weights, double seconds) {
    }

    private SyntheticCensusRun() {
    }

    public static Result run(Config cfg, Progress progress) {
        long t0 = System.nanoTime();
        DataMatrix data = cfg.data().data();
        SyntheticCensus census = new SyntheticCensus(data, cfg.data().k(), cfg.lambda(), cfg.denseSample(), cfg.seed());
        Grid grid = new Grid("synthetic-census", List.of(cfg.data()), cfg.weights(), 0, 1, 1e-3, cfg.seed());
        SyntheticExplorer explorer = new SyntheticExplorer(grid, SyntheticExplorer.defaultCandidates(), FullBatchAdam.NONE, progress);
        List<WeightResult> out = new ArrayList<>();
        for (double w : cfg.weights()) {
            progress.phase("synthetic census: w_sigma = " + w);
            SyntheticCensus.WeightCensus wc = census.run(w, progress);
            MorseBottTest.Result mb = SyntheticMorseBott.test(wc.indexCounts(), cfg.data().k());
            PredictedSetMembership.Outcome newton = null;
            double ns = 0;
            if (cfg.newtonStarts() > 0) {
                long n0 = System.nanoTime();
                progress.start("Newton search w_sigma=" + w, cfg.newtonStarts());
                Cell cell = explorer.census(cfg.data(), data, cfg.lambda(), w);
                progress.done();
                newton = PredictedSetMembership.of(cell);
                ns = (System.nanoTime() - n0) / 1e9;
            }
            out.add(new WeightResult(wc, mb, newton, ns));
        }
        return new Result(cfg, out, (System.nanoTime() - t0) / 1e9);
    }
}
