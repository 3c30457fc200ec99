package lae.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Closed-form gradient, Hessian and Hessian-vector product against central finite differences. */
class RegularizedLaeLossTest {

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> b = Stream.builder();
        int[][] sizes = {{2, 3, 1}, {3, 4, 2}, {5, 7, 3}, {6, 6, 4}};
        long seed = 11;
        for (int[] s : sizes) {
            for (LossKind kind : LossKind.values()) {
                b.add(Arguments.of(kind, s[0], s[1], s[2], seed++));
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

    static RegularizedLaeLoss loss(LossKind kind, int m, int n, int k, long seed) {
        double[] s = new double[Math.min(m, n)];
        for (int i = 0; i < s.length; i++) {
            s[i] = 2.0 - 0.3 * i;
        }
        DataMatrix x = DataMatrix.fromSingularValues(s, m, n, seed);
        return RegularizedLaeLoss.of(kind, 0.7, 0.3, x.covariance(), k);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void gradientMatchesCentralDifferences(LossKind kind, int m, int n, int k, long seed) {
        RegularizedLaeLoss f = loss(kind, m, n, k, seed);
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
    void hessianAndHessianVectorMatchCentralDifferencesOfTheGradient(LossKind kind, int m, int n, int k, long seed) {
        RegularizedLaeLoss f = loss(kind, m, n, k, seed);
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
}
