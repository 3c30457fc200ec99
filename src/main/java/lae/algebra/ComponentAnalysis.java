package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * What the toolkit establishes, in its own exact arithmetic, about one prime P that Singular returned: whether P
 * contains the computed ideal (it lies in the critical variety), whether it lies in {W1 = W2^T}, which Table-1 family
 * it belongs to, and whether it has real points, each with its certificate:
 * <ul>
 *   <li><b>membership</b>: a polynomial g is in P if g reduces to 0 modulo P's basis ({@link Reduction}); a non-zero
 *       remainder counts as non-membership only when the basis passed Buchberger's criterion here;</li>
 *   <li><b>index set</b>: W2 W1 reduced modulo P; when every entry reduces to a constant and the matrix is diagonal,
 *       I = {i : (W2 W1)_ii != 0}, and P is that family's component if it contains the family's equations
 *       ({@link TableOneFamily}: then every real point of P is in the family of I);</li>
 *   <li><b>real points, yes</b>: the explicit Table-1 point of I ({@link TableOnePoint}) lies on P (every basis element
 *       vanishes at it, exactly) and is critical (the gradient, derived here, vanishes at it); or, for a zero-dimensional
 *       P, a positive exact count ({@link ZeroDimensionalCount});</li>
 *   <li><b>real points, no</b>: a zero count for a zero-dimensional P; or a sum of squares q (||W1||_F^2, ||W2||_F^2,
 *       a row or column norm, or one coordinate squared) with q - c in P for a constant c &lt; 0: at a real point q &gt;= 0,
 *       so no real point lies on P.</li>
 * </ul>
 */
public final class ComponentAnalysis {
    /** Bases longer than this are not put through Buchberger's criterion (quadratic in the length). */
    static final int MAX_CHECKED_BASIS = 400;

    private ComponentAnalysis() {
    }

    /**
     * The analysis of {@code prime} of the variety cut out by {@code generators} in the ring of {@code ideal}; Table-1
     * points are tried only in a ring of parameters alone. {@code k} is the number of latent units of the loss (more
     * than {@code ideal.k()} for a slice case of lower rank, whose real points are padded with zero units).
     */
    public static Component analyze(GradientIdeal ideal, List<Polynomial> generators, Decomposition.Prime prime, String piece, int k) {
        Reduction red = new Reduction(prime.basis());
        boolean checked = prime.basis().size() <= MAX_CHECKED_BASIS && red.isGroebnerBasis();
        boolean critical = generators.stream().allMatch(red::reducesToZero);
        Boolean symmetric = symmetric(ideal, red, checked);
        LossMember loss = ideal.loss();
        List<BigFraction> diagonal = constantDiagonal(ideal, red);
        List<String> diagonalText = null;
        List<Integer> indexSet = null;
        if (diagonal != null) {
            diagonalText = diagonal.stream().map(LossMember::format).toList();
            if (loss.hasTableOne()) {
                List<Integer> support = new ArrayList<>();
                for (int i = 0; i < diagonal.size(); i++) {
                    if (diagonal.get(i).signum() != 0) {
                        support.add(i + 1);
                    }
                }
                if (TableOneFamily.equations(ideal, support).stream().allMatch(red::reducesToZero)) {
                    indexSet = support;
                }
            }
        }
        RealPoints real = realPoints(ideal, prime, red, checked, indexSet);
        Integer realDimension = indexSet != null && real.status() == RealPoints.Status.YES
                ? TableOneFamily.familyDimension(loss, k, indexSet.size()) : null;
        return new Component(piece, prime.dimension(), prime.degree(), prime.basis(), checked, critical, symmetric, diagonalText,
                indexSet, realDimension, real);
    }

    private static Boolean symmetric(GradientIdeal ideal, Reduction red, boolean checked) {
        if (ideal.loss().tied()) {
            return true;
        }
        for (Polynomial a : ideal.asymmetry()) {
            if (!red.reducesToZero(a)) {
                return checked ? false : null;
            }
        }
        return true;
    }

