package lae.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * A point (W1, W2) of the parameter space R^{k x m} x R^{m x k} of a linear autoencoder,
 * with encoder W1 (k x m) and decoder W2 (m x k).
 *
 * <p>The flat coordinate vector used by the Hessian and by Newton's method is
 * theta = (vec_row(W1), vec_row(W2)) in R^{2km}: first the k*m entries of W1 row by row,
 * then the m*k entries of W2 row by row.
 */
public final class LaePoint {
    public final DMatrixRMaj w1;
    public final DMatrixRMaj w2;

    /**
     * The point (W1, W2) of the given matrices (kept, not copied).
     *
     * @throws IllegalArgumentException unless W1 is k x m and W2 is m x k
     */
    public LaePoint(DMatrixRMaj w1, DMatrixRMaj w2) {
        if (w1.numRows != w2.numCols || w1.numCols != w2.numRows) {
            throw new IllegalArgumentException("W1 is " + w1.numRows + "x" + w1.numCols
                    + " but W2 is " + w2.numRows + "x" + w2.numCols + "; expected k x m and m x k");
        }
        this.w1 = w1;
        this.w2 = w2;
    }

    /** The origin (0, 0) of R^{k x m} x R^{m x k}. */
    public static LaePoint zeros(int m, int k) {
        return new LaePoint(new DMatrixRMaj(k, m), new DMatrixRMaj(m, k));
    }

    /** m, the data dimension. */
    public int m() { return w1.numCols; }

    /** k, the number of latent units. */
    public int k() { return w1.numRows; }

    /** Number of coordinates, 2 k m. */
    public int dimension() { return 2 * w1.getNumElements(); }

    /** theta = (vec_row(W1), vec_row(W2)), the flat coordinates of the class comment (a new array). */
    public double[] toVector() {
        double[] v = new double[dimension()];
        int half = w1.getNumElements();
        System.arraycopy(w1.data, 0, v, 0, half);
        System.arraycopy(w2.data, 0, v, half, half);
        return v;
    }

    /** The point with flat coordinates v (copied), the inverse of {@link #toVector()}. */
    public static LaePoint fromVector(double[] v, int m, int k) {
        int half = m * k;
        if (v.length != 2 * half) {
            throw new IllegalArgumentException("vector of length " + v.length + " is not 2*m*k = " + 2 * half);
        }
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        System.arraycopy(v, 0, w1.data, 0, half);
        System.arraycopy(v, half, w2.data, 0, half);
        return new LaePoint(w1, w2);
    }

    /** The end-to-end map W = W2 W1 (m x m). */
    public DMatrixRMaj product() {
        DMatrixRMaj w = new DMatrixRMaj(m(), m());
        CommonOps_DDRM.mult(w2, w1, w);
        return w;
    }

    /** ||W1 - W2^T||_F, the distance to the transpose property of the Transpose Theorem. */
    public double transposeGap() {
        DMatrixRMaj t = new DMatrixRMaj(k(), m());
        CommonOps_DDRM.transpose(w2, t);
        CommonOps_DDRM.subtractEquals(t, w1);
        return NormOps_DDRM.normF(t);
    }

    /** Euclidean norm of the flat coordinate vector. */
    public double norm() {
        return Math.hypot(NormOps_DDRM.normF(w1), NormOps_DDRM.normF(w2));
    }

    /** A deep copy. */
    public LaePoint copy() {
        return new LaePoint(w1.copy(), w2.copy());
    }

    /** this + alpha * d, as a new point. */
    public LaePoint plus(double alpha, LaePoint d) {
        DMatrixRMaj a = w1.copy();
        DMatrixRMaj b = w2.copy();
        CommonOps_DDRM.addEquals(a, alpha, d.w1);
        CommonOps_DDRM.addEquals(b, alpha, d.w2);
        return new LaePoint(a, b);
    }
}
