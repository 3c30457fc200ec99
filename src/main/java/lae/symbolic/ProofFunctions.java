package lae.symbolic;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.symbolic.ExactInertia.Inertia;

/**
 * Java helpers callable from proof scripts (exact rational arithmetic unless the name says Numeric):
 * <ul>
 *   <li>{@code LaeInertia(H)}: {negative, zero, positive} of a symmetric rational matrix, exactly ({@link ExactInertia});</li>
 *   <li>{@code LaeTable1Point(loss, c, lambda, wSigma, k, I)}: {W1, W2} of the Table-1 point in the singular
 *       basis, C = diag(c) ({@link ExactLae#table1Point});</li>
 *   <li>{@code LaeHessian(c, lambdaPi, lambdaSigma, W1, W2)} and {@code LaeGradient(...)}: the closed forms of
 *       {@link lae.model.RegularizedLaeLoss} in exact arithmetic, C = diag(c) or c a full matrix;</li>
 *   <li>{@code LaeNumericInertia(loss, c, lambda, wSigma, k, I)}: {negative, zero, positive, margin} of the
 *       double-precision Hessian of {@link RegularizedLaeLoss} at the same point (EJML symmetric eigenvalues;
 *       an eigenvalue counts as zero when |ev| &lt;= 1e-9 max(1, max|ev|), a bound far above the ~1e-14 relative
 *       rounding of these small well-scaled matrices and far below their smallest non-zero eigenvalue; margin =
 *       smallest |non-zero| / largest |zero|);</li>
 *   <li>{@code LaeBlockInertia(loss, c, lambda, wSigma, k, I)}: {negative, zero, positive} from {@link BlockInertiaFormulas};</li>
 *   <li>{@code LaeDenoiseMC(X, W1, W2, lambda, samples, seed)}: {mean, standard error} of
 *       ||X - W2 W1 (X + eps)||_F^2 over seeded draws of eps with i.i.d. N(0, lambda/n) entries.</li>
 * </ul>
 */
final class ProofFunctions {
    private ProofFunctions() {
    }

    static void register() {
        ProofSession.register("LaeInertia", (ast, engine) -> {
            Inertia in = ExactInertia.of(matrix(ast.arg1()));
            return F.List(F.ZZ(in.negative()), F.ZZ(in.zero()), F.ZZ(in.positive()));
        });
        ProofSession.register("LaeTable1Point", (ast, engine) -> {
            LossKind kind = LossKind.parse(ProofSession.str(ast.arg1()));
            BigFraction[][][] p = ExactLae.table1Point(kind, vector(ast.arg2()), ast.arg5().toIntDefault(),
                    indexSet(ast.get(6)), ProofSession.frac(ast.arg3()), ProofSession.frac(ast.arg4()));
            return F.List(toExpr(p[0]), toExpr(p[1]));
        });
        ProofSession.register("LaeHessian", (ast, engine) -> {
            ExactLae f = loss(ast);
            return toExpr(f.hessian(matrix(ast.arg4()), matrix(ast.arg5())));
        });
        ProofSession.register("LaeGradient", (ast, engine) -> {
            ExactLae f = loss(ast);
            BigFraction[] g = f.gradient(matrix(ast.arg4()), matrix(ast.arg5()));
            IASTAppendable l = F.ListAlloc(g.length);
            for (BigFraction x : g) {
                l.append(ProofSession.expr(x));
            }
            return l;
        });
        ProofSession.register("LaeNumericInertia", (ast, engine) -> {
            LossKind kind = LossKind.parse(ProofSession.str(ast.arg1()));
            BigFraction[] c = vector(ast.arg2());
            BigFraction lambda = ProofSession.frac(ast.arg3());
            BigFraction ws = ProofSession.frac(ast.arg4());
            int k = ast.arg5().toIntDefault();
            int[] set = indexSet(ast.get(6));
            double[] r = numericInertia(kind, c, lambda, ws, k, set);
            return F.List(F.ZZ((int) r[0]), F.ZZ((int) r[1]), F.ZZ((int) r[2]), F.num(r[3]));
        });
        ProofSession.register("LaeBlockInertia", (ast, engine) -> {
            LossKind kind = LossKind.parse(ProofSession.str(ast.arg1()));
            Inertia in = BlockInertiaFormulas.inertia(kind, vector(ast.arg2()), ProofSession.frac(ast.arg3()),
                    ProofSession.frac(ast.arg4()), ast.arg5().toIntDefault(), indexSet(ast.get(6)));
            return F.List(F.ZZ(in.negative()), F.ZZ(in.zero()), F.ZZ(in.positive()));
        });
        ProofSession.register("LaeDenoiseMC", (ast, engine) -> {
            double[][] x = doubles(ast.arg1());
            double[][] w1 = doubles(ast.arg2());
            double[][] w2 = doubles(ast.arg3());
            double lambda = ast.arg4().evalf();
            int samples = ast.arg5().toIntDefault();
            long seed = ast.get(6).toIntDefault();
            double[] r = denoiseMonteCarlo(x, w1, w2, lambda, samples, seed);
            return F.List(F.num(r[0]), F.num(r[1]));
        });
    }

