package lae.topology;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A polynomial in one variable t with exact integer coefficients (BigInteger), immutable:
 * c_0 + c_1 t + ... + c_d t^d. The arithmetic the topology needs and nothing more: sums, shifts,
 * products with (1 + t^j) and (1 - t^a), exact division by (1 - t^i), evaluation at t = -1.
 * Every operation is O(degree) BigInteger additions, so a polynomial of degree ~10^4 with
 * coefficients ~10^20 costs milliseconds.
 */
public final class IntPolynomial {
    public static final IntPolynomial ZERO = new IntPolynomial(new BigInteger[0]);
    public static final IntPolynomial ONE = new IntPolynomial(new BigInteger[] {BigInteger.ONE});

    /** Coefficients, c[i] of t^i; no trailing zero (the zero polynomial has length 0). */
    private final BigInteger[] c;

    private IntPolynomial(BigInteger[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1].signum() == 0) {
            n--;
        }
        this.c = n == c.length ? c : Arrays.copyOf(c, n);
    }

    /** From coefficients (lowest degree first); nulls are not allowed. */
    public static IntPolynomial of(BigInteger... coefficients) {
        return new IntPolynomial(coefficients.clone());
    }

    /** From coefficients (lowest degree first). */
    public static IntPolynomial of(long... coefficients) {
        BigInteger[] b = new BigInteger[coefficients.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = BigInteger.valueOf(coefficients[i]);
        }
        return new IntPolynomial(b);
    }

    /** coefficient * t^degree. */
    public static IntPolynomial monomial(BigInteger coefficient, int degree) {
        BigInteger[] b = zeros(degree + 1);
        b[degree] = coefficient;
        return new IntPolynomial(b);
    }

    static BigInteger[] zeros(int n) {
        BigInteger[] b = new BigInteger[n];
        Arrays.fill(b, BigInteger.ZERO);
        return b;
    }

    /** The degree; -1 for the zero polynomial. */
    public int degree() {
        return c.length - 1;
    }

    /** Whether this is the zero polynomial. */
    public boolean isZero() {
        return c.length == 0;
    }

    /** The coefficient of t^i (0 beyond the degree or for i &lt; 0). */
    public BigInteger coefficient(int i) {
        return i < 0 || i >= c.length ? BigInteger.ZERO : c[i];
    }

    /** this + o. */
    public IntPolynomial plus(IntPolynomial o) {
        return combine(o, false);
    }

    /** this - o. */
    public IntPolynomial minus(IntPolynomial o) {
        return combine(o, true);
    }

    /** this - o when subtract, this + o otherwise. */
    private IntPolynomial combine(IntPolynomial o, boolean subtract) {
        BigInteger[] r = zeros(Math.max(c.length, o.c.length));
        System.arraycopy(c, 0, r, 0, c.length);
        for (int i = 0; i < o.c.length; i++) {
            r[i] = subtract ? r[i].subtract(o.c[i]) : r[i].add(o.c[i]);
        }
        return new IntPolynomial(r);
    }

    /** t^d * this (d &gt;= 0). */
    public IntPolynomial shift(int d) {
        if (d < 0) {
            throw new IllegalArgumentException("shift " + d + " < 0");
        }
        if (isZero() || d == 0) {
            return this;
        }
        BigInteger[] r = zeros(c.length + d);
        System.arraycopy(c, 0, r, d, c.length);
        return new IntPolynomial(r);
    }

    /** (1 + t^j) * this, j &gt;= 0 ((1 + t^0) = 2). */
    public IntPolynomial timesOnePlusPower(int j) {
        return plus(shift(j));
    }

    /** (1 - t^a) * this, a &gt;= 1. */
    public IntPolynomial timesOneMinusPower(int a) {
        return minus(shift(a));
    }

    /**
     * this / (1 - t^a), a &gt;= 1, which must be exact: q with q (1 - t^a) = this, from the lowest
     * degree up (q_i = p_i + q_{i-a}).
     *
     * @throws ArithmeticException if (1 - t^a) does not divide this polynomial
     */
    public IntPolynomial divideOneMinusPower(int a) {
        if (isZero()) {
            return this;
        }
        int dq = degree() - a;
        if (dq < 0) {
            throw new ArithmeticException("(1 - t^" + a + ") does not divide a polynomial of degree " + degree());
        }
        BigInteger[] q = zeros(dq + 1);
        for (int i = 0; i <= dq; i++) {
            q[i] = i >= a ? c[i].add(q[i - a]) : c[i];
        }
        // the remainder coefficients (degrees dq+1 .. degree) must vanish: p_i + q_{i-a} = 0 there (q_i = 0 for i > dq)
        for (int i = dq + 1; i <= degree(); i++) {
            BigInteger rem = i - a >= 0 && i - a <= dq ? c[i].add(q[i - a]) : c[i];
            if (rem.signum() != 0) {
                throw new ArithmeticException("(1 - t^" + a + ") does not divide the polynomial");
            }
        }
        return new IntPolynomial(q);
    }

    /** this * o (schoolbook; for the small factors of the tests). */
    public IntPolynomial times(IntPolynomial o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        BigInteger[] r = zeros(c.length + o.c.length - 1);
        for (int i = 0; i < c.length; i++) {
            if (c[i].signum() == 0) {
                continue;
            }
            for (int j = 0; j < o.c.length; j++) {
                r[i + j] = r[i + j].add(c[i].multiply(o.c[j]));
            }
        }
        return new IntPolynomial(r);
    }

    /** The value at t = 1 (the sum of the coefficients). */
    public BigInteger valueAtOne() {
        BigInteger s = BigInteger.ZERO;
        for (BigInteger x : c) {
            s = s.add(x);
        }
        return s;
    }

    /** The value at t = -1 (an Euler characteristic when this is a Poincare polynomial). */
    public BigInteger valueAtMinusOne() {
        BigInteger s = BigInteger.ZERO;
        for (int i = 0; i < c.length; i++) {
            s = (i & 1) == 0 ? s.add(c[i]) : s.subtract(c[i]);
        }
        return s;
    }

    /** Number of non-zero coefficients. */
    public int terms() {
        int n = 0;
        for (BigInteger x : c) {
            if (x.signum() != 0) {
                n++;
            }
        }
        return n;
    }

    /** The smallest degree with a non-zero coefficient; -1 for zero. */
    public int lowestDegree() {
        for (int i = 0; i < c.length; i++) {
            if (c[i].signum() != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The largest coefficient. */
    public BigInteger maxCoefficient() {
        BigInteger m = BigInteger.ZERO;
        for (BigInteger x : c) {
            m = m.max(x);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntPolynomial p && Arrays.equals(c, p.c);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(c);
    }

    /** "2 + 3 t + t^4" (lowest degree first); for long polynomials the first terms and the number left out. */
    @Override
    public String toString() {
        return toString(Integer.MAX_VALUE);
    }

    /** The polynomial in t, highest degree first, with at most maxTerms terms shown (then "+ ..."). */
    public String toString(int maxTerms) {
        if (isZero()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        int shown = 0;
        int total = terms();
        for (int i = 0; i < c.length; i++) {
            if (c[i].signum() == 0) {
                continue;
            }
            if (shown == maxTerms) {
                b.append(" + ... (").append(total - shown).append(" more terms, degree ").append(degree()).append(')');
                break;
            }
            BigInteger v = c[i];
            if (shown > 0) {
                b.append(v.signum() < 0 ? " - " : " + ");
                v = v.abs();
            }
            boolean unit = v.abs().equals(BigInteger.ONE) && i > 0;
            if (!unit) {
                b.append(v);
            } else if (v.signum() < 0) {
                b.append('-');
            }
            if (i > 0) {
                b.append(unit ? "" : " ").append(i == 1 ? "t" : "t^" + i);
            }
            shown++;
        }
        return b.toString();
    }
}
