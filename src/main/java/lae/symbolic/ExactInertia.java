package lae.symbolic;

import org.hipparchus.fraction.BigFraction;

/**
 * The inertia (numbers of negative, zero and positive eigenvalues) of a symmetric rational matrix,
 * exactly: no floating point and no tolerance anywhere.
 *
 * <p>Method: symmetric Gaussian elimination H = L D L<sup>T</sup> with symmetric pivoting, in the
 * spirit of Bunch and Kaufman (Math. Comp. 31, 1977) but in exact arithmetic, where the pivot can
 * be chosen for exactness rather than stability. At each stage, if some remaining diagonal entry
 * a<sub>ii</sub> is non-zero it is a 1x1 pivot (inertia contribution: its sign). Otherwise, if
 * some off-diagonal a<sub>ij</sub> is non-zero, the 2x2 block [[0, a<sub>ij</sub>], [a<sub>ij</sub>, 0]]
 * (determinant -a<sub>ij</sub><sup>2</sup> &lt; 0) is a pivot with one positive and one negative
 * eigenvalue. Otherwise the remaining Schur complement is zero and contributes its size to the
 * nullity. By Sylvester's law of inertia, H and the block diagonal D have the same inertia.
 */
public final class ExactInertia {
    private ExactInertia() {
    }

    /** (negative, zero, positive) counts. */
    public record Inertia(int negative, int zero, int positive) {
        @Override
        public String toString() {
            return "(" + negative + ", " + zero + ", " + positive + ")";
        }
    }

    /** Inertia of the symmetric matrix {@code h} (not modified). Throws if h is not symmetric. */
    public static Inertia of(BigFraction[][] h) {
        int n = h.length;
        BigFraction[][] a = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            if (h[i].length != n) {
                throw new IllegalArgumentException("matrix is not square");
            }
            a[i] = h[i].clone();
            for (int j = 0; j < i; j++) {
                if (!h[i][j].equals(h[j][i])) {
                    throw new IllegalArgumentException("matrix is not symmetric at (" + i + "," + j + ")");
                }
            }
        }
        boolean[] done = new boolean[n];
        int remaining = n;
        int neg = 0;
        int pos = 0;
        while (remaining > 0) {
            int p = -1;
            for (int i = 0; i < n && p < 0; i++) {
                if (!done[i] && a[i][i].getNumerator().signum() != 0) {
                    p = i;
                }
            }
            if (p >= 0) {
                BigFraction piv = a[p][p];
                if (piv.getNumerator().signum() * piv.getDenominator().signum() > 0) {
                    pos++;
                } else {
                    neg++;
                }
                done[p] = true;
                remaining--;
                for (int i = 0; i < n; i++) {
                    if (done[i] || a[i][p].getNumerator().signum() == 0) {
                        continue;
                    }
                    BigFraction f = a[i][p].divide(piv);
                    for (int j = 0; j < n; j++) {
                        if (!done[j] && a[p][j].getNumerator().signum() != 0) {
                            a[i][j] = a[i][j].subtract(f.multiply(a[p][j]));
                        }
                    }
                }
                continue;
            }
            int pi = -1;
            int pj = -1;
            for (int i = 0; i < n && pi < 0; i++) {
                if (done[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (!done[j] && a[i][j].getNumerator().signum() != 0) {
                        pi = i;
                        pj = j;
                        break;
                    }
                }
            }
            if (pi < 0) {
                break; // the remaining Schur complement is zero
            }
            // 2x2 pivot E = [[0, b], [b, 0]], E^-1 = [[0, 1/b], [1/b, 0]]: one positive, one negative eigenvalue
            BigFraction b = a[pi][pj];
            pos++;
            neg++;
            done[pi] = true;
            done[pj] = true;
            remaining -= 2;
            for (int i = 0; i < n; i++) {
                if (done[i]) {
                    continue;
                }
                // row i of the Schur complement: a_i. - [a_i,pi a_i,pj] E^-1 [a_pi. ; a_pj.]
                BigFraction ui = a[i][pj].divide(b); // coefficient of row pi
                BigFraction vi = a[i][pi].divide(b); // coefficient of row pj
                if (ui.getNumerator().signum() == 0 && vi.getNumerator().signum() == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (done[j]) {
                        continue;
                    }
                    a[i][j] = a[i][j].subtract(ui.multiply(a[pi][j])).subtract(vi.multiply(a[pj][j]));
                }
            }
        }
        return new Inertia(neg, n - neg - pos, pos);
    }
}
