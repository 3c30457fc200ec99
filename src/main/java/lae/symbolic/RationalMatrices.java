package lae.symbolic;

import org.hipparchus.fraction.BigFraction;

/**
 * Exact rational matrices (arrays of rows of {@link BigFraction}): zero, identity, transpose, product,
 * determinant and adjugate, for the exact instances of {@link FreeInstance} and the exact loss {@link ExactLae}.
 */
final class RationalMatrices {
    private RationalMatrices() {
    }

    /** Whether every entry is zero. */
    static boolean isZero(BigFraction[][] a) {
        for (BigFraction[] row : a) {
            for (BigFraction x : row) {
                if (!x.equals(BigFraction.ZERO)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The r x c zero matrix. */
    static BigFraction[][] zeros(int r, int c) {
        BigFraction[][] a = new BigFraction[r][c];
        for (BigFraction[] row : a) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        return a;
    }

    /** The n x n identity. */
    static BigFraction[][] identity(int n) {
        BigFraction[][] a = zeros(n, n);
        for (int i = 0; i < n; i++) {
            a[i][i] = BigFraction.ONE;
        }
        return a;
    }

    /** A^T (also of an empty matrix). */
    static BigFraction[][] transpose(BigFraction[][] a) {
        int r = a.length;
        int c = r == 0 ? 0 : a[0].length;
        BigFraction[][] t = new BigFraction[c][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** The product A B (zero entries skipped: the sum is exact either way). */
    static BigFraction[][] multiply(BigFraction[][] a, BigFraction[][] b) {
        int r = a.length;
        int n = b.length;
        int c = n == 0 ? 0 : b[0].length;
        BigFraction[][] p = zeros(r, c);
        for (int i = 0; i < r; i++) {
            for (int k = 0; k < n; k++) {
                if (a[i][k].getNumerator().signum() == 0) {
                    continue;
                }
                for (int j = 0; j < c; j++) {
                    if (b[k][j].getNumerator().signum() != 0) {
                        p[i][j] = p[i][j].add(a[i][k].multiply(b[k][j]));
                    }
                }
            }
        }
        return p;
    }

    /** The determinant, by Gaussian elimination over Q. */
    static BigFraction det(BigFraction[][] a) {
        int n = a.length;
        if (n == 0) {
            return BigFraction.ONE;
        }
        if (a[0].length != n) {
            throw new IllegalArgumentException("det of a non-square matrix");
        }
        BigFraction[][] m = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        BigFraction d = BigFraction.ONE;
        for (int col = 0; col < n; col++) {
            int piv = col;
            while (piv < n && m[piv][col].equals(BigFraction.ZERO)) {
                piv++;
            }
            if (piv == n) {
                return BigFraction.ZERO;
            }
            if (piv != col) {
                BigFraction[] t = m[piv];
                m[piv] = m[col];
                m[col] = t;
                d = d.negate();
            }
            d = d.multiply(m[col][col]);
            for (int i = col + 1; i < n; i++) {
                BigFraction f = m[i][col].divide(m[col][col]);
                if (f.equals(BigFraction.ZERO)) {
                    continue;
                }
                for (int j = col; j < n; j++) {
                    m[i][j] = m[i][j].subtract(f.multiply(m[col][j]));
                }
            }
        }
        return d;
    }

    /** The adjugate (transposed cofactor matrix): adj(A) A = A adj(A) = det(A) I for every square A. */
    static BigFraction[][] adjugate(BigFraction[][] a) {
        int n = a.length;
        BigFraction[][] adj = new BigFraction[n][n];
        if (n == 1) {
            adj[0][0] = BigFraction.ONE;
            return adj;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigFraction[][] minor = new BigFraction[n - 1][n - 1];
                for (int p = 0, mp = 0; p < n; p++) {
                    if (p == j) {
                        continue;
                    }
                    for (int q = 0, mq = 0; q < n; q++) {
                        if (q == i) {
                            continue;
                        }
                        minor[mp][mq++] = a[p][q];
                    }
                    mp++;
                }
                BigFraction c = det(minor);
                adj[i][j] = (i + j) % 2 == 0 ? c : c.negate();
            }
        }
        return adj;
    }
}
