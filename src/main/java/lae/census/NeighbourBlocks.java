package lae.census;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.landscape.IndexSet;
import lae.landscape.NonUniformTableOne;
import lae.numeric.SymmetricEigenvalues;

/**
 * The Hessian of the neighbours' losses at their predicted critical points, block by block, in the principal basis
 * (X X^T = diag(sigma)). Writing a = dW1[j, i], b = dW2[i, j] and the Hessian's quadratic form Q (Q = v^T H v):
 * <pre>
 *   Q = 2 ||(dW2 W1 + W2 dW1) Sigma^(1/2)||^2 - 4 tr(dW2 dW1 Sigma E) + 2 sum_j lambda_j (||dW1 row j||^2 + ||dW2 col j||^2),
 * </pre>
 * E = I - W2 W1, which at a point of a matching pi couples only (a_ji, b_ij) with (a_j'i', b_i'j') for
 * (i', j') = (pi(j), pi^-1(i)). The blocks (H):
 * <ul>
 *   <li>j matched to i: [[2 sigma, 2 sigma - 4 lambda], [., 2 sigma]], eigenvalues 4(sigma - lambda), 4 lambda;</li>
 *   <li>j matched to i', i unmatched: 2 [[sigma_i c_j^2 + lambda_j, -sigma_i], [., sigma_i']], c_j^2 = 1 - lambda_j/sigma_i';</li>
 *   <li>j off, i unmatched: 2 [[lambda_j, -sigma_i], [., lambda_j]];</li>
 *   <li>j off, i = pi(j'): 2 [[lambda_j, -lambda_j'], [., lambda_j]];</li>
 *   <li>j -&gt; i1, j' -&gt; i2 (a pair): on (b_i2j, a_j'i1, a_ji2, b_i1j') the 4 x 4 block 2 [[s1 c1^2 + l1, s1 c1 c2, -l2, 0],
 *       [., s1 c2^2 + l2, 0, -l1], [., ., s2 c1^2 + l1, s2 c1 c2], [., ., ., s2 c2^2 + l2]] (s1 = sigma_i1, l1 = lambda_j,
 *       c1 = c_j; s2, l2, c2 those of j').</li>
 * </ul>
 * The block sizes add up to 2 k m. The tied loss restricts Q to a = b (its coordinate dW[j, i] enters both): its blocks
 * are 1 x 1 (8(sigma - lambda); 2(sigma_i' - sigma_i)(1 + lambda/sigma_i'); 4(lambda - sigma_i); 0) and, per pair of
 * matched units, 2(s1 + s2) [c1, c2]^T [c1, c2] (eigenvalues 2(s1 + s2)(c1^2 + c2^2) and 0). These formulas are valid for
 * any weights (equal ones included: the uniform L_sigma), and the dense Hessian cross-checks them.
 */
final class NeighbourBlocks {
    private NeighbourBlocks() {
    }

    /** The eigenvalues of every block of L_nonuniform's Hessian at the point of {@code matching} (weights lambda). */
    static List<double[]> nonUniform(double[] sigma, double[] lambda, List<Integer> matching) {
        int m = sigma.length;
        int k = lambda.length;
        boolean[] used = new boolean[m];
        int[] unitOf = new int[m];
        java.util.Arrays.fill(unitOf, -1);
        for (int j = 0; j < k; j++) {
            int d = matching.get(j);
            if (d != NonUniformTableOne.OFF) {
                used[d] = true;
                unitOf[d] = j;
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int d = matching.get(j);
            double l = lambda[j];
            if (d != NonUniformTableOne.OFF) {
                double s = sigma[d];
                double c2 = 1 - l / s;
                out.add(new double[] {4 * (s - l), 4 * l});
                for (int i = 0; i < m; i++) {
                    if (!used[i]) {
                        out.add(eig2(2 * (sigma[i] * c2 + l), -2 * sigma[i], 2 * s, 4 * (s - sigma[i]) * (sigma[i] + l)));
                    }
                }
                for (int jj = j + 1; jj < k; jj++) {
                    int dd = matching.get(jj);
                    if (dd != NonUniformTableOne.OFF) {
                        out.add(pair(s, l, Math.sqrt(c2), sigma[dd], lambda[jj], Math.sqrt(1 - lambda[jj] / sigma[dd])));
                    }
                }
            } else {
                for (int i = 0; i < m; i++) {
                    double other = used[i] ? lambda[unitOf[i]] : sigma[i];
                    out.add(new double[] {2 * (l - other), 2 * (l + other)});
                }
            }
        }
        return out;
    }

    /** The eigenvalues of every block of L_tied's Hessian (weight lambda, k units) at the representative of I. */
    static List<double[]> tied(double[] sigma, double lambda, int k, IndexSet idx) {
        int m = sigma.length;
        int[] set = idx.toArray();
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < set.length; t++) {
            double s = sigma[set[t] - 1];
            out.add(new double[] {8 * (s - lambda)});
            for (int i = 1; i <= m; i++) {
                if (!idx.contains(i)) {
                    out.add(new double[] {2 * (s - sigma[i - 1]) * (1 + lambda / s)});
                }
            }
            for (int u = t + 1; u < set.length; u++) {
                double s2 = sigma[set[u] - 1];
                out.add(new double[] {2 * (s + s2) * (2 - lambda / s - lambda / s2), 0});
            }
        }
        for (int j = set.length; j < k; j++) {
            for (int i = 1; i <= m; i++) {
                out.add(new double[] {idx.contains(i) ? 0 : 4 * (lambda - sigma[i - 1])});
            }
        }
        return out;
    }

