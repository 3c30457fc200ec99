package lae.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Closed-form gradient, Hessian and Hessian-vector product against central finite differences, on every kind of member of the family. */
class RegularizedLaeLossTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        int[][] sizes = {{2, 3, 1}, {3, 4, 2}, {5, 7, 3}, {6, 6, 4}};
        long seed = 11;
        for (int[] s : sizes) {
            for (LossMember member : LossMembers.all(0.7, s[2])) {
                b.add(Arguments.of(member, s[0], s[1], s[2], seed++));
            }
        }
        return b.build();
    }

    static LaePoint randomPoint(int m, int k, Random r) {
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int i = 0; i < w1.data.length; i++) {
            w1.data[i] = r.nextGaussian() * 0.7;
            w2.data[i] = r.nextGaussian() * 0.7;
        }
        return new LaePoint(w1, w2);
    }

    static RegularizedLaeLoss loss(LossMember member, int m, int n, int k, long seed) {
        double[] s = new double[Math.min(m, n)];
        for (int i = 0; i < s.length; i++) {
            s[i] = 2.0 - 0.3 * i;
        }
        DataMatrix x = DataMatrix.fromSingularValues(s, m, n, seed);
        return RegularizedLaeLoss.of(member, x.covariance(), k);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientMatchesCentralDifferences(LossMember member, int m, int n, int k, long seed) {
        RegularizedLaeLoss f = loss(member, m, n, k, seed);
        LaePoint p = randomPoint(m, k, new Random(seed));
        double[] g = f.gradient(p).toVector();
        double[] x = p.toVector();
        double h = 1e-5;
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            double fd = (f.value(LaePoint.fromVector(xp, m, k)) - f.value(LaePoint.fromVector(xm, m, k))) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - g[i]) / (1 + Math.abs(g[i])));
        }
        assertThat(worst).as("relative FD error of the gradient").isLessThan(1e-6);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hessianAndHessianVectorMatchCentralDifferencesOfTheGradient(LossMember member, int m, int n, int k, long seed) {
        RegularizedLaeLoss f = loss(member, m, n, k, seed);
        Random r = new Random(seed + 1000);
        LaePoint p = randomPoint(m, k, r);
        DMatrixRMaj hess = f.hessian(p);
        double[] x = p.toVector();
        int dim = x.length;
        double h = 1e-5;
        double worst = 0;
        for (int j = 0; j < dim; j++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[j] += h;
            xm[j] -= h;
            double[] gp = f.gradient(LaePoint.fromVector(xp, m, k)).toVector();
            double[] gm = f.gradient(LaePoint.fromVector(xm, m, k)).toVector();
            for (int i = 0; i < dim; i++) {
                double fd = (gp[i] - gm[i]) / (2 * h);
                worst = Math.max(worst, Math.abs(fd - hess.get(i, j)) / (1 + Math.abs(fd)));
            }
        }
        assertThat(worst).as("relative FD error of the dense Hessian").isLessThan(1e-6);

        // symmetric, and the Hessian-vector product agrees with the dense Hessian
        double asym = 0;
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                asym = Math.max(asym, Math.abs(hess.get(i, j) - hess.get(j, i)));
            }
        }
        assertThat(asym).isZero();
        LaePoint d = randomPoint(m, k, r);
        double[] hv = f.hessianVector(p, d).toVector();
        double[] dv = d.toVector();
        for (int i = 0; i < dim; i++) {
            double s = 0;
            for (int j = 0; j < dim; j++) {
                s += hess.get(i, j) * dv[j];
            }
            assertThat(hv[i]).isCloseTo(s, org.assertj.core.data.Offset.offset(1e-10 * (1 + Math.abs(s))));
        }
    }

    @org.junit.jupiter.api.Test
    void theNamedMembersAreTheFamilyAtTheirWeights() {
        LossMember pi = LossMember.of(LossKind.L_PI, 2.0);
        LossMember sigma = LossMember.of(LossKind.L_SIGMA, 2.0);
        LossMember half = LossMember.synthetic(2.0, 0.5);
        assertThat(pi.lambdaPi()).isEqualTo(2.0);
        assertThat(pi.lambdaSigma()).isZero();
        assertThat(sigma.lambdaSigma()).isEqualTo(2.0);
        assertThat(half.lambdaPi()).isEqualTo(1.0);
        assertThat(half.lambdaSigma(2)).isEqualTo(1.0);
        assertThat(LossMember.of(LossKind.L, 2.0).glSymmetric()).isTrue();
        assertThat(sigma.glSymmetric()).isFalse();
        assertThat(half.describe()).isEqualTo("L_synthetic(lambda=2.0, w_sigma=0.5)");
        assertThat(sigma.describe()).isEqualTo("L_sigma(lambda=2.0)");
        // a member with unit weights has no single lambda_sigma, and its k is fixed
        LossMember units = LossMember.withUnitWeights(0.5, 1.0, 0.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(units::lambdaSigma).isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegularizedLaeLoss.of(units, new DMatrixRMaj(3, 3), 3))
                .isInstanceOf(IllegalArgumentException.class);
        // uniform unit weights are the uniform member: derivatives to the last bit, the value to rounding
        DataMatrix x = DataMatrix.fromSingularValues(new double[] {2.0, 1.5, 1.1}, 3, 4, 5);
        RegularizedLaeLoss a = RegularizedLaeLoss.of(LossMember.synthetic(2.0, 0.25), x.covariance(), 2);
        RegularizedLaeLoss b = RegularizedLaeLoss.of(LossMember.withUnitWeights(1.5, 0.5, 0.5), x.covariance(), 2);
        LaePoint p = randomPoint(3, 2, new Random(4));
        assertThat(b.value(p)).isCloseTo(a.value(p), org.assertj.core.data.Offset.offset(1e-13 * Math.abs(a.value(p))));
        assertThat(b.gradient(p).toVector()).isEqualTo(a.gradient(p).toVector());
        assertThat(b.hessian(p).data).isEqualTo(a.hessian(p).data);
    }
}
