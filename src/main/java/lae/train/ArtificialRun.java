package lae.train;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lae.core.Numbers;
import lae.core.Tolerance;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.HessianInertia;
import lae.numeric.Schedule;

/**
 * What one run of Section 4.2 ended at, measured against {@link ArtificialMinimum} and against the critical
 * point Newton (Levenberg-Marquardt, {@link CriticalPointSolver}) finds from it, whose Hessian inertia comes
 * from {@link HessianInertia} (EJML and Hipparchus, margin &gt;= 1e3).
 *
 * @param cfg               the run's configuration
 * @param result            what training returned
 * @param point             the trained (W1, W2)
 * @param heat              [U V*]^T [U U*] (Figure 3), U* S* V*^T the SVD of W2 W1
 * @param sStar             the singular values of W2 W1
 * @param distToMin         ||W2 W1 - W_min||_F / ||W_min||_F
 * @param recovered         the directions i &lt;= k with |cos(u_i, u*_i)| above the direction tolerance
 * @param minDiagVu         the smallest |(V*^T U*)_ii| up to the rank
 * @param rank              rank(W2 W1) (singular values above the heat map's rank tolerance times the largest)
 * @param lossGap           f(trained point) - f(W_min's point)
 * @param relAsym           ||W1 - W2^T||_F / ||(W1, W2)||_F
 * @param near              Newton converged within the near-critical tolerance
 * @param moved             how far Newton moved (relative; on W2 W1 for L, whose critical points form GL_k orbits)
 * @param newtonReason      why Newton did not converge, or null
 * @param critical          the critical point Newton reached, or null
 * @param criticalGrad      its gradient norm
 * @param inertia           its Hessian inertia, or null
 * @param criticalDistToMin its W2 W1's relative distance to W_min
 * @param criticalRank      its rank (-1 without a critical point)
 * @param criticalRelAsym   its relative asymmetry
 */
