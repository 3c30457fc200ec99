package lae.landscape;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lae.model.LaePoint;

/**
 * The toolkit's own classification of the critical points of the non-uniform l2 loss of Bao, Lucas, Sachdeva and
 * Grosse (NeurIPS 2020), f = ||X - W2 W1 X||^2 + sum_j lambda_j (||row_j W1||^2 + ||col_j W2||^2), for pairwise distinct
 * positive lambda_j, distinct positive covariance eigenvalues sigma_i = s_i^2 (zeros allowed) and sigma_i != lambda_j
 * (claim BAO-T1). In the principal basis (X X^T = diag(sigma)):
 * <ul>
 *   <li><b>Points.</b> Every critical point has W1 = W2^T and is given by a partial matching pi: each latent unit j is
 *       off (row j of W1 zero) or matched to its own direction i = pi(j) with sigma_i &gt; lambda_j, row j of W1 =
 *       +-c_j e_i^T with the balanced magnitude c_j^2 = 1 - lambda_j / sigma_i. Units never share or mix directions
 *       (the derivation: at a critical point Lambda W1 W1^T = W2^T W2 Lambda and its transpose force both Gram matrices
 *       to be the same diagonal when the lambda_j are distinct; then the column space of W2 is invariant under Sigma and
 *       its columns are orthogonal eigenvectors). So the critical set is finite: 2^r points per matching of r units.</li>
 *   <li><b>Hessian.</b> In the principal basis the Hessian splits into blocks (the census's, {@code
 *       census.NeighbourBlocks}): per matched unit j a 2 x 2 block with eigenvalues 4(sigma_pi(j) - lambda_j) and
 *       4 lambda_j; per (matched j, unmatched direction i) a 2 x 2 block with determinant 4(sigma_pi(j) - sigma_i)(sigma_i
 *       + lambda_j); per (off j, unmatched i) eigenvalues 2(lambda_j +- sigma_i); per (off j, matched j') eigenvalues
 *       2(lambda_j +- lambda_j'); per pair of matched units a 4 x 4 block with one negative eigenvalue exactly when the
 *       pair is mis-ordered, (lambda_j - lambda_j')(sigma_pi(j) - sigma_pi(j')) &gt; 0.</li>
 *   <li><b>Index</b> = #{(j matched, i unmatched): sigma_i &gt; sigma_pi(j)} + #{(j off, i unmatched): sigma_i &gt;
 *       lambda_j} + #{(j off, j' matched): lambda_j' &gt; lambda_j} + #{mis-ordered matched pairs}; nullity 0 (every point
 *       is non-degenerate).</li>
 *   <li><b>Minima.</b> Index 0 exactly for pi(j) = j, j = 1..r, with r = #{j : sigma_j &gt; lambda_j} (units sorted by
 *       increasing lambda, directions by decreasing sigma): the ordered, axis-aligned principal directions, 2^r points
 *       differing by signs; every other critical point is a saddle.</li>
 * </ul>
 * Units and directions are 0-based here; the reports print them 1-based.
 */
public final class NonUniformTableOne {
    /** Marks an off unit in a matching. */
    public static final int OFF = -1;

    private final double[] sigma;
    private final double[] lambda;

    /**
     * One predicted critical point, up to the signs of its matched units.
     *
     * @param matching pi: per unit its direction (0-based) or {@link #OFF}
     * @param index    the predicted number of negative Hessian eigenvalues
     * @param nullity  the predicted number of zero eigenvalues (0)
     * @param signs    the number of points it stands for, 2^r
     */
    public record Point(List<Integer> matching, int index, int nullity, int signs) {
        /** Copies the matching. */
        public Point {
            matching = List.copyOf(matching);
        }

        /** The number r of matched units. */
        public int matched() {
            return (int) matching.stream().filter(d -> d != OFF).count();
        }

        /** "(1->2, 2->off)": the matching as the reports print it (1-based). */
        public String text() {
            List<String> out = new ArrayList<>();
            for (int j = 0; j < matching.size(); j++) {
                out.add((j + 1) + "->" + (matching.get(j) == OFF ? "off" : String.valueOf(matching.get(j) + 1)));
            }
            return "(" + String.join(", ", out) + ")";
        }
    }

