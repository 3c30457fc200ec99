package lae.topology;

/**
 * The Gaussian binomial coefficient [n choose l]_t, a polynomial in t of degree l (n - l).
 *
 * <p><b>Why it is the census.</b> For an index set I = {i_1 &lt; ... &lt; i_l} of {1..n} let
 * d_I = sum_j (i_j - j) (the paper's d_I, C17). The map I -&gt; (i_j - j)_j is a bijection between
 * l-subsets of {1..n} and partitions with at most l parts, each at most n - l, and d_I is the size
 * of the partition. The generating function of partitions in an l x (n - l) box is the Gaussian
 * binomial (G. E. Andrews, <i>The Theory of Partitions</i>, 1976, Theorem 3.1):
 * <pre>
 *   sum_{I subset {1..n}, |I| = l} t^{d_I} = [n choose l]_t
 *       = prod_{i=1}^{l} (1 - t^{n-l+i}) / (1 - t^i).
 * </pre>
 * The product is evaluated factor by factor; after the i-th factor the partial product is
 * [n - l + i choose i]_t, a polynomial, so every division is exact and every coefficient stays a
 * non-negative integer (no intermediate blow-up). Cost: O(l * l (n - l)) BigInteger additions.
 */
public final class GaussianBinomial {
    private GaussianBinomial() {
    }

    /** [n choose l]_t; zero when l &lt; 0 or l &gt; n. */
    public static IntPolynomial of(int n, int l) {
        if (l < 0 || l > n) {
            return IntPolynomial.ZERO;
        }
        IntPolynomial p = IntPolynomial.ONE;
        for (int i = 1; i <= l; i++) {
            p = p.timesOneMinusPower(n - l + i).divideOneMinusPower(i);
        }
        return p;
    }
}
