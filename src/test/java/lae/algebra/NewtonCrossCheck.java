package lae.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.hipparchus.fraction.BigFraction;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;

/**
 * The numeric engine beside the algebraic one: the only class of the algebra package (and its tests) that uses the
 * Newton solver ({@code lae.numeric}), so that it can be re-pointed in one place.
 *
 * <p>The data are C = U diag(c) U^T with a seeded random orthogonal U (so the rotation to the principal basis is
 * exercised); Newton runs in the original coordinates, and each converged point is rotated to the principal basis,
 * (W1, W2) -&gt; (W1 U, U^T W2), and, for a real slice, moved into the slice by Householder reflections (the O(k) action
 * of {@link RealSlice}: W2 O^T in lower column-echelon form with positive pivots, dead units dropped), with the
 * auxiliary variables z = 1 / prod pivots and y_i = 1 / det(mu_i W2^T W2 + lambda_sigma I).
 */
final class NewtonCrossCheck {
    private NewtonCrossCheck() {
    }

    /** A converged Newton point, in a ring of the algebra: the case's piece label (or null) and its coordinates. */
    record Point(String piece, double[] x) {
    }

    /** Newton from {@code random} seeded N(0, 1/m) starts and from every Table-1 point perturbed by 1e-3 (both signs). */
    static List<Point> points(LossLandscape l, int random, long seed) {
        LossMember loss = l.loss();
        int m = l.data().m();
        int k = l.k();
        List<BigFraction> c = l.data().covarianceDiagonal();
        Random rnd = new Random(seed);
        DMatrixRMaj u = DataMatrix.orthogonal(m, rnd);
        DMatrixRMaj diag = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            diag.set(i, i, c.get(i).doubleValue());
        }
        DMatrixRMaj cov = new DMatrixRMaj(m, m);
        DMatrixRMaj tmp = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(u, diag, tmp);
        CommonOps_DDRM.multTransB(tmp, u, cov);
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind(loss), loss.lambda().doubleValue(), loss.w() == null ? 0.5 : loss.w().doubleValue(), cov, k);
        List<LaePoint> starts = new ArrayList<>();
        for (int s = 0; s < random; s++) {
            DMatrixRMaj w1 = new DMatrixRMaj(k, m);
            DMatrixRMaj w2 = new DMatrixRMaj(m, k);
            for (int i = 0; i < w1.data.length; i++) {
                w1.data[i] = rnd.nextGaussian() / Math.sqrt(m);
                w2.data[i] = rnd.nextGaussian() / Math.sqrt(m);
            }
            starts.add(new LaePoint(w1, w2));
        }
        GradientIdeal full = GradientIdeal.of(loss, c, k);
        for (LossLandscape.TableOneCheck t : l.tableOne()) {
            if (t.real()) {
                double[] p = TableOnePoint.of(full, t.indexSet()).approximate();
                for (double sign : new double[] {1, -1}) {
                    DMatrixRMaj w1 = new DMatrixRMaj(k, m);
                    DMatrixRMaj w2 = new DMatrixRMaj(m, k);
                    for (int i = 0; i < k * m; i++) {
                        w1.data[i] = sign * p[i] + 1e-3 * rnd.nextGaussian();
                        w2.data[i] = sign * p[k * m + i] + 1e-3 * rnd.nextGaussian();
                    }
                    // principal basis -> original: W1 U^T, U W2
                    DMatrixRMaj a = new DMatrixRMaj(k, m);
                    DMatrixRMaj b = new DMatrixRMaj(m, k);
                    CommonOps_DDRM.multTransB(w1, u, a);
                    CommonOps_DDRM.mult(u, w2, b);
                    starts.add(new LaePoint(a, b));
                }
            }
        }
        CriticalPointSolver solver = new CriticalPointSolver(CriticalPointSolver.Options.defaults());
        List<Point> out = new ArrayList<>();
        for (LaePoint start : starts) {
            CriticalPointSolver.Result r = solver.solve(f, start);
            if (!r.converged()) {
                continue;
            }
            DMatrixRMaj w1 = new DMatrixRMaj(k, m);
            DMatrixRMaj w2 = new DMatrixRMaj(m, k);
            CommonOps_DDRM.mult(r.point().w1, u, w1);
            CommonOps_DDRM.multTransA(u, r.point().w2, w2);
            out.add(l.strategy() == AlgebraEngine.Strategy.COMPLEX ? new Point(null, flat(w1, w2)) : slice(l, c, w1, w2));
        }
        return out;
    }

    private static LossKind kind(LossMember loss) {
        return switch (loss.kind()) {
            case L -> LossKind.L;
            case L_PI -> LossKind.L_PI;
            case L_SIGMA -> LossKind.L_SIGMA;
            case L_SYNTHETIC -> LossKind.SYNTHETIC;
            default -> throw new IllegalArgumentException(loss + " has no numeric counterpart");
        };
    }

    private static double[] flat(DMatrixRMaj w1, DMatrixRMaj w2) {
        int k = w1.numRows;
        int m = w1.numCols;
        double[] x = new double[2 * k * m];
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < m; i++) {
                x[r * m + i] = w1.get(r, i);
                x[k * m + i * k + r] = w2.get(i, r);
            }
        }
        return x;
    }

    /** Moves a real critical point into its slice case (the construction of {@link RealSlice}, numerically). */
    private static Point slice(LossLandscape l, List<BigFraction> c, DMatrixRMaj w1, DMatrixRMaj w2) {
        int m = w2.numRows;
        int k = w2.numCols;
        double scale = CommonOps_DDRM.elementMaxAbs(w2) + 1;
        List<Integer> pivots = new ArrayList<>();
        int r = 0;
        for (int i = 0; i < m && r < k; i++) {
            double norm = 0;
            for (int q = r; q < k; q++) {
                norm += w2.get(i, q) * w2.get(i, q);
            }
            norm = Math.sqrt(norm);
            // a row part below 1e-6 of the matrix is a zero of the echelon form (Newton's points are accurate to ~1e-10)
            if (norm <= 1e-6 * scale) {
                continue;
            }
            double[] v = new double[k];
            for (int q = r; q < k; q++) {
                v[q] = w2.get(i, q);
            }
            v[r] -= norm;
            double vv = 0;
            for (double x : v) {
                vv += x * x;
            }
            if (vv > 1e-30) {
                // H = I - 2 v v^T / v^T v: W2 <- W2 H, W1 <- H W1 (H is symmetric and orthogonal, an element of O(k))
                for (int row = 0; row < m; row++) {
                    double d = 0;
                    for (int q = 0; q < k; q++) {
                        d += w2.get(row, q) * v[q];
                    }
                    for (int q = 0; q < k; q++) {
                        w2.set(row, q, w2.get(row, q) - 2 * d * v[q] / vv);
                    }
                }
                for (int col = 0; col < m; col++) {
                    double d = 0;
                    for (int q = 0; q < k; q++) {
                        d += v[q] * w1.get(q, col);
                    }
                    for (int q = 0; q < k; q++) {
                        w1.set(q, col, w1.get(q, col) - 2 * d * v[q] / vv);
                    }
                }
            }
            pivots.add(i + 1);
            r++;
        }
        int rho = pivots.size();
        RealSlice.Case cs = new RealSlice.Case(rho, pivots);
        if (rho == 0) {
            return new Point("slice rank 0 (the origin)", flat(w1, w2));
        }
        DMatrixRMaj a = CommonOps_DDRM.extract(w1, 0, rho, 0, m);
        DMatrixRMaj b = CommonOps_DDRM.extract(w2, 0, m, 0, rho);
        double[] p = flat(a, b);
        double[] x = new double[1 + m + p.length];
        double prod = 1;
        for (int q = 0; q < rho; q++) {
            prod *= b.get(pivots.get(q) - 1, q);
        }
        x[0] = 1 / prod;
        DMatrixRMaj n2 = new DMatrixRMaj(rho, rho);
        CommonOps_DDRM.multTransA(b, b, n2);
        double ls = l.loss().uniformSumWeight().doubleValue();
        for (int i = 0; i < m; i++) {
            DMatrixRMaj mat = n2.copy();
            CommonOps_DDRM.scale(c.get(i).add(l.loss().lambdaPi()).doubleValue(), mat);
            for (int q = 0; q < rho; q++) {
                mat.add(q, q, ls);
            }
            x[1 + i] = 1 / CommonOps_DDRM.det(mat);
        }
        System.arraycopy(p, 0, x, 1 + m, p.length);
        return new Point(cs.label(), x);
    }

    /**
     * max over the basis of |g(x)| / (sum_e |c_e| max(1, |x|_inf)^deg e): the residual of x on a component relative to
     * the size of the generators' coefficients and of the point (0 on it; of the order of the nearest non-zero value of a
     * generator off it, which is not small for a point away from the component).
     */
    static double residual(Component c, double[] x) {
        double big = 1;
        for (double v : x) {
            big = Math.max(big, Math.abs(v));
        }
        double worst = 0;
        for (Polynomial g : c.basis()) {
            double value = 0;
            double size = 0;
            for (var t : g.terms().entrySet()) {
                double term = t.getValue().doubleValue();
                for (int v = 0; v < x.length; v++) {
                    term *= Math.pow(x[v], t.getKey().exponent(v));
                }
                value += term;
                size += Math.abs(t.getValue().doubleValue()) * Math.pow(big, t.getKey().degree());
            }
            worst = Math.max(worst, Math.abs(value) / size);
        }
        return worst;
    }
}