    private NonUniformTableOne(double[] sigma, double[] lambda) {
        this.sigma = sigma.clone();
        this.lambda = lambda.clone();
    }

    /**
     * The classification for covariance eigenvalues sigma_i (the diagonal of X X^T in the principal basis, any order)
     * and unit weights lambda_j.
     *
     * @throws IllegalArgumentException outside the generic case: a lambda_j not positive, two equal lambda_j, two equal
     *                                  positive sigma_i, or sigma_i = lambda_j
     */
    public static NonUniformTableOne of(double[] sigma, double[] lambda) {
        for (int a = 0; a < lambda.length; a++) {
            if (!(lambda[a] > 0)) {
                throw new IllegalArgumentException("lambda_" + (a + 1) + " = " + lambda[a] + " is not positive");
            }
            for (int b = a + 1; b < lambda.length; b++) {
                if (lambda[a] == lambda[b]) {
                    throw new IllegalArgumentException("lambda_" + (a + 1) + " = lambda_" + (b + 1) + ": the classification needs distinct weights");
                }
            }
            for (double s : sigma) {
                if (s == lambda[a]) {
                    throw new IllegalArgumentException("s_i^2 = lambda_" + (a + 1) + " = " + s + ": a degenerate case");
                }
            }
        }
        for (int a = 0; a < sigma.length; a++) {
            for (int b = a + 1; b < sigma.length; b++) {
                if (sigma[a] == sigma[b] && sigma[a] > 0) {
                    throw new IllegalArgumentException("s_" + (a + 1) + "^2 = s_" + (b + 1) + "^2: the classification needs distinct positive values");
                }
            }
        }
        return new NonUniformTableOne(sigma, lambda);
    }

    /** The number m of directions. */
    public int m() {
        return sigma.length;
    }

    /** The number k of latent units. */
    public int k() {
        return lambda.length;
    }

    /** sigma_i (0-based). */
    public double sigma(int i) {
        return sigma[i];
    }

    /** lambda_j (0-based). */
    public double lambda(int j) {
        return lambda[j];
    }

    /** c_j^2 = 1 - lambda_j / sigma_i, the squared magnitude of unit j matched to direction i. */
    public double compression(int unit, int direction) {
        return 1 - lambda[unit] / sigma[direction];
    }

    /** The predicted index of the points of {@code matching} (the class comment's formula). */
    public int index(List<Integer> matching) {
        boolean[] used = usedDirections(matching);
        int idx = 0;
        for (int j = 0; j < k(); j++) {
            int d = matching.get(j);
            for (int i = 0; i < m(); i++) {
                if (used[i]) {
                    continue;
                }
                if (d != OFF ? sigma[i] > sigma[d] : sigma[i] > lambda[j]) {
                    idx++;
                }
            }
            for (int jj = 0; jj < k(); jj++) {
                int dd = matching.get(jj);
                if (d == OFF && dd != OFF && lambda[jj] > lambda[j]) {
                    idx++;
                }
                if (jj > j && d != OFF && dd != OFF && (lambda[j] - lambda[jj]) * (sigma[d] - sigma[dd]) > 0) {
                    idx++;
                }
            }
        }
        return idx;
    }

    /** The predicted point of {@code matching} with every sign +: W1 = W2^T, row j of W1 = c_j e_pi(j)^T. */
    public LaePoint point(List<Integer> matching) {
        DMatrixRMaj w1 = new DMatrixRMaj(k(), m());
        DMatrixRMaj w2 = new DMatrixRMaj(m(), k());
        for (int j = 0; j < k(); j++) {
            int d = matching.get(j);
            if (d != OFF) {
                double c = Math.sqrt(compression(j, d));
                w1.set(j, d, c);
                w2.set(d, j, c);
            }
        }
        return new LaePoint(w1, w2);
    }

    /** The predicted point of {@code matching} as a {@link Point}. */
    public Point classify(List<Integer> matching) {
        int r = (int) matching.stream().filter(d -> d != OFF).count();
        return new Point(matching, index(matching), 0, 1 << r);
    }

    /** The diagonal of W2 W1 at the points of {@code matching}: c_j^2 at pi(j), 0 elsewhere (sign-free). */
    public double[] productDiagonal(List<Integer> matching) {
        double[] d = new double[m()];
        for (int j = 0; j < k(); j++) {
            if (matching.get(j) != OFF) {
                d[matching.get(j)] = compression(j, matching.get(j));
            }
        }
        return d;
    }

