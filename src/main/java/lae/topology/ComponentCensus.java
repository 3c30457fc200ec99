package lae.topology;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The census of every Table-1 component of one loss in closed form: for index sets I within the
 * universe {1..u} (u = m0 for L_sigma, the rank of X for L and L_pi) with |I| = l &lt;= k, the number
 * of components with each Hessian index and each nullity, from the Gaussian binomials
 * [u choose l]_t (the generating function of d_I, {@link GaussianBinomial}) and a {@link CountLaw}.
 *
 * <p>Exact integer counts for any size: at Fashion-MNIST's m = 784, k = 9 there are about 10^20
 * components, counted here in milliseconds, where enumeration is impossible. The index polynomial
 * sum_I t^{index(I)} is kept per l (it is also the Morse-Bott polynomial's ingredient).
 */
public final class ComponentCensus {
    public final int universe;
    public final int k;
    public final CountLaw index;
    public final CountLaw nullity;
    /** [u choose l]_t for l = 0..min(k, u). */
    private final List<IntPolynomial> dGenerating;
    /** sum over |I| = l of t^{index(I)}, per l. */
    private final List<IntPolynomial> indexGenerating;
    /** (l, dI) of the first place where the index law is negative or not an integer; null if none. */
    public final int[] invalidIndexAt;

    /**
     * The census of every I within {1..universe} with |I| <= k under the given index and nullity laws (counted by
     * Gaussian binomials, never enumerated).
     */
    public ComponentCensus(int universe, int k, CountLaw index, CountLaw nullity) {
        this.universe = universe;
        this.k = k;
        this.index = index;
        this.nullity = nullity;
        List<IntPolynomial> dg = new ArrayList<>();
        List<IntPolynomial> ig = new ArrayList<>();
        int[] invalid = null;
        for (int l = 0; l <= Math.min(k, universe); l++) {
            IntPolynomial g = GaussianBinomial.of(universe, l);
            dg.add(g);
            int maxIndex = 0;
            for (int d = 0; d <= g.degree(); d++) {
                int v = index.at(l, d);
                if (v < 0 && invalid == null) {
                    invalid = new int[] {l, d};
                }
                maxIndex = Math.max(maxIndex, v);
            }
            BigInteger[] c = IntPolynomial.zeros(maxIndex + 1);
            for (int d = 0; d <= g.degree(); d++) {
                int v = index.at(l, d);
                if (v >= 0) {
                    c[v] = c[v].add(g.coefficient(d));
                }
            }
            ig.add(IntPolynomial.of(c));
        }
        this.dGenerating = Collections.unmodifiableList(dg);
        this.indexGenerating = Collections.unmodifiableList(ig);
        this.invalidIndexAt = invalid;
    }

    /** Largest l: min(k, u). */
    public int maxL() {
        return dGenerating.size() - 1;
    }

    /** [u choose l]_t: the generating function of d_I over l-subsets. */
    public IntPolynomial dGenerating(int l) {
        return dGenerating.get(l);
    }

    /** sum over |I| = l of t^{index(I)}. */
    public IntPolynomial indexGenerating(int l) {
        return indexGenerating.get(l);
    }

    /** Components with |I| = l: binom(u, l). */
    public BigInteger components(int l) {
        return dGenerating.get(l).valueAtOne();
    }

    /** Every index set (a component of the critical set, or two of them when l = k: {@link #connectedComponents()}): sum_{l &lt;= k} binom(u, l). */
    public BigInteger components() {
        BigInteger s = BigInteger.ZERO;
        for (int l = 0; l <= maxL(); l++) {
            s = s.add(components(l));
        }
        return s;
    }

    /** Index -&gt; number of components (only non-zero counts; negative indices of an invalid law are left out). */
    public TreeMap<Integer, BigInteger> indexHistogram() {
        TreeMap<Integer, BigInteger> h = new TreeMap<>();
        for (IntPolynomial p : indexGenerating) {
            for (int i = 0; i <= p.degree(); i++) {
                if (p.coefficient(i).signum() != 0) {
                    h.merge(i, p.coefficient(i), BigInteger::add);
                }
            }
        }
        return h;
    }

    /** (index, nullity) -&gt; number of components, keyed "index/nullity" in index order. */
    public TreeMap<Integer, TreeMap<Integer, BigInteger>> indexNullityHistogram() {
        TreeMap<Integer, TreeMap<Integer, BigInteger>> h = new TreeMap<>();
        for (int l = 0; l <= maxL(); l++) {
            IntPolynomial g = dGenerating.get(l);
            for (int d = 0; d <= g.degree(); d++) {
                if (g.coefficient(d).signum() != 0) {
                    h.computeIfAbsent(index.at(l, d), x -> new TreeMap<>()).merge(nullity.at(l, d), g.coefficient(d), BigInteger::add);
                }
            }
        }
        return h;
    }

    /** Nullity -&gt; number of components. */
    public TreeMap<Integer, BigInteger> nullityHistogram() {
        TreeMap<Integer, BigInteger> h = new TreeMap<>();
        for (int l = 0; l <= maxL(); l++) {
            IntPolynomial g = dGenerating.get(l);
            for (int d = 0; d <= g.degree(); d++) {
                if (g.coefficient(d).signum() != 0) {
                    h.merge(nullity.at(l, d), g.coefficient(d), BigInteger::add);
                }
            }
        }
        return h;
    }

    /**
     * The connected components of the critical set: an index set I with l = |I| &lt; k gives a connected component
     * (F_I's corrected component {H G = I_l} for L and L_pi, the Stiefel manifold V_l(R^k) for L_sigma: connected for
     * l &lt; k, a point for l = 0), one with l = k gives two (GL_k and O(k) each have two connected components, det &gt; 0
     * and det &lt; 0). So there are sum_{l &lt;= k} binom(u, l) + binom(u, k) of them; {@link #components()} counts the
     * index sets.
     */
    public BigInteger connectedComponents() {
        BigInteger s = components();
        return maxL() == k ? s.add(components(k)) : s;
    }

    /** Components of index 0 (local minima, when the index law is right). */
    public BigInteger minima() {
        return indexHistogram().getOrDefault(0, BigInteger.ZERO);
    }

    /** The index histogram as a JSON-friendly map (index as string key, count as decimal string when beyond long). */
    public static Map<String, Object> asJson(TreeMap<Integer, BigInteger> h) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        h.forEach((key, v) -> out.put(Integer.toString(key), v.bitLength() < 63 ? (Object) v.longValue() : v.toString()));
        return out;
    }
}
