package lae.landscape;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;

/**
 * Reads off which Table-1 component a critical point belongs to. In the singular basis
 * (W1' = W1 U, W2' = U^T W2) every Table-1 point has W2' W1' = diag(p) on I and 0 elsewhere, with
 * p the {@link TableOne#productDiagonal product diagonal}; so I = {i : (W2'W1')_ii &gt; p_i / 2}.
 * Then three residuals (Frobenius norms, relative to 1 + ||(W1, W2)||):
 * <ul>
 *   <li>product: ||W2'W1' - diag_I(p)||: is W2 W1 of Table-1 form at all;</li>
 *   <li>printed: distance to the printed image of Table 1, i.e. W1' = G A E_I^T and
 *       W2' = E_I A G^+ (L, L_pi) or W2' = E_I A O^T with O^T O = I (L_sigma), G read off W1';</li>
 *   <li>family: for L and L_pi, distance to the larger family W1' = G A E_I^T, W2' = E_I A H with
 *       H G = I_l (which contains the printed image and equals it when l = k).</li>
 * </ul>
 * Identifies points of L, L_pi or L_sigma at lambda on this data.
 *
 * @param kind   the loss
 * @param data   the data (its singular basis and values)
 * @param lambda the regularization weight
 */
public record ComponentIdentifier(LossKind kind, DataMatrix data, double lambda) {

    /**
     * Where a point P = (W1, W2) is; every residual is divided by 1 + ||P||.
     *
     * @param indexSet        the index set I read off W2 W1 in the singular basis
     * @param productResidual ||W2 W1 - its Table-1 value for I||_F
     * @param printedResidual the largest violation of the printed image of Table 1 for I (entries off I, the decoder
     *                        against G^+ or O^T, and O^T O = I for L_sigma)
     * @param familyResidual  the same for the larger family {H G = I_l} of L and L_pi (for L_sigma: the printed one)
     * @param transposeGap    ||W1 - W2^T||_F
     */
    public record Identification(IndexSet indexSet, double productResidual, double printedResidual,
                                 double familyResidual, double transposeGap) {
    }

    /** The component I of p read off W2 W1 in the singular basis, and the three residuals of the class comment. */
    public Identification identify(LaePoint p) {
        int m = p.m();
        int k = p.k();
        DMatrixRMaj u = data.u();
        double[] s = data.singularValues();
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        CommonOps_DDRM.mult(p.w1, u, w1);
        CommonOps_DDRM.multTransA(u, p.w2, w2);
        DMatrixRMaj w = new DMatrixRMaj(m, m);
        CommonOps_DDRM.mult(w2, w1, w);
        double[] pAll = new double[m];
        int count = 0;
        for (int i = 0; i < m; i++) {
            double c = s[i] * s[i];
            switch (kind) {
                case L: pAll[i] = 1; break;
                case L_PI: pAll[i] = c / (c + lambda); break;
                default: pAll[i] = c > lambda ? 1 - lambda / c : Double.NaN; break;
            }
            if (pAll[i] > 0 && w.get(i, i) > pAll[i] / 2) {
                count++;
            }
        }
        int[] idx = new int[count];
        int q = 0;
        for (int i = 0; i < m; i++) {
            if (pAll[i] > 0 && w.get(i, i) > pAll[i] / 2) {
                idx[q++] = i + 1;
            }
        }
        IndexSet set = IndexSet.of(idx);
        double scale = 1 + p.norm();
        DMatrixRMaj target = new DMatrixRMaj(m, m);
        for (int i : idx) {
            target.set(i - 1, i - 1, pAll[i - 1]);
        }
        CommonOps_DDRM.subtractEquals(target, w);
        double product = NormOps_DDRM.normF(target) / scale;

        int l = idx.length;
        double[] a = new double[l];
        for (int j = 0; j < l; j++) {
            a[j] = Math.sqrt(pAll[idx[j] - 1]);
        }
        // G (or O) = W1'[:, I] A^-1 ; off-I columns of W1' and off-I rows of W2' must vanish
        DMatrixRMaj g = new DMatrixRMaj(k, l);
        double offW1 = 0;
        double offW2 = 0;
        for (int col = 0; col < m; col++) {
            int j = java.util.Arrays.binarySearch(idx, col + 1);
            for (int r = 0; r < k; r++) {
                if (j >= 0) {
                    g.set(r, j, w1.get(r, col) / a[j]);
                } else {
                    offW1 += w1.get(r, col) * w1.get(r, col);
                }
            }
            for (int r = 0; r < k; r++) {
                if (j < 0) {
                    offW2 += w2.get(col, r) * w2.get(col, r);
                }
            }
        }
        offW1 = Math.sqrt(offW1);
        offW2 = Math.sqrt(offW2);
        // H = A^-1 W2'[I, :]
        DMatrixRMaj h = new DMatrixRMaj(l, k);
        for (int j = 0; j < l; j++) {
            for (int r = 0; r < k; r++) {
                h.set(j, r, w2.get(idx[j] - 1, r) / a[j]);
            }
        }
        DMatrixRMaj left = kind == LossKind.L_SIGMA ? transpose(g) : TableOne.pseudoInverse(g);
        DMatrixRMaj diff = h.copy();
        CommonOps_DDRM.subtractEquals(diff, left);
        double wrongDecoder = 0;
        for (int j = 0; j < l; j++) {
            for (int r = 0; r < k; r++) {
                double v = diff.get(j, r) * a[j];
                wrongDecoder += v * v;
            }
        }
        wrongDecoder = Math.sqrt(wrongDecoder);
        double printed = Math.max(Math.max(offW1, offW2), wrongDecoder);
        if (kind == LossKind.L_SIGMA) {
            DMatrixRMaj gtg = new DMatrixRMaj(l, l);
            CommonOps_DDRM.multTransA(g, g, gtg);
            for (int j = 0; j < l; j++) {
                gtg.add(j, j, -1);
            }
            printed = Math.max(printed, NormOps_DDRM.normF(gtg));
        }
        DMatrixRMaj hg = new DMatrixRMaj(l, l);
        CommonOps_DDRM.mult(h, g, hg);
        for (int j = 0; j < l; j++) {
            hg.add(j, j, -1);
        }
        double family = Math.max(Math.max(offW1, offW2), NormOps_DDRM.normF(hg));
        if (kind == LossKind.L_SIGMA) {
            family = printed;
        }
        return new Identification(set, product, printed / scale, family / scale, p.transposeGap() / scale);
    }

    private static DMatrixRMaj transpose(DMatrixRMaj a) {
        DMatrixRMaj t = new DMatrixRMaj(a.numCols, a.numRows);
        CommonOps_DDRM.transpose(a, t);
        return t;
    }
}
