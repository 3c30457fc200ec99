package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

import lae.landscape.ComponentIdentifier;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;

/**
 * The contract of {@link CriticalPointSolver} under one choice of options (EJML's manner: this abstract class holds the
 * tests, one subclass per step and inner solve): from a perturbed Table-1 point it returns to that component; from
 * random starts it converges, to critical points only; the synthetic member's critical points are transposed; the same
 * start gives the same result; a non-finite start is refused, not iterated; the log is what the result says.
 */
abstract class CriticalPointSolverContract {
    static final double[] S = {3.0, 2.5, 2.0, 1.4, 1.0};
    static final DataMatrix X = DataMatrix.fromSingularValues(S, 5, 7, 9);
    static final LossKind[] PAPER = {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA};

    /** The options under test. */
    abstract CriticalPointSolver.Options options();

    CriticalPointSolver solver() {
        return new CriticalPointSolver(options());
    }

    static double relativeGradient(RegularizedLaeLoss f, LaePoint p) {
        return f.gradient(p).norm() / (1 + NormOps_DDRM.normF(f.covariance()));
    }

    static LaePoint randomStart(int m, int k, Random r) {
        double[] w = new double[2 * m * k];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextGaussian() / Math.sqrt(m);
        }
        return LaePoint.fromVector(w, m, k);
    }

    @Test
    void returnsFromAPerturbedTableOnePointToTheSameComponent() {
        Random r = new Random(3);
        for (LossKind kind : PAPER) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 1.5, X.covariance(), 3);
            ComponentIdentifier id = new ComponentIdentifier(kind, X, 1.5);
            TableOne table = TableOne.of(f.member(), S);
            for (IndexSet set : new IndexSet[] {IndexSet.of(1, 3), IndexSet.of(2), IndexSet.first(3)}) {
                double[] v = table.point(X.u(), set, table.representative(TableOne.Representative.RANDOM, 3, set.size(), r)).toVector();
                for (int i = 0; i < v.length; i++) {
                    v[i] += 1e-4 * r.nextGaussian();
                }
                CriticalPointSolver.Result res = solver().solve(f, LaePoint.fromVector(v, 5, 3));
                assertThat(res.converged()).as("%s %s: %s", kind, set, res.reason()).isTrue();
                assertThat(id.identify(res.point()).indexSet()).as("%s from %s", kind, set).isEqualTo(set);
            }
        }
    }

    @Test
    void convergesFromRandomStartsToCriticalPointsOnly() {
        Random r = new Random(3);
        for (LossKind kind : PAPER) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 1.5, X.covariance(), 3);
            ComponentIdentifier id = new ComponentIdentifier(kind, X, 1.5);
            int converged = 0;
            for (int t = 0; t < 6; t++) {
                CriticalPointSolver.Result rr = solver().solve(f, randomStart(5, 3, r));
                if (rr.converged()) {
                    converged++;
                    assertThat(relativeGradient(f, rr.point())).as("%s start %d", kind, t).isLessThan(1e-9);
                    assertThat(rr.gradientNorm()).isLessThanOrEqualTo(rr.tolerance());
                    assertThat(id.identify(rr.point()).familyResidual()).as("%s start %d in Table 1", kind, t).isLessThan(1e-6);
                }
            }
            assertThat(converged).as(kind + " random starts converged").isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theSyntheticMembersCriticalPointsAreTransposed() {
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossMember.synthetic(1.5, 0.5), X.covariance(), 3);
        Random r = new Random(17);
        int converged = 0;
        for (int t = 0; t < 5; t++) {
            CriticalPointSolver.Result rr = solver().solve(f, randomStart(5, 3, r));
            if (rr.converged()) {
                converged++;
                LaePoint p = rr.point();
                assertThat(p.transposeGap() / (1 + p.norm())).as("start %d", t).isLessThan(1e-6);
            }
        }
        assertThat(converged).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theSameStartGivesTheSameResult() {
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossKind.L_PI, 1.5, X.covariance(), 3);
        LaePoint start = randomStart(5, 3, new Random(23));
        CriticalPointSolver.Result a = solver().solve(f, start);
        CriticalPointSolver.Result b = solver().solve(f, start.copy());
        assertThat(b.point().toVector()).isEqualTo(a.point().toVector());
        assertThat(b.iterations()).isEqualTo(a.iterations());
        assertThat(b.log().size()).isEqualTo(a.log().size());
    }

    @Test
    void aNonFiniteStartIsRefusedNotIterated() {
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossKind.L_SIGMA, 1.5, X.covariance(), 3);
        double[] v = new double[30];
        Arrays.fill(v, 0.1);
        v[4] = Double.NaN;
        CriticalPointSolver.Result r = solver().newton(f, LaePoint.fromVector(v, 5, 3));
        assertThat(r.converged()).isFalse();
        assertThat(r.iterations()).isZero();
        assertThat(r.reason()).isEqualTo("gradient is not finite");
    }

    @Test
    void theLogRecordsEveryAcceptedStep() {
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossKind.L, 1.5, X.covariance(), 3);
        CriticalPointSolver.Result r = solver().newton(f, randomStart(5, 3, new Random(29)));
        assertThat(r.converged()).as(r.reason()).isTrue();
        assertThat(r.log().get(0)[0]).isZero();
        for (double[] line : r.log().subList(1, r.log().size())) {
            assertThat(line[2]).as("kind of step").isIn(1.0, 2.0, -1.0);
            assertThat(line[0]).isBetween(1.0, (double) r.iterations());
        }
        assertThat(r.logText().lines().count()).isEqualTo(r.log().size());
    }
}
