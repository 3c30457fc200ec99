package lae.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * A polynomial in one variable with exact rational coefficients (index = power), with Euclidean
 * division, the greatest common divisor, and Sturm's theorem for counting real roots.
 *
 * <p><b>Sturm's theorem</b> (B. Mishra, <i>Algorithmic Algebra</i>, 1993, Section 8.4; S. Basu, R. Pollack,
 * M.-F. Roy, <i>Algorithms in Real Algebraic Geometry</i>, 2006, Theorem 2.50): with p_0 = p, p_1 = p' and
 * p_{i+1} = -rem(p_{i-1}, p_i), the number of distinct real roots of p in (a, b), where neither a nor b is a
 * root, is V(a) - V(b), V(x) being the number of sign changes in p_0(x), p_1(x), ... (zeros skipped). At
 * +-infinity the signs are those of the leading coefficients (with the parity of the degree at -infinity).
 * A root at the end point a is divided out first ({@link #realRootCountAbove}).
 */
public final class Univariate {
    private final BigFraction[] c;

    private Univariate(BigFraction[] coefficients) {
        int d = coefficients.length - 1;
        while (d >= 0 && coefficients[d].signum() == 0) {
            d--;
        }
        this.c = Arrays.copyOf(coefficients, d + 1);
    }

    /** The polynomial sum_i coefficients[i] x^i. */
    public static Univariate of(BigFraction... coefficients) {
        return new Univariate(coefficients.clone());
    }

    /** The polynomial sum_i coefficients[i] x^i, from integers. */
    public static Univariate ofLongs(long... coefficients) {
        BigFraction[] b = new BigFraction[coefficients.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = new BigFraction(coefficients[i]);
        }
        return new Univariate(b);
    }

    /**
     * The polynomial of a {@link Polynomial} in which only variable {@code v} occurs; throws if another
     * variable occurs.
     */
    public static Univariate from(Polynomial p, int v) {
        int d = Math.max(0, p.degree());
        BigFraction[] b = new BigFraction[d + 1];
        Arrays.fill(b, BigFraction.ZERO);
        p.terms().forEach((m, a) -> {
            if (m.degree() != m.exponent(v)) {
                throw new IllegalArgumentException("not univariate in variable " + v + ": " + p);
            }
            b[m.exponent(v)] = a;
        });
        return new Univariate(b);
    }

    /** The polynomial as a {@link Polynomial} in the variable {@code x} (any polynomial) of its ring. */
    public Polynomial compose(Polynomial x) {
        Polynomial r = Polynomial.zero(x.variables());
        for (int i = c.length - 1; i >= 0; i--) {
            r = r.times(x).plus(Polynomial.constant(x.variables(), c[i]));
        }
        return r;
    }

    /** The degree (-1 for zero). */
    public int degree() {
        return c.length - 1;
    }

    public boolean isZero() {
        return c.length == 0;
    }

    /** The coefficient of x^i. */
    public BigFraction coefficient(int i) {
        return i < c.length ? c[i] : BigFraction.ZERO;
    }

    /** The value at x. */
    public BigFraction value(BigFraction x) {
        BigFraction r = BigFraction.ZERO;
        for (int i = c.length - 1; i >= 0; i--) {
            r = r.multiply(x).add(c[i]);
        }
        return r;
    }

    public Univariate derivative() {
        if (c.length <= 1) {
            return new Univariate(new BigFraction[0]);
        }
        BigFraction[] d = new BigFraction[c.length - 1];
        for (int i = 1; i < c.length; i++) {
            d[i - 1] = c[i].multiply(i);
        }
        return new Univariate(d);
    }

    /** The remainder of Euclidean division by {@code g} (non-zero). */
    public Univariate remainder(Univariate g) {
        if (g.isZero()) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        BigFraction[] r = c.clone();
        int dr = r.length - 1;
        int dg = g.degree();
        BigFraction lead = g.c[dg];
        while (dr >= dg) {
            if (r[dr].signum() != 0) {
                BigFraction q = r[dr].divide(lead);
                for (int i = 0; i <= dg; i++) {
                    r[dr - dg + i] = r[dr - dg + i].subtract(q.multiply(g.c[i]));
                }
            }
            dr--;
        }
        return new Univariate(Arrays.copyOf(r, Math.max(0, Math.min(r.length, dg))));
    }

    /** The monic greatest common divisor (zero if both are zero). */
    public Univariate gcd(Univariate g) {
        Univariate a = this;
        Univariate b = g;
        while (!b.isZero()) {
            Univariate r = a.remainder(b);
            a = b;
            b = r;
        }
        return a.isZero() ? a : a.scale(a.c[a.degree()].reciprocal());
    }

    /** True if p has no repeated complex root: gcd(p, p') is a constant. */
    public boolean isSquareFree() {
        return !isZero() && gcd(derivative()).degree() == 0;
    }

    private Univariate scale(BigFraction k) {
        BigFraction[] d = new BigFraction[c.length];
        for (int i = 0; i < c.length; i++) {
            d[i] = c[i].multiply(k);
        }
        return new Univariate(d);
    }

    /** The Sturm sequence p, p', -rem, ... (the last non-zero entry is gcd(p, p') up to a constant). */
    public List<Univariate> sturmSequence() {
        if (isZero()) {
            throw new ArithmeticException("the zero polynomial has no Sturm sequence");
        }
        List<Univariate> s = new ArrayList<>();
        s.add(this);
        Univariate a = this;
        Univariate b = derivative();
        while (!b.isZero()) {
            s.add(b);
            Univariate r = a.remainder(b).scale(BigFraction.MINUS_ONE);
            a = b;
            b = r;
        }
        return s;
    }

    /** The number of distinct real roots. */
    public int realRootCount() {
        List<Univariate> s = sturmSequence();
        return changesAtInfinity(s, false) - changesAtInfinity(s, true);
    }

    /** The number of distinct real roots in (a, +infinity). */
    public int realRootCountAbove(BigFraction a) {
        Univariate q = this;
        while (!q.isZero() && q.value(a).signum() == 0) {
            q = q.deflate(a);
        }
        List<Univariate> s = q.sturmSequence();
        return changesAt(s, a) - changesAtInfinity(s, true);
    }

    /** The number of distinct real roots in [a, +infinity). */
    public int realRootCountFrom(BigFraction a) {
        return realRootCountAbove(a) + (value(a).signum() == 0 ? 1 : 0);
    }

    /** p / (x - a) for a root a of p (synthetic division). */
    private Univariate deflate(BigFraction a) {
        int d = degree();
        BigFraction[] q = new BigFraction[d];
        BigFraction carry = BigFraction.ZERO;
        for (int i = d; i >= 1; i--) {
            carry = carry.multiply(a).add(c[i]);
            q[i - 1] = carry;
        }
        return new Univariate(q);
    }

    private static int changesAt(List<Univariate> s, BigFraction x) {
        int changes = 0;
        int last = 0;
        for (Univariate p : s) {
            int sg = p.value(x).signum();
            if (sg != 0) {
                if (last != 0 && sg != last) {
                    changes++;
                }
                last = sg;
            }
        }
        return changes;
    }

    private static int changesAtInfinity(List<Univariate> s, boolean plus) {
        int changes = 0;
        int last = 0;
        for (Univariate p : s) {
            int sg = p.c[p.degree()].signum();
            if (!plus && p.degree() % 2 == 1) {
                sg = -sg;
            }
            if (sg != 0) {
                if (last != 0 && sg != last) {
                    changes++;
                }
                last = sg;
            }
        }
        return changes;
    }

    /** The polynomial in Singular's syntax in the variable {@code name}. */
    public String toSingular(String name) {
        BigFraction[] b = c.clone();
        Polynomial p = Polynomial.zero(1);
        for (int i = 0; i < b.length; i++) {
            p = p.plus(Polynomial.term(Monomial.of(i), b[i]));
        }
        return p.toSingular(List.of(name));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Univariate u && Arrays.equals(u.c, c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    @Override
    public String toString() {
        return toSingular("x");
    }
}