record ArtificialRun(TrainingConfig cfg, TrainingResult result, LaePoint point, double[][] heat, double[] sStar,
                     double distToMin, int recovered, double minDiagVu, int rank, double lossGap, double relAsym,
                     boolean near, double moved, String newtonReason, LaePoint critical, double criticalGrad,
                     HessianInertia inertia, double criticalDistToMin, int criticalRank, double criticalRelAsym)
        implements SeedRun {
    private static final int K = ArtificialSetup.K;

    /** "L_sigma" or "L_synthetic(w_sigma=0.5)". */
    String loss() {
        return cfg.loss() == LossKind.SYNTHETIC ? "L_synthetic(w_sigma=" + Numbers.general(cfg.wSigma()) + ")"
                : cfg.loss().label();
    }

    /** The schedule's name. */
    String schedule() {
        return cfg.schedule().kind().cliName();
    }

    @Override
    public long seed() {
        return cfg.seed();
    }

    @Override
    public String conditions() {
        return "m=20, n=30, k=8, lambda=10, " + schedule() + ", seed " + seed();
    }

    /** The runs of loss {@code k} (and, for the synthetic loss, of w_sigma {@code w}), in their order. */
    static List<ArtificialRun> select(List<ArtificialRun> runs, LossKind k, double w) {
        return runs.stream().filter(r -> r.cfg().loss() == k && (k != LossKind.SYNTHETIC || r.cfg().wSigma() == w)).toList();
    }

    /** The runs under schedule {@code kind}, in their order. */
    static List<ArtificialRun> select(List<ArtificialRun> runs, Schedule.Kind kind) {
        return runs.stream().filter(r -> r.cfg().schedule().kind() == kind).toList();
    }

    /** Measures a run on the data {@code d}. */
    static ArtificialRun measure(DataMatrix d, TrainingConfig c, TrainingResult r, int m0) {
        LaePoint p = r.point();
        DMatrixRMaj w = p.product();
        Analysis.Svd svd = Analysis.svd(w);
        DMatrixRMaj u = d.u();
        double[] s = d.singularValues();
        DMatrixRMaj wMin = Analysis.sandwich(u, ArtificialMinimum.diagonal(c, s, m0));
        double[][] h = heat(u, svd);
        int recovered = 0;
        for (int i = 0; i < K; i++) {
            if (Analysis.absCos(u, i, svd.u(), i) > Tolerance.DIRECTION_COSINE.value()) {
                recovered++;
            }
        }
        int rank = rank(svd.s());
        double minDiag = Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(rank, K); i++) {
            minDiag = Math.min(minDiag, Analysis.absCos(svd.v(), i, svd.u(), i));
        }
        RegularizedLaeLoss loss = RegularizedLaeLoss.of(c.loss(), c.lambda(), c.wSigma(), d.covariance(), K);
        CriticalPointSolver.Result polish = new CriticalPointSolver(CriticalPointSolver.Options.defaults()).newton(loss, p);
        double moved = !polish.converged() ? Double.NaN
                : loss.lambdaSigma() == 0 ? relative(polish.point().product(), w)
                : polish.point().plus(-1, p).norm() / (1 + p.norm());
        boolean near = polish.converged() && moved <= Tolerance.NEAR_CRITICAL.value();
        LaePoint q = polish.converged() ? polish.point() : null;
        HessianInertia inertia = q == null ? null : Analysis.hessianInertia(loss, q);
        double lossGap = loss.value(p) - loss.value(ArtificialMinimum.point(u, ArtificialMinimum.diagonal(c, s, m0)));
        double qDist = Double.NaN;
        int qRank = -1;
        double qAsym = Double.NaN;
        double qGrad = Double.NaN;
        if (q != null) {
            DMatrixRMaj wq = q.product();
            qDist = Analysis.relativeDistance(wq, wMin);
            qRank = rank(Analysis.svd(wq).s());
            qAsym = q.transposeGap() / q.norm();
            qGrad = loss.gradient(q).norm();
        }
        return new ArtificialRun(c, r, p, h, svd.s(), Analysis.relativeDistance(w, wMin), recovered, minDiag, rank, lossGap,
                p.transposeGap() / p.norm(), near, moved, polish.converged() ? null : polish.reason(), q, qGrad, inertia,
                qDist, qRank, qAsym);
    }

    /** The singular values above the heat map's rank tolerance times the largest. */
    static int rank(double[] sv) {
        int rank = 0;
        for (double v : sv) {
            if (v > Tolerance.HEATMAP_RANK.value() * sv[0]) {
                rank++;
            }
        }
        return rank;
    }

    /** [U V*]^T [U U*] (Figure 3), V* and U* the leading k singular vectors of W2 W1. */
    static double[][] heat(DMatrixRMaj u, Analysis.Svd svd) {
        int m = u.numRows;
        DMatrixRMaj uStar = Analysis.leading(svd.u(), K);
        DMatrixRMaj vStar = Analysis.leading(svd.v(), K);
        DMatrixRMaj left = new DMatrixRMaj(m, m + K);
        CommonOps_DDRM.insert(u, left, 0, 0);
        CommonOps_DDRM.insert(vStar, left, 0, m);
        DMatrixRMaj right = new DMatrixRMaj(m, m + K);
        CommonOps_DDRM.insert(u, right, 0, 0);
        CommonOps_DDRM.insert(uStar, right, 0, m);
        DMatrixRMaj heat = new DMatrixRMaj(m + K, m + K);
        CommonOps_DDRM.multTransA(left, right, heat);
        double[][] h = new double[m + K][m + K];
        for (int i = 0; i < m + K; i++) {
            for (int j = 0; j < m + K; j++) {
                h[i][j] = heat.get(i, j);
            }
        }
        return h;
    }

    /** ||a - b||_F / (1 + ||b||_F). */
    static double relative(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj d = a.copy();
        CommonOps_DDRM.subtractEquals(d, b);
        return NormOps_DDRM.normF(d) / (1 + NormOps_DDRM.normF(b));
    }
}
