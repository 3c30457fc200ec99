package lae.train;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.numeric.CriticalPointSolver;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.report.AtomicFiles;
import lae.report.Figures;
import lae.report.ReportJson;

/**
 * Section 4.2: artificial data X = U Sigma V^T (m = 20, n = 30, Sigma_ii = (21 - i)/5), k = 8,
 * lambda = 10 (so m0 = 5), full-batch Adam for 4000 epochs on L, L_pi, L_sigma and the synthetic
 * loss (w_sigma = 0.5): Figure 3 (heat maps of [U V*]^T [U U*] with W2 W1 = U* S* V*^T), distances
 * to the Table-1 minima, recovered principal directions, Hessian inertia (claims C27, C28); and
 * Figure 4, ||W1 - W2^T||_F^2 per epoch for L_sigma and the synthetic loss with w_sigma in
 * {0.5, 0.05, 0.005}, continued well past 4000 epochs (claim C29).
 */
public final class ArtificialExperiment {
    public static final int M = 20;
    public static final int N = 30;
    public static final int K = 8;
    public static final double LAMBDA = 10;
    public static final int EPOCHS = 4000;
    public static final int LONG_EPOCHS = 40_000;
    public static final double[] W_SIGMAS = {0.5, 0.05, 0.005};

    /** "Reaches the minimum": ||W2 W1 - W_min||_F / ||W_min||_F at most this. */
    static final double DIST_TOL = 1e-2;
    /** A principal direction is recovered when |cos| between it and the matching singular vector exceeds this. */
    static final double COS_TOL = 0.99;
    /** A singular value of W2 W1 counts towards the rank when it exceeds this times the largest. */
    static final double RANK_TOL = 1e-2;
    /** The transpose property holds when ||W1 - W2^T||^2 / (||W1||^2 + ||W2||^2) is at most this. */
    static final double GAP_TOL = 1e-6;
    /** A trained point counts as critical when its gradient norm is at most this times tr(X X^T). */
    static final double CRITICAL_TOL = 1e-3;
    /** A critical point found by Newton from the trained point is attributed to it only within this relative distance. */
    static final double POLISH_MAX = 0.05;

    private ArtificialExperiment() {
    }

    /** Singular values (21 - i)/5, i = 1..20. */
    public static double[] singularValues() {
        double[] s = new double[M];
        for (int i = 0; i < M; i++) {
            s[i] = (21.0 - (i + 1)) / 5.0;
        }
        return s;
    }

    /** Measurements at the end of the 4000 epochs of one run. */
    record Measured(TrainingConfig cfg, TrainingResult result, LaePoint point, double[][] heat, double[] sStar,
                    double distToMin, String minName, int recovered, double minDiagVu, int rank, double gradNorm,
                    double lossGap, double traceC, Analysis.Inertia inertia, double gapAtEpochs, double relGapAtEpochs,
                    double relGapAtEnd, int epochsAnalysed, boolean polished, double polishDistance, double polishedDistToMin) {
    }

    public static ExperimentOutput run(TrainOptions o) {
        int epochs = o.epochs() == null ? EPOCHS : o.epochs();
        int longEpochs = Math.max(epochs, o.longEpochs() == null ? LONG_EPOCHS : o.longEpochs());
        DataMatrix d = DataMatrix.fromSingularValues(singularValues(), M, N, o.seed());
        double[] x = rowsOf(d.x());
        int m0 = d.m0(LAMBDA);

        List<TrainingConfig> configs = new ArrayList<>();
        configs.add(o.apply(TrainingConfig.of(LossKind.L, LAMBDA, 0.5, K, epochs, 0, o.seed())));
        configs.add(o.apply(TrainingConfig.of(LossKind.L_PI, LAMBDA, 0.5, K, epochs, 0, o.seed())));
        configs.add(o.apply(TrainingConfig.of(LossKind.L_SIGMA, LAMBDA, 0.5, K, longEpochs, 0, o.seed())));
        for (double w : W_SIGMAS) {
            configs.add(o.apply(TrainingConfig.of(LossKind.SYNTHETIC, LAMBDA, w, K, longEpochs, 0, o.seed())));
        }
        long totalEpochs = configs.stream().mapToLong(TrainingConfig::epochs).sum();
        List<Measured> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Progress bar = o.bar("artificial", totalEpochs, "epochs")) {
            for (TrainingConfig c : configs) {
                double[][] snapshot = new double[1][];
                final int[] counted = {0};
                TrainingResult r = AdamTrainer.train(x, M, N, c, (e, theta, loss) -> {
                    if (e == epochs) {
                        snapshot[0] = theta.clone();
                    }
                    if (e % 100 == 0) {
                        bar.stepBy(100);
                        counted[0] += 100;
                    }
                });
                bar.stepBy(c.epochs() - counted[0]);
                double[] theta = snapshot[0] != null ? snapshot[0] : r.theta();
                runs.add(measure(d, c, r, theta, Math.min(epochs, r.epochsCompleted()), m0));
            }
        }
        double trainSeconds = (System.nanoTime() - t0) / 1e9;

