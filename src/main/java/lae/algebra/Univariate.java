package lae.algebra;

import java.util.Arrays;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * A polynomial in one variable with exact rational coefficients (index = power): values, products, the derivative;
 * its real roots are counted by {@link RealRootCount}.
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

    /** The degree (-1 for zero). */
    public int degree() {
        return c.length - 1;
    }

    /** True for the zero polynomial. */
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

    /** The product. */
    public Univariate times(Univariate o) {
        if (isZero() || o.isZero()) {
            return new Univariate(new BigFraction[0]);
        }
        BigFraction[] r = new BigFraction[c.length + o.c.length - 1];
        Arrays.fill(r, BigFraction.ZERO);
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < o.c.length; j++) {
                r[i + j] = r[i + j].add(c[i].multiply(o.c[j]));
            }
        }
        return new Univariate(r);
    }

    /** p'. */
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

    /** True if p has no repeated complex root: gcd(p, p') is a constant ({@link RealRootCount#squareFree}). */
    public boolean isSquareFree() {
        return RealRootCount.squareFree(this);
    }

    /** The number of distinct real roots ({@link RealRootCount#all}). */
    public int realRootCount() {
        return RealRootCount.all(this);
    }

    /** The number of distinct real roots in (a, +infinity) ({@link RealRootCount#above}). */
    public int realRootCountAbove(BigFraction a) {
        return RealRootCount.above(this, a);
    }

    /** The number of distinct real roots in [a, +infinity). */
    public int realRootCountFrom(BigFraction a) {
        return realRootCountAbove(a) + (value(a).signum() == 0 ? 1 : 0);
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
