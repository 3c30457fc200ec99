package lae.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import lae.numeric.Schedule;

class BytePixelsTest {
    /** n images of m pixels, bytes / 255 as the loaders compute them, with a few all-black and all-white pixels. */
    static double[] pixels(int n, int m, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n * m];
        for (int i = 0; i < x.length; i++) {
            int c = i % 7 == 0 ? 0 : i % 11 == 0 ? 255 : r.nextInt(256);
            x[i] = c / 255.0;
        }
        return x;
    }

    static double[][] gatherAll(BytePixels p, int[] rows, int m) {
        int[] start = new int[rows.length];
        double[][] out = new double[rows.length][m];
        for (int i = 0; i < rows.length; i++) {
            start[i] = rows[i] * m;
        }
        p.gather(start, rows.length, 0, m, out);
        return out;
    }

    @Test
    void uncentredPixelsDecodeToTheSameDoubles() {
        int n = 40;
        int m = 23;
        double[] x = pixels(n, m, 1);
        BytePixels p = BytePixels.of(x, m, null);
        assertThat(p).isNotNull();
        assertThat(p.n()).isEqualTo(n);
        assertThat(p.m()).isEqualTo(m);
        int[] rows = {3, 0, 39, 17, 3};
        double[][] out = gatherAll(p, rows, m);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < m; j++) {
                assertThat(Double.doubleToRawLongBits(out[i][j])).isEqualTo(Double.doubleToRawLongBits(x[rows[i] * m + j]));
            }
        }
    }

    @Test
    void centredPixelsDecodeToTheSameDoublesAndColumnRangesAreRespected() {
        int n = 50;
        int m = 131; // more than two cache lines of codes per row, not a multiple of 64
        double[] raw = pixels(n, m, 2);
        PrincipalDirections pca = PrincipalDirections.of(raw, m, n);
        double[] x = pca.centred(raw);
        BytePixels p = BytePixels.of(x, m, pca.mean());
        assertThat(p).isNotNull();
        int[] rows = {49, 1, 2, 30};
        int[] start = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            start[i] = rows[i] * m;
        }
        double[][] out = new double[rows.length][m];
        for (double[] row : out) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        p.gather(start, rows.length, 70, 131, out);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < m; j++) {
                if (j < 70) {
                    assertThat(out[i][j]).as("column %d outside the range is untouched", j).isNaN();
                } else {
                    assertThat(Double.doubleToRawLongBits(out[i][j])).isEqualTo(Double.doubleToRawLongBits(x[rows[i] * m + j]));
                }
            }
        }
    }

    @Test
    void dataThatAreNotBytesHaveNoCodes() {
        int m = 10;
        double[] x = pixels(5, m, 3);
        double[] luma = x.clone();
        luma[17] = (0.299 * 10 + 0.587 * 20 + 0.114 * 30) / 255.0; // CIFAR-10's greyscale: not a byte / 255
        assertThat(BytePixels.of(luma, m, null)).isNull();
        double[] above = x.clone();
        above[3] = 256 / 255.0;
        assertThat(BytePixels.of(above, m, null)).isNull();
        double[] negative = x.clone();
        negative[4] = -1 / 255.0;
        assertThat(BytePixels.of(negative, m, null)).isNull();
        double[] nan = x.clone();
        nan[5] = Double.NaN;
        assertThat(BytePixels.of(nan, m, null)).isNull();
        // the right values but the wrong offsets: not the same doubles
        double[] offset = new double[m];
        offset[2] = 0.1;
        assertThat(BytePixels.of(x, m, offset)).isNull();
        assertThatThrownBy(() -> BytePixels.of(x, 7, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BytePixels.of(x, m, new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trainingFromTheCodesGivesTheSameBitsOnOneThreadAndOnTwo() {
        int n = 37;
        int m = 150;
        int batch = 8;
        double[] raw = pixels(n, m, 4);
        PrincipalDirections pca = PrincipalDirections.of(raw, m, n);
        double[] centred = pca.centred(raw);
        int[] order = MiniBatchLaeLossTest.shuffled(n, new Random(5));
        for (boolean bias : new boolean[] {false, true}) {
            double[] x = bias ? raw : centred;
            BytePixels codes = BytePixels.of(x, m, bias ? null : pca.mean());
            assertThat(codes).isNotNull();
            Schedule schedule = bias ? Schedule.kerasDecay(0.05, Schedule.DECAY_IMAGES) : Schedule.constant(0.05);
            try (MiniBatchLaeLoss plain = new MiniBatchLaeLoss(x, m, n, 3, bias, 0, 0.3, batch, 1);
                 MiniBatchLaeLoss one = new MiniBatchLaeLoss(x, codes, m, n, 3, bias, 0, 0.3, batch, 1);
                 MiniBatchLaeLoss two = new MiniBatchLaeLoss(x, codes, m, n, 3, bias, 0, 0.3, batch, 2)) {
                double[] theta = MiniBatchLaeLossTest.randomTheta(plain.parameterCount(), 6);
                plain.begin(theta, schedule);
                one.begin(theta, schedule);
                two.begin(theta, schedule);
                for (int epoch = 0; epoch < 3; epoch++) {
                    for (int from = 0; from < n; from += batch) {
                        int to = Math.min(n, from + batch);
                        double f = plain.step(order, from, to, 0.1);
                        assertThat(one.step(order, from, to, 0.1)).isEqualTo(f);
                        assertThat(two.step(order, from, to, 0.1)).isEqualTo(f);
                    }
                }
                double[] a = new double[theta.length];
                double[] b = new double[theta.length];
                double[] c = new double[theta.length];
                plain.parameters(a);
                one.parameters(b);
                two.parameters(c);
                assertThat(b).containsExactly(a);
                assertThat(c).containsExactly(a);
                assertThat(two.threadUse().twoThreadShare()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void codesOfOtherDataAreRefused() {
        double[] x = pixels(6, 4, 7);
        BytePixels codes = BytePixels.of(x, 4, null);
        assertThatThrownBy(() -> new MiniBatchLaeLoss(pixels(6, 3, 7), codes, 3, 6, 1, false, 0, 0.1, 2, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
