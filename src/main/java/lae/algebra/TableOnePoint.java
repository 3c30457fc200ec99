package lae.algebra;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * Explicit real points of the Table-1 families ({@link TableOneFamily}) in the principal basis, exact
 * (coordinates rational or square roots of rationals, {@link RadicalPoint}). Latent unit r = 1..l is attached to
 * coordinate i_r:
 * <ul>
 *   <li>sum type (L_sigma, L_synthetic): W1[r, i_r] = W2[i_r, r] = sqrt(d_{i_r}), i.e. O = [I_l; 0];</li>
 *   <li>product type (L, L_pi): W1[r, i_r] = 1, W2[i_r, r] = d_{i_r}, i.e. G' = [I_l; 0], H' = [D, 0]: the printed point with
 *       G = [A^-1; 0] (A = D^(1/2)), whose decoder U_I A G^+ = U_I [D, 0];</li>
 *   <li>{@link #offPrinted}: product type with l &lt; k, the same encoder and the decoder H' = [D, E], E = e_1 e_1^T
 *       ((l x (k - l)), i.e. W2[i_1, l + 1] = 1): still H' G' = D, so it is in the family (critical), but H' != [D, 0], so
 *       it is not the printed point of I, and W2 W1 = U_I D U_I^T rules out every other index set: a point of the
 *       critical set outside the printed image of Table 1 ({@code proofs/critical_set.m}).</li>
 * </ul>
 * The points are in the parameter ring of a {@link GradientIdeal} without auxiliary variables.
 */
public final class TableOnePoint {
    private TableOnePoint() {
    }

    /** The Table-1 point of {@code indexSet} (1-based); throws if some d_i &lt;= 0 for the sum type (no real point). */
    public static RadicalPoint of(GradientIdeal ideal, List<Integer> indexSet) {
        return build(ideal, indexSet, false);
    }

    /** The critical point outside the printed image (product type, |I| &lt; k, I non-empty). */
    public static RadicalPoint offPrinted(GradientIdeal ideal, List<Integer> indexSet) {
        if (TableOneFamily.sumType(ideal.loss()) || indexSet.isEmpty() || indexSet.size() >= ideal.k()) {
            throw new IllegalArgumentException("a point off the printed image needs L or L_pi and 0 < |I| < k");
        }
        return build(ideal, indexSet, true);
    }

    private static RadicalPoint build(GradientIdeal ideal, List<Integer> indexSet, boolean offPrinted) {
        if (ideal.names().size() != ideal.parameters()) {
            throw new IllegalArgumentException("Table-1 points are built in the parameter ring only");
        }
        boolean sum = TableOneFamily.sumType(ideal.loss());
        List<BigFraction> d = TableOneFamily.diagonal(ideal.loss(), ideal.covariance());
        int l = indexSet.size();
        int m = ideal.m();
        int k = ideal.k();
        // sqrt(d_i) = f_i * prod_{p | s_i} sqrt(p) with a d_i = a/b, a b = (b f_i)^2 s_i, s_i square-free: one radical per prime, so that
        // the representation is canonical and a rational square root stays rational
        List<BigInteger> primes = new ArrayList<>();
        List<BigFraction> factor = new ArrayList<>();
        List<List<BigInteger>> radical = new ArrayList<>();
        for (int r = 0; r < l; r++) {
            int i = indexSet.get(r) - 1;
            BigFraction di = d.get(i);
            if (sum && (di == null || di.signum() <= 0)) {
                throw new IllegalArgumentException("d_" + (i + 1) + " = " + di + " <= 0: the family of I = " + indexSet + " has no real point");
            }
            if (sum) {
                SquareRoot root = SquareRoot.of(di);
                factor.add(root.factor());
                radical.add(root.primes());
                for (BigInteger p : root.primes()) {
                    if (!primes.contains(p)) {
                        primes.add(p);
                    }
                }
            }
        }
        int s = primes.size();
        Polynomial zero = Polynomial.zero(s);
        Polynomial[][] w1 = new Polynomial[k][m];
        Polynomial[][] w2 = new Polynomial[m][k];
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < m; i++) {
                w1[r][i] = zero;
                w2[i][r] = zero;
            }
        }
        for (int r = 0; r < l; r++) {
            int i = indexSet.get(r) - 1;
            if (sum) {
                Polynomial t = Polynomial.constant(s, factor.get(r));
                for (BigInteger p : radical.get(r)) {
                    t = t.times(Polynomial.variable(s, primes.indexOf(p)));
                }
                w1[r][i] = t;
                w2[i][r] = t;
            } else {
                w1[r][i] = Polynomial.constant(s, 1);
                w2[i][r] = Polynomial.constant(s, d.get(i));
            }
        }
        List<BigFraction> radicands = primes.stream().map(BigFraction::new).toList();
        if (offPrinted) {
            w2[indexSet.get(0) - 1][l] = Polynomial.constant(s, 1);
        }
        List<Polynomial> coords = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < m; i++) {
                coords.add(w1[r][i]);
            }
        }
        if (!ideal.loss().tied()) {
            for (int i = 0; i < m; i++) {
                for (int r = 0; r < k; r++) {
                    coords.add(w2[i][r]);
                }
            }
        }
        return new RadicalPoint(coords, radicands);
    }

    /**
     * sqrt(q) = factor * prod sqrt(p) over the listed primes, for a rational q &gt; 0 (q = a/b: a b = (b factor)^2 * prod p).
     * Factors are found by trial division up to 10^6; a remaining cofactor is listed as if it were a prime (still a sound
     * representation: it only means that two such cofactors sharing a factor would not be recognised as dependent).
     */
    record SquareRoot(BigFraction factor, List<BigInteger> primes) {
        static SquareRoot of(BigFraction q) {
            BigInteger a = q.getNumerator().abs();
            BigInteger b = q.getDenominator().abs();
            BigInteger n = a.multiply(b);
            BigInteger square = BigInteger.ONE;
            List<BigInteger> primes = new ArrayList<>();
            for (long p = 2; p <= 1_000_000 && BigInteger.valueOf(p).multiply(BigInteger.valueOf(p)).compareTo(n) <= 0; p++) {
                BigInteger bp = BigInteger.valueOf(p);
                int e = 0;
                while (n.mod(bp).signum() == 0) {
                    n = n.divide(bp);
                    e++;
                }
                square = square.multiply(bp.pow(e / 2));
                if (e % 2 == 1) {
                    primes.add(bp);
                }
            }
            BigInteger r = n.sqrt();
            if (r.multiply(r).equals(n)) {
                square = square.multiply(r);
            } else if (!n.equals(BigInteger.ONE)) {
                primes.add(n);
            }
            return new SquareRoot(new BigFraction(square, b), primes);
        }
    }
}
