package lae.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.dense.row.NormOps_DDRM;

import lae.core.Progress;
import lae.core.Tolerance;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.GaugeBalance;
import lae.numeric.Workers;
import lae.symbolic.SymjaFormula;

/**
 * The synthetic-loss transpose explorer (issue 5): a census of the critical points of
 * <pre>
 *   L~ = w_sigma L_sigma + (1 - w_sigma) L_pi,   lambda_sigma = w_sigma lambda,  lambda_pi = (1 - w_sigma) lambda,
 * </pre>
 * found by Newton's method ({@link CriticalPointSolver}) from seeded random starts, over a grid of
 * w_sigma, lambda and data sets; per point the asymmetry ||W1 - W2^T||, the imbalance
 * ||W1 W1^T - W2^T W2||, the Hessian inertia, the component I read off W2 W1 in the singular basis
 * and the singular values of W2 compared with candidate closed forms (Symja expressions in s, lambda,
 * ws); a gauge probe (is (G W1, W2 G^-1) still critical for a random invertible G?); and Adam runs
 * on the Section 4.2 data beside it.
 *
 * <p><b>A proved lemma used in the report.</b> For lambda_sigma &gt; 0 every critical point is
 * balanced: (df/dW1) W1^T - W2^T (df/dW2) = 2 lambda_sigma (W1 W1^T - W2^T W2), since the two
 * W2^T Gw W1^T terms cancel. Then W1 = V S P^T and W2 = Q S V^T (thin SVD of W2 = Q S V^T, P with
 * orthonormal columns on the support), and W1 = W2^T iff P = Q iff W2 W1 = Q S^2 P^T is symmetric
 * positive semi-definite. The numerical census tests both halves separately.
 *
 * <p>This class holds the grid and runs the census; the work per start is done by {@link NewtonStarts} (descent
 * phase, continuation), {@link PointMeasurement} (what is measured at a Newton point), {@link AdamBeside} (Adam's
 * traces) with {@link OrbitDistance}; the starts run in parallel ({@link Workers#map}).
 */
public final class SyntheticExplorer {

    /** The weights w_sigma of the grid (issue 5). */
    public static final double[] W_SIGMAS = {1, 0.5, 0.05, 0.005, 0.0005, 0};

    /** Strength of the random gauge G = I + GAUGE_STRENGTH * N(0,1)/sqrt(k). */
    static final double GAUGE_STRENGTH = 0.5;

    /** A compression candidate: the singular values of W2 on component I are f(s_i), i in I. */
    public record Candidate(String name, String expression) {
    }

    /** The default candidates: the 1-D law per singular value, and two laws of the pure losses. */
    public static List<Candidate> defaultCandidates() {
        return List.of(
                new Candidate("1-D law per singular value", "Sqrt((s^2 - ws*lambda)/(s^2 + (1 - ws)*lambda))"),
                new Candidate("L_sigma law with lambda_sigma", "Sqrt(1 - ws*lambda/s^2)"),
                new Candidate("L_pi law with lambda", "Sqrt(s^2/(s^2 + lambda))"));
    }

    /** One data set of the grid: Section 4.2's construction with its own spectrum and seed. */
    public record DataSpec(String name, int m, int n, int k, String spectrum, double[] singularValues, long seed,
                           double[] lambdas, int starts, int startsPure) {
        public DataMatrix data() {
            return DataMatrix.fromSingularValues(singularValues, m, n, seed);
        }
    }

    /** The whole grid. */
    public record Grid(String name, List<DataSpec> data, double[] wSigmas, int adamEpochs, int adamStride,
                       double adamTolerance, long seed) {
    }

    static double[] spectrum(int count, java.util.function.IntToDoubleFunction f) {
        double[] s = new double[count];
        for (int i = 0; i < count; i++) {
            s[i] = f.applyAsDouble(i + 1);
        }
        return s;
    }

    /** Section 4.2: m = 20, n = 30, k = 8, s_i = (21 - i)/5. */
    static DataSpec section42(long seed, double[] lambdas, int starts, int startsPure) {
        return new DataSpec("section-4.2", 20, 30, 8, "(21 - i)/5", spectrum(20, i -> (21.0 - i) / 5), seed, lambdas,
                starts, startsPure);
    }