        Path out = o.out();
        List<Path> figures = new ArrayList<>();
        figures.add(figure3(out.resolve("artificial-figure3.png"), runs, epochs));
        figures.add(figure4(out.resolve("artificial-figure4.png"), runs, epochs, "Figure 4: ||W1 - W2^T||_F^2 per epoch (first "
                + epochs + " epochs)"));
        if (longEpochs > epochs) {
            figures.add(figure4(out.resolve("artificial-figure4-long.png"), runs, longEpochs,
                    "Figure 4 continued: ||W1 - W2^T||_F^2 per epoch to epoch " + longEpochs));
        }

        List<ClaimResult> results = verdicts(runs, m0, epochs, longEpochs);
        Path md = out.resolve("artificial.md");
        Path json = out.resolve("artificial.json");
        AtomicFiles.writeString(md, markdown(o, d, runs, results, m0, epochs, longEpochs, trainSeconds));
        writeJson(json, o, d, runs, results, m0, epochs, longEpochs, trainSeconds);
        return new ExperimentOutput("artificial", md, json, figures, results);
    }

    static Measured measure(DataMatrix d, TrainingConfig c, TrainingResult r, double[] theta, int epochsAnalysed, int m0) {
        LaePoint p = TrainingResult.toPoint(theta, M, K);
        DMatrixRMaj w = p.product();
        Analysis.Svd svd = Analysis.svd(w);
        DMatrixRMaj u = d.u();
        DMatrixRMaj uStar = Analysis.leading(svd.u(), K);
        DMatrixRMaj vStar = Analysis.leading(svd.v(), K);
        // [U V*]^T [U U*]
        DMatrixRMaj left = new DMatrixRMaj(M, M + K);
        CommonOps_DDRM.insert(u, left, 0, 0);
        CommonOps_DDRM.insert(vStar, left, 0, M);
        DMatrixRMaj right = new DMatrixRMaj(M, M + K);
        CommonOps_DDRM.insert(u, right, 0, 0);
        CommonOps_DDRM.insert(uStar, right, 0, M);
        DMatrixRMaj heat = new DMatrixRMaj(M + K, M + K);
        CommonOps_DDRM.multTransA(left, right, heat);
        double[][] h = new double[M + K][M + K];
        for (int i = 0; i < M + K; i++) {
            for (int j = 0; j < M + K; j++) {
                h[i][j] = heat.get(i, j);
            }
        }
        double[] s = d.singularValues();
        double[] diag = tableOneDiagonal(c, s, m0);
        DMatrixRMaj wMin = Analysis.sandwich(u, diag);
        double dist = Analysis.relativeDistance(w, wMin);
        int recovered = 0;
        for (int i = 0; i < K; i++) {
            if (Analysis.absCos(u, i, uStar, i) > COS_TOL) {
                recovered++;
            }
        }
        int rank = 0;
        for (double v : svd.s()) {
            if (v > RANK_TOL * svd.s()[0]) {
                rank++;
            }
        }
        double minDiag = Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(rank, K); i++) {
            minDiag = Math.min(minDiag, Analysis.absCos(vStar, i, uStar, i));
        }
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(c.loss(), c.lambda(), c.wSigma(), d.covariance(), K);
        // Adam at a constant learning rate stops near, not at, a critical point: Newton (Levenberg-Marquardt
        // from the trained point) finds the nearby critical point, and its inertia is what a claim about
        // critical points can be judged on; the distance moved is reported.
        CriticalPointSolver.Result polish = new CriticalPointSolver(CriticalPointSolver.Options.defaults()).newton(loss, p);
        // for lambda_sigma = 0 the loss depends on W2 W1 only and Newton moves along the GL_k orbit (gauge
        // balancing), so "near" is measured on W2 W1 there
        double moved = !polish.converged() ? Double.NaN
                : loss.lambdaSigma() == 0 ? relative(polish.point().product(), w) : polish.point().plus(-1, p).norm() / (1 + p.norm());
        boolean polished = polish.converged() && moved <= POLISH_MAX;
        LaePoint q = polished ? polish.point() : p;
        double gradNorm = loss.gradient(q).norm();
        LaePoint minPoint = tableOnePoint(u, diag);
        double lossGap = loss.value(p) - loss.value(minPoint);
        Analysis.Inertia inertia = Analysis.hessianInertia(loss, q);
        double gap = AdamTrainer.gapSq(theta, K, M);
        double norms = sq(p.w1) + sq(p.w2);
        double endGap = r.transposeGapSq().length == 0 ? Double.NaN : r.transposeGapSq()[r.transposeGapSq().length - 1];
        LaePoint endP = r.point();
        double endNorms = sq(endP.w1) + sq(endP.w2);
        String minName = minimumName(c.loss());
        return new Measured(c, r, p, h, svd.s(), dist, minName, recovered, minDiag, rank, gradNorm, lossGap,
                CommonOps_DDRM.trace(d.covariance()), inertia,
                gap, gap / norms, endGap / endNorms, epochsAnalysed, polished, moved,
                polished ? Analysis.relativeDistance(q.product(), wMin) : Double.NaN);
    }

    /**
     * The diagonal d of the minimum W_min = U_l diag(d) U_l^T: Table 1 with I = {1..l} for L (d = 1,
     * l = k), L_pi (d = s^2 / (s^2 + lambda), l = k), L_sigma (d = 1 - lambda / s^2, l = min(k, m0));
     * for the synthetic loss (not in Table 1) the transpose-symmetric critical point derived here:
     * with W1 = W2^T = D^(1/2) U_l^T each direction minimises s^2 (1 - t)^2 + lambda_pi t^2 + 2 lambda_sigma t,
     * so t = (s^2 - lambda_sigma) / (s^2 + lambda_pi), kept where positive.
     */
    static double[] tableOneDiagonal(TrainingConfig c, double[] s, int m0) {
        List<Double> dd = new ArrayList<>();
        for (int i = 0; i < K; i++) {
            double s2 = s[i] * s[i];
            switch (c.loss()) {
                case L: dd.add(1.0); break;
                case L_PI: dd.add(s2 / (s2 + c.lambda())); break;
                case L_SIGMA: if (i < m0) { dd.add(1 - c.lambda() / s2); } break;
                default:
                    double t = (s2 - c.lambdaSigma()) / (s2 + c.lambdaPi());
                    if (t > 0) {
                        dd.add(t);
                    }
            }
        }
        return dd.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String minimumName(LossKind k) {
        switch (k) {
            case L: return "U_k U_k^T (Table 1, I = {1..k})";
            case L_PI: return "U_k diag(s^2/(s^2+lambda)) U_k^T (Table 1, I = {1..k})";
            case L_SIGMA: return "U_m0 diag(1-lambda/s^2) U_m0^T (Table 1, I = {1..m0})";
            default: return "U_k diag((s^2-lambda_sigma)/(s^2+lambda_pi)) U_k^T (derived here, assumes W1 = W2^T)";
        }
    }

    /** W2 = U_l diag(d)^(1/2), W1 = W2^T (zero-padded to k columns): a point with W2 W1 = U_l diag(d) U_l^T. */
    static LaePoint tableOnePoint(DMatrixRMaj u, double[] d) {
        DMatrixRMaj w2 = new DMatrixRMaj(M, K);
        for (int i = 0; i < M; i++) {
            for (int c = 0; c < d.length; c++) {
                w2.set(i, c, u.get(i, c) * Math.sqrt(d[c]));
            }
        }
        DMatrixRMaj w1 = new DMatrixRMaj(K, M);
        CommonOps_DDRM.transpose(w2, w1);
        return new LaePoint(w1, w2);
    }

    static List<ClaimResult> verdicts(List<Measured> runs, int m0, int epochs, int longEpochs) {
        List<ClaimResult> out = new ArrayList<>();
        for (Measured r : runs) {
            LossKind kind = r.cfg().loss();
            String nums = numbers(r);
            if (r.result().stoppedOnNaN()) {
                out.add(new ClaimResult(kind == LossKind.SYNTHETIC ? "C28" : "C27", r.cfg().lossLabel(), Verdict.INCONCLUSIVE, Strength.OBSERVED,
                        1, 0, Double.NaN, null, null, "training stopped on a non-finite value in epoch " + r.result().nanEpoch()));
                continue;
            }
            switch (kind) {
                case L: {
                    boolean reached = r.distToMin() <= DIST_TOL;
                    boolean uv = r.minDiagVu() >= COS_TOL;
                    Verdict v = !reached || !uv ? Verdict.FAILS : r.inertia().decided() && r.inertia().negative() == 0 ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
                    out.add(new ClaimResult("C27", "L", v, Strength.OBSERVED, 1, v == Verdict.FAILS ? 1 : 0, r.distToMin(),
                            v == Verdict.FAILS ? "m=20, n=30, k=8, seed " + r.cfg().seed() + ": " + nums : null, null,
                            "L reaches the minimum U_k U_k^T with U* = V*: " + nums));
                    break;
                }
                case L_PI: {
                    boolean reached = r.distToMin() <= DIST_TOL;
                    boolean uv = r.minDiagVu() >= COS_TOL;
                    boolean dirs = r.recovered() == K;
                    Verdict v = !reached || !uv || !dirs ? Verdict.FAILS
                            : r.inertia().decided() && r.inertia().negative() == 0 ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
                    out.add(new ClaimResult("C27", "L_pi", v, Strength.OBSERVED, 1, v == Verdict.FAILS ? 1 : 0, r.distToMin(),
                            v == Verdict.FAILS ? "m=20, n=30, k=8, lambda=10, seed " + r.cfg().seed() + ": " + nums : null, null,
                            "L_pi reaches its minimum and recovers the left singular vectors of X: " + nums));
                    break;
                }
                case L_SIGMA: {
                    // Adam's end point, or the critical point Newton reaches from it, is the Table-1 minimum
                    boolean reached = r.distToMin() <= DIST_TOL || r.polishedDistToMin() <= DIST_TOL;
                    boolean rankDeficient = r.rank() == m0 && m0 < K;
                    Verdict v = reached && rankDeficient ? Verdict.HOLDS : Verdict.FAILS;
                    out.add(new ClaimResult("C27", "L_sigma", v, Strength.OBSERVED, 1, v == Verdict.FAILS ? 1 : 0, r.distToMin(),
                            v == Verdict.FAILS ? nums : null, null,
                            "no rank-k minimum: training reaches the rank-m0 minimum (m0 = " + m0 + "), the last k - m0 = " + (K - m0)
                                    + " singular directions of W2 W1 are noise: " + nums));
                    int claimed = (K - m0) * (M - m0);
                    boolean critical = r.gradNorm() <= CRITICAL_TOL * r.traceC();
                    Verdict dv;
                    String ev;
                    if (!(r.polished() || critical) || !r.inertia().decided()) {
                        dv = Verdict.INCONCLUSIVE;
                        ev = "no critical point with a decided inertia near the trained point, so no index to compare: " + nums;
                    } else if (r.inertia().negative() >= claimed) {
                        dv = Verdict.HOLDS;
                        ev = "the Hessian at the critical point has " + r.inertia().negative() + " >= " + claimed
                                + " negative eigenvalues: " + nums;
                    } else if (critical) {
                        dv = Verdict.FAILS;
                        ev = "the paper says every critical point of L_sigma has at least (k - m0)(m - m0) = " + claimed
                                + " descending directions; at the critical point near the trained one (gradient norm " + fmt(r.gradNorm())
                                + ", distance " + fmt(r.distToMin()) + " from the trained point to the Table-1 point I = {1..m0}) the Hessian has "
                                + r.inertia().describe() + ". It is a minimum with no descending direction. "
                                + "Along an unused latent coordinate a and a direction u_j (j > m0) the second variation is "
                                + "lambda - s_j^2 > 0, so the (k - l)(m - l) count of Theorem 3.1 cannot hold for L_sigma when s_j^2 < lambda";
                    } else {
                        dv = Verdict.INCONCLUSIVE;
                        ev = "gradient norm " + fmt(r.gradNorm()) + " too large to call the point critical; inertia "
                                + r.inertia().describe();
                    }
                    out.add(new ClaimResult("C27", "L_sigma", dv, Strength.OBSERVED, 1, dv == Verdict.FAILS ? 1 : 0, r.inertia().negative(),
                            dv == Verdict.FAILS ? "m=20, n=30, k=8, lambda=10, m0=" + m0 + ", I={1.." + m0 + "}: measured "
                                    + r.inertia().negative() + " negative eigenvalues, claimed >= " + claimed : null,
                            null, ev));
                    out.add(transposeVerdict(r, epochs, longEpochs));
                    break;
                }
                default: {
                    if (r.cfg().wSigma() == 0.5) {
                        boolean dirs = r.recovered() == K;
                        boolean uv = r.minDiagVu() >= COS_TOL;
                        boolean fullRank = r.rank() == K;
                        Verdict v = !(dirs && uv && fullRank) ? Verdict.FAILS
                                : r.inertia().decided() && r.inertia().negative() == 0 ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
                        out.add(new ClaimResult("C28", r.cfg().lossLabel(), v, Strength.OBSERVED, 1, v == Verdict.FAILS ? 1 : 0, r.distToMin(),
                                v == Verdict.FAILS ? nums : null, null,
                                "like L_pi: rank-k minimum with U* = V* and the k principal directions recovered: " + nums));
                    }
                    out.add(transposeVerdict(r, epochs, longEpochs));
                }
            }
        }
        return out;
    }

    /** C29 for one run: does ||W1 - W2^T|| vanish at 4000 epochs, and at the end of the long run? */
    static ClaimResult transposeVerdict(Measured r, int epochs, int longEpochs) {
        boolean holdsAt = r.relGapAtEpochs() <= GAP_TOL;
        boolean holdsEnd = r.relGapAtEnd() <= GAP_TOL;
        String nums = String.format(Locale.ROOT,
                "||W1 - W2^T||^2 = %.3e (relative %.3e) at epoch %d, relative %.3e at epoch %d", r.gapAtEpochs(),
                r.relGapAtEpochs(), r.epochsAnalysed(), r.relGapAtEnd(), r.result().epochsCompleted());
        String closes = holdsEnd ? "closed by epoch " + r.result().epochsCompleted() : "still open at epoch " + r.result().epochsCompleted();
        if (r.cfg().loss() == LossKind.L_SIGMA) {
            Verdict v = holdsAt ? Verdict.HOLDS : Verdict.FAILS;
            return new ClaimResult("C29", "L_sigma", v, Strength.OBSERVED, 1, holdsAt ? 0 : 1, r.relGapAtEpochs(), holdsAt ? null : nums, null,
                    "reference curve of Figure 4 (Transpose Theorem for L_sigma): " + nums + "; gap " + closes);
        }
        double w = r.cfg().wSigma();
        boolean claimedHolds = w >= 0.05;
        Verdict v;
        String corrected = null;
        if (claimedHolds) {
            v = holdsAt ? Verdict.HOLDS : Verdict.FAILS;
        } else if (holdsAt) {
            v = Verdict.FAILS;
        } else if (!holdsEnd) {
            v = Verdict.HOLDS;
        } else {
            v = Verdict.FAILS;
            corrected = "with w_sigma = " + w + " the gap is still open after " + epochs
                    + " epochs but closes by epoch " + r.result().epochsCompleted() + ": slow convergence, not a failure of W1 = W2^T";
        }
        return new ClaimResult("C29", r.cfg().lossLabel(), v, Strength.OBSERVED, 1, v == Verdict.FAILS ? 1 : 0, r.relGapAtEpochs(),
                v == Verdict.FAILS ? nums : null, corrected,
                "claimed: the transpose property " + (claimedHolds ? "holds" : "fails") + " for w_sigma = " + w + "; measured "
                        + nums + "; gap " + closes);
    }

    static double relative(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = a.copy();
        CommonOps_DDRM.subtractEquals(d, b);
        return org.ejml.dense.row.NormOps_DDRM.normF(d) / (1 + org.ejml.dense.row.NormOps_DDRM.normF(b));
    }

    static String numbers(Measured r) {
        return String.format(Locale.ROOT,
                "relative distance to %s = %.3e, directions recovered (|cos| > %.2f) %d/%d, min |(V*^T U*)_ii| = %.4f, "
                        + "rank(W2 W1) = %d, f - f(min) = %.3e; %s: gradient norm %.2e, Hessian inertia %s",
                r.minName(), r.distToMin(), COS_TOL, r.recovered(), K, r.minDiagVu(), r.rank(), r.lossGap(),
                r.polished() ? String.format(Locale.ROOT, "at the critical point that Newton reaches from the trained point (moved %.2e relative)", r.polishDistance())
                        : "at the trained point (Newton from it did not reach a critical point within " + POLISH_MAX + " relative distance)",
                r.gradNorm(), r.inertia().describe())
                + (r.polished() ? String.format(Locale.ROOT, "; that critical point's relative distance to %s = %.3e", r.minName(), r.polishedDistToMin()) : "");
    }

    static Path figure3(Path target, List<Measured> runs, int epochs) {
        Color[] colours = {Color.BLACK, new Color(200, 0, 0), Color.WHITE};
        List<HeatMapChart> charts = new ArrayList<>();
        String[] letters = {"a", "b", "c", "d"};
        int i = 0;
        for (Measured r : runs) {
            boolean show = r.cfg().loss() != LossKind.SYNTHETIC || r.cfg().wSigma() == 0.5;
            if (!show) {
                continue;
            }
            String name = r.cfg().loss() == LossKind.SYNTHETIC ? "L~ (w_sigma = w_pi = 0.5)" : r.cfg().loss().label();
            charts.add(Figures.heatMap(letters[i++] + ") " + name + ", lambda = 10", r.heat(), -1, 1, colours, 560, 500));
        }
        Figures.writePng(target, Figures.grid("Figure 3: [U V*]^T [U U*] after " + epochs
                + " epochs (rows 1-20: U, 21-28: V*; columns 1-20: U, 21-28: U*)", charts, 2));
        return target;
    }

    static Path figure4(Path target, List<Measured> runs, int upTo, String title) {
        Map<String, double[][]> series = new LinkedHashMap<>();
        for (Measured r : runs) {
            if (r.cfg().loss() != LossKind.L_SIGMA && r.cfg().loss() != LossKind.SYNTHETIC) {
                continue;
            }
            double[] g = r.result().transposeGapSq();
            int len = Math.min(upTo, g.length);
            int stride = Math.max(1, len / 4000);
            int pts = (len + stride - 1) / stride;
            double[] xs = new double[pts];
            double[] ys = new double[pts];
            for (int p = 0; p < pts; p++) {
                int e = Math.min(len - 1, p * stride);
                xs[p] = e + 1;
                ys[p] = g[e];
            }
            String name = r.cfg().loss() == LossKind.L_SIGMA ? "L_sigma" : "L~, w_sigma = " + r.cfg().wSigma();
            series.put(name, new double[][] {xs, ys});
        }
        XYChart chart = Figures.logLines(title, "epoch", "||W1 - W2^T||_F^2", series, 1e-30, 900, 560);
        Figures.writePng(target, chart);
        return target;
    }

    static String markdown(TrainOptions o, DataMatrix d, List<Measured> runs, List<ClaimResult> results, int m0, int epochs,
                           int longEpochs, double seconds) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Section 4.2: artificial data, Figures 3 and 4 (claims C27, C28, C29)\n\n");
        sb.append("Reproduce with: `").append(o.command()).append("`\n\n");
        sb.append("## Configuration\n\n");
        sb.append("- Data: X = U Sigma V^T, m = ").append(M).append(", n = ").append(N)
                .append(", Sigma_ii = (21 - i)/5, U and V from the QR factorisation of N(0,1) matrices, seed ")
                .append(o.seed()).append(" (not centred, as in the paper).\n");
        sb.append("- k = ").append(K).append(", lambda = ").append(fmtPlain(LAMBDA)).append(", m0 = ").append(m0)
                .append(" (largest j with s_j^2 > lambda).\n");
        sb.append("- ").append(new Adam(1, o.learningRate()).describe()).append("; full batch (n = 30 points per step), ")
                .append(epochs).append(" epochs; the Figure 4 runs continue to epoch ").append(longEpochs).append(".\n");
        sb.append("- Initialisation: W1, W2 entries N(0, sigma^2), sigma = ").append(o.initSigma())
                .append(" (Keras RandomNormal default, as in Kunin et al.'s code), seed ").append(o.seed())
                .append("; biases: ").append(o.bias() ? "trained (zero at start)" : "none").append(".\n");
        sb.append("- Regulariser: full batch, so the mini-batch convention does not matter: effective lambda against the ")
                .append("full-data loss = lambda = ").append(fmtPlain(LAMBDA)).append(".\n");
        sb.append("- Training time: ").append(String.format(Locale.ROOT, "%.2f", seconds)).append(" s for all runs.\n\n");
        sb.append("## Criteria (fixed before the runs)\n\n");
        sb.append("- *Reaches the minimum*: ||W2 W1 - W_min||_F / ||W_min||_F <= ").append(DIST_TOL)
                .append(", W_min the Table-1 point with I = {1..k} (L, L_pi) or I = {1..m0} (L_sigma); the synthetic loss is ")
                .append("compared with the transpose-symmetric critical point derived in the code (it is not in Table 1). ")
                .append("For L_sigma the critical point that Newton reaches from the trained point may meet it instead.\n");
        sb.append("- *Direction recovered*: |cos(u_i, u*_i)| > ").append(COS_TOL)
                .append(" between the i-th left singular vector of X and of W2 W1; *U* = V**: |(V*^T U*)_ii| >= ")
                .append(COS_TOL).append(" for every i up to the rank.\n");
        sb.append("- *Rank* of W2 W1: singular values above ").append(RANK_TOL).append(" times the largest.\n");
        sb.append("- *Inertia*: at the critical point that Newton (Levenberg-Marquardt) reaches from the trained point, if it lies within ")
                .append(POLISH_MAX).append(" relative distance (on W2 W1 where lambda_sigma = 0), else at the trained point; eigenvalues of the dense Hessian (2km = ")
                .append(2 * K * M).append(") by EJML and by Hipparchus; |e| <= 1e-8 max|e| counts as zero; margin = smallest non-zero |e| / largest zero |e|; ")
                .append("decided only when the libraries agree and the margin is >= 1e3. A minimum has no negative eigenvalue.\n");
        sb.append("- *Transpose property* (C29): ||W1 - W2^T||_F^2 / (||W1||_F^2 + ||W2||_F^2) <= ").append(GAP_TOL)
                .append(".\n\n");
        sb.append("## Figure 3\n\n![Figure 3](artificial-figure3.png)\n\n");
        sb.append("| loss | distance to minimum | minimum | recovered | min V*^T U* diag | rank | singular values of W2 W1 | grad norm | f - f(min) | inertia (neg, zero, pos) | margin |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measured r : runs) {
            if (r.cfg().loss() == LossKind.SYNTHETIC && r.cfg().wSigma() != 0.5) {
                continue;
            }
            StringBuilder sv = new StringBuilder();
            for (int i = 0; i < K; i++) {
                sv.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3g", r.sStar()[i]));
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.2e | %s | %d/%d | %.4f | %d | %s | %.1e | %.2e | (%d, %d, %d) | %s |\n",
                    r.cfg().lossLabel(), r.distToMin(), r.minName(), r.recovered(), K, r.minDiagVu(), r.rank(), sv,
                    r.gradNorm(), r.lossGap(), r.inertia().negative(), r.inertia().zero(), r.inertia().positive(),
                    Double.isInfinite(r.inertia().margin()) ? "inf" : String.format(Locale.ROOT, "%.1e", r.inertia().margin())));
        }
        sb.append("\n## Figure 4\n\n![Figure 4](artificial-figure4.png)\n\n");
        if (longEpochs > epochs) {
            sb.append("![Figure 4 continued](artificial-figure4-long.png)\n\n");
        }
        sb.append("| loss | ||W1 - W2^T||^2 at epoch ").append(epochs).append(" | relative | relative at epoch ")
                .append(longEpochs).append(" | holds at ").append(epochs).append(" | holds at ").append(longEpochs).append(" |\n");
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Measured r : runs) {
            if (r.cfg().loss() != LossKind.L_SIGMA && r.cfg().loss() != LossKind.SYNTHETIC) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "| %s | %.3e | %.3e | %.3e | %s | %s |\n", r.cfg().lossLabel(), r.gapAtEpochs(),
                    r.relGapAtEpochs(), r.relGapAtEnd(), r.relGapAtEpochs() <= GAP_TOL ? "yes" : "no",
                    r.relGapAtEnd() <= GAP_TOL ? "yes" : "no"));
        }
        sb.append("\n## Verdicts\n\n| claim | loss | verdict | evidence |\n| --- | --- | --- | --- |\n");
        for (ClaimResult c : results) {
            sb.append("| ").append(c.claim()).append(" | ").append(c.loss()).append(" | **").append(c.verdict()).append("** | ")
                    .append(c.evidence().replace("|", "\\|"));
            if (c.corrected() != null) {
                sb.append(" Corrected: ").append(c.corrected().replace("|", "\\|"));
            }
            sb.append(" |\n");
        }
        for (Measured r : runs) {
            if (r.result().stoppedOnNaN()) {
                sb.append("\nTraining of ").append(r.cfg().lossLabel()).append(" stopped on a non-finite value in epoch ")
                        .append(r.result().nanEpoch()).append("; the last good weights (epoch ")
                        .append(r.result().epochsCompleted()).append(") were analysed.\n");
            }
        }
        return sb.toString();
    }

    static void writeJson(Path target, TrainOptions o, DataMatrix d, List<Measured> runs, List<ClaimResult> results, int m0,
                          int epochs, int longEpochs, double seconds) {
        ReportJson j = new ReportJson("train-artificial", "train", o.command(), o.seed());
        ObjectNode c = j.config();
        c.put("experiment", "artificial");
        c.put("m", M).put("n", N).put("k", K).put("lambda", LAMBDA).put("m0", m0);
        ArrayNode sv = c.putArray("singular_values");
        for (double s : d.singularValues()) {
            sv.add(s);
        }
        c.put("epochs", epochs).put("long_epochs", longEpochs).put("batch", "full (30)");
        c.put("optimizer", new Adam(1, o.learningRate()).describe());
        c.put("init_sigma", o.initSigma()).put("bias", o.bias());
        c.put("batch_regularization", "full batch: lambda_eff = lambda");
        c.put("lambda_effective", LAMBDA);
        c.put("data", d.origin());
        ObjectNode crit = c.putObject("criteria");
        crit.put("critical_gradient_tol_times_trace_C", CRITICAL_TOL);
        crit.put("distance_tol", DIST_TOL).put("cos_tol", COS_TOL).put("rank_tol", RANK_TOL).put("transpose_gap_tol", GAP_TOL)
                .put("inertia_zero_tol", "1e-8 * max|eigenvalue|");
        j.timing("training", seconds);
        for (Measured r : runs) {
            j.timing("train " + r.cfg().lossLabel(), r.result().seconds());
        }
        j.results(results);
        ArrayNode meas = j.root().putArray("measurements");
        for (Measured r : runs) {
            ObjectNode n = meas.addObject();
            n.put("loss", r.cfg().lossLabel());
            n.put("epochs_analysed", r.epochsAnalysed());
            n.put("epochs_trained", r.result().epochsCompleted());
            n.put("nan_epoch", r.result().nanEpoch());
            n.put("distance_to_minimum", r.distToMin());
            n.put("minimum", r.minName());
            n.put("directions_recovered", r.recovered());
            n.put("min_diag_VtU", r.minDiagVu());
            n.put("rank", r.rank());
            ArrayNode s = n.putArray("singular_values_W");
            for (int i = 0; i < K; i++) {
                s.add(r.sStar()[i]);
            }
            n.put("gradient_norm", r.gradNorm());
            n.put("loss_minus_min", r.lossGap());
            ObjectNode in = n.putObject("inertia");
            in.put("negative", r.inertia().negative()).put("zero", r.inertia().zero()).put("positive", r.inertia().positive())
                    .put("zero_tol", r.inertia().tol()).put("min_eigenvalue", r.inertia().mostNegative());
            if (Double.isFinite(r.inertia().margin())) {
                in.put("margin", r.inertia().margin());
            } else {
                in.putNull("margin");
            }
            n.put("transpose_gap_sq_at_epochs", r.gapAtEpochs());
            n.put("transpose_gap_rel_at_epochs", r.relGapAtEpochs());
            n.put("transpose_gap_rel_at_end", r.relGapAtEnd());
        }
        j.write(target);
    }

    static double[] rowsOf(DMatrixRMaj x) {
        int m = x.numRows;
        int n = x.numCols;
        double[] r = new double[m * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                r[i * m + j] = x.get(j, i);
            }
        }
        return r;
    }

    static double sq(DMatrixRMaj a) {
        double s = 0;
        for (double v : a.data) {
            s += v * v;
        }
        return s;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3e", v);
    }

    static String fmtPlain(double v) {
        return TrainingConfig.fmt(v);
    }
}