    /**
     * The inertia of a block-diagonal Hessian from the signs of its block eigenvalues. Each block's eigenvalues are
     * closed forms or, for the 4 x 4 blocks, EJML's with the smallest replaced by its closed-form determinant over the
     * others: every small eigenvalue is a product of closed-form factors, so its sign is exact and it is zero exactly
     * when a factor is (equal weights, equal s_i^2). No tolerance is needed, and none would do: the smallest curvature at
     * the minimum is smaller than 1e-8 of the largest at Fashion-MNIST size (the ill-conditioning BAO-2 is about).
     */
    static BlockInertia inertia(List<double[]> blocks) {
        int neg = 0;
        int zero = 0;
        int pos = 0;
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        boolean finite = true;
        for (double[] b : blocks) {
            for (double v : b) {
                finite &= Double.isFinite(v);
                if (v == 0) {
                    zero++;
                    continue;
                }
                neg += v < 0 ? 1 : 0;
                pos += v > 0 ? 1 : 0;
                largest = Math.max(largest, Math.abs(v));
                smallest = Math.min(smallest, Math.abs(v));
            }
        }
        return new BlockInertia(neg, zero, pos, finite, largest / smallest);
    }

    /**
     * The inertia of a block-diagonal Hessian.
     *
     * @param negative  negative eigenvalues
     * @param zero      zero eigenvalues (by each block's own tolerance)
     * @param positive  positive eigenvalues
     * @param decided   every eigenvalue is finite
     * @param condition largest / smallest absolute non-zero eigenvalue
     */
    record BlockInertia(int negative, int zero, int positive, boolean decided, double condition) {
    }

    /**
     * The eigenvalues of the symmetric 2 x 2 block [[a, b], [b, d]] whose determinant is {@code det} (given in closed
     * form): the larger in magnitude from the trace, the other as det / it, so that a small eigenvalue keeps its
     * relative accuracy and an exactly zero determinant gives an exact zero.
     */
    private static double[] eig2(double a, double b, double d, double det) {
        double mean = (a + d) / 2;
        double r = Math.hypot((a - d) / 2, b);
        double large = mean >= 0 ? mean + r : mean - r;
        return new double[] {large, large == 0 ? 0 : det / large};
    }

    private static double[] pair(double s1, double l1, double c1, double s2, double l2, double c2) {
        double[][] h = {
            {s1 * c1 * c1 + l1, s1 * c1 * c2, -l2, 0},
            {s1 * c1 * c2, s1 * c2 * c2 + l2, 0, -l1},
            {-l2, 0, s2 * c1 * c1 + l1, s2 * c1 * c2},
            {0, -l1, s2 * c1 * c2, s2 * c2 * c2 + l2}};
        DMatrixRMaj a = new DMatrixRMaj(4, 4);
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                a.set(r, c, 2 * h[r][c]);
            }
        }
        double[] ev = SymmetricEigenvalues.EJML.of(a);
        // the smallest in magnitude from the closed-form determinant, 16 (l2 - l1)(l1 + l2)^2 (s1 - s2), over the others
        int small = 0;
        for (int i = 1; i < 4; i++) {
            small = Math.abs(ev[i]) < Math.abs(ev[small]) ? i : small;
        }
        double others = 1;
        for (int i = 0; i < 4; i++) {
            others *= i == small ? 1 : ev[i];
        }
        ev[small] = 16 * (l2 - l1) * (l1 + l2) * (l1 + l2) * (s1 - s2) / others;
        return ev;
    }
}
