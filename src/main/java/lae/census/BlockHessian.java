package lae.census;

import lae.landscape.TableOne;

/**
 * The Hessian at a predicted critical point of any uniform member of the loss family ({@link TableOne}: L, L_pi,
 * L_sigma, L_synthetic(w)) in the singular basis (C = diag(c), U = I) with the identity representative
 * (G = O = [I_l; 0]), built directly as its small diagonal blocks, never as the 2km x 2km matrix. Coordinates are those
 * of {@link lae.model.LaePoint#toVector()}: W1[a, j] is a m + j, W2[i, a] is k m + i k + a. With
 * I = {p_0 &lt; ... &lt; p_{l-1}} (0-based here), alpha_p the member's compression and alpha_p^2 its product diagonal
 * ({@link TableOne#compression}, {@link TableOne#productDiagonal}), mu_j = c_j + lambda_pi,
 * gamma_j = 2 (alpha_j^2 mu_j - c_j) for j in I and -2 c_j otherwise (the diagonal of Gw), and t = 2 lambda_sigma
 * (the blocks of {@code proofs/block_structure.m}, derived there with symbolic lambda_pi, lambda_sigma):
 * <ol type="a">
 *   <li>inactive latent a &gt;= l, coordinate j: (W1[a,j], W2[j,a]) = [[t, gamma_j], [gamma_j, t]];</li>
 *   <li>active latent r, j not in I: (W1[r,j], W2[j,r]) = [[2 alpha_r^2 mu_j + t, gamma_j], [gamma_j, 2 alpha_r^2 mu_{p_r} + t]];</li>
 *   <li>active latent r, its own coordinate p = p_r: (W1[r,p], W2[p,r]), both diagonals 2 alpha^2 mu_p + t,
 *       off-diagonal 2 alpha^2 mu_p + gamma_p;</li>
 *   <li>active pair r &lt; s (p = p_r, q = p_s): (W1[r,q], W2[q,r], W1[s,p], W2[p,s]), a 4x4 block.</li>
 * </ol>
 * {@code CensusBlockHessianTest} proves, for every member against the dense {@link lae.model.RegularizedLaeLoss#hessian},
 * that these are principal submatrices, that every entry outside them is zero, and that they cover every coordinate once.
 * Eigenvalues: 2x2 in closed form, 4x4 by cyclic Jacobi. Each block costs O(1), one component O(k m); no allocation
 * after construction. Not thread-safe: one instance per thread.
 */
public final class BlockHessian {
    /** Receives one block: its coordinates and its row-major entries (buffers reused: copy to keep). */
    public interface BlockSink {
        void accept(int[] coords, double[] entries, int size);
    }

    private final TableOne table;
    private final int m;
    private final int k;
    private final double lambdaSigma;
    private final double[] c;
    private final double[] mu;
    private final double[] alpha;
    private final double[] alphaSq;
    private final double[] gammaIn;
    private final double[] gammaOut;
    private final boolean[] inI;
    private final int[] coords = new int[4];
    private final double[] entries = new double[16];
    private final double[] work = new double[16];
    private final double[] eig4 = new double[4];
    private double[] outBuf;
    private int outPos;

    /** The blocks at the predicted points of {@code table}'s member, for k latent units. */
    public BlockHessian(TableOne table, int k) {
        this.table = table;
        this.m = table.m();
        this.k = k;
        this.lambdaSigma = table.member().lambdaSigma();
        double lambdaPi = table.member().lambdaPi();
        c = new double[m];
        mu = new double[m];
        alpha = new double[m];
        alphaSq = new double[m];
        gammaIn = new double[m];
        gammaOut = new double[m];
        inI = new boolean[m];
        for (int j = 0; j < m; j++) {
            c[j] = table.covariance(j);
            mu[j] = c[j] + lambdaPi;
            alpha[j] = table.compression(j);
            alphaSq[j] = table.productDiagonal(j);
            gammaIn[j] = 2 * (alphaSq[j] * mu[j]) - 2 * c[j];
            gammaOut[j] = -2 * c[j];
        }
    }

    /** The predicted critical points whose Hessians these are. */
    public TableOne table() { return table; }
    /** m, the data dimension. */
    public int m() { return m; }
    /** k, the latent units. */
    public int k() { return k; }
    /** 2 k m, the number of eigenvalues. */
    public int dimension() { return 2 * k * m; }

