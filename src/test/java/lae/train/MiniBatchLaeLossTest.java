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
import lae.numeric.Schedule;
import lae.numeric.Adam;

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

    /** 0..n-1 in the order of a Fisher-Yates shuffle drawn from r. */
    static int[] shuffled(int n, Random r) {
        int[] order = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
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

    /**
     * f_b and its gradient from the definition, with the m x b residual formed explicitly:
     * H = W1 X_b + b1 1^T, R = X_b - W2 H - b2 1^T, dF/dH = -2 W2^T R, dF/dW1 = dF/dH X_b^T + 2 rho (lambda_pi
     * W2^T W2 W1 + lambda_sigma W1), dF/dW2 = -2 R H^T + 2 rho (lambda_pi W2 W1 W1^T + lambda_sigma W2),
     * dF/db1 = dF/dH 1, dF/db2 = -2 R 1.
     */
    static double naive(double[] x, int m, int k, boolean bias, double lp, double ls, double[] th, int[] pts, double rho,
                        double[] grad) {
        int b = pts.length;
        int km = k * m;
        double[][] h = new double[k][b];
        double[][] res = new double[m][b];
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < b; i++) {
                double v = bias ? th[2 * km + a] : 0;
                for (int j = 0; j < m; j++) {
                    v += th[a * m + j] * x[pts[i] * m + j];
                }
                h[a][i] = v;
            }
        }
        double f = 0;
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < b; i++) {
                double v = x[pts[i] * m + j] - (bias ? th[2 * km + k + j] : 0);
                for (int a = 0; a < k; a++) {
                    v -= th[km + a * m + j] * h[a][i];
                }
                res[j][i] = v;
                f += v * v;
            }
        }
        double[][] s = new double[k][k];
        double[][] t = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < m; j++) {
                    s[a][c] += th[km + a * m + j] * th[km + c * m + j];
                    t[a][c] += th[a * m + j] * th[c * m + j];
                }
            }
        }
        double st = 0;
        double tr = 0;
        for (int a = 0; a < k; a++) {
            tr += s[a][a] + t[a][a];
            for (int c = 0; c < k; c++) {
                st += s[a][c] * t[a][c];
            }
        }
        f += rho * (lp * st + ls * tr);
        double[][] dh = new double[k][b];
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < b; i++) {
                double v = 0;
                for (int j = 0; j < m; j++) {
                    v += th[km + a * m + j] * res[j][i];
                }
                dh[a][i] = -2 * v;
            }
        }
        java.util.Arrays.fill(grad, 0.0);
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                double g1 = 0;
                double g2 = 0;
                for (int i = 0; i < b; i++) {
                    g1 += dh[a][i] * x[pts[i] * m + j];
                    g2 += -2 * res[j][i] * h[a][i];
                }
                for (int c = 0; c < k; c++) {
                    g1 += 2 * rho * lp * s[a][c] * th[c * m + j];
                    g2 += 2 * rho * lp * t[a][c] * th[km + c * m + j];
                }
                grad[a * m + j] = g1 + 2 * rho * ls * th[a * m + j];
                grad[km + a * m + j] = g2 + 2 * rho * ls * th[km + a * m + j];
            }
        }
        if (bias) {
            for (int a = 0; a < k; a++) {
                for (int i = 0; i < b; i++) {
                    grad[2 * km + a] += dh[a][i];
                }
            }
            for (int j = 0; j < m; j++) {
                for (int i = 0; i < b; i++) {
                    grad[2 * km + k + j] += -2 * res[j][i];
                }
            }
        }
        return f;
    }

    @org.junit.jupiter.api.Test
    void oddShapesAgreeWithTheDefinitionAndDoNotDependOnTheThreads() {
        // m odd or below the blocking, batches of 1 and not multiples of four, a smaller last batch
        int[][] shapes = {{13, 3, 5}, {37, 9, 7}, {5, 1, 1}, {21, 2, 4}, {64, 4, 32}, {9, 5, 6}};
        Random r = new Random(41);
        int checked = 0;
        int steps = 0;
        for (int[] sh : shapes) {
            int m = sh[0];
            int k = sh[1];
            int batch = sh[2];
            int n = 3 * batch + 2;
            double[] x = new double[n * m];
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextGaussian() + 0.2 * (i % m);
            }
            int[] order = shuffled(n, r);
            for (boolean bias : new boolean[] {false, true}) {
                for (double[] lam : new double[][] {{0, 0.7}, {0.4, 0.3}, {0, 0}}) {
                    try (MiniBatchLaeLoss one = new MiniBatchLaeLoss(x, m, n, k, bias, lam[0], lam[1], batch, 1);
                         MiniBatchLaeLoss two = new MiniBatchLaeLoss(x, m, n, k, bias, lam[0], lam[1], batch, 2)) {
                        double[] theta1 = randomTheta(one.parameterCount(), 100 + checked);
                        double[] flat = theta1.clone();
                        Adam adamFlat = new Adam(theta1.length, Schedule.constant(0.01));
                        one.begin(theta1, Schedule.constant(0.01));
                        two.begin(theta1, Schedule.constant(0.01));
                        double[] g1 = new double[theta1.length];
                        double[] gn = new double[theta1.length];
                        double[] theta2 = new double[theta1.length];
                        for (int from = 0; from < n; from += batch) {
                            int to = Math.min(n, from + batch);
                            double rho = (to - from) / (double) n;
                            one.parameters(theta1);
                            double fn = naive(x, m, k, bias, lam[0], lam[1], theta1, java.util.Arrays.copyOfRange(order, from, to),
                                    rho, gn);
                            double fg = one.valueAndGradient(theta1, order, from, to, rho, g1);
                            double f1 = one.step(order, from, to, rho);
                            double f2 = two.step(order, from, to, rho);
                            assertThat(f1).isCloseTo(fn, org.assertj.core.data.Offset.offset(1e-11 * Math.abs(fn)));
                            double scale = 0;
                            double worst = 0;
                            for (int i = 0; i < gn.length; i++) {
                                scale = Math.max(scale, Math.abs(gn[i]));
                                worst = Math.max(worst, Math.abs(g1[i] - gn[i]));
                            }
                            assertThat(worst).as("m=%d k=%d batch=%d bias=%s", m, k, batch, bias).isLessThan(1e-11 * scale);
                            // the training state moves as the flat Adam step on the same gradient, bit for bit
                            assertThat(fg).isEqualTo(f1);
                            adamFlat.step(flat, g1);
                            one.parameters(theta1);
                            two.parameters(theta2);
                            assertThat(f2).isEqualTo(f1);
                            assertThat(theta1).containsExactly(flat);
                            assertThat(theta2).containsExactly(theta1);
                            checked++;
                        }
                        assertThat(two.threadUse().twoThreadShare()).isEqualTo(1.0);
                        steps += (n + batch - 1) / batch;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(steps).isEqualTo(2 * 3 * (5 * 4 + 5));
    }

    static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double w = 0;
        for (int i = 0; i < a.data.length; i++) {
            w = Math.max(w, Math.abs(a.data[i] - b.data[i]));
        }
        return w;
    }
}
