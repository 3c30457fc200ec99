package lae.explore;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;

/**
 * The Hessian of the synthetic loss L~ = w_sigma L_sigma + (1 - w_sigma) L_pi at a point of its
 * conjectured Table 1, in the singular basis (C = diag(c), c_i = s_i<sup>2</sup>) with the identity
 * representative, built as its small diagonal blocks, never as the 2km x 2km matrix.
 *
 * <p>With lambda_sigma = w lambda &gt; 0, lambda_pi = (1 - w) lambda, and I = {p_0 &lt; ... &lt; p_{l-1}}
 * (0-based) within {i : c_i &gt; lambda_sigma}, the point is W1[r, p_r] = W2[p_r, r] = t_{p_r} with
 * <pre>
 *   t_i<sup>2</sup> = (c_i - lambda_sigma) / (c_i + lambda_pi)
 * </pre>
 * (the 1-D law of {@code proofs/critical_1d.m} per singular value; critical: {@code proofs/synthetic_table1.m}).
 * Coordinates are those of {@link LaePoint#toVector()}: W1[a, j] is a m + j, W2[i, a] is k m + i k + a.
 * With mu_j = c_j + lambda_pi, gamma_j = 2 (t_j<sup>2</sup> mu_j - c_j) (= -2 lambda_sigma) on I and
 * -2 c_j off I, and tau = 2 lambda_sigma, the blocks are those of {@code proofs/block_structure.m} (derived
 * there with symbolic lambda_pi, lambda_sigma):
 * <ol type="a">
 *   <li>inactive latent a &gt;= l, coordinate j: (W1[a,j], W2[j,a]) = [[tau, gamma_j], [gamma_j, tau]];</li>
 *   <li>active latent r, j not in I: [[2 t_p<sup>2</sup> mu_j + tau, gamma_j], [gamma_j, 2 t_p<sup>2</sup> mu_p + tau]];</li>
 *   <li>active latent r, its own coordinate p: both diagonals 2 t_p<sup>2</sup> mu_p + tau, off-diagonal
 *       2 t_p<sup>2</sup> mu_p + gamma_p;</li>
 *   <li>active pair r &lt; s: (W1[r,q], W2[q,r], W1[s,p], W2[p,s]), a 4x4 block.</li>
 * </ol>
 * {@code SyntheticBlockHessianTest} proves, against the dense {@link lae.model.RegularizedLaeLoss#hessian}, that
 * these are principal submatrices, that every other entry is zero and that they cover every coordinate once.
 * Each block costs O(1), one component O(k m); no allocation after construction. Not thread-safe.
 */
public final class SyntheticBlockHessian {
    /** Receives one block: its coordinates and row-major entries (buffers reused: copy to keep). */
    public interface BlockSink {
        void accept(int[] coords, double[] entries, int size);
    }

    private final int m;
    private final int k;
    private final double lambdaSigma;
    private final double[] c;
    private final double[] mu;
    private final double[] t;
    private final double[] tSq;
    private final double[] gammaIn;
    private final double[] gammaOut;
    private final boolean[] inI;
    private final int[] coords = new int[4];
    private final double[] entries = new double[16];
    private final double[] work = new double[16];
    private final double[] eig4 = new double[4];
    private double[] outBuf;
    private int outPos;

    /**
     * @param singularValues s_1 &gt;= ... &gt;= s_m of X (c_i = s_i<sup>2</sup>)
     * @param lambda         the total regularisation lambda
     * @param wSigma         the weight w_sigma in (0, 1]
     */
    public SyntheticBlockHessian(double[] singularValues, int k, double lambda, double wSigma) {
        if (!(wSigma > 0 && wSigma <= 1) || !(lambda > 0)) {
            throw new IllegalArgumentException("need 0 < w_sigma <= 1 and lambda > 0 (got " + wSigma + ", " + lambda + ")");
        }
        this.m = singularValues.length;
        this.k = k;
        this.lambdaSigma = wSigma * lambda;
        double lambdaPi = (1 - wSigma) * lambda;
        c = new double[m];
        mu = new double[m];
        t = new double[m];
        tSq = new double[m];
        gammaIn = new double[m];
        gammaOut = new double[m];
        inI = new boolean[m];
        for (int j = 0; j < m; j++) {
            c[j] = singularValues[j] * singularValues[j];
            mu[j] = c[j] + lambdaPi;
            tSq[j] = c[j] > lambdaSigma ? (c[j] - lambdaSigma) / mu[j] : Double.NaN;
            t[j] = Math.sqrt(tSq[j]);
            gammaIn[j] = 2 * (tSq[j] * mu[j]) - 2 * c[j];
            gammaOut[j] = -2 * c[j];
        }
    }