    /** Every predicted matching (enumerated: use only where {@link #countPoints()} is small). */
    public List<Point> enumerate() {
        List<Point> out = new ArrayList<>();
        extend(new ArrayList<>(), new boolean[m()], out);
        return Collections.unmodifiableList(out);
    }

    private void extend(List<Integer> prefix, boolean[] used, List<Point> out) {
        int j = prefix.size();
        if (j == k()) {
            out.add(classify(prefix));
            return;
        }
        prefix.add(OFF);
        extend(prefix, used, out);
        prefix.remove(j);
        for (int i = 0; i < m(); i++) {
            if (!used[i] && sigma[i] > lambda[j]) {
                used[i] = true;
                prefix.add(i);
                extend(prefix, used, out);
                prefix.remove(j);
                used[i] = false;
            }
        }
    }

    /**
     * The number of matchings and of critical points (with signs), counted without enumeration: units taken by
     * decreasing lambda have nested sets of admissible directions {i : sigma_i &gt; lambda_j}, so the t-th matched unit
     * has (its set's size - t) choices.
     *
     * @return {matchings, points}
     */
    public BigInteger[] countPoints() {
        Integer[] order = new Integer[k()];
        for (int j = 0; j < k(); j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(lambda[b], lambda[a]));
        BigInteger[] matchings = new BigInteger[k() + 1];
        BigInteger[] points = new BigInteger[k() + 1];
        Arrays.fill(matchings, BigInteger.ZERO);
        Arrays.fill(points, BigInteger.ZERO);
        matchings[0] = BigInteger.ONE;
        points[0] = BigInteger.ONE;
        for (int j : order) {
            int admissible = 0;
            for (double s : sigma) {
                admissible += s > lambda[j] ? 1 : 0;
            }
            for (int t = k(); t >= 1; t--) {
                int choices = Math.max(0, admissible - (t - 1));
                BigInteger c = BigInteger.valueOf(choices);
                matchings[t] = matchings[t].add(matchings[t - 1].multiply(c));
                points[t] = points[t].add(points[t - 1].multiply(c).shiftLeft(1));
            }
        }
        BigInteger m = BigInteger.ZERO;
        BigInteger p = BigInteger.ZERO;
        for (int t = 0; t <= k(); t++) {
            m = m.add(matchings[t]);
            p = p.add(points[t]);
        }
        return new BigInteger[] {m, p};
    }

    /**
     * The predicted minimum: units by increasing lambda matched in order to the directions by decreasing sigma while
     * sigma &gt; lambda (pi(j) = j in sorted order), the others off.
     */
    public List<Integer> minimum() {
        Integer[] units = new Integer[k()];
        Integer[] dirs = new Integer[m()];
        for (int j = 0; j < k(); j++) {
            units[j] = j;
        }
        for (int i = 0; i < m(); i++) {
            dirs[i] = i;
        }
        Arrays.sort(units, (a, b) -> Double.compare(lambda[a], lambda[b]));
        Arrays.sort(dirs, (a, b) -> Double.compare(sigma[b], sigma[a]));
        List<Integer> match = new ArrayList<>(Collections.nCopies(k(), OFF));
        for (int t = 0; t < Math.min(k(), m()); t++) {
            if (sigma[dirs[t]] > lambda[units[t]]) {
                match.set(units[t], dirs[t]);
            }
        }
        return match;
    }

    /** A uniformly random unit-by-unit matching (each unit off or on a free admissible direction), for sampling. */
    public List<Integer> randomMatching(java.util.Random rnd) {
        boolean[] used = new boolean[m()];
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < k(); j++) {
            List<Integer> free = new ArrayList<>();
            free.add(OFF);
            for (int i = 0; i < m(); i++) {
                if (!used[i] && sigma[i] > lambda[j]) {
                    free.add(i);
                }
            }
            int d = free.get(rnd.nextInt(free.size()));
            if (d != OFF) {
                used[d] = true;
            }
            out.add(d);
        }
        return out;
    }

    private boolean[] usedDirections(List<Integer> matching) {
        boolean[] used = new boolean[m()];
        for (int d : matching) {
            if (d != OFF) {
                used[d] = true;
            }
        }
        return used;
    }
}
