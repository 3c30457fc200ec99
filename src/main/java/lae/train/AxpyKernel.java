package lae.train;

import java.util.Arrays;

/**
 * The one dense kernel of training, a matrix product in axpy form on rows that are arrays of their own:
 * for output rows a in [0, na) and the column range [lo, hi),
 * <pre>
 *   OUT[o0 + a][lo..hi)  =  (OUT[o0 + a][lo..hi) if accumulating, else 0)  +  sum_{s &lt; ns} C[c0 + a][cs + s] ROWS[r0 + s][lo..hi),
 * </pre>
 * each entry summed in order of increasing s by fused multiply-adds. The blocking below (three output
 * rows and four terms per loop body: seven loads, three stores and twelve multiply-adds per column)
 * does not change that order, so every entry is the same sequence of roundings as the plain loop
 * {@code for s: out = Math.fma(c[s], rows[s][j], out)}.
 *
 * <p>Why this form. The innermost loop runs over the contiguous columns with no reduction, which
 * HotSpot C2's SuperWord turns into packed (AVX2) fused multiply-adds; HotSpot vectorizes no floating-point
 * reduction, so dot products would stay scalar. SuperWord needs the terms as chained {@code Math.fma} calls and
 * every array the loop touches indexed by the column alone: it does not vectorize a loop that stores into one
 * {@code double[]} at {@code u + j} and loads from another at {@code v + j} with different loop invariants u, v
 * (it cannot exclude that they are one array at overlapping offsets); hence rows that are arrays of their own
 * ({@code double[][]}) rather than offsets into one. The rates measured, and the blockings tried, are in
 * {@code docs/train.md} ("What limits the speed").
 */
final class AxpyKernel {
    private AxpyKernel() {
    }

    /**
     * OUT[o0 + a][lo..hi) (+)= sum_{s &lt; ns} C[c0 + a][cs + s] ROWS[r0 + s][lo..hi) for a &lt; na; see the class comment.
     *
     * @param accumulate add to OUT (true) or overwrite it (false)
     */
    static void product(double[][] out, int o0, int na, double[][] c, int c0, int cs, double[][] rows, int r0, int ns,
                        int lo, int hi, boolean accumulate) {
        int a = 0;
        for (; a + 2 < na; a += 3) {
            three(out[o0 + a], out[o0 + a + 1], out[o0 + a + 2], c[c0 + a], c[c0 + a + 1], c[c0 + a + 2], cs, rows, r0, ns,
                    lo, hi, accumulate);
        }
        for (; a < na; a++) {
            one(out[o0 + a], c[c0 + a], cs, rows, r0, ns, lo, hi, accumulate);
        }
    }

    private static void three(double[] g0, double[] g1, double[] g2, double[] e0, double[] e1, double[] e2, int cs,
                              double[][] rows, int r0, int ns, int lo, int hi, boolean accumulate) {
        if (!accumulate) {
            Arrays.fill(g0, lo, hi, 0.0);
            Arrays.fill(g1, lo, hi, 0.0);
            Arrays.fill(g2, lo, hi, 0.0);
        }
        int s = 0;
        for (; s + 3 < ns; s += 4) {
            final double a0 = e0[cs + s], a1 = e0[cs + s + 1], a2 = e0[cs + s + 2], a3 = e0[cs + s + 3];
            final double b0 = e1[cs + s], b1 = e1[cs + s + 1], b2 = e1[cs + s + 2], b3 = e1[cs + s + 3];
            final double d0 = e2[cs + s], d1 = e2[cs + s + 1], d2 = e2[cs + s + 2], d3 = e2[cs + s + 3];
            final double[] x0 = rows[r0 + s], x1 = rows[r0 + s + 1], x2 = rows[r0 + s + 2], x3 = rows[r0 + s + 3];
            for (int j = lo; j < hi; j++) {
                double y0 = x0[j], y1 = x1[j], y2 = x2[j], y3 = x3[j];
                g0[j] = Math.fma(a3, y3, Math.fma(a2, y2, Math.fma(a1, y1, Math.fma(a0, y0, g0[j]))));
                g1[j] = Math.fma(b3, y3, Math.fma(b2, y2, Math.fma(b1, y1, Math.fma(b0, y0, g1[j]))));
                g2[j] = Math.fma(d3, y3, Math.fma(d2, y2, Math.fma(d1, y1, Math.fma(d0, y0, g2[j]))));
            }
        }
        for (; s < ns; s++) {
            final double a0 = e0[cs + s], b0 = e1[cs + s], d0 = e2[cs + s];
            final double[] x0 = rows[r0 + s];
            for (int j = lo; j < hi; j++) {
                double y0 = x0[j];
                g0[j] = Math.fma(a0, y0, g0[j]);
                g1[j] = Math.fma(b0, y0, g1[j]);
                g2[j] = Math.fma(d0, y0, g2[j]);
            }
        }
    }

