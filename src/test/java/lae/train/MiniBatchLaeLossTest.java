package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;

/** The per-batch loss from X_b against the full-batch loss from C = X X^T, and against finite differences. */
class MiniBatchLaeLossTest {
    static final int M = 7;
    static final int N = 11;
    static final int K = 3;

    static DataMatrix data() {
        double[] s = new double[M];
        for (int i = 0; i < M; i++) {
            s[i] = 3.0 - 0.35 * i;
        }
        return DataMatrix.fromSingularValues(s, M, N, 5);
    }

    static double[] rows(DMatrixRMaj x) {
        double[] r = new double[x.numRows * x.numCols];
        for (int i = 0; i < x.numCols; i++) {
            for (int j = 0; j < x.numRows; j++) {
                r[i * x.numRows + j] = x.get(j, i);
            }
        }
        return r;
    }

    static double[] randomTheta(int dim, long seed) {
        Random r = new Random(seed);
        double[] t = new double[dim];
        for (int i = 0; i < dim; i++) {
            t[i] = 0.6 * r.nextGaussian();
        }
        return t;
    }

    static int[] identity(int n) {
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        return o;
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void fullBatchValueAndGradientEqualRegularizedLaeLoss(LossKind kind) {
        DataMatrix d = data();
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 0.8, 0.3, d.covariance(), K);
        MiniBatchLaeLoss g = new MiniBatchLaeLoss(rows(d.x()), M, N, K, false, f.lambdaPi(), f.lambdaSigma(), N);
        double[] theta = randomTheta(g.parameterCount(), 17);
        LaePoint p = TrainingResult.toPoint(theta, M, K);
        double[] grad = new double[theta.length];
        double value = g.valueAndGradient(theta, identity(N), 0, N, 1.0, grad);
        assertThat(value).isCloseTo(f.value(p), org.assertj.core.data.Offset.offset(1e-10 * Math.abs(f.value(p))));
        LaePoint expected = f.gradient(p);
        LaePoint actual = TrainingResult.toPoint(grad, M, K);
        double scale = expected.norm();
        assertThat(maxAbsDiff(actual.w1, expected.w1)).isLessThan(1e-11 * scale);
        assertThat(maxAbsDiff(actual.w2, expected.w2)).isLessThan(1e-11 * scale);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void batchGradientWithBiasesMatchesCentralDifferences(LossKind kind) {
        DataMatrix d = data();
        double[] raw = rows(d.x());
        for (int i = 0; i < raw.length; i++) {
            raw[i] += 0.3 * (i % M); // uncentred, so that the biases matter
        }
        double lp = kind == LossKind.L_PI ? 0.8 : kind == LossKind.SYNTHETIC ? 0.56 : 0;
        double ls = kind == LossKind.L_SIGMA ? 0.8 : kind == LossKind.SYNTHETIC ? 0.24 : 0;
        MiniBatchLaeLoss g = new MiniBatchLaeLoss(raw, M, N, K, true, lp, ls, 5);
        int[] order = {3, 9, 0, 7, 5, 1, 2, 4, 6, 8, 10};
        double rho = 5.0 / N;
        double[] theta = randomTheta(g.parameterCount(), 23);
        double[] grad = new double[theta.length];
        g.valueAndGradient(theta, order, 2, 7, rho, grad);
        double h = 1e-6;
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < theta.length; i++) {
            double[] tp = theta.clone();
            double[] tm = theta.clone();
            tp[i] += h;
            tm[i] -= h;
            double fd = (g.valueAndGradient(tp, order, 2, 7, rho, null) - g.valueAndGradient(tm, order, 2, 7, rho, null)) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - grad[i]));
            scale = Math.max(scale, Math.abs(grad[i]));
        }
        assertThat(scale).isGreaterThan(0.1);
        assertThat(worst).isLessThan(1e-6 * scale);
    }

    @ParameterizedTest
    @EnumSource(LossKind.class)
    void batchLossesOfAnEpochSumToTheFullLossUnderTheScaledConvention(LossKind kind) {
        DataMatrix d = data();
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, 0.8, 0.3, d.covariance(), K);
        MiniBatchLaeLoss g = new MiniBatchLaeLoss(rows(d.x()), M, N, K, false, f.lambdaPi(), f.lambdaSigma(), 4);
        double[] theta = randomTheta(g.parameterCount(), 29);
        int[] order = {10, 3, 5, 0, 2, 9, 1, 4, 6, 8, 7};
        double sum = 0;
        for (int from = 0; from < N; from += 4) {
            int to = Math.min(N, from + 4);
            sum += g.valueAndGradient(theta, order, from, to, BatchRegularization.SCALED.rho(to - from, N), null);
        }
        double full = f.value(TrainingResult.toPoint(theta, M, K));
        assertThat(sum).isCloseTo(full, org.assertj.core.data.Offset.offset(1e-10 * full));
        assertThat(g.reconstructionError(theta) + g.regulariser(theta))
                .isCloseTo(full, org.assertj.core.data.Offset.offset(1e-10 * full));
    }

    static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double w = 0;
        for (int i = 0; i < a.data.length; i++) {
            w = Math.max(w, Math.abs(a.data[i] - b.data[i]));
        }
        return w;
    }
}