    /** {neg, zero, pos, margin} of the double Hessian at the Table-1 point (see the class comment). */
    static double[] numericInertia(LossKind kind, BigFraction[] c, BigFraction lambda, BigFraction ws, int k, int[] set) {
        int m = c.length;
        BigFraction[][][] p = ExactLae.table1Point(kind, c, k, set, lambda, ws);
        DMatrixRMaj cov = new DMatrixRMaj(m, m);
        for (int i = 0; i < m; i++) {
            cov.set(i, i, c[i].doubleValue());
        }
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, lambda.doubleValue(), ws.doubleValue(), cov, k);
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < m; i++) {
                w1.set(a, i, p[0][a][i].doubleValue());
                w2.set(i, a, p[1][i][a].doubleValue());
            }
        }
        DMatrixRMaj h = f.hessian(new LaePoint(w1, w2));
        int n = h.numRows;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(h)) {
            throw new IllegalStateException("eigen-decomposition did not converge");
        }
        double max = 1;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.abs(eig.getEigenvalue(i).getReal()));
        }
        double tol = 1e-9 * max;
        int neg = 0;
        int zero = 0;
        int pos = 0;
        double smallestNonZero = Double.POSITIVE_INFINITY;
        double largestZero = 0;
        for (int i = 0; i < n; i++) {
            double ev = eig.getEigenvalue(i).getReal();
            if (Math.abs(ev) <= tol) {
                zero++;
                largestZero = Math.max(largestZero, Math.abs(ev));
            } else {
                smallestNonZero = Math.min(smallestNonZero, Math.abs(ev));
                if (ev < 0) {
                    neg++;
                } else {
                    pos++;
                }
            }
        }
        double margin = largestZero == 0 ? Double.POSITIVE_INFINITY : smallestNonZero / largestZero;
        return new double[] {neg, zero, pos, Math.min(margin, 1e300)};
    }

    /** {mean, standard error} of ||X - W2 W1 (X + eps)||_F^2, eps i.i.d. N(0, lambda/n), seeded. */
    static double[] denoiseMonteCarlo(double[][] x, double[][] w1, double[][] w2, double lambda, int samples, long seed) {
        int m = x.length;
        int n = x[0].length;
        int k = w1.length;
        double[][] w = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                for (int a = 0; a < k; a++) {
                    w[i][j] += w2[i][a] * w1[a][j];
                }
            }
        }
        Random rnd = new Random(seed);
        double sd = Math.sqrt(lambda / n);
        double sum = 0;
        double sumSq = 0;
        double[][] xt = new double[m][n];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    xt[i][j] = x[i][j] + sd * rnd.nextGaussian();
                }
            }
            double loss = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double r = x[i][j];
                    for (int t = 0; t < m; t++) {
                        r -= w[i][t] * xt[t][j];
                    }
                    loss += r * r;
                }
            }
            sum += loss;
            sumSq += loss * loss;
        }
        double mean = sum / samples;
        double var = (sumSq - samples * mean * mean) / (samples - 1);
        return new double[] {mean, Math.sqrt(var / samples)};
    }

    private static ExactLae loss(IAST ast) {
        IExpr c = ast.arg1();
        BigFraction lp = ProofSession.frac(ast.arg2());
        BigFraction ls = ProofSession.frac(ast.arg3());
        BigFraction[][] w1 = matrix(ast.arg4());
        BigFraction[][] cm;
        if (c.isMatrix() != null) {
            cm = matrix(c);
        } else {
            BigFraction[] d = vector(c);
            cm = RationalMatrices.zeros(d.length, d.length);
            for (int i = 0; i < d.length; i++) {
                cm[i][i] = d[i];
            }
        }
        return new ExactLae(cm, w1.length, lp, ls);
    }

    /** {@code e} as a list, or an IllegalArgumentException saying {@code expected} and what {@code e} is. */
    private static IAST list(IExpr e, String expected) {
        if (!e.isList()) {
            throw new IllegalArgumentException(expected + ", got " + e);
        }
        return (IAST) e;
    }

    static int[] indexSet(IExpr e) {
        IAST l = list(e, "index set must be a list");
        int[] r = new int[l.argSize()];
        for (int i = 0; i < r.length; i++) {
            r[i] = l.get(i + 1).toIntDefault();
        }
        return r;
    }

    static BigFraction[] vector(IExpr e) {
        IAST l = list(e, "expected a list of rationals");
        BigFraction[] r = new BigFraction[l.argSize()];
        for (int i = 0; i < r.length; i++) {
            r[i] = ProofSession.frac(l.get(i + 1));
        }
        return r;
    }

    static BigFraction[][] matrix(IExpr e) {
        IAST l = list(e, "expected a matrix of rationals");
        BigFraction[][] r = new BigFraction[l.argSize()][];
        for (int i = 0; i < r.length; i++) {
            r[i] = vector(l.get(i + 1));
        }
        return r;
    }

    static double[][] doubles(IExpr e) {
        IAST l = (IAST) e;
        double[][] r = new double[l.argSize()][];
        for (int i = 0; i < r.length; i++) {
            IAST row = (IAST) l.get(i + 1);
            r[i] = new double[row.argSize()];
            for (int j = 0; j < r[i].length; j++) {
                r[i][j] = row.get(j + 1).evalf();
            }
        }
        return r;
    }

    static IExpr toExpr(BigFraction[][] a) {
        IASTAppendable rows = F.ListAlloc(a.length);
        for (BigFraction[] row : a) {
            IASTAppendable r = F.ListAlloc(row.length);
            for (BigFraction x : row) {
                r.append(ProofSession.expr(x));
            }
            rows.append(r);
        }
        return rows;
    }
}
