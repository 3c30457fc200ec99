package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link AxpyKernel} against the plain loops it documents: each entry is the sequence of fused
 * multiply-adds in order of increasing term, so the comparison is exact; sizes include those the
 * blocking does not divide (odd row counts, term counts and column ranges, empty ranges).
 */
class AxpyKernelTest {
    static double[][] random(Random r, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (double[] row : a) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return a;
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Test
    void productIsTheSequenceOfFusedMultiplyAddsOfThePlainLoop() {
        Random r = new Random(3);
        int cases = 0;
        for (int na : new int[] {1, 2, 3, 4, 5, 7, 18}) {
            for (int ns : new int[] {0, 1, 3, 4, 5, 9, 32, 33}) {
                for (int[] range : new int[][] {{0, 0}, {0, 1}, {2, 9}, {0, 32}, {5, 38}, {1, 392}}) {
                    for (boolean acc : new boolean[] {false, true}) {
                        int lo = range[0];
                        int hi = range[1];
                        int width = hi + 3;
                        int o0 = r.nextInt(3);
                        int c0 = r.nextInt(3);
                        int cs = r.nextInt(4);
                        int r0 = r.nextInt(3);
                        double[][] out = random(r, o0 + na + 2, width);
                        double[][] c = random(r, c0 + na, cs + ns + 1);
                        double[][] rows = random(r, r0 + ns, width);
                        double[][] expected = copy(out);
                        for (int a = 0; a < na; a++) {
                            for (int j = lo; j < hi; j++) {
                                double v = acc ? expected[o0 + a][j] : 0.0;
                                for (int s = 0; s < ns; s++) {
                                    v = Math.fma(c[c0 + a][cs + s], rows[r0 + s][j], v);
                                }
                                expected[o0 + a][j] = v;
                            }
                        }
                        AxpyKernel.product(out, o0, na, c, c0, cs, rows, r0, ns, lo, hi, acc);
                        for (int i = 0; i < out.length; i++) {
                            assertThat(out[i]).as("na=%d ns=%d [%d,%d) acc=%s row %d", na, ns, lo, hi, acc, i)
                                    .containsExactly(expected[i]);
                        }
                        cases++;
                    }
                }
            }
        }
        assertThat(cases).isEqualTo(7 * 8 * 6 * 2);
    }

    @Test
    void productAgreesWithAPlainMatrixProductToRounding() {
        // the Fashion-MNIST shapes, P = W E (18 x 392 times 392 x 42) and G = Q X (18 x 32 times 32 x 392)
        Random r = new Random(5);
        double[][] w = random(r, 18, 392);
        double[][] e = random(r, 392, 42);
        double[][] p = new double[18][42];
        AxpyKernel.product(p, 0, 18, w, 0, 0, e, 0, 392, 0, 42, false);
        for (int a = 0; a < 18; a++) {
            for (int i = 0; i < 42; i++) {
                double plain = 0;
                double scale = 0;
                for (int t = 0; t < 392; t++) {
                    plain += w[a][t] * e[t][i];
                    scale += Math.abs(w[a][t] * e[t][i]);
                }
                assertThat(Math.abs(p[a][i] - plain)).isLessThanOrEqualTo(1e-13 * scale);
            }
        }
    }

    @Test
    void gramIsSymmetricAndEqualsTheDotProducts() {
        Random r = new Random(7);
        for (int n : new int[] {1, 2, 3, 4, 5, 8, 9, 10}) {
            for (int[] range : new int[][] {{0, 0}, {0, 1}, {3, 20}, {0, 392}}) {
                for (boolean full : new boolean[] {true, false}) {
                    double[][] rows = random(r, n + 2, 400);
                    double[] out = new double[n * n];
                    java.util.Arrays.fill(out, -7.0);
                    AxpyKernel.gram(rows, 2, n, range[0], range[1], out, full);
                    for (int a = 0; a < n; a++) {
                        for (int c = 0; c < n; c++) {
                            double dot = 0;
                            for (int j = range[0]; j < range[1]; j++) {
                                dot = Math.fma(rows[2 + a][j], rows[2 + c][j], dot);
                            }
                            double expected = full || a == c ? dot : -7.0;
                            assertThat(out[a * n + c]).as("n=%d full=%s (%d,%d)", n, full, a, c).isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }
}
