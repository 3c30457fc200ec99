package lae.explore;

import java.util.Arrays;
import java.util.List;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.numeric.Workers;

/**
 * Adam beside the Newton census: on the Section 4.2 cell with lambda = 10 (or the first lambda of the first data set),
 * at every w_sigma, full batch, sampled every stride epochs: ||W1 - W2^T||, the distance to the nearest critical point
 * found modulo O(k) and ||W2 W1 - W*||.
 */
public final class AdamBeside {
    private AdamBeside() {
    }

    /** Adam on the Section 4.2 cell with lambda = 10 (or the first lambda of the first data set) at every w_sigma. */
    static List<SyntheticExplorer.AdamTrace> run(SyntheticExplorer.Grid grid, List<SyntheticExplorer.Cell> cells,
                                                 FullBatchAdam adam, lae.core.Progress progress) {
        SyntheticExplorer.DataSpec d = grid.data().get(0);
        double lambda = Arrays.stream(d.lambdas()).filter(l -> l == 10).findFirst().orElse(d.lambdas()[0]);
        DataMatrix data = d.data();
        int m = d.m();
        int n = d.n();
        int k = d.k();
        double[] x = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                x[i * m + j] = data.x().get(j, i);
            }
        }
        progress.start("explore " + grid.name() + ": Adam", grid.wSigmas().length);
        List<SyntheticExplorer.AdamTrace> out = Workers.map(grid.wSigmas().length, wi -> {
            double ws = grid.wSigmas()[wi];
            long t0 = System.nanoTime();
            SyntheticExplorer.Cell cell = cells.stream().filter(c -> c.data() == d && c.lambda() == lambda && c.wSigma() == ws)
                    .findFirst().orElseThrow();
            List<LaePoint> targets = OrbitDistance.distinct(cell.converged());
            int samples = grid.adamEpochs() / grid.adamStride();
            double[] ep = new double[samples];
            double[] asym = new double[samples];
            double[] orbit = new double[samples];
            double[] prod = new double[samples];
            int[] reached = {-1};
            int[] lastAbove = {0};
            double[] minGap = {Double.POSITIVE_INFINITY};
            int[] count = {0};
            double[] lastGap = {Double.NaN};
            int done = adam.train(x, m, n, lambda, ws, k, grid.adamEpochs(), grid.seed(), (epoch, theta, gap) -> {
                lastGap[0] = gap;
                if (reached[0] < 0 && gap <= grid.adamTolerance()) {
                    reached[0] = epoch;
                }
                if (!(gap <= grid.adamTolerance())) {
                    lastAbove[0] = epoch;
                }
                minGap[0] = Math.min(minGap[0], gap);
                if (epoch % grid.adamStride() == 0 && count[0] < samples) {
                    int c = count[0]++;
                    ep[c] = epoch;
                    asym[c] = gap;
                    double[] dist = OrbitDistance.nearest(theta, k, m, targets);
                    orbit[c] = dist[0];
                    prod[c] = dist[1];
                }
            });
            progress.step();
            int c = count[0];
            double finalGap = lastGap[0];
            return new SyntheticExplorer.AdamTrace(ws, lambda, Arrays.copyOf(ep, c), Arrays.copyOf(asym, c), Arrays.copyOf(orbit, c),
                    Arrays.copyOf(prod, c), lastAbove[0] >= done ? -1 : lastAbove[0] + 1, reached[0],
                    minGap[0], finalGap, (System.nanoTime() - t0) / 1e9);
        });
        progress.done();
        return out;
    }

}
