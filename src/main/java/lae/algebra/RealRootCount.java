package lae.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * Counts the distinct real roots of a univariate polynomial with rational coefficients exactly, by Sturm's theorem,
 * in integer arithmetic.
 *
 * <p><b>Sturm's theorem</b> (S. Basu, R. Pollack, M.-F. Roy, <i>Algorithms in Real Algebraic Geometry</i>, 2nd ed.,
 * 2006, Theorem 2.50; B. Mishra, <i>Algorithmic Algebra</i>, 1993, Section 8.4): with s_0 = p, s_1 = p' and
 * s_{i+1} = -rem(s_{i-1}, s_i), the number of distinct real roots of p in (a, b), where neither a nor b is a root, is
 * V(a) - V(b), V(x) being the number of sign changes in s_0(x), s_1(x), ... (zeros skipped); at +-infinity the signs
 * are those of the leading coefficients (times (-1)^degree at -infinity). Multiplying any s_i by a POSITIVE constant
 * changes no sign, so the sequence is computed with pseudo-remainders over the integers, each reduced to its
 * primitive part with the sign that -rem would have (Mishra, Section 8.3): the rational coefficients never grow the
 * way they do in Euclid's algorithm over Q. A root at the end point a is divided out first ({@link #above}).
 */
public final class RealRootCount {
    private RealRootCount() {
    }

    /** The number of distinct real roots of p (p != 0). */
    public static int all(Univariate p) {
        List<BigInteger[]> s = sturm(integer(p));
        return changesAtInfinity(s, false) - changesAtInfinity(s, true);
    }

    /** The number of distinct real roots of p in (a, +infinity). */
    public static int above(Univariate p, BigFraction a) {
        BigInteger[] q = integer(p);
        while (q.length > 1 && sign(q, a) == 0) {
            q = deflate(q, a);
        }
        List<BigInteger[]> s = sturm(q);
        return changesAt(s, a) - changesAtInfinity(s, true);
    }

    /** True if gcd(p, p') is a non-zero constant (p has no repeated complex root). */
    public static boolean squareFree(Univariate p) {
        if (p.isZero()) {
            return false;
        }
        BigInteger[] a = integer(p);
        if (a.length <= 1) {
            return true;
        }
        BigInteger[] b = derivative(a);
        while (b.length > 1 || (b.length == 1 && b[0].signum() != 0)) {
            BigInteger[] r = primitive(pseudoRemainder(a, b));
            a = b;
            b = r;
        }
        return a.length == 1;
    }

    /** The coefficients of p times a positive integer, primitive (index = power; empty for 0). */
    static BigInteger[] integer(Univariate p) {
        int d = p.degree();
        BigInteger lcm = BigInteger.ONE;
        for (int i = 0; i <= d; i++) {
            BigInteger den = p.coefficient(i).getDenominator();
            lcm = lcm.divide(lcm.gcd(den)).multiply(den);
        }
        BigInteger[] c = new BigInteger[d + 1];
        for (int i = 0; i <= d; i++) {
            BigFraction x = p.coefficient(i);
            c[i] = x.getNumerator().multiply(lcm.divide(x.getDenominator()));
        }
        return primitive(c);
    }

    private static List<BigInteger[]> sturm(BigInteger[] p) {
        if (p.length == 0) {
            throw new ArithmeticException("the zero polynomial has no Sturm sequence");
        }
        List<BigInteger[]> s = new ArrayList<>();
        s.add(p);
        BigInteger[] a = p;
        BigInteger[] b = primitive(derivative(p));
        while (b.length > 0) {
            s.add(b);
            BigInteger[] r = pseudoRemainder(a, b);
            // prem(a, b) = lc(b)^(delta + 1) rem(a, b): -rem has the sign of -prem when lc(b)^(delta + 1) > 0
            int delta = a.length - b.length;
            boolean positiveFactor = b[b.length - 1].signum() > 0 || (delta + 1) % 2 == 0;
            BigInteger[] next = primitive(r);
            if (positiveFactor) {
                next = negate(next);
            }
            a = b;
            b = next;
        }
        return s;
    }

