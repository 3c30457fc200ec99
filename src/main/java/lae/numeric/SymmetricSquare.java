package lae.numeric;

import java.util.Arrays;

/**
 * S = A^2 = A A^T for a symmetric n x n matrix A held as separate row arrays: the entries on and
 * above the diagonal are computed and mirrored (n^3/2 multiply-adds), as sums over t = 0 .. n-1 in
 * that order, each a product followed by an addition (no fused multiply-add), so the result is
 * bit-for-bit the textbook sum whatever the blocking.
 *
 * <p>Layout, for speed. Row i of S accumulates the rows of A scaled by A[i][t]
 * ({@code s_i += A[i][t] a_t}), four rows of S at a time so that every row a_t read from cache
 * serves four updates, and over column tiles of {@link #TILE} entries so that the tile of A being
 * read stays in the level-2 cache. The inner loop indexes the row of S and the row of A by the same
 * index in two different arrays, which is the form HotSpot's C2 compiler turns into AVX vector
 * instructions (with one flat row-major array, the two offsets differ and C2 cannot rule out an
 * overlap, so it leaves the loop scalar). Timings: docs/newton.md.
 */
final class SymmetricSquare {
    /** Columns per tile: 96 doubles per row, 320 rows of A = 240 KB, within a level-2 cache. */
    static final int TILE = 96;

    private SymmetricSquare() {
    }

    /** out = a a (a symmetric, n x n, rows a[0..n-1]); out must not be a. */
    static void square(double[][] a, int n, double[][] out) {
        for (int i = 0; i < n; i++) {
            Arrays.fill(out[i], 0, n, 0.0);
        }
        for (int j0 = 0; j0 < n; j0 += TILE) {
            final int j1 = Math.min(n, j0 + TILE);
            int i = 0;
            for (; i + 3 < j1; i += 4) {
                final int c0 = Math.max(j0, i);
                final double[] a0 = a[i];
                final double[] a1 = a[i + 1];
                final double[] a2 = a[i + 2];
                final double[] a3 = a[i + 3];
                final double[] o0 = out[i];
                final double[] o1 = out[i + 1];
                final double[] o2 = out[i + 2];
                final double[] o3 = out[i + 3];
                for (int t = 0; t < n; t++) {
                    final double s0 = a0[t];
                    final double s1 = a1[t];
                    final double s2 = a2[t];
                    final double s3 = a3[t];
                    final double[] b = a[t];
                    for (int j = c0; j < j1; j++) {
                        final double bj = b[j];
                        o0[j] += s0 * bj;
                        o1[j] += s1 * bj;
                        o2[j] += s2 * bj;
                        o3[j] += s3 * bj;
                    }
                }
            }
            for (; i < j1; i++) {
                final int c0 = Math.max(j0, i);
                final double[] a0 = a[i];
                final double[] o0 = out[i];
                for (int t = 0; t < n; t++) {
                    final double s0 = a0[t];
                    final double[] b = a[t];
                    for (int j = c0; j < j1; j++) {
                        o0[j] += s0 * b[j];
                    }
                }
            }
        }
        for (int r = 0; r < n; r++) {
            final double[] row = out[r];
            for (int c = r + 1; c < n; c++) {
                out[c][r] = row[c];
            }
        }
    }
}
