package lae.algebra;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import org.hipparchus.fraction.BigFraction;

/**
 * A polynomial with exact rational coefficients in a fixed number of variables: a finite sum of
 * terms c * x^e, kept in decreasing {@link Monomial degree reverse lexicographic order} (the first term
 * is the leading term). Immutable; every operation returns a new polynomial.
 *
 * <p>This is the toolkit's own arithmetic for re-checking what Singular answers: gradients are derived
 * here (not by Singular), and every membership, vanishing and certificate identity that a report states
 * is re-computed with this class.
 */
public final class Polynomial {
    private static final Comparator<Monomial> DECREASING = Comparator.reverseOrder();

    private final int n;
    private final NavigableMap<Monomial, BigFraction> terms;

    private Polynomial(int n, NavigableMap<Monomial, BigFraction> terms) {
        this.n = n;
        this.terms = Collections.unmodifiableNavigableMap(terms);
    }

    /** The zero polynomial in {@code n} variables. */
    public static Polynomial zero(int n) {
        return new Polynomial(n, new TreeMap<>(DECREASING));
    }

    /** The constant {@code c}. */
    public static Polynomial constant(int n, BigFraction c) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        if (c.signum() != 0) {
            t.put(Monomial.one(n), c);
        }
        return new Polynomial(n, t);
    }

    /** The constant {@code c}. */
    public static Polynomial constant(int n, long c) {
        return constant(n, new BigFraction(c));
    }

    /** The variable x_{index} (0-based). */
    public static Polynomial variable(int n, int index) {
        return term(Monomial.variable(n, index), BigFraction.ONE);
    }

    /** The single term c * m. */
    public static Polynomial term(Monomial m, BigFraction c) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        if (c.signum() != 0) {
            t.put(m, c);
        }
        return new Polynomial(m.size(), t);
    }

    /** The polynomial with these terms (zero coefficients dropped, equal monomials added). */
    public static Polynomial of(int n, Map<Monomial, BigFraction> terms) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            if (e.getKey().size() != n) {
                throw new IllegalArgumentException("monomial " + e.getKey() + " is not in " + n + " variables");
            }
            addTo(t, e.getKey(), e.getValue());
        }
        return new Polynomial(n, t);
    }

    /** Number of variables. */
    public int variables() {
        return n;
    }

    /** The terms, leading term first. */
    public NavigableMap<Monomial, BigFraction> terms() {
        return terms;
    }

    /** True for the zero polynomial. */
    public boolean isZero() {
        return terms.isEmpty();
    }

    /** True if this is a constant (possibly zero). */
    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.firstKey().degree() == 0);
    }

    /** The constant term. */
    public BigFraction constantTerm() {
        return terms.getOrDefault(Monomial.one(n), BigFraction.ZERO);
    }

    /** The leading monomial; the polynomial must not be zero. */
    public Monomial leadingMonomial() {
        return terms.firstKey();
    }

    /** The leading coefficient; the polynomial must not be zero. */
    public BigFraction leadingCoefficient() {
        return terms.firstEntry().getValue();
    }

    /** The total degree (-1 for zero). */
    public int degree() {
        int d = -1;
        for (Monomial m : terms.keySet()) {
            d = Math.max(d, m.degree());
        }
        return d;
    }

    /** this + o. */
    public Polynomial plus(Polynomial o) {
        check(o);
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(terms);
        for (Map.Entry<Monomial, BigFraction> e : o.terms.entrySet()) {
            addTo(t, e.getKey(), e.getValue());
        }
        return new Polynomial(n, t);
    }

    /** this - o. */
    public Polynomial minus(Polynomial o) {
        return plus(o.negate());
    }

    /** -this. */
    public Polynomial negate() {
        return scale(BigFraction.MINUS_ONE);
    }

    /** c * this. */
    public Polynomial scale(BigFraction c) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        if (c.signum() != 0) {
            terms.forEach((m, a) -> t.put(m, a.multiply(c)));
        }
        return new Polynomial(n, t);
    }

    /** c * m * this. */
    public Polynomial timesTerm(Monomial m, BigFraction c) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        if (c.signum() != 0) {
            terms.forEach((x, a) -> t.put(x.times(m), a.multiply(c)));
        }
        return new Polynomial(n, t);
    }

    /** this * o. */
    public Polynomial times(Polynomial o) {
        check(o);
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        for (Map.Entry<Monomial, BigFraction> a : terms.entrySet()) {
            for (Map.Entry<Monomial, BigFraction> b : o.terms.entrySet()) {
                addTo(t, a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()));
            }
        }
        return new Polynomial(n, t);
    }

    /** this^e, e &gt;= 0. */
    public Polynomial pow(int e) {
        if (e < 0) {
            throw new IllegalArgumentException("negative power " + e);
        }
        Polynomial r = constant(n, 1);
        Polynomial b = this;
        for (int x = e; x > 0; x >>= 1) {
            if ((x & 1) == 1) {
                r = r.times(b);
            }
            if (x > 1) {
                b = b.times(b);
            }
        }
        return r;
    }

    /** The partial derivative with respect to variable {@code index}. */
    public Polynomial derivative(int index) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        terms.forEach((m, a) -> {
            int e = m.exponent(index);
            if (e > 0) {
                int[] x = new int[n];
                for (int i = 0; i < n; i++) {
                    x[i] = m.exponent(i);
                }
                x[index]--;
                addTo(t, Monomial.of(x), a.multiply(e));
            }
        });
        return new Polynomial(n, t);
    }

    /**
     * The composition this(values[0], ..., values[n-1]): each variable replaced by a polynomial of
     * another ring (all {@code values} in the same number of variables). With constant values this is
     * exact evaluation at a rational point.
     */
    public Polynomial substitute(List<Polynomial> values) {
        if (values.size() != n) {
            throw new IllegalArgumentException("substitute: " + values.size() + " values for " + n + " variables");
        }
        int target = values.get(0).n;
        Polynomial[][] powers = new Polynomial[n][];
        Polynomial r = zero(target);
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            Polynomial t = constant(target, e.getValue());
            for (int i = 0; i < n && !t.isZero(); i++) {
                int k = e.getKey().exponent(i);
                if (k > 0) {
                    t = t.times(power(powers, values, i, k));
                }
            }
            r = r.plus(t);
        }
        return r;
    }

    private static Polynomial power(Polynomial[][] cache, List<Polynomial> values, int i, int k) {
        if (cache[i] == null || cache[i].length <= k) {
            Polynomial[] c = new Polynomial[k + 1];
            c[0] = constant(values.get(i).n, 1);
            for (int j = 1; j <= k; j++) {
                c[j] = c[j - 1].times(values.get(i));
            }
            cache[i] = c;
        }
        return cache[i][k];
    }

    /** The value at a rational point. */
    public BigFraction evaluate(List<BigFraction> point) {
        BigFraction sum = BigFraction.ZERO;
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            BigFraction t = e.getValue();
            for (int i = 0; i < n; i++) {
                int k = e.getKey().exponent(i);
                if (k > 0) {
                    t = t.multiply(point.get(i).pow(k));
                }
            }
            sum = sum.add(t);
        }
        return sum;
    }

    /** The polynomial in Singular's syntax over the given variable names, e.g. "2*a_1_1^3-4/9*b_2_1+1". */
    public String toSingular(List<String> names) {
        if (names.size() != n) {
            throw new IllegalArgumentException(names.size() + " names for " + n + " variables");
        }
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Monomial, BigFraction> e : terms.entrySet()) {
            BigFraction c = e.getValue();
            Monomial m = e.getKey();
            boolean negative = c.signum() < 0;
            BigFraction a = c.abs();
            if (s.length() > 0 || negative) {
                s.append(negative ? "-" : "+");
            }
            boolean unit = a.equals(BigFraction.ONE);
            if (!unit || m.degree() == 0) {
                s.append(a.getNumerator());
                if (!a.getDenominator().equals(java.math.BigInteger.ONE)) {
                    s.append('/').append(a.getDenominator());
                }
            }
            boolean first = unit && m.degree() > 0;
            for (int i = 0; i < n; i++) {
                int k = m.exponent(i);
                if (k > 0) {
                    if (!first) {
                        s.append('*');
                    }
                    first = false;
                    s.append(names.get(i));
                    if (k > 1) {
                        s.append('^').append(k);
                    }
                }
            }
        }
        return s.toString();
    }

    private void check(Polynomial o) {
        if (o.n != n) {
            throw new IllegalArgumentException("polynomials in " + n + " and " + o.n + " variables");
        }
    }

    static void addTo(Map<Monomial, BigFraction> t, Monomial m, BigFraction c) {
        if (c.signum() == 0) {
            return;
        }
        BigFraction old = t.get(m);
        BigFraction sum = old == null ? c : old.add(c);
        if (sum.signum() == 0) {
            t.remove(m);
        } else {
            t.put(m, sum);
        }
    }

    /** A mutable copy of the terms in decreasing order (for the division algorithm). */
    TreeMap<Monomial, BigFraction> mutableTerms() {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(DECREASING);
        t.putAll(terms);
        return t;
    }

    static Polynomial wrap(int n, TreeMap<Monomial, BigFraction> t) {
        return new Polynomial(n, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && p.n == n && p.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, terms);
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