    /**
     * The gradient norm at the Table-1 point of I (0-based, increasing), in closed form: the only
     * non-zero entries are W1[r, p_r] and W2[p_r, r], each alpha_p (gamma_p + 2 lambda_sigma).
     */
    public double gradientNorm(int[] set, int l) {
        double sum = 0;
        for (int r = 0; r < l; r++) {
            int p = set[r];
            double g = alpha[p] * (gammaIn[p] + 2 * lambdaSigma);
            sum += 2 * g * g;
        }
        return Math.sqrt(sum);
    }

    /** Visits every block of the Hessian at the Table-1 point of I = set[0..l) (0-based, increasing). */
    public void forEachBlock(int[] set, int l, BlockSink sink) {
        final int km = k * m;
        final double t = 2 * lambdaSigma;
        java.util.Arrays.fill(inI, false);
        for (int r = 0; r < l; r++) {
            inI[set[r]] = true;
        }
        // (a) inactive latents
        for (int a = l; a < k; a++) {
            for (int j = 0; j < m; j++) {
                double g = inI[j] ? gammaIn[j] : gammaOut[j];
                coords[0] = a * m + j;
                coords[1] = km + j * k + a;
                two(t, g, t, sink);
            }
        }
        for (int r = 0; r < l; r++) {
            int p = set[r];
            double ap2 = 2 * alphaSq[p];
            // (b) active latent r, coordinate j not in I
            for (int j = 0; j < m; j++) {
                if (inI[j]) {
                    continue;
                }
                coords[0] = r * m + j;
                coords[1] = km + j * k + r;
                two(ap2 * mu[j] + t, gammaOut[j], ap2 * mu[p] + t, sink);
            }
            // (c) active latent r, its own coordinate
            coords[0] = r * m + p;
            coords[1] = km + p * k + r;
            double d = ap2 * mu[p];
            two(d + t, 2 * alpha[p] * (mu[p] * alpha[p]) + gammaIn[p], d + t, sink);
        }
        // (d) pairs of active latents
        for (int r = 0; r < l; r++) {
            int p = set[r];
            for (int s = r + 1; s < l; s++) {
                int q = set[s];
                coords[0] = r * m + q;        // W1[r,q]
                coords[1] = km + q * k + r;   // W2[q,r]
                coords[2] = s * m + p;        // W1[s,p]
                coords[3] = km + p * k + s;   // W2[p,s]
                java.util.Arrays.fill(entries, 0, 16, 0.0);
                entries[0] = 2 * alphaSq[p] * mu[q] + t;
                entries[5] = 2 * alphaSq[p] * mu[p] + t;
                entries[10] = 2 * alphaSq[q] * mu[p] + t;
                entries[15] = 2 * alphaSq[q] * mu[q] + t;
                double x12 = gammaIn[q];
                double x14 = 2 * alpha[p] * (mu[q] * alpha[q]);
                double x32 = 2 * alpha[q] * (mu[p] * alpha[p]);
                double x34 = gammaIn[p];
                entries[1] = x12; entries[4] = x12;
                entries[3] = x14; entries[12] = x14;
                entries[9] = x32; entries[6] = x32;
                entries[11] = x34; entries[14] = x34;
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

    /**
     * All 2km eigenvalues of the Hessian at the Table-1 point of I into {@code out} (length &gt;= 2km),
     * block by block: 2x2 in closed form, 4x4 by cyclic Jacobi. No allocation.
     */
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
     * Eigenvalues of [[a, b], [b, d]]: the larger-magnitude one by the quadratic formula, the other as det / it (no
     * cancellation: the product of the roots is the determinant).
     */
    static void eigen2(double a, double b, double d, double[] out, int at) {
        double mean = 0.5 * (a + d);
        double half = 0.5 * (a - d);
        double rad = Math.hypot(half, b);
        double big = mean >= 0 ? mean + rad : mean - rad;
        double small = big == 0 ? 0 : (a * d - b * b) / big;
        out[at] = big;
        out[at + 1] = small;
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
            if (off <= 1e-36 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < 3; p++) {
                for (int q = p + 1; q < 4; q++) {
                    double apq = a[p * 4 + q];
                    if (apq == 0) {
                        continue;
                    }
                    double app = a[p * 5];
                    double aqq = a[q * 5];
                    double theta = (aqq - app) / (2 * apq);
                    double tt = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        tt = 1;
                    }
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
