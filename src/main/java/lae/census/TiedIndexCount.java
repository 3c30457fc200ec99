package lae.census;

import java.math.BigInteger;
import java.util.List;
import java.util.TreeMap;

import lae.topology.ComponentCensus;
import lae.topology.CountLaw;
import lae.topology.IntPolynomial;
import lae.topology.MorseBottTest;
import lae.topology.StiefelPoincare;

/**
 * The index histogram of the tied LAE's predicted components (claim KUNIN-T1) in closed form, for any size: exact
 * arithmetic on the classification, never an enumeration.
 *
 * <p><b>Derivation.</b> A component is an index set I = {i_1 &lt; ... &lt; i_l} within {1..m0} (the directions with
 * s_i^2 &gt; lambda, in decreasing order), l &lt;= k, of index inv(I) + (k - l)(m0 - l) with inv(I) = #{(i in I,
 * i' not in I): sigma_i' &gt; sigma_i}. Since the sigma_i decrease, sigma_i' &gt; sigma_i means i' &lt; i, so i' is
 * within {1..m0} too (directions with sigma &lt; lambda come after every i in I and add nothing), and i_j has exactly
 * i_j - j such i' outside I: inv(I) = sum_j (i_j - j) = d_I, the paper's d_I (C17). Its generating function over the
 * l-subsets of {1..m0} is the Gaussian binomial [m0 choose l]_t (partitions in an l x (m0 - l) box; G. E. Andrews,
 * <i>The Theory of Partitions</i>, Theorem 3.1), so
 * <pre>
 *   sum_I t^index(I) = sum_{l &lt;= min(k, m0)} t^((k - l)(m0 - l)) [m0 choose l]_t,
 * </pre>
 * which {@link ComponentCensus} evaluates with the corrected index law of L_sigma (the same law: the tied critical
 * set is L_sigma's symmetric slice). Each component is a Stiefel manifold V_l(R^k) of dimension k l - l(l+1)/2, with
 * two connected pieces when l = k; the Morse-Bott polynomial is sum_I t^index(I) P_{V_l(R^k)}(t)
 * ({@link MorseBottTest#polynomial}). The counts are those of the predicted components: they inherit the
 * classification's evidence and add none to its completeness.
 */
final class TiedIndexCount {
    private final ComponentCensus census;
    private final TreeMap<Integer, List<BigInteger>> histogram;

    private TiedIndexCount(ComponentCensus census, TreeMap<Integer, List<BigInteger>> histogram) {
        this.census = census;
        this.histogram = histogram;
    }

    /** The closed-form census of every I within {1..m0}, |I| &lt;= k. */
    static TiedIndexCount of(int m0, int k) {
        ComponentCensus c = new ComponentCensus(m0, k, CountLaw.correctedIndex(m0, k, "m0"), CountLaw.nullityV(k));
        TreeMap<Integer, BigInteger[]> h = new TreeMap<>();
        for (int l = 0; l <= c.maxL(); l++) {
            IntPolynomial p = c.indexGenerating(l);
            BigInteger pieces = BigInteger.valueOf(l == k && l > 0 ? 2 : 1);
            BigInteger dim = BigInteger.valueOf(StiefelPoincare.dimension(k, l));
            for (int i = 0; i <= p.degree(); i++) {
                BigInteger n = p.coefficient(i);
                if (n.signum() == 0) {
                    continue;
                }
                BigInteger[] row = h.computeIfAbsent(i, x -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO});
                row[0] = row[0].add(n);
                row[1] = row[1].add(n.multiply(pieces));
                row[2] = row[2].add(n.multiply(dim));
            }
        }
        TreeMap<Integer, List<BigInteger>> out = new TreeMap<>();
        h.forEach((i, row) -> out.put(i, List.of(row)));
        return new TiedIndexCount(c, out);
    }

    /** index -&gt; [components, connected pieces, summed dimension]. */
    TreeMap<Integer, List<BigInteger>> histogram() {
        return new TreeMap<>(histogram);
    }

    /** The number of components (index sets): sum_{l &lt;= min(k, m0)} C(m0, l). */
    BigInteger components() {
        return census.components();
    }

    /** Their connected pieces: one per I, two when |I| = k. */
    BigInteger connectedPieces() {
        return census.connectedComponents();
    }

    /** The Morse-Bott test of the predicted components, from the closed form. */
    MorseBottTest.Result morseBott() {
        return MorseBottTest.test(MorseBottTest.polynomial(census));
    }
}
