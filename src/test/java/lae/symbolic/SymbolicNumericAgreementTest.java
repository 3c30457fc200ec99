package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;

/**
 * The symbolic engine (Symja: entrywise derivatives of the loss from its definition) and the numeric
 * engine (RegularizedLaeLoss closed forms in double precision) agree at random rational points, and on
 * the 1-D critical points and their Hessian eigenvalues.
 */
class SymbolicNumericAgreementTest {
    static final double LAMBDA = 0.7;
    static final double W_SIGMA = 0.3;

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void gradientAndHessianAgreeAtARandomRationalPoint(LossKind kind) {
        int m = 3;
        int n = 4;
        int k = 2;
        Random rnd = new Random(17 + kind.ordinal());
        int[][] x = new int[m][n];
        StringBuilder xs = new StringBuilder("{");
        for (int i = 0; i < m; i++) {
            xs.append(i == 0 ? "{" : ",{");
            for (int j = 0; j < n; j++) {
                x[i][j] = rnd.nextInt(7) - 3;
                xs.append(j == 0 ? "" : ",").append(x[i][j]);
            }
            xs.append("}");
        }
        xs.append("}");
        DMatrixRMaj xm = new DMatrixRMaj(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                xm.set(i, j, x[i][j]);
            }
        }
        DMatrixRMaj c = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransB(xm, xm, c);
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, LAMBDA, W_SIGMA, c, k);
        double[] theta = new double[2 * k * m];
        StringBuilder rules = new StringBuilder("{");
        for (int i = 0; i < theta.length; i++) {
            int p = rnd.nextInt(9) - 4;
            int q = 1 + rnd.nextInt(4);
            theta[i] = (double) p / q;
            rules.append(i == 0 ? "" : ",").append("t").append(i + 1).append("->").append(p).append("/").append(q);
        }
        rules.append("}");
        String lp = String.valueOf(f.lambdaPi());
        String ls = String.valueOf(f.lambdaSigma());
        ExprEvaluator ev = new ExprEvaluator(false, (short) 100);
        ev.eval("th = Table(Symbol(\"t\" <> ToString(i)), {i, 1, " + theta.length + "})");
        ev.eval("W1 = Partition(Take(th, " + k * m + "), " + m + "); W2 = Partition(Drop(th, " + k * m + "), " + k + ")");
        ev.eval("X = " + xs);
        ev.eval("f = Expand(Total(Flatten((X - W2 . W1 . X)^2)) + (" + lp + ")*Total(Flatten((W2 . W1)^2)) + ("
                + ls + ")*(Total(Flatten(W1^2)) + Total(Flatten(W2^2))))");
        IAST g = (IAST) ev.eval("N(Map(D(f, #) &, th) /. " + rules + ")");
        IAST h = (IAST) ev.eval("N(Table(D(f, th[[i]], th[[j]]), {i, 1, Length(th)}, {j, 1, Length(th)}) /. " + rules + ")");
        LaePoint pt = LaePoint.fromVector(theta, m, k);
        double[] gn = f.gradient(pt).toVector();
        DMatrixRMaj hn = f.hessian(pt);
        for (int i = 0; i < theta.length; i++) {
            assertThat(gn[i]).as("gradient %d", i).isCloseTo(g.get(i + 1).evalf(), org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(gn[i]))));
            IAST row = (IAST) h.get(i + 1);
            for (int j = 0; j < theta.length; j++) {
                assertThat(hn.get(i, j)).as("Hessian %d,%d", i, j)
                        .isCloseTo(row.get(j + 1).evalf(), org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(hn.get(i, j)))));
            }
        }
    }

    /** 1-D (m = n = k = 1): the symbolic critical points (t, t) and eigenvalues of critical_1d.m against the engine. */
    @ParameterizedTest
    @EnumSource(value = LossKind.class, names = {"L_SIGMA", "SYNTHETIC"})
    void oneDimensionalCriticalPointsAgree(LossKind kind) {
        double x = 1.7;
        double lambda = 0.9;
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, lambda, W_SIGMA, new DMatrixRMaj(new double[][] {{x * x}}), 1);
        double lp = f.lambdaPi();
        double ls = f.lambdaSigma();
        ExprEvaluator ev = new ExprEvaluator(false, (short) 100);
        // the symbolic solution of critical_1d.m: t^2 = (x^2 - ls)/(x^2 + lp), eigenvalues 4 (x^2 - ls), 4 ls
        IExpr t = ev.eval("N(Sqrt((x^2 - ls)/(x^2 + lp)) /. {x -> " + x + ", ls -> " + ls + ", lp -> " + lp + "})");
        double tv = t.evalf();
        LaePoint p = new LaePoint(new DMatrixRMaj(new double[][] {{tv}}), new DMatrixRMaj(new double[][] {{tv}}));
        double[] g = f.gradient(p).toVector();
        assertThat(Math.abs(g[0]) + Math.abs(g[1])).isLessThan(1e-12);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2, false, true);
        eig.decompose(f.hessian(p));
        double a = eig.getEigenvalue(0).getReal();
        double b = eig.getEigenvalue(1).getReal();
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double e1 = 4 * (x * x - ls);
        double e2 = 4 * ls;
        assertThat(lo).isCloseTo(Math.min(e1, e2), org.assertj.core.data.Offset.offset(1e-10));
        assertThat(hi).isCloseTo(Math.max(e1, e2), org.assertj.core.data.Offset.offset(1e-10));
        // origin: eigenvalues 2 ls -+ 2 x^2
        eig.decompose(f.hessian(LaePoint.zeros(1, 1)));
        double o1 = Math.min(eig.getEigenvalue(0).getReal(), eig.getEigenvalue(1).getReal());
        assertThat(o1).isCloseTo(2 * ls - 2 * x * x, org.assertj.core.data.Offset.offset(1e-10));
    }
}
