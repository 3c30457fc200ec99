package lae.algebra;

import java.util.Arrays;

import lae.model.IntTuple;

/**
 * A monomial x_1^e_1 ... x_n^e_n over a fixed list of n variables, ordered by the degree reverse
 * lexicographic order with x_1 &gt; x_2 &gt; ... &gt; x_n: Singular's ordering {@code dp}, so that a
 * Groebner basis printed by Singular is a Groebner basis for this order too.
 *
 * <pre>
 *   a &gt; b  iff  deg a &gt; deg b, or deg a = deg b and the last exponent where a and b differ is smaller in a
 * </pre>
 * (D. Cox, J. Little, D. O'Shea, <i>Ideals, Varieties, and Algorithms</i>, 4th ed., 2015, Section 2.2,
 * Definition 6). Immutable.
 */
public final class Monomial extends IntTuple implements Comparable<Monomial> {
    private final int[] e;
    private final int degree;

    private Monomial(int[] exponents) {
        super(exponents);
        this.e = exponents;
        int d = 0;
        for (int x : exponents) {
            if (x < 0) {
                throw new IllegalArgumentException("negative exponent in " + Arrays.toString(exponents));
            }
            d += x;
        }
        this.degree = d;
    }

    /** The monomial with the given exponents (copied). */
    public static Monomial of(int... exponents) {
        return new Monomial(exponents.clone());
    }

    /** 1, the monomial of degree 0 in {@code n} variables. */
    public static Monomial one(int n) {
        return new Monomial(new int[n]);
    }

    /** The variable x_{index} (0-based) in {@code n} variables. */
    public static Monomial variable(int n, int index) {
        int[] x = new int[n];
        x[index] = 1;
        return new Monomial(x);
    }

    /** Number of variables. */
    public int size() {
        return e.length;
    }

    /** The exponent of variable {@code i} (0-based). */
    public int exponent(int i) {
        return e[i];
    }

    /** The total degree. */
    public int degree() {
        return degree;
    }

    /** The product this * other. */
    public Monomial times(Monomial other) {
        int[] x = new int[e.length];
        for (int i = 0; i < e.length; i++) {
            x[i] = e[i] + other.e[i];
        }
        return new Monomial(x);
    }

    /** True if this monomial divides {@code other}. */
    public boolean divides(Monomial other) {
        if (degree > other.degree) {
            return false;
        }
        for (int i = 0; i < e.length; i++) {
            if (e[i] > other.e[i]) {
                return false;
            }
        }
        return true;
    }

    /** other / this; requires {@link #divides(Monomial) this divides other}. */
    public Monomial quotientOf(Monomial other) {
        int[] x = new int[e.length];
        for (int i = 0; i < e.length; i++) {
            x[i] = other.e[i] - e[i];
        }
        return new Monomial(x);
    }

    /** The least common multiple. */
    public Monomial lcm(Monomial other) {
        int[] x = new int[e.length];
        for (int i = 0; i < e.length; i++) {
            x[i] = Math.max(e[i], other.e[i]);
        }
        return new Monomial(x);
    }

    /** True if the two monomials share no variable (Buchberger's product criterion applies). */
    public boolean coprime(Monomial other) {
        for (int i = 0; i < e.length; i++) {
            if (e[i] > 0 && other.e[i] > 0) {
                return false;
            }
        }
        return true;
    }

    /** Degree reverse lexicographic comparison (Singular's dp): positive when this is larger. */
    @Override
    public int compareTo(Monomial o) {
        if (degree != o.degree) {
            return Integer.compare(degree, o.degree);
        }
        for (int i = e.length - 1; i >= 0; i--) {
            if (e[i] != o.e[i]) {
                return Integer.compare(o.e[i], e[i]);
            }
        }
        return 0;
    }
}
