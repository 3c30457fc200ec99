package lae.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The tied linear autoencoder of Kunin, Bloom, Goeva and Seed (ICML 2019, Appendix A; "regularized Oja's rule"):
 * <pre>
 *   f(W) = ||X - W^T W X||_F^2 + 2 lambda ||W||_F^2,   W in R^{k x m} (encoder W1 = W, decoder W2 = W^T),
 * </pre>
 * the pull-back of L_sigma along the linear map phi(W) = (W, W^T): f = L_sigma o phi. Its closed forms are those of
 * {@link RegularizedLaeLoss} pulled back (chain rule; phi is linear, so there is no second-order term):
 * grad f(W) = dL/dW1 + (dL/dW2)^T, and Hess f = J^T (Hess L_sigma) J with J = d phi, so the Hessian's quadratic form is
 * L_sigma's restricted to the symmetric slice {(D, D^T)}. Coordinates: vec_row(W), k m of them.
 */
public final class TiedLaeLoss {
    private final RegularizedLaeLoss sigma;
    private final DMatrixRMaj covariance;
    private final double lambda;
    private final int m;
    private final int k;

    private TiedLaeLoss(RegularizedLaeLoss sigma, DMatrixRMaj covariance, double lambda) {
        this.sigma = sigma;
        this.covariance = covariance.copy();
        this.lambda = lambda;
        this.m = sigma.m();
        this.k = sigma.k();
    }

    /** The tied loss at weight lambda on the covariance X X^T (m x m), with k latent units. */
    public static TiedLaeLoss of(double lambda, DMatrixRMaj covariance, int k) {
        double[] w = new double[k];
        java.util.Arrays.fill(w, lambda);
        return new TiedLaeLoss(RegularizedLaeLoss.of(LossMember.withUnitWeights(0, w), covariance, k), covariance, lambda);
    }

    /** The L_sigma this loss is the pull-back of. */
    public RegularizedLaeLoss sigma() {
        return sigma;
    }

    /** Number of parameters k m. */
    public int dimension() {
        return k * m;
    }

    /** The point phi(W) = (W, W^T) of L_sigma's parameter space. */
    public LaePoint lift(DMatrixRMaj w) {
        DMatrixRMaj t = new DMatrixRMaj(m, k);
        CommonOps_DDRM.transpose(w, t);
        return new LaePoint(w.copy(), t);
    }

    /** f(W) = L_sigma(W, W^T). */
    public double value(DMatrixRMaj w) {
        return sigma.value(lift(w));
    }

    /**
     * grad f(W) = dL_sigma/dW1 + (dL_sigma/dW2)^T at (W, W^T), a k x m matrix, in O(k m^2) without the m x m product
     * W^T W: with C = X X^T and P = W^T W, f = tr C - 2 tr(P C) + tr(P C P) + 2 lambda tr P, so
     * <pre>
     *   grad f(W) = -4 W C + 2 (W C W^T) W + 2 (W W^T) (W C) + 4 lambda W
     * </pre>
     * (d tr(P C) = 2 tr(dW^T W C), d tr(P C P) = 2 tr(dW^T (W C P + W P C)); C symmetric). The pull-back's value,
     * checked against L_sigma's gradient at (W, W^T) by the tests.
     */
    public DMatrixRMaj gradient(DMatrixRMaj w) {
        DMatrixRMaj wc = new DMatrixRMaj(k, m);
        CommonOps_DDRM.mult(w, covariance, wc);
        DMatrixRMaj out = new DMatrixRMaj(k, m);
        CommonOps_DDRM.add(-4, wc, 4 * lambda, w, out);
        CommonOps_DDRM.multAdd(2, gram(wc, w), w, out);
        CommonOps_DDRM.multAdd(2, gram(w, w), wc, out);
        return out;
    }

    /** a b^T, k x k. */
    private DMatrixRMaj gram(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj g = new DMatrixRMaj(k, k);
        CommonOps_DDRM.multTransB(a, b, g);
        return g;
    }

    /** Hess f(W) applied to D: J^T Hess L_sigma J D, without forming the Hessian. */
    public DMatrixRMaj hessianVector(DMatrixRMaj w, DMatrixRMaj d) {
        LaePoint h = sigma.hessianVector(lift(w), lift(d));
        DMatrixRMaj out = h.w1.copy();
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < m; i++) {
                out.add(r, i, h.w2.get(i, r));
            }
        }
        return out;
    }

    /** The dense Hessian (k m x k m) in vec_row(W): H[a][b] summed over the two images of a and of b under J. */
    public DMatrixRMaj hessian(DMatrixRMaj w) {
        DMatrixRMaj full = sigma.hessian(lift(w));
        int n = dimension();
        DMatrixRMaj h = new DMatrixRMaj(n, n);
        for (int a = 0; a < n; a++) {
            int ta = transposed(a);
            for (int b = 0; b < n; b++) {
                int tb = transposed(b);
                h.set(a, b, full.get(a, b) + full.get(a, tb) + full.get(ta, b) + full.get(ta, tb));
            }
        }
        return h;
    }

    /** The coordinate of W2 = W^T that entry a = (r, i) of vec_row(W) is copied to. */
    private int transposed(int a) {
        int r = a / m;
        int i = a % m;
        return k * m + i * k + r;
    }
}
