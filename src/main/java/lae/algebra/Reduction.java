package lae.algebra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hipparchus.fraction.BigFraction;

/**
 * Multivariate division by a list of polynomials in the degree reverse lexicographic order, and
 * Buchberger's criterion (Cox, Little, O'Shea, <i>Ideals, Varieties, and Algorithms</i>, 4th ed.,
 * Section 2.3, Theorem 3 (division) and Section 2.6, Theorem 6 (criterion), with the product criterion of
 * Section 2.9, Proposition 4).
 *
 * <p>What each answer proves:
 * <ul>
 *   <li>a remainder 0 proves membership p in (g_1, ..., g_s) for ANY list g: the division writes
 *       p = sum q_i g_i exactly. This is how every "lies in the component" statement is re-checked;</li>
 *   <li>a non-zero remainder proves non-membership only when g is a Groebner basis, which
 *       {@link #isGroebnerBasis} checks (every S-polynomial reduces to 0);</li>
 *   <li>for a Groebner basis of a zero-dimensional ideal, {@link #standardMonomials} are a basis of
 *       Q[x]/I, whose number is the number of complex points counted with multiplicity (Cox-Little-O'Shea,
 *       Section 5.3, Theorem 6; for a prime ideal over Q every point is simple).</li>
 * </ul>
 */
public final class Reduction {
    private final List<Polynomial> basis;
    private final int n;

    /** Division by {@code basis} (non-zero polynomials in the same variables). */
    public Reduction(List<Polynomial> basis) {
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("an empty basis");
        }
        this.n = basis.get(0).variables();
        List<Polynomial> b = new ArrayList<>();
        for (Polynomial g : basis) {
            if (!g.isZero()) {
                b.add(g);
            }
        }
        this.basis = List.copyOf(b);
    }

    /** The divisors. */
    public List<Polynomial> basis() {
        return basis;
    }

    /** The remainder of {@code p} on division by the basis (no term of it is divisible by a leading monomial). */
    public Polynomial remainder(Polynomial p) {
        TreeMap<Monomial, BigFraction> rest = p.mutableTerms();
        TreeMap<Monomial, BigFraction> rem = new TreeMap<>(java.util.Comparator.reverseOrder());
        while (!rest.isEmpty()) {
            Map.Entry<Monomial, BigFraction> lead = rest.pollFirstEntry();
            Polynomial divisor = null;
            for (Polynomial g : basis) {
                if (g.leadingMonomial().divides(lead.getKey())) {
                    divisor = g;
                    break;
                }
            }
            if (divisor == null) {
                rem.put(lead.getKey(), lead.getValue());
                continue;
            }
            Monomial q = divisor.leadingMonomial().quotientOf(lead.getKey());
            BigFraction c = lead.getValue().divide(divisor.leadingCoefficient());
            boolean first = true;
            for (Map.Entry<Monomial, BigFraction> t : divisor.terms().entrySet()) {
                if (first) {
                    first = false;
                    continue;
                }
                Polynomial.addTo(rest, t.getKey().times(q), t.getValue().multiply(c).negate());
            }
        }
        return Polynomial.wrap(n, rem);
    }

    /** True if {@code p} reduces to 0: a proof that p lies in the ideal of the basis. */
    public boolean reducesToZero(Polynomial p) {
        return remainder(p).isZero();
    }

    /**
     * Buchberger's criterion: true if every S-polynomial of two basis elements whose leading monomials are
     * not coprime reduces to 0, i.e. the basis is a Groebner basis of the ideal it generates.
     */
    public boolean isGroebnerBasis() {
        for (int i = 0; i < basis.size(); i++) {
            for (int j = i + 1; j < basis.size(); j++) {
                Polynomial f = basis.get(i);
                Polynomial g = basis.get(j);
                if (f.leadingMonomial().coprime(g.leadingMonomial())) {
                    continue;
                }
                Monomial l = f.leadingMonomial().lcm(g.leadingMonomial());
                Polynomial s = f.timesTerm(f.leadingMonomial().quotientOf(l), f.leadingCoefficient().reciprocal())
                        .minus(g.timesTerm(g.leadingMonomial().quotientOf(l), g.leadingCoefficient().reciprocal()));
                if (!reducesToZero(s)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The monomials divisible by no leading monomial of the basis, or null if there are infinitely many
     * (the ideal is not zero-dimensional) or more than {@code limit}.
     */
    public List<Monomial> standardMonomials(int limit) {
        int[] pure = new int[n];
        for (int v = 0; v < n; v++) {
            pure[v] = -1;
            for (Polynomial g : basis) {
                Monomial m = g.leadingMonomial();
                if (m.degree() == m.exponent(v) && m.degree() > 0) {
                    pure[v] = pure[v] < 0 ? m.degree() : Math.min(pure[v], m.degree());
                }
            }
            if (pure[v] < 0) {
                return null;
            }
        }
        List<Monomial> out = new ArrayList<>();
        int[] e = new int[n];
        if (!enumerate(0, e, pure, out, limit)) {
            return null;
        }
        return out;
    }

    private boolean enumerate(int v, int[] e, int[] bound, List<Monomial> out, int limit) {
        if (v == n) {
            out.add(Monomial.of(e));
            return out.size() <= limit;
        }
        for (int k = 0; k < bound[v]; k++) {
            e[v] = k;
            if (divisibleByLeading(e)) {
                break;
            }
            if (!enumerate(v + 1, e, bound, out, limit)) {
                return false;
            }
        }
        e[v] = 0;
        return true;
    }

    private boolean divisibleByLeading(int[] e) {
        Monomial m = Monomial.of(e);
        for (Polynomial g : basis) {
            if (g.leadingMonomial().divides(m)) {
                return true;
            }
        }
        return false;
    }
}
