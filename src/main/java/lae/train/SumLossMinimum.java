package lae.train;

import lae.core.Tolerance;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;
import lae.numeric.SymmetricBlocks;

/**
 * Checks that the Table-1 point of L_sigma with I = {1..k} is a critical point and a minimum on data
 * too large for a dense Hessian (Fashion-MNIST: m = 784, k = 9, 2 k m = 14,112 coordinates).
 *
 * <p><b>Point.</b> W2 = U_k diag(c), W1 = W2^T with c_i = (1 - lambda / s_i^2)^(1/2) (Table 1, O = I),
 * defined when s_k^2 &gt; lambda (k &lt;= m0). Its gradient is evaluated in the original coordinates with
 * the closed form of {@link RegularizedLaeLoss} on the full scatter matrix C.
 *
 * <p><b>Inertia by blocks.</b> In the singular basis (W1 -&gt; W1 U, W2 -&gt; U^T W2, an orthogonal change of
 * coordinates: the Hessian's eigenvalues are unchanged) C = diag(s^2) and the point is W2 = [D; 0],
 * W1 = [D 0]. Writing the loss as sum_j s_j^2 ||e_j - W2 w1_j||^2 + lambda (||W1||^2 + ||W2||^2) (w1_j the
 * j-th column of W1), the coordinates of a direction j &gt; k, (w1_j, row j of W2), enter only through
 * terms quadratic in w1_j or in row j, both zero at the point, so their mixed second derivatives with
 * every other coordinate vanish: the Hessian is block diagonal with one block for the top k directions
 * and one 2k x 2k block per j &gt; k, and the top block does not depend on s_j (j &gt; k). Each block is the
 * principal submatrix of the Hessian of the same loss on the (k+1)-dimensional data C_j = diag(s_1^2, ...,
 * s_k^2, s_j^2) at the same point; the code builds that Hessian, <em>checks</em> that the coupling between
 * direction j and the top is exactly zero (the argument above, verified rather than assumed), and
 * classifies block j with {@link HessianInertia} (EJML and Hipparchus). The inertia of the whole Hessian is
 * the sum over the blocks (Sylvester's law for a block-diagonal matrix).
 */
public final class SumLossMinimum {

    /**
     * @param gradientNorm      ||grad|| at the point in the original coordinates
     * @param gradientTolerance the criticality threshold Tolerance.CLOSED_FORM_CRITICAL (1 + ||C||_F) ||W2||_F
     * @param negative          negative Hessian eigenvalues, summed over the blocks
     * @param zero              zero eigenvalues (the symmetry O_k: k (k - 1) / 2 expected)
     * @param positive          positive eigenvalues
     * @param blocks            blocks classified
     * @param undecided         blocks whose inertia is not decided (libraries disagree or margin &lt; 1e3), or whose
     *                          coupling to the top block was not zero
     * @param smallestMargin    the smallest margin over the blocks
     * @param compression       c_i, i = 1..k
     * @param exists            s_k^2 &gt; lambda (otherwise no such point: every other field is empty)
     */
    public record Result(double gradientNorm, double gradientTolerance, int negative, int zero, int positive, int blocks,
                         int undecided, double smallestMargin, double[] compression, boolean exists) {
        /** Whether the gradient norm is within the criticality threshold. */
        public boolean critical() {
            return gradientNorm <= gradientTolerance;
        }

        /** A critical point whose every block is decided and has no negative eigenvalue. */
        public boolean decidedMinimum() {
            return exists && critical() && undecided == 0 && negative == 0;
        }
    }

    private SumLossMinimum() {
    }