    /** lc(b)^(deg a - deg b + 1) a mod b, over the integers. */
    private static BigInteger[] pseudoRemainder(BigInteger[] a, BigInteger[] b) {
        BigInteger[] r = a.clone();
        int db = b.length - 1;
        BigInteger lead = b[db];
        for (int dr = r.length - 1; dr >= db; dr--) {
            BigInteger coefficient = r[dr];
            for (int i = 0; i < r.length; i++) {
                r[i] = r[i].multiply(lead);
            }
            for (int i = 0; i <= db; i++) {
                r[dr - db + i] = r[dr - db + i].subtract(coefficient.multiply(b[i]));
            }
        }
        return trim(r, Math.min(r.length, db));
    }

    private static BigInteger[] derivative(BigInteger[] a) {
        BigInteger[] d = new BigInteger[Math.max(0, a.length - 1)];
        for (int i = 1; i < a.length; i++) {
            d[i - 1] = a[i].multiply(BigInteger.valueOf(i));
        }
        return trim(d, d.length);
    }

    /** Divided by the (positive) gcd of its coefficients, trimmed. */
    private static BigInteger[] primitive(BigInteger[] a) {
        BigInteger[] t = trim(a, a.length);
        BigInteger g = BigInteger.ZERO;
        for (BigInteger x : t) {
            g = g.gcd(x);
        }
        if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
            return t;
        }
        BigInteger[] out = new BigInteger[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i].divide(g);
        }
        return out;
    }

    private static BigInteger[] trim(BigInteger[] a, int length) {
        int d = length - 1;
        while (d >= 0 && a[d].signum() == 0) {
            d--;
        }
        BigInteger[] out = new BigInteger[d + 1];
        System.arraycopy(a, 0, out, 0, d + 1);
        return out;
    }

    private static BigInteger[] negate(BigInteger[] a) {
        BigInteger[] out = new BigInteger[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].negate();
        }
        return out;
    }

    /** p / (x - a) for a rational root a (exact over Q, then made integral again). */
    private static BigInteger[] deflate(BigInteger[] p, BigFraction a) {
        int d = p.length - 1;
        BigFraction[] q = new BigFraction[d];
        BigFraction carry = BigFraction.ZERO;
        for (int i = d; i >= 1; i--) {
            carry = carry.multiply(a).add(new BigFraction(p[i]));
            q[i - 1] = carry;
        }
        return integer(Univariate.of(q));
    }

    /** The sign of p(a), a = u / v with v &gt; 0: the sign of sum p_i u^i v^(d - i). */
    private static int sign(BigInteger[] p, BigFraction a) {
        BigInteger u = a.getNumerator();
        BigInteger v = a.getDenominator();
        if (v.signum() < 0) {
            u = u.negate();
            v = v.negate();
        }
        BigInteger s = BigInteger.ZERO;
        // Horner in u with the powers of v attached: after coefficient i, s = sum_{j >= i} p_j u^(j - i) v^(d - j)
        for (int i = p.length - 1; i >= 0; i--) {
            s = s.multiply(u).add(p[i].multiply(v.pow(p.length - 1 - i)));
        }
        return s.signum();
    }

    private static int changesAt(List<BigInteger[]> s, BigFraction x) {
        int changes = 0;
        int last = 0;
        for (BigInteger[] p : s) {
            int sg = sign(p, x);
            if (sg != 0) {
                if (last != 0 && sg != last) {
                    changes++;
                }
                last = sg;
            }
        }
        return changes;
    }

    private static int changesAtInfinity(List<BigInteger[]> s, boolean plus) {
        int changes = 0;
        int last = 0;
        for (BigInteger[] p : s) {
            int sg = p[p.length - 1].signum();
            if (!plus && (p.length - 1) % 2 == 1) {
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
}
