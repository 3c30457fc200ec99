package lae.train;

import java.util.Arrays;

/**
 * The parameters of a linear autoencoder in rows, one copy per column half ({@link ColumnHalves}), and their
 * layout in the flat vector theta = (W1 row-major (k x m), W2^T row-major (k x m), b1 (k), b2 (m)).
 * W1 and W2^T share a layout, so the gradient of W2 comes out in the layout of its parameters.
 *
 * <p>Every array indexed by the column comes twice, [part], each of length m + {@value ColumnHalves#PAD} but used
 * on its part's columns only, so that a thread touches only its half's arrays (see {@link ColumnHalves}). Adam's
 * moments have the same shape and are held in objects of this class too ({@link AdamRows}).
 */
final class ParameterRows {
    /** Per part, 2k rows of m (+ PAD): the rows of W1, then of W2^T. */
    final double[][][] w;
    /** b1 (zero without biases). */
    final double[] b1;
    /** Per part, b2 (zero without biases). */
    final double[][] b2;
    private final int k;
    private final int m;
    private final boolean bias;

    ParameterRows(int k, int m, boolean bias) {
        this.k = k;
        this.m = m;
        this.bias = bias;
        w = new double[2][2 * k][m + ColumnHalves.PAD];
        b1 = new double[k];
        b2 = new double[2][m + ColumnHalves.PAD];
    }

    /** Length of theta: 2 k m, plus k + m with biases. */
    static int count(int k, int m, boolean bias) {
        return 2 * k * m + (bias ? k + m : 0);
    }

    /** Offset of b1 in theta. */
    private int b1Offset() {
        return 2 * k * m;
    }

    /** Offset of b2 in theta. */
    private int b2Offset() {
        return 2 * k * m + k;
    }

    /** theta's whole rows into both parts' arrays (each uses its own columns), and b1 (zero without biases). */
    void load(double[] theta) {
        for (int part = 0; part < 2; part++) {
            for (int r = 0; r < 2 * k; r++) {
                System.arraycopy(theta, r * m, w[part][r], 0, m);
            }
            if (bias) {
                System.arraycopy(theta, b2Offset(), b2[part], 0, m);
            }
        }
        loadB1(theta);
    }

    /** b1 from theta, zero without biases. */
    void loadB1(double[] theta) {
        for (int a = 0; a < k; a++) {
            b1[a] = bias ? theta[b1Offset() + a] : 0.0;
        }
    }

    /** theta's columns [j0, j1) of the rows and of b2 into part {@code part}'s arrays. */
    void loadColumns(double[] theta, int part, int j0, int j1) {
        final int len = j1 - j0;
        for (int r = 0; r < 2 * k; r++) {
            System.arraycopy(theta, r * m + j0, w[part][r], j0, len);
        }
        if (bias) {
            System.arraycopy(theta, b2Offset() + j0, b2[part], j0, len);
        }
    }

    /** Every entry zero (the moments at the start of training). */
    void clear() {
        for (int part = 0; part < 2; part++) {
            for (double[] row : w[part]) {
                Arrays.fill(row, 0.0);
            }
            Arrays.fill(b2[part], 0.0);
        }
        Arrays.fill(b1, 0.0);
    }

    /** The parameters into theta: the columns [0, split) from part 0, [split, m) from part 1. */
    void store(double[] theta, int split) {
        for (int r = 0; r < 2 * k; r++) {
            System.arraycopy(w[0][r], 0, theta, r * m, split);
            System.arraycopy(w[1][r], split, theta, r * m + split, m - split);
        }
        if (bias) {
            System.arraycopy(b1, 0, theta, b1Offset(), k);
            System.arraycopy(b2[0], 0, theta, b2Offset(), split);
            System.arraycopy(b2[1], split, theta, b2Offset() + split, m - split);
        }
    }

    /**
     * Gradient columns [j0, j1) of the rows ({@code g}, 2k rows of m) and of b2 ({@code gb2}, or null without
     * biases) into the flat gradient {@code out}, in theta's layout.
     */
    static void storeColumns(double[][] g, double[] gb2, int k, int m, int j0, int j1, double[] out) {
        final int len = j1 - j0;
        for (int r = 0; r < 2 * k; r++) {
            System.arraycopy(g[r], j0, out, r * m + j0, len);
        }
        if (gb2 != null) {
            System.arraycopy(gb2, j0, out, 2 * k * m + k + j0, len);
        }
    }
}
