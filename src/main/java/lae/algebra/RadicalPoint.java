package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * A real point whose coordinates lie in Q(sqrt(q_1), ..., sqrt(q_s)), q_j &gt; 0 rational: each coordinate is a
 * polynomial in t_1..t_s, read modulo t_j^2 = q_j, and t_j stands for the positive root sqrt(q_j).
 *
 * <p><b>Exact vanishing.</b> A polynomial g vanishes at the point if g(x(t)) reduces to 0 modulo the ideal
 * (t_1^2 - q_1, ..., t_s^2 - q_s): that ideal vanishes at t = (sqrt q_1, ..., sqrt q_s), and its generators are a
 * Groebner basis (coprime leading monomials), so the reduction is exact. A remainder 0 is a proof; a non-zero
 * remainder is not used as a proof of anything (the square roots may be dependent, e.g. sqrt 2 and sqrt 8).
 */
public final class RadicalPoint {
    private final List<Polynomial> coordinates;
    private final List<BigFraction> radicands;
    private final Reduction squares;

    /** The point with these coordinates (polynomials in t_1..t_s) and radicands q_1..q_s (all &gt; 0). */
    public RadicalPoint(List<Polynomial> coordinates, List<BigFraction> radicands) {
        this.coordinates = List.copyOf(coordinates);
        this.radicands = List.copyOf(radicands);
        int s = radicands.size();
        List<Polynomial> basis = new ArrayList<>();
        for (int j = 0; j < s; j++) {
            if (radicands.get(j).signum() <= 0) {
                throw new IllegalArgumentException("radicand q_" + (j + 1) + " = " + radicands.get(j) + " is not positive: no real point");
            }
            basis.add(Polynomial.variable(s, j).pow(2).minus(Polynomial.constant(s, radicands.get(j))));
        }
        this.squares = basis.isEmpty() ? null : new Reduction(basis);
    }

    /** A rational point (no radicals). */
    public static RadicalPoint rational(List<BigFraction> point) {
        List<Polynomial> c = new ArrayList<>();
        for (BigFraction x : point) {
            c.add(Polynomial.constant(0, x));
        }
        return new RadicalPoint(c, List.of());
    }

    /** The value of g at the point, as a polynomial in t reduced modulo t_j^2 = q_j. */
    public Polynomial value(Polynomial g) {
        Polynomial v = g.substitute(coordinates);
        return squares == null ? v : squares.remainder(v);
    }

    /** True if g(x) reduces to 0: a proof that g vanishes at the point. */
    public boolean vanishes(Polynomial g) {
        return value(g).isZero();
    }

    /** The coordinates (polynomials in t). */
    public List<Polynomial> coordinates() {
        return coordinates;
    }

    /** q_1..q_s. */
    public List<BigFraction> radicands() {
        return radicands;
    }

    /** The coordinates as text, e.g. "sqrt(2/3)" or "1/2" (for reports). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (BigFraction q : radicands) {
            t.add("sqrt(" + LossMember.format(q) + ")");
        }
        for (Polynomial c : coordinates) {
            out.add(c.toSingular(t));
        }
        return out;
    }

    /** Approximate coordinates (for the numeric cross-check; never for a verdict). */
    public double[] approximate() {
        double[] t = new double[radicands.size()];
        for (int j = 0; j < t.length; j++) {
            t[j] = Math.sqrt(radicands.get(j).doubleValue());
        }
        double[] x = new double[coordinates.size()];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (var e : coordinates.get(i).terms().entrySet()) {
                double term = e.getValue().doubleValue();
                for (int j = 0; j < t.length; j++) {
                    term *= Math.pow(t[j], e.getKey().exponent(j));
                }
                s += term;
            }
            x[i] = s;
        }
        return x;
    }
}
