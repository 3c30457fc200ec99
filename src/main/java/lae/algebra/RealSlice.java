package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * A slice of the critical variety that every REAL critical orbit meets, for losses with an O(k) symmetry and
 * W1 W1^T = W2^T W2 at critical points (L_sigma, L_synthetic(w), w &gt; 0; {@link LossMember#balancedAtCriticalPoints}).
 * It replaces one hard decomposition in 2km variables by a few small ones, one per case (rho, p) below.
 *
 * <p><b>Why no real critical point is lost.</b> Let (W1, W2) be a real critical point and rho = rank W2.
 * <ol>
 *   <li>Some O in O(k) puts W2 O^T in lower column-echelon form (an LQ decomposition of W2, row by row): column r
 *       (r &lt;= rho) has its first non-zero entry in row p_r, p_1 &lt; ... &lt; p_rho, and columns rho+1..k are zero. The
 *       map (W1, W2) -&gt; (O W1, W2 O^T) preserves the loss, hence the critical set, and it preserves W1 = W2^T and
 *       W2 W1: symmetry and index sets are read off the moved point.</li>
 *   <li>W1 W1^T = W2^T W2 holds at every critical point (it lies in the gradient ideal: {@link GradientIdeal}), so rows
 *       rho+1..k of O W1 have squared norm 0, and being real they are 0. The point is then a critical point of the same
 *       loss with rho latent units (padded with zero units), with W2 of full column rank rho in echelon form with pivot
 *       rows p: the case (rho, p). The case rho = 0 is the origin.</li>
 *   <li>In case (rho, p) the ideal is the gradient ideal J_rho of rho units, plus W1 W1^T - W2^T W2 (already in J_rho),
 *       plus W2[i, r] = 0 for i &lt; p_r, plus z * prod_r W2[p_r, r] - 1 (the pivots are non-zero), plus, for each i,
 *       y_i * det(mu_i W2^T W2 + lambda_sigma I) - 1 with mu_i = c_i + lambda_pi. At a real point W2^T W2 is positive
 *       semi-definite, mu_i &gt;= 0 and lambda_sigma &gt; 0, so that matrix is positive definite and its determinant is
 *       non-zero: these equations remove no real point (they remove complex components on which the linear
 *       equations df/dW1 = 0 for W1 degenerate).</li>
 * </ol>
 * So every real critical point is, up to O(k), a real point of one case. What the slices change: they are not
 * transversal to complex orbits, so complex components of the critical variety are missing from the list and the
 * listed components are those of the slices; their dimensions are dimensions in the slice. A real Table-1 family of
 * I (one O(k) orbit, of dimension kl - l(l+1)/2) meets its slice in finitely many points, so in the slice it is
 * zero-dimensional, and its dimension is stated separately ({@link TableOneFamily#familyDimension}).
 */
public final class RealSlice {
    private RealSlice() {
    }

    /** One case: rho units with W2 of full rank in echelon form with pivot rows {@code pivots} (1-based). */
    public record Case(int rank, List<Integer> pivots) {
        public Case {
            pivots = List.copyOf(pivots);
        }

        /** "rank 2, pivot rows (1, 2)". */
        public String label() {
            return "slice rank " + rank + ", pivot rows (" + String.join(", ", pivots.stream().map(String::valueOf).toList()) + ")";
        }
    }

    /** Every case with 1 &lt;= rho &lt;= k (the case rho = 0, the origin, has no equations to solve). */
    public static List<Case> cases(int m, int k) {
        List<Case> out = new ArrayList<>();
        for (int rho = 1; rho <= Math.min(k, m); rho++) {
            choose(m, rho, 1, new ArrayList<>(), out);
        }
        return out;
    }

    private static void choose(int m, int rho, int from, List<Integer> cur, List<Case> out) {
        if (cur.size() == rho) {
            out.add(new Case(rho, cur));
            return;
        }
        for (int i = from; i <= m; i++) {
            cur.add(i);
            choose(m, rho, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    /** The ring of a case: z, then y_1..y_m, then the parameters of rho units. */
    public static GradientIdeal ring(LossMember loss, List<BigFraction> c, Case cs) {
        if (!loss.balancedAtCriticalPoints()) {
            throw new IllegalArgumentException(loss + ": the real slice needs one sum weight lambda_sigma > 0 (O(k) symmetry and balance)");
        }
        List<String> aux = new ArrayList<>();
        aux.add("z");
        for (int i = 1; i <= c.size(); i++) {
            aux.add("y_" + i);
        }
        LossMember units = LossMember.parse(loss.name(), loss.lambda(), cs.rank());
        return GradientIdeal.of(units, c, cs.rank(), aux);
    }

    /** The generators of case {@code cs} in the ring {@link #ring}. */
    public static List<Polynomial> generators(GradientIdeal ideal, Case cs) {
        int nv = ideal.names().size();
        int rho = cs.rank();
        int m = ideal.m();
        Polynomial[][] w2 = ideal.w2();
        List<Polynomial> g = new ArrayList<>(ideal.gradient());
        g.addAll(ideal.balance());
        Polynomial pivots = Polynomial.constant(nv, 1);
        for (int r = 0; r < rho; r++) {
            int p = cs.pivots().get(r);
            for (int i = 1; i < p; i++) {
                g.add(w2[i - 1][r]);
            }
            pivots = pivots.times(w2[p - 1][r]);
        }
        int zIndex = 0;
        g.add(Polynomial.variable(nv, zIndex).times(pivots).minus(Polynomial.constant(nv, 1)));
        Polynomial[][] n2 = GradientIdeal.product(GradientIdeal.transpose(w2), w2);
        BigFraction ls = ideal.loss().uniformSumWeight();
        for (int i = 0; i < m; i++) {
            BigFraction mu = ideal.covariance().get(i).add(ideal.loss().lambdaPi());
            Polynomial[][] a = new Polynomial[rho][rho];
            for (int r = 0; r < rho; r++) {
                for (int q = 0; q < rho; q++) {
                    a[r][q] = n2[r][q].scale(mu).plus(Polynomial.constant(nv, r == q ? ls : BigFraction.ZERO));
                }
            }
            g.add(Polynomial.variable(nv, zIndex + 1 + i).times(determinant(a)).minus(Polynomial.constant(nv, 1)));
        }
        return g;
    }

    /** The determinant by Laplace expansion along the first row (rho is small). */
    static Polynomial determinant(Polynomial[][] a) {
        int n = a.length;
        if (n == 1) {
            return a[0][0];
        }
        Polynomial d = Polynomial.zero(a[0][0].variables());
        for (int j = 0; j < n; j++) {
            Polynomial[][] minor = new Polynomial[n - 1][n - 1];
            for (int r = 1; r < n; r++) {
                for (int q = 0, t = 0; q < n; q++) {
                    if (q != j) {
                        minor[r - 1][t++] = a[r][q];
                    }
                }
            }
            Polynomial term = a[0][j].times(determinant(minor));
            d = (j % 2 == 0) ? d.plus(term) : d.minus(term);
        }
        return d;
    }
}