    public static Grid grid(String name, long seed) {
        switch (name) {
            case "full":
                return new Grid("full", List.of(
                        section42(seed, new double[] {3, 10, 30}, 24, 8),
                        new DataSpec("geometric-10", 10, 15, 4, "3 * 0.8^(i-1)", spectrum(10, i -> 3 * Math.pow(0.8, i - 1)),
                                seed + 1, new double[] {0.5, 2, 8}, 30, 12),
                        new DataSpec("square-6", 6, 6, 6, "(7 - i)/2", spectrum(6, i -> (7.0 - i) / 2), seed + 2,
                                new double[] {1.5, 6}, 30, 12)),
                        W_SIGMAS, 20000, 20, 1e-3, seed);
            case "small":
                return new Grid("small", List.of(
                        section42(seed, new double[] {10}, 2, 2),
                        new DataSpec("square-4", 4, 4, 3, "(5 - i)/2", spectrum(4, i -> (5.0 - i) / 2), seed + 2,
                                new double[] {1.5}, 9, 6)),
                        W_SIGMAS, 600, 10, 1e-3, seed);
            default:
                throw new IllegalArgumentException("grid '" + name + "' is not one of full, small");
        }
    }

    /** One Newton run and what was measured at its end point. */
    public record Point(int start, boolean converged, int iterations, double gradientNorm, double value,
                        double asymmetry, double imbalance, int negative, int zero, int positive, boolean inertiaDecided,
                        double margin, int[] indexSet, double productResidual, double[] w2Singular,
                        double[] candidateResidual, double probeGradient, double probeAsymmetry, LaePoint point,
                        String inertiaMethod, String reason) {
        public boolean isMinimum() {
            return converged && inertiaDecided && negative == 0;
        }

        public boolean symmetric() {
            return asymmetry <= Tolerance.ASYMMETRY.value();
        }

        /** The gauge probe produced a critical point that is not symmetric. */
        public boolean probeAsymmetricCritical() {
            return converged && probeGradient <= Tolerance.GAUGE_PROBE.value() && probeAsymmetry > Tolerance.ASYMMETRY.value();
        }
    }

    /** The census of one (data set, lambda, w_sigma). */
    public record Cell(DataSpec data, double lambda, double wSigma, List<Point> points, double seconds) {
        public List<Point> converged() {
            return points.stream().filter(Point::converged).toList();
        }

        public double convergedFraction() {
            return points.isEmpty() ? Double.NaN : (double) converged().size() / points.size();
        }

        public double maxAsymmetry() {
            return converged().stream().mapToDouble(Point::asymmetry).max().orElse(Double.NaN);
        }
    }

    /** Adam on the Section 4.2 data at one w_sigma, sampled every stride epochs. */
    public record AdamTrace(double wSigma, double lambda, double[] epochs, double[] asymmetry, double[] orbitDistance,
                            double[] productDistance, int epochsToTolerance, int firstBelow, double minAsymmetry,
                            double finalAsymmetry, double seconds) {
    }

    public record Result(Grid grid, List<Candidate> candidates, List<Cell> cells, List<AdamTrace> adam,
                         double secondsCensus, double secondsAdam) {
        public List<Cell> cellsAt(double ws) {
            return cells.stream().filter(c -> c.wSigma() == ws).toList();
        }
    }

    private final Grid grid;
    private final List<Candidate> candidates;
    private final List<SymjaFormula> formulas;
    private final FullBatchAdam adam;
    private final Progress progress;

    /** The explorer of {@code grid} with these compression candidates, Adam run by {@code adam}. */
    public SyntheticExplorer(Grid grid, List<Candidate> candidates, FullBatchAdam adam, Progress progress) {
        this.grid = grid;
        this.adam = adam;
        this.candidates = candidates;
        this.formulas = candidates.stream().map(c -> SymjaFormula.parse(c.expression())).toList();
        this.progress = progress;
    }

