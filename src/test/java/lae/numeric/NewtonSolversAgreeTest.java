package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import lae.landscape.ComponentIdentifier;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;

/** The Cholesky and the eigen-decomposition Levenberg-Marquardt steps are two solvers; they must agree. */
class NewtonSolversAgreeTest {

    @Test
    void stepsAgreeAndBothSolversReachTheSameComponent() {
        double[] s = {3.0, 2.5, 2.0, 1.4, 1.0};
        DataMatrix x = DataMatrix.fromSingularValues(s, 5, 7, 21);
        Random r = new Random(8);
        CriticalPointSolver chol = new CriticalPointSolver(CriticalPointSolver.Options.defaults());
        CriticalPointSolver eig = new CriticalPointSolver(CriticalPointSolver.Options.defaults().withEigenSteps());
        int compared = 0;
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA, LossKind.SYNTHETIC}) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 1.5, 0.3, x.covariance(), 3);
            int n = f.dimension();
            // one step from a random point: identical up to rounding
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = r.nextGaussian() / Math.sqrt(5);
            }
            LaePoint p = LaePoint.fromVector(v, 5, 3);
            double[] g = f.gradient(p).toVector();
            LevenbergMarquardtStep a = LevenbergMarquardtStep.cholesky(n);
            LevenbergMarquardtStep b = LevenbergMarquardtStep.eigen(n);
            a.prepare(f.hessian(p));
            b.prepare(f.hessian(p));
            double[] da = new double[n];
            double[] db = new double[n];
            a.step(g, 0.1, da);
            b.step(g, 0.1, db);
            double diff = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                diff += (da[i] - db[i]) * (da[i] - db[i]);
                size += db[i] * db[i];
            }
            assertThat(Math.sqrt(diff)).isLessThan(1e-8 * (1 + Math.sqrt(size)));
            if (kind == LossKind.SYNTHETIC) {
                continue;
            }
            ComponentIdentifier id = new ComponentIdentifier(kind, x, 1.5);
            for (int t = 0; t < 4; t++) {
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    w[i] = r.nextGaussian() / Math.sqrt(5);
                }
                var rc = chol.solve(f, LaePoint.fromVector(w, 5, 3));
                var re = eig.solve(f, LaePoint.fromVector(w, 5, 3));
                if (rc.converged() && re.converged()) {
                    compared++;
                    assertThat(id.identify(rc.point()).indexSet()).as(kind + " start " + t).isEqualTo(id.identify(re.point()).indexSet());
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(9);
    }
}
