package lae.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lae.model.LossMember;
import lae.model.RegularizedLaeLoss;
import lae.model.TiedLaeLoss;
import lae.numeric.HessianInertia;

/** The neighbours' classifications against the closed-form gradient and the dense Hessian's inertia. */
class NeighbourTableOneTest {
    private static DMatrixRMaj diag(double[] s) {
        DMatrixRMaj c = new DMatrixRMaj(s.length, s.length);
        for (int i = 0; i < s.length; i++) {
            c.set(i, i, s[i]);
        }
        return c;
    }

    @Test
    void everyPredictedNonUniformPointIsCriticalWithThePredictedInertia() {
        double[] sigma = {9, 4, 1, 0.25};
        double[] lambda = {2, 5, 0.5};
        NonUniformTableOne t = NonUniformTableOne.of(sigma, lambda);
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossMember.withUnitWeights(0, lambda), diag(sigma), 3);
        List<NonUniformTableOne.Point> points = t.enumerate();
        assertThat(points).hasSize(t.countPoints()[0].intValue());
        int minima = 0;
        for (NonUniformTableOne.Point p : points) {
            assertThat(f.gradient(t.point(p.matching())).norm()).as(p.text()).isLessThan(1e-12);
            HessianInertia h = HessianInertia.of(f.hessian(t.point(p.matching())));
            assertThat(h.negative()).as(p.text()).isEqualTo(p.index());
            assertThat(h.zero()).as(p.text()).isZero();
            minima += p.index() == 0 ? 1 : 0;
        }
        assertThat(minima).isEqualTo(1);
        assertThat(t.index(t.minimum())).isZero();
        // units sorted by lambda: 3 (0.5), 1 (2), 2 (5); directions by sigma: 1, 2, 3: 3->1, 1->2, 2 off (4 < 5)
        assertThat(t.minimum()).containsExactly(1, NonUniformTableOne.OFF, 0);
    }

    @Test
    void aMisorderedPairIsASaddle() {
        NonUniformTableOne t = NonUniformTableOne.of(new double[] {9, 4}, new double[] {1, 2});
        assertThat(t.index(List.of(1, 0))).isEqualTo(1);
        assertThat(t.index(List.of(0, 1))).isZero();
    }

    @Test
    void degenerateWeightsAreRefused() {
        assertThatThrownBy(() -> NonUniformTableOne.of(new double[] {9, 4}, new double[] {1, 1})).hasMessageContaining("distinct");
        assertThatThrownBy(() -> NonUniformTableOne.of(new double[] {9, 4}, new double[] {4, 1})).hasMessageContaining("degenerate");
    }

    @Test
    void everyTiedComponentIsCriticalWithThePredictedInertia() {
        double[] sigma = {9, 4, 1, 0.25};
        TiedTableOne t = TiedTableOne.of(sigma, 0.5, 3);
        TiedLaeLoss f = TiedLaeLoss.of(0.5, diag(sigma), 3);
        assertThat(t.components()).hasSize(1 + 3 + 3 + 1);
        for (TiedTableOne.Component c : t.components()) {
            DMatrixRMaj w = t.point(c.indexSet());
            assertThat(normF(f.gradient(w))).as(c.indexSet().toString()).isLessThan(1e-12);
            HessianInertia h = HessianInertia.of(f.hessian(w));
            assertThat(h.negative()).as(c.indexSet().toString()).isEqualTo(c.index());
            assertThat(h.zero()).as(c.indexSet().toString()).isEqualTo(c.nullity());
        }
    }

    @Test
    void tiedHessianVectorEqualsTheDenseHessian() {
        double[] sigma = {9, 4, 1};
        TiedLaeLoss f = TiedLaeLoss.of(0.5, diag(sigma), 2);
        java.util.Random rnd = new java.util.Random(3);
        DMatrixRMaj w = new DMatrixRMaj(2, 3);
        DMatrixRMaj d = new DMatrixRMaj(2, 3);
        for (int i = 0; i < 6; i++) {
            w.data[i] = rnd.nextGaussian();
            d.data[i] = rnd.nextGaussian();
        }
        DMatrixRMaj hd = new DMatrixRMaj(6, 1);
        org.ejml.dense.row.CommonOps_DDRM.mult(f.hessian(w), new DMatrixRMaj(6, 1, true, d.data), hd);
        DMatrixRMaj hv = f.hessianVector(w, d);
        for (int i = 0; i < 6; i++) {
            assertThat(hv.data[i]).isCloseTo(hd.data[i], org.assertj.core.data.Offset.offset(1e-10));
        }
        // the gradient against a central difference
        double h = 1e-6;
        DMatrixRMaj g = f.gradient(w);
        for (int i = 0; i < 6; i++) {
            DMatrixRMaj a = w.copy();
            DMatrixRMaj b = w.copy();
            a.data[i] += h;
            b.data[i] -= h;
            assertThat(g.data[i]).isCloseTo((f.value(a) - f.value(b)) / (2 * h), org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    private static double normF(DMatrixRMaj a) {
        return org.ejml.dense.row.NormOps_DDRM.normF(a);
    }
}
