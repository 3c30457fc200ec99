package lae.train;

/**
 * C[r][c] = sum_t A[r][t] B[c][t], a block of dot products with both operands read along contiguous
 * rows, computed 2 x 4 at a time in registers with fused multiply-adds (eight independent accumulators
 * per inner loop, six loads per eight FMAs). Rows of B are given by their offsets into one array. Used
 * for the scatter matrix of {@link PrincipalDirections}, once per data set; the reductions are scalar
 * (HotSpot does not vectorize them), so training uses {@link AxpyKernel} instead.
 */
final class DotKernel {
    private DotKernel() {
    }

    /**
     * For r in [r0, r1) and c in [0, nc): C[cOff + r cStride + c] = sum_{t &lt; len} A[aOff + r len + t] B[bRow[c] + t].
     */
    static void dots(double[] a, int aOff, int r0, int r1, double[] b, int[] bRow, int nc, int len,
                     double[] out, int cOff, int cStride) {
        int r = r0;
        for (; r + 1 < r1; r += 2) {
            final int a0 = aOff + r * len;
            final int a1 = a0 + len;
            final int o0 = cOff + r * cStride;
            final int o1 = o0 + cStride;
            int c = 0;
            for (; c + 3 < nc; c += 4) {
                final int b0 = bRow[c];
                final int b1 = bRow[c + 1];
                final int b2 = bRow[c + 2];
                final int b3 = bRow[c + 3];
                double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                for (int t = 0; t < len; t++) {
                    double x0 = a[a0 + t];
                    double x1 = a[a1 + t];
                    double y0 = b[b0 + t];
                    double y1 = b[b1 + t];
                    double y2 = b[b2 + t];
                    double y3 = b[b3 + t];
                    s00 = Math.fma(x0, y0, s00);
                    s01 = Math.fma(x0, y1, s01);
                    s02 = Math.fma(x0, y2, s02);
                    s03 = Math.fma(x0, y3, s03);
                    s10 = Math.fma(x1, y0, s10);
                    s11 = Math.fma(x1, y1, s11);
                    s12 = Math.fma(x1, y2, s12);
                    s13 = Math.fma(x1, y3, s13);
                }
                out[o0 + c] = s00;
                out[o0 + c + 1] = s01;
                out[o0 + c + 2] = s02;
                out[o0 + c + 3] = s03;
                out[o1 + c] = s10;
                out[o1 + c + 1] = s11;
                out[o1 + c + 2] = s12;
                out[o1 + c + 3] = s13;
            }
            for (; c < nc; c++) {
                final int b0 = bRow[c];
                double s0 = 0, s1 = 0;
                for (int t = 0; t < len; t++) {
                    double y = b[b0 + t];
                    s0 = Math.fma(a[a0 + t], y, s0);
                    s1 = Math.fma(a[a1 + t], y, s1);
                }
                out[o0 + c] = s0;
                out[o1 + c] = s1;
            }
        }
        for (; r < r1; r++) {
            final int a0 = aOff + r * len;
            final int o0 = cOff + r * cStride;
            int c = 0;
            for (; c + 3 < nc; c += 4) {
                final int b0 = bRow[c];
                final int b1 = bRow[c + 1];
                final int b2 = bRow[c + 2];
                final int b3 = bRow[c + 3];
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int t = 0; t < len; t++) {
                    double x = a[a0 + t];
                    s0 = Math.fma(x, b[b0 + t], s0);
                    s1 = Math.fma(x, b[b1 + t], s1);
                    s2 = Math.fma(x, b[b2 + t], s2);
                    s3 = Math.fma(x, b[b3 + t], s3);
                }
                out[o0 + c] = s0;
                out[o0 + c + 1] = s1;
                out[o0 + c + 2] = s2;
                out[o0 + c + 3] = s3;
            }
            for (; c < nc; c++) {
                final int b0 = bRow[c];
                double s = 0;
                for (int t = 0; t < len; t++) {
                    s = Math.fma(a[a0 + t], b[b0 + t], s);
                }
                out[o0 + c] = s;
            }
        }
    }
}
