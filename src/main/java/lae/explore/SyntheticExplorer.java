package lae.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.check.Measurements;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.GaugeBalance;
import lae.numeric.HessianInertia;
import lae.symbolic.SymjaFormula;
import lae.train.AdamTrainer;
import lae.train.TrainingConfig;
import lae.train.TrainingResult;

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
 */
public final class SyntheticExplorer {

    /** The weights w_sigma of the grid (issue 5). */
    public static final double[] W_SIGMAS = {1, 0.5, 0.05, 0.005, 0.0005, 0};

    /**
     * Transpose tolerance: a point is symmetric when ||W1 - W2^T||_F &lt;= ASYM_TOL (1 + ||(W1, W2)||).
     * Reason: Newton stops at ||grad f|| &lt;= 1e-11 (1 + ||C||_F) (&lt;= 4e-10 here), so a found point is
     * within ||grad f|| / kappa of the critical set, kappa the smallest non-zero curvature; the
     * curvature across the asymmetric directions is at least of order 2 lambda_sigma &gt;= 1e-3 on this
     * grid, giving &lt;= 4e-7; an asymmetric critical point of the GL_k orbit at w_sigma = 0 has
     * asymmetry of order 1 (random G with ||G - I|| ~ 0.5). 1e-6 lies between.
     */
    public static final double ASYM_TOL = 1e-6;
    /** Compression candidates verified when max |sigma_j(W2) - candidate_j| &lt;= FORMULA_TOL (same reason). */
    public static final double FORMULA_TOL = 1e-6;
    /**
     * A gauge-probe point counts as critical when ||grad f|| &lt;= PROBE_TOL (1 + ||C||_F): 1e5 times
     * Newton's stopping tolerance (room for cond(G) and rounding), while a lambda_sigma &gt; 0 breaks the
     * symmetry by a gradient of size ~ 2 lambda_sigma ||(G - I) W1|| &gt;= 1e-3 on this grid.
     */
    public static final double PROBE_TOL = 1e-6;
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
            return asymmetry <= ASYM_TOL;
        }

        /** The gauge probe produced a critical point that is not symmetric. */
        public boolean probeAsymmetricCritical() {
            return converged && probeGradient <= PROBE_TOL && probeAsymmetry > ASYM_TOL;
        }
    }

    /** The census of one (data set, lambda, w_sigma). */
    public record Cell(DataSpec data, double lambda, double wSigma, List<Point> points, double seconds,
                       double[] tildeP) {
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
    private final Measurements.Progress progress;

    public SyntheticExplorer(Grid grid, List<Candidate> candidates, Measurements.Progress progress) {
        this.grid = grid;
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
        List<AdamTrace> adam = adam(cells);
        double adamSeconds = (System.nanoTime() - t1) / 1e9;
        return new Result(grid, candidates, cells, adam, census, adamSeconds);
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
        double lSigma = ws * lambda;
        double lPi = (1 - ws) * lambda;
        // diagonal of W2 W1 on a component in the singular basis: t_i^2 = (s_i^2 - lambda_sigma)/(s_i^2 + lambda_pi)
        double[] tildeP = new double[m];
        for (int i = 0; i < m; i++) {
            double c = s[i] * s[i];
            tildeP[i] = c > lSigma ? (c - lSigma) / (c + lPi) : 0;
        }
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossKind.SYNTHETIC, lambda, ws, data.covariance(), k);
        double scaleC = 1 + NormOps_DDRM.normF(data.covariance());
        CriticalPointSolver solver = new CriticalPointSolver(CriticalPointSolver.Options.defaults());
        int starts = ws == 0 ? d.startsPure() : d.starts();
        long cellSeed = grid.seed() * 1_000_003L + d.seed() * 7919L + Double.doubleToLongBits(lambda) * 31
                + Double.doubleToLongBits(ws);
        List<Point> pts = parallel(starts, i -> {
            Random rnd = new Random(cellSeed + 104729L * i);
            double[] v = new double[2 * m * k];
            double sd = new double[] {0.5, 1, 2}[i % 3] / Math.sqrt(m);
            for (int j = 0; j < v.length; j++) {
                v[j] = sd * rnd.nextGaussian();
            }
            LaePoint start = LaePoint.fromVector(v, m, k);
            if (i % 3 == 0) {
                // a descent start: minimise f itself for a while, so that the census also meets the minima
                start = descend(f, start, DESCENT_ITERATIONS);
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
                r = continuation(r, start, data, lambda, ws, k, solver);
            }
            Point p = measure(f, data, r, i, tildeP, cand, scaleC, rnd);
            progress.step();
            return p;
        });
        return new Cell(d, lambda, ws, pts, (System.nanoTime() - t0) / 1e9, tildeP);
    }

    Point measure(RegularizedLaeLoss f, DataMatrix data, CriticalPointSolver.Result r, int start, double[] tildeP,
                  double[][] cand, double scaleC, Random rnd) {
        LaePoint p = r.point();
        int m = p.m();
        int k = p.k();
        double scale = 1 + p.norm();
        double asym = p.transposeGap() / scale;
        DMatrixRMaj a = new DMatrixRMaj(k, k);
        DMatrixRMaj b = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransB(p.w1, p.w1, a);
        CommonOps_DDRM.multTransA(p.w2, p.w2, b);
        CommonOps_DDRM.subtractEquals(a, b);
        double imbalance = NormOps_DDRM.normF(a) / (scale * scale);
        double value = f.value(p);
        if (!r.converged()) {
            return new Point(start, false, r.iterations(), r.gradientNorm(), value, asym, imbalance, 0, 0, 0, false,
                    Double.NaN, new int[0], Double.NaN, singular(p.w2), new double[cand.length], Double.NaN, Double.NaN, p, "-", r.reason());
        }
        // the one inertia path (EJML + Hipparchus, every retry inside HessianInertia); undecided stays undecided
        HessianInertia in = HessianInertia.of(f.hessian(p));
        // component: W' = U^T W2 W1 U, I = {i : W'_ii > tildeP_i / 2}
        DMatrixRMaj u = data.u();
        DMatrixRMaj w = p.product();
        DMatrixRMaj tmp = new DMatrixRMaj(m, m);
        DMatrixRMaj ws = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(u, w, tmp);
        CommonOps_DDRM.mult(tmp, u, ws);
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (tildeP[i] > 0 && ws.get(i, i) > tildeP[i] / 2) {
                idx.add(i);
                ws.add(i, i, -tildeP[i]);
            }
        }
        double productResidual = NormOps_DDRM.normF(ws) / scale;
        int[] set = idx.stream().mapToInt(i -> i + 1).toArray();
        double[] sv = singular(p.w2);
        double[] res = new double[cand.length];
        for (int c = 0; c < cand.length; c++) {
            double[] pred = new double[k];
            boolean real = true;
            for (int j = 0; j < idx.size() && j < k; j++) {
                pred[j] = cand[c][idx.get(j)];
                real &= Double.isFinite(pred[j]);
            }
            if (!real || idx.size() > k) {
                res[c] = Double.POSITIVE_INFINITY;
                continue;
            }
            double[] sorted = pred.clone();
            Arrays.sort(sorted);
            double worst = 0;
            for (int j = 0; j < k; j++) {
                worst = Math.max(worst, Math.abs(sorted[k - 1 - j] - sv[j]));
            }
            res[c] = worst;
        }
        // gauge probe: (G W1, W2 G^-1) for a random invertible G
        DMatrixRMaj g = CommonOps_DDRM.identity(k);
        for (int i = 0; i < k * k; i++) {
            g.data[i] += GAUGE_STRENGTH * rnd.nextGaussian() / Math.sqrt(k);
        }
        DMatrixRMaj gInv = new DMatrixRMaj(k, k);
        double probeGrad = Double.NaN;
        double probeAsym = Double.NaN;
        if (CommonOps_DDRM.invert(g, gInv)) {
            DMatrixRMaj w1 = new DMatrixRMaj(k, m);
            DMatrixRMaj w2 = new DMatrixRMaj(m, k);
            CommonOps_DDRM.mult(g, p.w1, w1);
            CommonOps_DDRM.mult(p.w2, gInv, w2);
            LaePoint q = new LaePoint(w1, w2);
            probeGrad = f.gradient(q).norm() / scaleC;
            probeAsym = q.transposeGap() / (1 + q.norm());
        }
        return new Point(start, true, r.iterations(), r.gradientNorm(), value, asym, imbalance,
                in == null ? -1 : in.negative(), in == null ? -1 : in.zero(), in == null ? -1 : in.positive(),
                in != null && in.decided(), in == null ? Double.NaN : in.margin(), set, productResidual, sv, res, probeGrad, probeAsym, p,
                "HessianInertia.of", r.reason());
    }

    /**
     * Homotopy continuation for a start where Newton did not converge at a small w_sigma (the loss is then close to the
     * GL_k-invariant L_pi and its near-gauge directions are nearly flat): from where Newton stopped, solve at
     * w_sigma' = 100 w_sigma, then 10 w_sigma, then w_sigma, each from the previous solution. Critical points move
     * continuously with w_sigma, so this follows a component down to the target; the result counts as converged only
     * if the final solve at the target w_sigma converged, and the start stays in the count either way.
     */
    static CriticalPointSolver.Result continuation(CriticalPointSolver.Result first, LaePoint start, DataMatrix data,
                                                   double lambda, double ws, int k, CriticalPointSolver solver) {
        LaePoint q = Double.isFinite(first.point().norm()) ? first.point() : start;
        CriticalPointSolver.Result last = first;
        int iterations = first.iterations();
        for (double w : new double[] {100 * ws, 10 * ws, ws}) {
            RegularizedLaeLoss g = RegularizedLaeLoss.of(LossKind.SYNTHETIC, lambda, w, data.covariance(), k);
            CriticalPointSolver.Result rr = solver.solve(g, q);
            iterations += rr.iterations();
            if (!Double.isFinite(rr.point().norm())) {
                return first;
            }
            q = rr.point();
            last = rr;
        }
        if (!last.converged()) {
            return first;
        }
        return new CriticalPointSolver.Result(last.point(), true, iterations, last.gradientNorm(), last.tolerance(),
                last.log(), "converged by continuation from w_sigma = " + 100 * ws + ", " + 10 * ws);
    }

    /** Iterations of the descent starts (gradient descent on f with Armijo backtracking). */
    static final int DESCENT_ITERATIONS = 400;

    /** Gradient descent on f with Armijo backtracking (Nocedal and Wright, Algorithm 3.1), step doubled after success. */
    static LaePoint descend(RegularizedLaeLoss f, LaePoint p, int iterations) {
        double step = 0.01;
        double fp = f.value(p);
        for (int it = 0; it < iterations; it++) {
            LaePoint g = f.gradient(p);
            double gg = g.norm() * g.norm();
            if (!(gg > 1e-20)) {
                break;
            }
            boolean ok = false;
            for (int back = 0; back < 40; back++) {
                LaePoint q = p.plus(-step, g);
                double fq = f.value(q);
                if (fq <= fp - 1e-4 * step * gg) {
                    p = q;
                    fp = fq;
                    ok = true;
                    step *= 2;
                    break;
                }
                step /= 2;
            }
            if (!ok) {
                break;
            }
        }
        return p;
    }

    static double[] singular(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        if (!svd.decompose(a.copy())) {
            return new double[Math.min(a.numRows, a.numCols)];
        }
        double[] sv = svd.getSingularValues().clone();
        Arrays.sort(sv);
        for (int i = 0; i < sv.length / 2; i++) {
            double t = sv[i];
            sv[i] = sv[sv.length - 1 - i];
            sv[sv.length - 1 - i] = t;
        }
        return sv;
    }

    /** Adam on the Section 4.2 cell with lambda = 10 (or the first lambda of the first data set) at every w_sigma. */
    List<AdamTrace> adam(List<Cell> cells) {
        DataSpec d = grid.data().get(0);
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
        List<AdamTrace> out = parallel(grid.wSigmas().length, wi -> {
            double ws = grid.wSigmas()[wi];
            long t0 = System.nanoTime();
            Cell cell = cells.stream().filter(c -> c.data() == d && c.lambda() == lambda && c.wSigma() == ws)
                    .findFirst().orElseThrow();
            List<LaePoint> targets = distinct(cell.converged());
            int samples = grid.adamEpochs() / grid.adamStride();
            double[] ep = new double[samples];
            double[] asym = new double[samples];
            double[] orbit = new double[samples];
            double[] prod = new double[samples];
            int[] reached = {-1};
            int[] lastAbove = {0};
            double[] minGap = {Double.POSITIVE_INFINITY};
            int[] count = {0};
            TrainingConfig cfg = TrainingConfig.of(LossKind.SYNTHETIC, lambda, ws, k, grid.adamEpochs(), 0, grid.seed());
            TrainingResult r = AdamTrainer.train(x, m, n, cfg, (epoch, theta, loss) -> {
                double gap = Math.sqrt(AdamTrainer.gapSq(theta, k, m));
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
                    double[] dist = nearest(theta, k, m, targets);
                    orbit[c] = dist[0];
                    prod[c] = dist[1];
                }
            });
            progress.step();
            int c = count[0];
            double finalGap = r.transposeGapSq().length == 0 ? Double.NaN
                    : Math.sqrt(r.transposeGapSq()[r.transposeGapSq().length - 1]);
            return new AdamTrace(ws, lambda, Arrays.copyOf(ep, c), Arrays.copyOf(asym, c), Arrays.copyOf(orbit, c),
                    Arrays.copyOf(prod, c), lastAbove[0] >= r.transposeGapSq().length ? -1 : lastAbove[0] + 1, reached[0],
                    minGap[0], finalGap, (System.nanoTime() - t0) / 1e9);
        });
        progress.done();
        return out;
    }

    /** Critical points with pairwise different W2 W1 (relative 1e-6): one per component orbit seen. */
    static List<LaePoint> distinct(List<Point> pts) {
        List<LaePoint> out = new ArrayList<>();
        List<DMatrixRMaj> prods = new ArrayList<>();
        for (Point p : pts) {
            DMatrixRMaj w = p.point().product();
            boolean seen = false;
            for (DMatrixRMaj q : prods) {
                DMatrixRMaj d = w.copy();
                CommonOps_DDRM.subtractEquals(d, q);
                if (NormOps_DDRM.normF(d) <= 1e-6 * (1 + NormOps_DDRM.normF(q))) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                prods.add(w);
                out.add(p.point());
            }
        }
        return out;
    }

    /**
     * Distance from Adam's theta = (W1, W2^T) to the nearest critical point found, modulo O(k)
     * (the symmetry W1 -&gt; O W1, W2 -&gt; W2 O^T of L~): min_O ||O A - B||_F with A = [W1 | W2^T],
     * B = [W1* | W2*^T] is attained at O = U V^T, B A^T = U S V^T (orthogonal Procrustes); and the
     * gauge-free distance ||W2 W1 - W2* W1*||_F of the products.
     */
    static double[] nearest(double[] theta, int k, int m, List<LaePoint> targets) {
        int km = k * m;
        DMatrixRMaj a = new DMatrixRMaj(k, 2 * m);
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < m; j++) {
                a.set(r, j, theta[r * m + j]);
                a.set(r, m + j, theta[km + r * m + j]);
            }
        }
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < m; j++) {
                w1.set(r, j, theta[r * m + j]);
                w2.set(j, r, theta[km + r * m + j]);
            }
        }
        DMatrixRMaj w = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(w2, w1, w);
        double best = Double.POSITIVE_INFINITY;
        double bestProd = Double.POSITIVE_INFINITY;
        DMatrixRMaj b = new DMatrixRMaj(k, 2 * m);
        DMatrixRMaj bat = new DMatrixRMaj(k, k);
        for (LaePoint t : targets) {
            for (int r = 0; r < k; r++) {
                for (int j = 0; j < m; j++) {
                    b.set(r, j, t.w1.get(r, j));
                    b.set(r, m + j, t.w2.get(j, r));
                }
            }
            CommonOps_DDRM.multTransB(b, a, bat);
            // O = U V^T from B A^T = U S V^T; the distance computed directly (no cancellation in ||A||^2 + ||B||^2 - 2 tr S)
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(k, k, true, true, false);
            if (!svd.decompose(bat)) {
                continue;
            }
            DMatrixRMaj o = new DMatrixRMaj(k, k);
            CommonOps_DDRM.multTransB(svd.getU(null, false), svd.getV(null, false), o);
            DMatrixRMaj oa = new DMatrixRMaj(k, 2 * m);
            CommonOps_DDRM.mult(o, a, oa);
            CommonOps_DDRM.subtractEquals(oa, b);
            best = Math.min(best, NormOps_DDRM.normF(oa));
            DMatrixRMaj d = t.product();
            CommonOps_DDRM.subtractEquals(d, w);
            bestProd = Math.min(bestProd, NormOps_DDRM.normF(d));
        }
        return new double[] {best, bestProd};
    }

    /** Runs task(0..n-1) on up to availableProcessors threads, keeping the order. */
    static <T> List<T> parallel(int n, java.util.function.IntFunction<T> task) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
        if (threads == 1) {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(task.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lae-explore");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                final int j = i;
                fs.add(pool.submit(() -> task.apply(j)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> fu : fs) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