    public int m() {
        return m;
    }

    public int k() {
        return k;
    }

    /** The compression t_i (0-based i), NaN where c_i &lt;= lambda_sigma (no component contains i). */
    public double compression(int i) {
        return t[i];
    }

    /** m_s = #{i : c_i &gt; lambda_sigma}: the components are the I within {1..m_s} (c is decreasing). */
    public int activeUniverse() {
        int n = 0;
        for (double v : c) {
            n += v > lambdaSigma ? 1 : 0;
        }
        return n;
    }

    /** The Table-1 point of I (0-based, increasing) in the singular basis, identity representative. */
    public LaePoint point(int[] set, int l) {
        DMatrixRMaj w1 = new DMatrixRMaj(k, m);
        DMatrixRMaj w2 = new DMatrixRMaj(m, k);
        for (int r = 0; r < l; r++) {
            w1.set(r, set[r], t[set[r]]);
            w2.set(set[r], r, t[set[r]]);
        }
        return new LaePoint(w1, w2);
    }

    /**
     * The gradient norm at the Table-1 point of I in closed form: the only non-zero entries are
     * W1[r, p_r] and W2[p_r, r], each t_p (gamma_p + 2 lambda_sigma), which vanishes exactly when
     * t_p<sup>2</sup> mu_p = c_p - lambda_sigma; what remains is rounding.
     */
    public double gradientNorm(int[] set, int l) {
        double sum = 0;
        for (int r = 0; r < l; r++) {
            int p = set[r];
            double g = t[p] * (gammaIn[p] + 2 * lambdaSigma);
            sum += 2 * g * g;
        }
        return Math.sqrt(sum);
    }

    /** Visits every block of the Hessian at the Table-1 point of I = set[0..l) (0-based, increasing). */
    public void forEachBlock(int[] set, int l, BlockSink sink) {
        final int km = k * m;
        final double tau = 2 * lambdaSigma;
        Arrays.fill(inI, false);
        for (int r = 0; r < l; r++) {
            inI[set[r]] = true;
        }
        for (int a = l; a < k; a++) {
            for (int j = 0; j < m; j++) {
                coords[0] = a * m + j;
                coords[1] = km + j * k + a;
                two(tau, inI[j] ? gammaIn[j] : gammaOut[j], tau, sink);
            }
        }
        for (int r = 0; r < l; r++) {
            int p = set[r];
            double tp2 = 2 * tSq[p];
            for (int j = 0; j < m; j++) {
                if (inI[j]) {
                    continue;
                }
                coords[0] = r * m + j;
                coords[1] = km + j * k + r;
                two(tp2 * mu[j] + tau, gammaOut[j], tp2 * mu[p] + tau, sink);
            }
            coords[0] = r * m + p;
            coords[1] = km + p * k + r;
            double d = tp2 * mu[p];
            two(d + tau, 2 * t[p] * (mu[p] * t[p]) + gammaIn[p], d + tau, sink);
        }
        for (int r = 0; r < l; r++) {
            int p = set[r];
            for (int s = r + 1; s < l; s++) {
                int q = set[s];
                coords[0] = r * m + q;
                coords[1] = km + q * k + r;
                coords[2] = s * m + p;
                coords[3] = km + p * k + s;
                Arrays.fill(entries, 0, 16, 0.0);
                entries[0] = 2 * tSq[p] * mu[q] + tau;
                entries[5] = 2 * tSq[p] * mu[p] + tau;
                entries[10] = 2 * tSq[q] * mu[p] + tau;
                entries[15] = 2 * tSq[q] * mu[q] + tau;
                double x12 = gammaIn[q];
                double x14 = 2 * t[p] * (mu[q] * t[q]);
                double x32 = 2 * t[q] * (mu[p] * t[p]);
                double x34 = gammaIn[p];
                entries[1] = x12;
                entries[4] = x12;
                entries[3] = x14;
                entries[12] = x14;
                entries[9] = x32;
                entries[6] = x32;
                entries[11] = x34;
                entries[14] = x34;
                sink.accept(coords, entries, 4);
            }
        }
    }

