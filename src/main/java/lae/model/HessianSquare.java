package lae.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * H^2, the square of the Hessian of a {@link RegularizedLaeLoss}, in closed form: O((km)^2) work
 * from k x k, k x m and m x m products, instead of the (2km)^3 / 2 multiply-adds of the dense
 * product. It is the matrix of the Levenberg-Marquardt normal equations (H^2 + mu I) d = -H g.
 *
 * <p>Derivation. With the blocks of {@link RegularizedLaeLoss} (coordinates of
 * {@link LaePoint#toVector()}: (a,j) = a m + j for W1, (i,a) = km + i k + a for W2),
 * S = W2^T W2, K = W1 M W1^T, N = M W1^T, G = Gw = 2 (W M - C) and c_a = 2 lambda_sigma_a (the sum weight of
 * latent unit a; one value c for the paper's members),
 * <pre>
 *   H11 = 2 S (x) M + diag(c_a),   H22 = 2 I_m (x) K + diag(c_a'),
 *   H12[(a,j),(i,a')] = 2 W2[i,a] N[j,a'] + G[i,j] delta(a,a'),
 * </pre>
 * each entry of the three blocks of H^2 is a sum over the inner index that collapses to a few
 * products of small matrices:
 * <pre>
 *   (H^2)11[(a,j),(b,l)] = 4 S^2[a,b] M^2[j,l] + 2 (c_a + c_b) S[a,b] M[j,l] + c_a^2 delta
 *                        + 4 S[a,b] (N N^T)[j,l] + 2 (W2^T G)[a,l] N[j,b] + 2 (W2^T G)[b,j] N[l,a]
 *                        + delta(a,b) (G^T G)[j,l]
 *   (H^2)12[(a,j),(i,a')] = 4 (S W2^T)[a,i] (M N)[j,a'] + 2 S[a,a'] (M G^T)[j,i]
 *                        + 4 W2[i,a] (N K)[j,a'] + 2 G[i,j] K[a,a'] + (c_a + c_a') H12[(a,j),(i,a')]
 *   (H^2)22[(i,a'),(i2,b')] = 4 (W2 W2^T)[i,i2] (N^T N)[a',b'] + 2 W2[i,b'] (G N)[i2,a'] + 2 W2[i2,a'] (G N)[i,b']
 *                        + delta(a',b') (G G^T)[i,i2] + delta(i,i2) (4 K^2[a',b'] + 2 (c_a' + c_b') K[a',b']) + c_a'^2 delta
 * </pre>
 * ((H^2)11 = H11^2 + H12 H12^T, (H^2)12 = H11 H12 + H12 H22, (H^2)22 = H12^T H12 + H22^2; the diagonal of the sum
 * regulariser enters as D H0 + H0 D + D^2.) For one value c the per-unit products evaluate to the same doubles as
 * 4c, 2c and c^2 (c + c and 2 (c + c) are exact). The
 * dense product of the dense Hessian (SymmetricSquare, in the numeric package) is the second engine;
 * a test holds the two to rounding on every kind of loss.
 */
public final class HessianSquare {
    private HessianSquare() {
    }

    /** Writes H^2 at p, by the closed form of the class comment, into out (2km rows of length 2km). */
    public static void of(RegularizedLaeLoss f, LaePoint p, double[][] out) {
        final int m = f.m();
        final int k = f.k();
        final int half = k * m;
        final double[] c = new double[k];
        for (int a = 0; a < k; a++) {
            c[a] = f.twoSigma(a);
        }
        DMatrixRMaj mm = f.mMatrix();
        DMatrixRMaj w1 = p.w1;
        DMatrixRMaj w2 = p.w2;
        DMatrixRMaj g = f.gradientInW(p.product());
        DMatrixRMaj s = mul(w2, true, w2, false);         // k x k
        DMatrixRMaj n = mul(mm, false, w1, true);         // m x k
        DMatrixRMaj kk = mul(w1, false, n, false);        // k x k
        SymmetricPart.inPlace(s);
        SymmetricPart.inPlace(kk);
        final double[] s2D = product(s, false, s, false);         // k x k
        final double[] m2D = product(mm, false, mm, false);       // m x m
        final double[] nntD = product(n, false, n, true);         // m x m
        final double[] w2tgD = product(w2, true, g, false);       // k x m
        final double[] ntD = CommonOps_DDRM.transpose(n, null).data;     // k x m
        final double[] gtgD = product(g, true, g, false);         // m x m
        final double[] sw2tD = product(s, false, w2, true);       // k x m
        final double[] mgtD = product(mm, false, g, true);        // m x m
        final double[] mnD = product(mm, false, n, false);        // m x k
        final double[] nkD = product(n, false, kk, false);        // m x k
        final double[] w2w2tD = product(w2, false, w2, true);     // m x m
        final double[] ggtD = product(g, false, g, true);         // m x m
        final double[] ntnD = product(n, true, n, false);         // k x k
        final double[] gnD = product(g, false, n, false);         // m x k
        final double[] k2D = product(kk, false, kk, false);       // k x k
        // (H^2)11
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                final double[] row = out[a * m + j];
                final int jm = j * m;
                for (int b = 0; b < k; b++) {
                    final double x1 = 4 * s2D[a * k + b];
                    final double x2 = 2 * (c[a] + c[b]) * s.data[a * k + b];
                    final double x3 = 4 * s.data[a * k + b];
                    final double naj = 2 * n.data[j * k + b];
                    final double wbj = 2 * w2tgD[b * m + j];
                    final int col = b * m;
                    final int am = a * m;
                    for (int l = 0; l < m; l++) {
                        row[col + l] = x1 * m2D[jm + l] + x2 * mm.data[jm + l] + x3 * nntD[jm + l]
                                + w2tgD[am + l] * naj + wbj * ntD[am + l];
                    }
                    if (a == b) {
                        for (int l = 0; l < m; l++) {
                            row[col + l] += gtgD[jm + l];
                        }
                        row[col + j] += c[a] * c[a];
                    }
                }
            }
        }
        // (H^2)12 and its transpose (H^2)21
        for (int a = 0; a < k; a++) {
            for (int j = 0; j < m; j++) {
                final int r = a * m + j;
                final double[] row = out[r];
                for (int i = 0; i < m; i++) {
                    final double sw = 4 * sw2tD[a * m + i];
                    final double mg = 2 * mgtD[j * m + i];
                    final double w2ia = w2.data[i * k + a];
                    final double gij = g.data[i * m + j];
                    final int col0 = half + i * k;
                    for (int a2 = 0; a2 < k; a2++) {
                        final double h12 = 2 * w2ia * n.data[j * k + a2] + (a == a2 ? gij : 0.0);
                        final double v = sw * mnD[j * k + a2] + mg * s.data[a * k + a2] + 4 * w2ia * nkD[j * k + a2]
                                + 2 * gij * kk.data[a * k + a2] + (c[a] + c[a2]) * h12;
                        row[col0 + a2] = v;
                        out[col0 + a2][r] = v;
                    }
                }
            }
        }
        // (H^2)22
        for (int i = 0; i < m; i++) {
            for (int a1 = 0; a1 < k; a1++) {
                final double[] row = out[half + i * k + a1];
                for (int i2 = 0; i2 < m; i2++) {
                    final double ww = 4 * w2w2tD[i * m + i2];
                    final double gg = ggtD[i * m + i2];
                    final double gnA = 2 * gnD[i2 * k + a1];
                    final double w2A = 2 * w2.data[i2 * k + a1];
                    final int col = half + i2 * k;
                    for (int b1 = 0; b1 < k; b1++) {
                        row[col + b1] = ww * ntnD[a1 * k + b1] + w2.data[i * k + b1] * gnA + w2A * gnD[i * k + b1];
                    }
                    row[col + a1] += gg;
                    if (i == i2) {
                        for (int b1 = 0; b1 < k; b1++) {
                            row[col + b1] += 4 * k2D[a1 * k + b1] + 2 * (c[a1] + c[b1]) * kk.data[a1 * k + b1];
                        }
                        row[col + a1] += c[a1] * c[a1];
                    }
                }
            }
        }
    }

    /** The entries (row-major) of op(a) op(b), op the transpose where asked. */
    private static double[] product(DMatrixRMaj a, boolean ta, DMatrixRMaj b, boolean tb) {
        return mul(a, ta, b, tb).data;
    }

    private static DMatrixRMaj mul(DMatrixRMaj a, boolean ta, DMatrixRMaj b, boolean tb) {
        DMatrixRMaj out = new DMatrixRMaj(ta ? a.numCols : a.numRows, tb ? b.numRows : b.numCols);
        if (ta && tb) {
            CommonOps_DDRM.multTransAB(a, b, out);
        } else if (ta) {
            CommonOps_DDRM.multTransA(a, b, out);
        } else if (tb) {
            CommonOps_DDRM.multTransB(a, b, out);
        } else {
            CommonOps_DDRM.mult(a, b, out);
        }
        return out;
    }
}