    private static void one(double[] g0, double[] e0, int cs, double[][] rows, int r0, int ns, int lo, int hi,
                            boolean accumulate) {
        if (!accumulate) {
            Arrays.fill(g0, lo, hi, 0.0);
        }
        int s = 0;
        for (; s + 3 < ns; s += 4) {
            final double a0 = e0[cs + s], a1 = e0[cs + s + 1], a2 = e0[cs + s + 2], a3 = e0[cs + s + 3];
            final double[] x0 = rows[r0 + s], x1 = rows[r0 + s + 1], x2 = rows[r0 + s + 2], x3 = rows[r0 + s + 3];
            for (int j = lo; j < hi; j++) {
                g0[j] = Math.fma(a3, x3[j], Math.fma(a2, x2[j], Math.fma(a1, x1[j], Math.fma(a0, x0[j], g0[j]))));
            }
        }
        for (; s < ns; s++) {
            final double a0 = e0[cs + s];
            final double[] x0 = rows[r0 + s];
            for (int j = lo; j < hi; j++) {
                g0[j] = Math.fma(a0, x0[j], g0[j]);
            }
        }
    }

    /**
     * The Gram matrix of rows r0..r0+n-1 over the columns [lo, hi): out[a n + c] = sum_{lo &lt;= j &lt; hi}
     * ROWS[r0 + a][j] ROWS[r0 + c][j], each entry a dot product summed in order of increasing j by fused
     * multiply-adds; all entries when {@code full}, else the diagonal only (the rest left untouched).
     * Dot products are scalar, so they are computed eight at a time (two rows against four, eight
     * independent accumulators, six loads per eight multiply-adds) to hide the latency of the fused
     * multiply-add: for each pair of rows a, a + 1, blocks of four columns from a on, the last block moved
     * back to end at n, then the upper triangle mirrored. A block may recompute an entry; it computes the
     * same value, the sequence of operations per entry being fixed.
     */
    static void gram(double[][] rows, int r0, int n, int lo, int hi, double[] out, boolean full) {
        if (!full) {
            int a = 0;
            for (; a + 3 < n; a += 4) {
                final double[] u0 = rows[r0 + a], u1 = rows[r0 + a + 1], u2 = rows[r0 + a + 2], u3 = rows[r0 + a + 3];
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int j = lo; j < hi; j++) {
                    s0 = Math.fma(u0[j], u0[j], s0);
                    s1 = Math.fma(u1[j], u1[j], s1);
                    s2 = Math.fma(u2[j], u2[j], s2);
                    s3 = Math.fma(u3[j], u3[j], s3);
                }
                out[a * n + a] = s0;
                out[(a + 1) * n + a + 1] = s1;
                out[(a + 2) * n + a + 2] = s2;
                out[(a + 3) * n + a + 3] = s3;
            }
            for (; a < n; a++) {
                out[a * n + a] = dot(rows[r0 + a], rows[r0 + a], lo, hi);
            }
            return;
        }
        if (n < 4) {
            for (int a = 0; a < n; a++) {
                for (int c = a; c < n; c++) {
                    out[a * n + c] = dot(rows[r0 + a], rows[r0 + c], lo, hi);
                }
            }
        } else {
            for (int a = 0; a < n; a += 2) {
                final double[] u0 = rows[r0 + a];
                final double[] u1 = a + 1 < n ? rows[r0 + a + 1] : null;
                for (int c = a; c < n; c += 4) {
                    final int c0 = Math.min(c, n - 4);
                    final double[] v0 = rows[r0 + c0], v1 = rows[r0 + c0 + 1], v2 = rows[r0 + c0 + 2], v3 = rows[r0 + c0 + 3];
                    if (u1 == null) {
                        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                        for (int j = lo; j < hi; j++) {
                            double y = u0[j];
                            s0 = Math.fma(y, v0[j], s0);
                            s1 = Math.fma(y, v1[j], s1);
                            s2 = Math.fma(y, v2[j], s2);
                            s3 = Math.fma(y, v3[j], s3);
                        }
                        int o = a * n + c0;
                        out[o] = s0;
                        out[o + 1] = s1;
                        out[o + 2] = s2;
                        out[o + 3] = s3;
                        continue;
                    }
                    double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                    for (int j = lo; j < hi; j++) {
                        double y0 = u0[j];
                        double y1 = u1[j];
                        double z0 = v0[j];
                        double z1 = v1[j];
                        double z2 = v2[j];
                        double z3 = v3[j];
                        s00 = Math.fma(y0, z0, s00);
                        s01 = Math.fma(y0, z1, s01);
                        s02 = Math.fma(y0, z2, s02);
                        s03 = Math.fma(y0, z3, s03);
                        s10 = Math.fma(y1, z0, s10);
                        s11 = Math.fma(y1, z1, s11);
                        s12 = Math.fma(y1, z2, s12);
                        s13 = Math.fma(y1, z3, s13);
                    }
                    int o = a * n + c0;
                    out[o] = s00;
                    out[o + 1] = s01;
                    out[o + 2] = s02;
                    out[o + 3] = s03;
                    out[o + n] = s10;
                    out[o + n + 1] = s11;
                    out[o + n + 2] = s12;
                    out[o + n + 3] = s13;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int c = a + 1; c < n; c++) {
                out[c * n + a] = out[a * n + c];
            }
        }
    }

    private static double dot(double[] u, double[] v, int lo, int hi) {
        double s = 0;
        for (int j = lo; j < hi; j++) {
            s = Math.fma(u[j], v[j], s);
        }
        return s;
    }
}
