package lae.numeric;

/**
 * S = A A^T for a square row-major A (for a symmetric H this is H^2), computing only the blocks on
 * or above the diagonal and mirroring them: n^3/2 fused multiply-adds, each entry a dot product of
 * two contiguous rows, taken 2 x 4 at a time in registers (eight independent accumulators), which
 * is several times faster than a general matrix product here.
 */
final class GramKernel {
    private GramKernel() {
    }

    static void gram(double[] a, int n, double[] out) {
        int r = 0;
        for (; r + 1 < n; r += 2) {
            final int a0 = r * n;
            final int a1 = a0 + n;
            int c = r;
            for (; c + 3 < n; c += 4) {
                final int b0 = c * n;
                final int b1 = b0 + n;
                final int b2 = b1 + n;
                final int b3 = b2 + n;
                double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                for (int t = 0; t < n; t++) {
                    double x0 = a[a0 + t];
                    double x1 = a[a1 + t];
                    double y0 = a[b0 + t];
                    double y1 = a[b1 + t];
                    double y2 = a[b2 + t];
                    double y3 = a[b3 + t];
                    s00 = Math.fma(x0, y0, s00);
                    s01 = Math.fma(x0, y1, s01);
                    s02 = Math.fma(x0, y2, s02);
                    s03 = Math.fma(x0, y3, s03);
                    s10 = Math.fma(x1, y0, s10);
                    s11 = Math.fma(x1, y1, s11);
                    s12 = Math.fma(x1, y2, s12);
                    s13 = Math.fma(x1, y3, s13);
                }
                put(out, n, r, c, s00);
                put(out, n, r, c + 1, s01);
                put(out, n, r, c + 2, s02);
                put(out, n, r, c + 3, s03);
                put(out, n, r + 1, c, s10);
                put(out, n, r + 1, c + 1, s11);
                put(out, n, r + 1, c + 2, s12);
                put(out, n, r + 1, c + 3, s13);
            }
            for (; c < n; c++) {
                put(out, n, r, c, dot(a, a0, c * n, n));
                put(out, n, r + 1, c, dot(a, a1, c * n, n));
            }
        }
        for (; r < n; r++) {
            for (int c = r; c < n; c++) {
                put(out, n, r, c, dot(a, r * n, c * n, n));
            }
        }
    }

    private static void put(double[] out, int n, int r, int c, double v) {
        out[r * n + c] = v;
        out[c * n + r] = v;
    }

    private static double dot(double[] a, int x, int y, int n) {
        double s0 = 0, s1 = 0;
        int t = 0;
        for (; t + 1 < n; t += 2) {
            s0 = Math.fma(a[x + t], a[y + t], s0);
            s1 = Math.fma(a[x + t + 1], a[y + t + 1], s1);
        }
        if (t < n) {
            s0 = Math.fma(a[x + t], a[y + t], s0);
        }
        return s0 + s1;
    }
}