    /** The diagonal of W2 W1 modulo P when every entry reduces to a constant and the off-diagonal ones to 0, else null. */
    static List<BigFraction> constantDiagonal(GradientIdeal ideal, Reduction red) {
        Polynomial[][] w = ideal.w();
        List<BigFraction> d = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                Polynomial r = red.remainder(w[i][j]);
                if (!r.isConstant() || (i != j && !r.isZero())) {
                    return null;
                }
                if (i == j) {
                    d.add(r.constantTerm());
                }
            }
        }
        return d;
    }

    private static RealPoints realPoints(GradientIdeal ideal, Decomposition.Prime prime, Reduction red, boolean checked, List<Integer> indexSet) {
        // a sum-of-squares certificate first: it is cheap, and for a zero-dimensional prime it is an exact count (0)
        RealPoints sos = sumOfSquares(ideal, red);
        if (sos != null) {
            return sos;
        }
        ZeroDimensionalCount count = prime.dimension() == 0 && checked ? ZeroDimensionalCount.of(red, true) : null;
        if (indexSet != null && ideal.names().size() == ideal.parameters()) {
            RealPoints viaTable = tablePoint(ideal, prime, indexSet, count);
            if (viaTable != null) {
                return viaTable;
            }
        }
        if (count != null) {
            return fromCount(ideal.names(), count);
        }
        return RealPoints.undecided(prime.dimension() == 0
                ? "zero-dimensional, but " + (checked ? "no separating linear form with a square-free minimal polynomial was found" : "its basis was not checked")
                : "no sum-of-squares certificate among the probes, and no Table-1 point on it");
    }

    private static RealPoints tablePoint(GradientIdeal ideal, Decomposition.Prime prime, List<Integer> indexSet, ZeroDimensionalCount count) {
        RadicalPoint p;
        try {
            p = TableOnePoint.of(ideal, indexSet);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!prime.basis().stream().allMatch(p::vanishes) || !ideal.gradient().stream().allMatch(p::vanishes)) {
            return null;
        }
        return new RealPoints(RealPoints.Status.YES, count == null ? null : count.realPoints(), "table-1 point",
                "the Table-1 point of I = " + Component.setText(indexSet) + " (" + pointText(ideal.names(), p)
                        + ") lies on the component and its gradient vanishes (exact)" + (count == null ? "" : "; " + countText(ideal.names(), count)));
    }

    /** "a_1_1 = sqrt(2/3), b_1_1 = sqrt(2/3), other coordinates 0". */
    static String pointText(List<String> names, RadicalPoint p) {
        List<String> c = p.describe();
        List<String> nonzero = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (!c.get(i).equals("0")) {
                nonzero.add(names.get(i) + " = " + c.get(i));
            }
        }
        return nonzero.isEmpty() ? "the origin" : String.join(", ", nonzero) + ", other coordinates 0";
    }

    private static RealPoints fromCount(List<String> names, ZeroDimensionalCount count) {
        return new RealPoints(count.realPoints() > 0 ? RealPoints.Status.YES : RealPoints.Status.NO, count.realPoints(),
                "real root count", countText(names, count));
    }

    static String countText(List<String> names, ZeroDimensionalCount c) {
        Polynomial l = Polynomial.zero(names.size());
        for (int v = 0; v < names.size(); v++) {
            l = l.plus(Polynomial.variable(names.size(), v).scale(new BigFraction(c.linearForm().get(v))));
        }
        return c.standardMonomials() + " complex point" + (c.standardMonomials() == 1 ? "" : "s") + " (standard monomials); l = "
                + l.toSingular(names) + " separates them: its minimal polynomial p(s) = " + c.minimalPolynomial().toSingular("s")
                + " has degree " + c.minimalPolynomial().degree() + ", is square-free, and has " + c.realPoints() + " real root"
                + (c.realPoints() == 1 ? "" : "s") + " (Sturm): " + c.realPoints() + " real point" + (c.realPoints() == 1 ? "" : "s");
    }

    /** Sums of squares q with q = c &lt; 0 on the component (q - c reduces to 0). */
    private static RealPoints sumOfSquares(GradientIdeal ideal, Reduction red) {
        for (Probe probe : probes(ideal)) {
            Polynomial r = red.remainder(probe.q);
            if (r.isConstant() && r.constantTerm().signum() < 0) {
                return new RealPoints(RealPoints.Status.NO, 0, "sum of squares", probe.name + " - (" + LossMember.format(r.constantTerm())
                        + ") lies in the prime (it reduces to 0), so " + probe.name + " = " + LossMember.format(r.constantTerm())
                        + " < 0 on the component: impossible at a real point");
            }
        }
        return null;
    }

    private record Probe(String name, Polynomial q) {
    }

    private static List<Probe> probes(GradientIdeal ideal) {
        int nv = ideal.names().size();
        Polynomial[][] w1 = ideal.w1();
        Polynomial[][] w2 = ideal.w2();
        Polynomial s1 = Polynomial.zero(nv);
        Polynomial s2 = Polynomial.zero(nv);
        List<Probe> out = new ArrayList<>();
        for (int r = 0; r < ideal.k(); r++) {
            Polynomial row = Polynomial.zero(nv);
            Polynomial col = Polynomial.zero(nv);
            for (int i = 0; i < ideal.m(); i++) {
                row = row.plus(w1[r][i].times(w1[r][i]));
                col = col.plus(w2[i][r].times(w2[i][r]));
            }
            s1 = s1.plus(row);
            s2 = s2.plus(col);
            out.add(new Probe("||row " + (r + 1) + " of W1||^2", row));
            out.add(new Probe("||column " + (r + 1) + " of W2||^2", col));
        }
        out.add(0, new Probe("||W1||_F^2 + ||W2||_F^2", s1.plus(s2)));
        out.add(0, new Probe("||W2||_F^2", s2));
        out.add(0, new Probe("||W1||_F^2", s1));
        for (int v = ideal.offset(); v < nv; v++) {
            Polynomial x = Polynomial.variable(nv, v);
            out.add(new Probe(ideal.names().get(v) + "^2", x.times(x)));
        }
        // a sum of squares with the covariance's (non-negative) weights: tr(W1 X X^T W1^T) = sum_i s_i^2 ||column i of W1||^2
        Polynomial weighted = Polynomial.zero(nv);
        for (int i = 0; i < ideal.m(); i++) {
            for (int r = 0; r < ideal.k(); r++) {
                weighted = weighted.plus(w1[r][i].times(w1[r][i]).scale(ideal.covariance().get(i)));
            }
        }
        out.add(new Probe("tr(W1 X X^T W1^T)", weighted));
        return out;
    }
}