    public Result run() {
        long t0 = System.nanoTime();
        List<Cell> cells = new ArrayList<>();
        int total = 0;
        for (DataSpec d : grid.data()) {
            for (double ignored : d.lambdas()) {
                for (double ws : grid.wSigmas()) {
                    total += ws == 0 ? d.startsPure() : d.starts();
                }
            }
        }
        progress.start("explore " + grid.name() + ": Newton census", total);
        for (DataSpec d : grid.data()) {
            DataMatrix data = d.data();
            for (double lambda : d.lambdas()) {
                for (double ws : grid.wSigmas()) {
                    cells.add(census(d, data, lambda, ws));
                }
            }
        }
        progress.done();
        double census = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        List<AdamTrace> traces = AdamBeside.run(grid, cells, adam, progress);
        double adamSeconds = (System.nanoTime() - t1) / 1e9;
        return new Result(grid, candidates, cells, traces, census, adamSeconds);
    }

    /** Candidate values f(s_i) for i = 1..m (NaN where not real). */
    double[][] candidateValues(double[] s, double lambda, double ws) {
        double[][] out = new double[formulas.size()][s.length];
        for (int c = 0; c < formulas.size(); c++) {
            for (int i = 0; i < s.length; i++) {
                Map<String, Double> b = new HashMap<>();
                b.put("s", s[i]);
                b.put("lambda", lambda);
                b.put("ws", ws);
                double v;
                try {
                    v = formulas.get(c).evaluate(b);
                } catch (IllegalArgumentException e) {
                    v = Double.NaN;
                }
                out[c][i] = v;
            }
        }
        return out;
    }

    Cell census(DataSpec d, DataMatrix data, double lambda, double ws) {
        long t0 = System.nanoTime();
        int m = d.m();
        int k = d.k();
        double[] s = data.singularValues();
        double[][] cand = candidateValues(s, lambda, ws);
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossMember.synthetic(lambda, ws), data.covariance(), k);
        // the predicted components: W2 W1 = U diag_I(t^2) U^T, t_i^2 = (s_i^2 - lambda_sigma)/(s_i^2 + lambda_pi)
        TableOne predicted = TableOne.of(f.member(), s);
        double scaleC = 1 + NormOps_DDRM.normF(data.covariance());
        CriticalPointSolver solver = new CriticalPointSolver(CriticalPointSolver.Options.defaults());
        int starts = ws == 0 ? d.startsPure() : d.starts();
        long cellSeed = grid.seed() * 1_000_003L + d.seed() * 7919L + Double.doubleToLongBits(lambda) * 31
                + Double.doubleToLongBits(ws);
        List<Point> pts = Workers.map(starts, i -> {
            Random rnd = new Random(cellSeed + 104729L * i);
            double[] v = new double[2 * m * k];
            double sd = new double[] {0.5, 1, 2}[i % 3] / Math.sqrt(m);
            for (int j = 0; j < v.length; j++) {
                v[j] = sd * rnd.nextGaussian();
            }
            LaePoint start = LaePoint.fromVector(v, m, k);
            if (i % 3 == 0) {
                // a descent start: minimise f itself for a while, so that the census also meets the minima
                start = NewtonStarts.descend(f, start, NewtonStarts.DESCENT_ITERATIONS);
            }
            // every critical point with lambda_sigma > 0 is balanced (class comment), so balancing the start moves it
            // towards the critical set without excluding any of it; taken only if ||grad f|| does not grow (at
            // rank-deficient points the balancing matrix is near-singular and the balanced point can be huge)
            LaePoint balanced = GaugeBalance.balance(start);
            if (Double.isFinite(balanced.norm()) && f.gradient(balanced).norm() <= f.gradient(start).norm()) {
                start = balanced;
            }
            CriticalPointSolver.Result r = solver.solve(f, start);
            if (!r.converged() && ws > 0 && ws < 0.01) {
                r = NewtonStarts.continuation(r, start, data, lambda, ws, k, solver);
            }
            Point p = PointMeasurement.measure(f, data, r, i, predicted, cand, scaleC, rnd);
            progress.step();
            return p;
        });
        return new Cell(d, lambda, ws, pts, (System.nanoTime() - t0) / 1e9);
    }
}
