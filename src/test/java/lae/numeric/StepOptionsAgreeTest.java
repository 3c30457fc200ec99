package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import lae.landscape.ComponentIdentifier;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;

/**
 * The two steps of {@link CriticalPointSolver} (the geodesic acceleration, which the checks use, and the damped
 * step, which the explorer and the training polish use) reach the same critical components from the same seeded
 * starts, on a small configuration and on Section 4.2's; and the acceleration is exact for the cubic gradient.
 */
class StepOptionsAgreeTest {

    @Test
    void accelerationIsExactForTheCubicGradient() {
        // grad f(x + t v) is a cubic polynomial in t: its even part from x + v and x - v predicts x + v/2 exactly
        DataMatrix x = DataMatrix.fromSingularValues(new double[] {3.0, 2.5, 2.0, 1.4, 1.0}, 5, 7, 21);
        Random r = new Random(4);
        for (LossKind kind : LossKind.values()) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 1.5, 0.3, x.covariance(), 3);
            int n = f.dimension();
            double[] p = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                p[i] = r.nextGaussian();
                v[i] = r.nextGaussian();
            }
            double[] g0 = grad(f, p, v, 0);
            double[] gp = grad(f, p, v, 1);
            double[] gm = grad(f, p, v, -1);
            double[] gh = grad(f, p, v, 0.5);
            double[] hv = f.hessianVector(LaePoint.fromVector(p, 5, 3), LaePoint.fromVector(v, 5, 3)).toVector();
            double err = 0;
            double size = 0;
            for (int i = 0; i < n; i++) {
                double g2 = 0.5 * (gp[i] + gm[i]) - g0[i];
                double g3 = 0.5 * (gp[i] - gm[i]) - hv[i];
                double predicted = g0[i] + 0.5 * hv[i] + 0.25 * g2 + 0.125 * g3;
                err = Math.max(err, Math.abs(predicted - gh[i]));
                size = Math.max(size, Math.abs(gh[i]));
            }
            assertThat(err).as(kind.label()).isLessThan(1e-12 * (1 + size) * 100);
        }
    }

    @Test
    void sameComponentsAsTheFirstOrderSolverOnASmallConfiguration() {
        double[] s = {3.0, 2.5, 2.0, 1.4, 1.0};
        DataMatrix x = DataMatrix.fromSingularValues(s, 5, 7, 21);
        compare(x, 3, 1.5, 12, 11, 30, 0.9);
    }

    @Test
    void sameComponentsAsTheFirstOrderSolverOnSectionFourTwo() {
        double[] s = new double[20];
        for (int i = 0; i < 20; i++) {
            s[i] = (20 - i) / 5.0;
        }
        DataMatrix x = DataMatrix.fromSingularValues(s, 20, 30, 42);
        compare(x, 8, 10.0, 5, 7, 10, 0.8);
    }

    /**
     * From a start near a Table-1 point (inside the basin of its component), both solvers must reach
     * that same component, every time. From a random start the two iterations follow different paths
     * (the carried-back balancing of the geodesic step moves the iterate along the GL_k orbit, which
     * the damped step does not), so they may end on neighbouring components of the
     * same family: there every converged point must be critical and in the family, and the two must
     * agree on at least the given fraction of starts (measured: 36 of 36 and 14 of 15).
     */
    private static void compare(DataMatrix x, int k, double lambda, int starts, long seed, int minimumCompared,
                                double minimumAgreement) {
        int m = x.m();
        CriticalPointSolver old = new CriticalPointSolver(CriticalPointSolver.Options.defaults());
        CriticalPointSolver accelerated = new CriticalPointSolver(CriticalPointSolver.Options.defaults().withStep(CriticalPointSolver.Step.GEODESIC_ACCELERATION));
        CriticalPointSolver acceleratedEigen = new CriticalPointSolver(CriticalPointSolver.Options.defaults().withEigenSteps().withStep(CriticalPointSolver.Step.GEODESIC_ACCELERATION));
        Random r = new Random(seed);
        int compared = 0;
        int agreed = 0;
        int perturbed = 0;
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, lambda, x.covariance(), k);
            ComponentIdentifier id = new ComponentIdentifier(kind, x, lambda);
            for (int t = 0; t < starts; t++) {
                double[] w = new double[2 * m * k];
                for (int i = 0; i < w.length; i++) {
                    w[i] = r.nextGaussian() / Math.sqrt(m);
                }
                LaePoint start = LaePoint.fromVector(w, m, k);
                var ro = old.solve(f, start);
                var rn = accelerated.solve(f, start);
                if (ro.converged()) {
                    assertThat(rn.converged()).as(kind + " start " + t + ": " + rn.reason()).isTrue();
                }
                if (rn.converged()) {
                    assertThat(rn.gradientNorm()).isLessThanOrEqualTo(rn.tolerance());
                    assertThat(Math.max(id.identify(rn.point()).productResidual(), id.identify(rn.point()).familyResidual()))
                            .as(kind + " start " + t + ": a critical point of the component family").isLessThan(1e-6);
                }
                if (ro.converged() && rn.converged()) {
                    compared++;
                    if (id.identify(rn.point()).indexSet().equals(id.identify(ro.point()).indexSet())) {
                        agreed++;
                    }
                    // a start close to the old solver's end point: both must stay on its component
                    double[] v = ro.point().toVector();
                    double eps = 1e-3 * (1 + ro.point().norm()) / Math.sqrt(v.length);
                    for (int i = 0; i < v.length; i++) {
                        v[i] += eps * r.nextGaussian();
                    }
                    LaePoint near = LaePoint.fromVector(v, m, k);
                    var po = old.solve(f, near);
                    var pn = accelerated.solve(f, near);
                    assertThat(pn.converged()).as(kind + " near end point " + t + ": " + pn.reason()).isTrue();
                    if (po.converged()) {
                        perturbed++;
                        assertThat(id.identify(pn.point()).indexSet()).as(kind + " near end point " + t)
                                .isEqualTo(id.identify(po.point()).indexSet())
                                .isEqualTo(id.identify(ro.point()).indexSet());
                    }
                }
                if (t == 0) {
                    // the eigen-decomposition inner solve gives the same iteration
                    var re = acceleratedEigen.solve(f, start);
                    assertThat(re.converged()).isEqualTo(rn.converged());
                    if (re.converged()) {
                        assertThat(id.identify(re.point()).indexSet()).isEqualTo(id.identify(rn.point()).indexSet());
                    }
                }
            }
        }
        System.out.printf("StepOptionsAgreeTest m=%d: %d of %d random starts on the same component, %d perturbed starts agree%n",
                m, agreed, compared, perturbed);
        assertThat(compared).isGreaterThanOrEqualTo(minimumCompared);
        assertThat(perturbed).isGreaterThanOrEqualTo(minimumCompared);
        assertThat((double) agreed).isGreaterThanOrEqualTo(minimumAgreement * compared);
    }

    private static double[] grad(RegularizedLaeLoss f, double[] p, double[] v, double t) {
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = p[i] + t * v[i];
        }
        return f.gradient(LaePoint.fromVector(q, 5, 3)).toVector();
    }
}
