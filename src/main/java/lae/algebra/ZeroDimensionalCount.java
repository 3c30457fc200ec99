package lae.algebra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.fraction.BigFraction;

/**
 * The exact number of real points of a zero-dimensional ideal I over Q, from a Groebner basis checked in Java.
 *
 * <p><b>Method</b> (the primitive element / rational univariate representation; F. Rouillier, "Solving
 * zero-dimensional systems through the rational univariate representation", AAECC 9, 1999; Cox-Little-O'Shea,
 * <i>Using Algebraic Geometry</i>, 2nd ed., Section 2.4): A = Q[x]/I has the standard monomials as a basis (D of
 * them). For a linear form l = sum_v a_v x_v, the minimal polynomial p of multiplication by l on A is found as the
 * first linear dependency among NF(1), NF(l), NF(l^2), ... (normal forms by {@link Reduction}). If deg p = D and p
 * is square-free, then A = Q[l] is isomorphic to Q[s]/(p): A is reduced (I is radical), l takes D distinct values on
 * the D points of V(I), and every coordinate x_v is a polynomial with rational coefficients in l. Hence the points of
 * V(I) correspond one to one to the roots of p, a point is real exactly when its value of l is, and
 * <pre>
 *   #(real points of V(I)) = #(real roots of p),
 * </pre>
 * counted by Sturm's theorem ({@link Univariate#realRootCount}). Every step is exact and done here; Singular only
 * supplied the basis, whose Groebner property is checked first ({@link Reduction#isGroebnerBasis}).
 *
 * @param standardMonomials D = dim_Q Q[x]/I
 * @param linearForm        the separating linear form l (coefficients per variable)
 * @param minimalPolynomial p
 * @param realPoints        the number of real points
 */
public record ZeroDimensionalCount(int standardMonomials, List<Integer> linearForm, Univariate minimalPolynomial, int realPoints) {

    /** Largest quotient dimension attempted (the linear algebra is dense in D). */
    public static final int MAX_DIMENSION = 400;

    /**
     * The count for the ideal of {@code reduction}'s basis, or null if the basis is not a Groebner basis, the ideal
     * is not zero-dimensional (or D &gt; {@link #MAX_DIMENSION}), or no separating form with square-free minimal
     * polynomial was found among the tried ones (then the ideal is not radical, or the forms were unlucky).
     */
    public static ZeroDimensionalCount of(Reduction reduction, boolean basisChecked) {
        if (!basisChecked && !reduction.isGroebnerBasis()) {
            return null;
        }
        List<Monomial> std = reduction.standardMonomials(MAX_DIMENSION);
        if (std == null || std.isEmpty()) {
            return null;
        }
        int n = reduction.basis().get(0).variables();
        Map<Monomial, Integer> position = new HashMap<>();
        for (int i = 0; i < std.size(); i++) {
            position.put(std.get(i), i);
        }
        for (List<Integer> a : candidateForms(n)) {
            Polynomial l = Polynomial.zero(n);
            for (int v = 0; v < n; v++) {
                if (a.get(v) != 0) {
                    l = l.plus(Polynomial.variable(n, v).scale(new BigFraction(a.get(v))));
                }
            }
            Univariate p = minimalPolynomial(reduction, l, position, std.size());
            if (p != null && p.degree() == std.size() && p.isSquareFree()) {
                return new ZeroDimensionalCount(std.size(), a, p, p.realRootCount());
            }
        }
        return null;
    }

    /**
     * The linear forms tried, cheapest first: each single coordinate (small numbers, and often separating on these
     * components, where the points differ in the signs of a few coordinates), then a few forms with small deterministic
     * coefficients (a generic form separates; trying several handles unlucky ones).
     */
    static List<List<Integer>> candidateForms(int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int v = n - 1; v >= 0; v--) {
            Integer[] a = new Integer[n];
            java.util.Arrays.fill(a, 0);
            a[v] = 1;
            out.add(List.of(a));
        }
        for (int attempt = 0; attempt < 6; attempt++) {
            Integer[] a = new Integer[n];
            for (int v = 0; v < n; v++) {
                a[v] = 1 + (int) (((long) (v + 1) * (2 * attempt + 3) + attempt * 7L) % (attempt < 3 ? 5 : 17));
            }
            out.add(List.of(a));
        }
        return out;
    }

    /** The minimal polynomial of multiplication by l on Q[x]/I (normal forms as coordinate vectors). */
    static Univariate minimalPolynomial(Reduction reduction, Polynomial l, Map<Monomial, Integer> position, int dimension) {
        int n = l.variables();
        List<BigFraction[]> rows = new ArrayList<>();
        List<BigFraction[]> combos = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        Polynomial power = reduction.remainder(Polynomial.constant(n, 1));
        for (int j = 0; j <= dimension; j++) {
            BigFraction[] v = vector(power, position, dimension);
            if (v == null) {
                return null;
            }
            BigFraction[] combo = new BigFraction[dimension + 1];
            java.util.Arrays.fill(combo, BigFraction.ZERO);
            combo[j] = BigFraction.ONE;
            for (int b = 0; b < rows.size(); b++) {
                int pc = pivots.get(b);
                if (v[pc].signum() != 0) {
                    BigFraction f = v[pc].divide(rows.get(b)[pc]);
                    axpy(v, f, rows.get(b));
                    axpy(combo, f, combos.get(b));
                }
            }
            int pivot = -1;
            for (int i = 0; i < dimension; i++) {
                if (v[i].signum() != 0) {
                    pivot = i;
                    break;
                }
            }
            if (pivot < 0) {
                return Univariate.of(java.util.Arrays.copyOf(combo, j + 1));
            }
            rows.add(v);
            combos.add(combo);
            pivots.add(pivot);
            power = reduction.remainder(power.times(l));
        }
        return null;
    }

    private static BigFraction[] vector(Polynomial p, Map<Monomial, Integer> position, int dimension) {
        BigFraction[] v = new BigFraction[dimension];
        java.util.Arrays.fill(v, BigFraction.ZERO);
        for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
            Integer i = position.get(t.getKey());
            if (i == null) {
                return null;
            }
            v[i] = t.getValue();
        }
        return v;
    }

    private static void axpy(BigFraction[] y, BigFraction f, BigFraction[] x) {
        for (int i = 0; i < y.length; i++) {
            if (x[i].signum() != 0) {
                y[i] = y[i].subtract(f.multiply(x[i]));
            }
        }
    }
}
