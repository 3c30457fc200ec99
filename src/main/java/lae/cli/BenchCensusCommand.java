package lae.cli;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import lae.census.Census;
import lae.census.CensusRun;
import lae.census.DenseCrossCheck;
import lae.census.NeighbourBench;
import lae.check.ValidatedClaimFile;
import lae.config.ClaimFile;
import lae.core.Numbers;
import lae.core.Progress;
import lae.model.LossKind;
import lae.topology.ComponentCensus;
import lae.topology.CountLaw;
import lae.topology.MorseBottTest;

/** {@code lae bench census}: the full census time against the dense time per component. */
@Command(name = "census", mixinStandardHelpOptions = true)
public final class BenchCensusCommand implements Callable<Integer> {
    @Mixin BenchClaimFile file;

    @Option(names = "--dense-sample", defaultValue = "20", description = "components per loss timed the dense way (default: ${DEFAULT-VALUE})")
    int denseSample;

    @Option(names = "--closed-form-only", description = "only the closed-form census and the Morse-Bott test at Fashion-MNIST's sizes")
    boolean closedFormOnly;

    /**
     * The closed-form census and the Morse-Bott test at Fashion-MNIST's sizes: m = 784 (full numerical rank),
     * m0 = 706 at lambda = 8 (from the test set's spectrum, reports/census/fashion-mnist.md), k = 9.
     * Targets: census < 5 s, Morse-Bott test < 10 s.
     */
    static void closedForm() {
        int m = 784;
        int m0 = 706;
        int k = 9;
        // warm-up (JIT), not timed
        new ComponentCensus(40, 4, CountLaw.correctedIndex(40, 4, "m"), CountLaw.correctedNullityF(4)).indexHistogram();
        System.out.print(Numbers.format("bench closed form at Fashion-MNIST's sizes: m = %d, m0 = %d (lambda = 8), k = %d%n", m, m0, k));
        double census = 0;
        double mb = 0;
        for (LossKind kind : List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA)) {
            boolean sigma = kind == LossKind.L_SIGMA;
            int u = sigma ? m0 : m;
            long t0 = System.nanoTime();
            ComponentCensus c = new ComponentCensus(u, k, CountLaw.correctedIndex(u, k, sigma ? "m0" : "m"),
                    sigma ? CountLaw.nullityV(k) : CountLaw.correctedNullityF(k));
            TreeMap<Integer, BigInteger> h = c.indexHistogram();
            BigInteger all = c.components();
            double tc = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            MorseBottTest.Result r = MorseBottTest.test(MorseBottTest.polynomial(c));
            double tm = (System.nanoTime() - t1) / 1e9;
            census += tc;
            mb += tm;
            System.out.print(Numbers.format("  %-8s %s components, %s minima, %d distinct indices in %.3f s | Morse-Bott: degree %d, max coefficient %.3g, identity %s in %.3f s%n",
                    kind.label(), all, c.minima(), h.size(), tc, r.mb().degree(), r.mb().maxCoefficient().doubleValue(), r.holds() ? "holds" : "fails", tm));
        }
        System.out.println("  " + BenchTarget.of("census.closed_form").judge(census, 3) + "; " + BenchTarget.of("census.morse_bott").judge(mb, 3));
    }

    /**
     * The non-uniform census beside the uniform one (issue 25): L_nonuniform with weights (j - 0.55) s_1^2 / k on the same
     * data, the same block process, timed on a sample of matchings and extrapolated to all of them.
     */
    static void nonUniform(double[] s, int k) {
        double[] sigma = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            sigma[i] = s[i] * s[i];
        }
        double[] lambda = new double[k];
        for (int j = 0; j < k; j++) {
            lambda[j] = (j + 0.45) * sigma[0] / k;
        }
        NeighbourBench.Timing t;
        try {
            t = NeighbourBench.time(sigma, lambda, 20_000, 7);
        } catch (IllegalArgumentException e) {
            System.out.println("  L_nonuniform: not timed (" + e.getMessage() + ")");
            return;
        }
        System.out.print(Numbers.format("  L_nonuniform (weights (j - 0.55) s_1^2/k): %d matchings by blocks in %.3f s (%.2f us/matching, %d disagreeing); "
                + "all %s matchings would take about %.0f s%n", t.timed(), t.seconds(), t.microsPerMatching(), t.disagreements(), t.matchings(), t.fullSeconds()));
    }

    /** Times the census of the claim file (writing nothing), then the closed form at Fashion-MNIST's sizes. */
    @Override
    public Integer call() {
        if (closedFormOnly) {
            closedForm();
            return 0;
        }
        ClaimFile cf = file.load();
        ValidatedClaimFile.forCensus(cf, cf.losses, denseSample, false, System.err::println);
        int threads = Runtime.getRuntime().availableProcessors();
        // warm-up (JIT) on a one-component-per-loss run, not timed
        CensusRun.run(cf, cf.losses, 1, 1, threads, Progress.NONE);
        CensusRun run = CensusRun.run(cf, cf.losses, denseSample, 7, threads, Progress.NONE);
        System.out.print(Numbers.format("bench census %s: m=%d k=%d, %d cores%n", file.path(), run.data().m(), cf.k, threads));
        double denseTotal = 0;
        int denseN = 0;
        for (CensusRun.Part p : run.parts()) {
            Census c = p.census();
            DenseCrossCheck d = p.dense();
            double perDense = d.secondsPerComponent(threads);
            double perCensus = c.seconds() * threads / Math.max(1, c.size());
            denseTotal += d.seconds() * threads;
            denseN += d.rows().size();
            System.out.print(Numbers.format("  %-8s %7d components in %6.3f s (%9.0f/s, %.2f us/component/core) | dense %.2f ms/component/core (%d timed) | ratio %.0fx%n",
                    p.kind().label(), c.size(), c.seconds(), c.size() / Math.max(1e-9, c.seconds()), 1e6 * perCensus, 1e3 * perDense, d.rows().size(),
                    perDense / Math.max(1e-12, perCensus)));
        }
        double total = run.timings().get("census") + run.timings().get("formulas");
        double denseFull = denseN == 0 ? 0 : denseTotal / denseN * run.totalComponents() / threads;
        System.out.print(Numbers.format("  full census: %d components, %.2f s (blocks %.2f s + formulas %.2f s); the dense way would take about %.0f s on %d cores%n",
                run.totalComponents(), total, run.timings().get("census"), run.timings().get("formulas"), denseFull, threads));
        System.out.println("  " + BenchTarget.of("census.full").judge(total, 2));
        nonUniform(run.data().singularValues(), cf.k);
        closedForm();
        return 0;
    }
}