    private void two(double d1, double off, double d2, BlockSink sink) {
        entries[0] = d1;
        entries[1] = off;
        entries[2] = off;
        entries[3] = d2;
        sink.accept(coords, entries, 2);
    }

    /** All 2km eigenvalues at the Table-1 point of I into {@code out}: 2x2 in closed form, 4x4 by cyclic Jacobi. */
    public void eigenvalues(int[] set, int l, double[] out) {
        outBuf = out;
        outPos = 0;
        forEachBlock(set, l, eigenSink);
        outBuf = null;
    }

    private final BlockSink eigenSink = (cc, e, size) -> {
        if (size == 2) {
            eigen2(e[0], e[1], e[3], outBuf, outPos);
        } else {
            System.arraycopy(e, 0, work, 0, 16);
            jacobi4(work, eig4);
            System.arraycopy(eig4, 0, outBuf, outPos, 4);
        }
        outPos += size;
    };

    /**
     * Eigenvalues of [[a, b], [b, d]]: the larger-magnitude one by the quadratic formula, the other as
     * det / it (no cancellation: the product of the roots is the determinant).
     */
    static void eigen2(double a, double b, double d, double[] out, int at) {
        double mean = 0.5 * (a + d);
        double rad = Math.hypot(0.5 * (a - d), b);
        double big = mean >= 0 ? mean + rad : mean - rad;
        out[at] = big;
        out[at + 1] = big == 0 ? 0 : (a * d - b * b) / big;
    }

    /**
     * Eigenvalues of a symmetric 4x4 (row-major, overwritten) by cyclic Jacobi rotations (Golub and Van Loan,
     * Matrix Computations, 4th ed., Algorithm 8.5.3); stops when the off-diagonal mass is below 1e-36 of the
     * diagonal's (rounding level squared), at most 50 sweeps (quadratic convergence needs about 5).
     */
    static void jacobi4(double[] a, double[] ev) {
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < 4; i++) {
                diag += a[i * 5] * a[i * 5];
                for (int j = i + 1; j < 4; j++) {
                    off += a[i * 4 + j] * a[i * 4 + j];
                }
            }
            if (off == 0 || off <= 1e-36 * diag) {
                break;
            }
            for (int p = 0; p < 3; p++) {
                for (int q = p + 1; q < 4; q++) {
                    double apq = a[p * 4 + q];
                    if (apq == 0) {
                        continue;
                    }
                    double theta = (a[q * 5] - a[p * 5]) / (2 * apq);
                    double tt = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double cs = 1 / Math.sqrt(tt * tt + 1);
                    double sn = tt * cs;
                    for (int r = 0; r < 4; r++) {
                        double arp = a[r * 4 + p];
                        double arq = a[r * 4 + q];
                        a[r * 4 + p] = cs * arp - sn * arq;
                        a[r * 4 + q] = sn * arp + cs * arq;
                    }
                    for (int r = 0; r < 4; r++) {
                        double apr = a[p * 4 + r];
                        double aqr = a[q * 4 + r];
                        a[p * 4 + r] = cs * apr - sn * aqr;
                        a[q * 4 + r] = sn * apr + cs * aqr;
                    }
                    a[p * 4 + q] = 0;
                    a[q * 4 + p] = 0;
                }
            }
        }
        for (int i = 0; i < 4; i++) {
            ev[i] = a[i * 5];
        }
    }
}