    /** @param pca the data's principal directions; lambda the (effective) lambda of L_sigma */
    public static Result check(PrincipalDirections pca, double lambda, int k) {
        int m = pca.m();
        double[] s2 = pca.s2();
        double[] c = new double[k];
        if (!(s2[k - 1] > lambda)) {
            return new Result(Double.NaN, Double.NaN, 0, 0, 0, 0, 0, Double.NaN, c, false);
        }
        for (int i = 0; i < k; i++) {
            c[i] = Math.sqrt(1 - lambda / s2[i]);
        }
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int i = 0; i < m; i++) {
            for (int a = 0; a < k; a++) {
                w2.set(i, a, pca.u().get(i, a) * c[a]);
            }
        }
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        org.ejml.dense.row.CommonOps_DDRM.transpose(w2, w1);
        RegularizedLaeLoss full = RegularizedLaeLoss.of(LossKind.L_SIGMA, lambda, pca.covariance(), k);
        double g = full.gradient(new LaePoint(w1, w2)).norm();
        double tol = Tolerance.CLOSED_FORM_CRITICAL.value() * (1 + org.ejml.dense.row.NormOps_DDRM.normF(pca.covariance()))
                * org.ejml.dense.row.NormOps_DDRM.normF(w2);

        // top block: the loss on C = diag(s_1^2..s_k^2)
        HessianInertia top = HessianInertia.of(reducedLoss(s2, k, -1, lambda).hessian(reducedPoint(c, k, k)));
        int neg = top.negative();
        int zero = top.zero();
        int pos = top.positive();
        int undecided = top.decided() ? 0 : 1;
        double margin = top.margin();
        int blocks = 1;
        int mm = k + 1;
        int[] idx = new int[2 * k];
        for (int a = 0; a < k; a++) {
            idx[a] = a * mm + k;                 // W1[a, k]: column k of W1
            idx[k + a] = k * mm + k * k + a;     // W2[k, a]: row k of W2
        }
        for (int j = k; j < m; j++) {
            DMatrixRMaj h = reducedLoss(s2, k, j, lambda).hessian(reducedPoint(c, k, mm));
            if (!decoupled(h, idx)) {
                undecided++;
                continue;
            }
            HessianInertia b = HessianInertia.of(SymmetricBlocks.principalSubmatrix(h, idx));
            neg += b.negative();
            zero += b.zero();
            pos += b.positive();
            if (!b.decided()) {
                undecided++;
            }
            margin = Math.min(margin, b.margin());
            blocks++;
        }
        return new Result(g, tol, neg, zero, pos, blocks, undecided, margin, c, true);
    }

    /** L_sigma on C = diag(s_1^2..s_k^2[, s_j^2]). */
    static RegularizedLaeLoss reducedLoss(double[] s2, int k, int j, double lambda) {
        int mm = j < 0 ? k : k + 1;
        DMatrixRMaj cc = new DMatrixRMaj(mm, mm);
        for (int i = 0; i < k; i++) {
            cc.set(i, i, s2[i]);
        }
        if (j >= 0) {
            cc.set(k, k, s2[j]);
        }
        return RegularizedLaeLoss.of(LossKind.L_SIGMA, lambda, cc, k);
    }

    /** W2 = [diag(c); 0] (mm x k), W1 = W2^T. */
    static LaePoint reducedPoint(double[] c, int k, int mm) {
        DMatrixRMaj w2 = new DMatrixRMaj(mm, k);
        DMatrixRMaj w1 = new DMatrixRMaj(k, mm);
        for (int a = 0; a < k; a++) {
            w2.set(a, a, c[a]);
            w1.set(a, a, c[a]);
        }
        return new LaePoint(w1, w2);
    }

    /** Every entry coupling the coordinates idx with the others is exactly zero. */
    static boolean decoupled(DMatrixRMaj h, int[] idx) {
        boolean[] in = new boolean[h.numRows];
        for (int i : idx) {
            in[i] = true;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < h.numRows; i++) {
            if (!in[i]) {
                out.add(i);
            }
        }
        for (int i : idx) {
            for (int o : out) {
                if (h.get(i, o) != 0.0 || h.get(o, i) != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }
}
