package lae.census;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import lae.topology.IntPolynomial;

/**
 * The index histogram of L_nonuniform's predicted critical points (claim BAO-T1) without enumerating the matchings:
 * the generating function sum_pi t^index(pi) over every matching pi, with exact integer coefficients, by a dynamic
 * programme over the principal directions.
 *
 * <p><b>Derivation.</b> {@code landscape.NonUniformTableOne}'s index of a matching is A + B + C + D with A =
 * #{(j matched, i unmatched): sigma_i &gt; sigma_pi(j)}, B = #{(j off, i unmatched): sigma_i &gt; lambda_j}, C =
 * #{(j off, j' matched): lambda_j' &gt; lambda_j}, D = #{matched pairs with (lambda_j - lambda_j')(sigma_pi(j) -
 * sigma_pi(j')) &gt; 0}. Take the directions by decreasing sigma and decide each in turn (unmatched, or matched to a
 * unit j still admissible, lambda_j &lt; sigma_i), with the set S of units matched so far as the state; when sigma
 * falls below a unit's lambda_j ("its threshold"), j's fate is final. Then every term is known from the state at one
 * moment:
 * <ul>
 *   <li>A: a unit matched at the p-th direction has p - 1 - |S| unmatched directions above it;</li>
 *   <li>B + C: a unit j off at its threshold, after p directions, has p - |S| unmatched directions with sigma_i &gt;
 *       lambda_j and #{j' in S: lambda_j' &gt; lambda_j} matched units of larger weight (those units' thresholds have
 *       passed, so they are final);</li>
 *   <li>D: a unit j matched at a direction below those of S is mis-ordered against each j' in S with lambda_j' &gt;
 *       lambda_j.</li>
 * </ul>
 * Between two thresholds the b directions of a block face the same admissible units, so the block is taken at once:
 * matching a set T of r units within it contributes t^(r (p0 - |S|) + sum_{j in T} #{j' in S: lambda_j' &gt; lambda_j})
 * times the generating function of the positions (A within the block: [b choose r]_t, partitions in a box) and of the
 * order of T's units on them (D within T: inversions, [r]_t!), whose product is the q-falling factorial [b]_t [b-1]_t
 * ... [b-r+1]_t ([n]_t = 1 + t + ... + t^(n-1)), applied by Horner's rule. Points with signs are the matchings times
 * 2^|S|. Cost: about 3^k 2^(blocks) polynomial additions; milliseconds to seconds at k = 9.
 */
final class NonUniformIndexCount {
    private NonUniformIndexCount() {
    }

    /**
     * index -&gt; [matchings, points with signs] for covariance eigenvalues sigma (any order) and unit weights lambda in
     * the classification's generic case.
     */
    static TreeMap<Integer, List<BigInteger>> histogram(double[] sigma, double[] lambda) {
        int k = lambda.length;
        double[] dirs = Arrays.stream(sigma).boxed().sorted((a, b) -> Double.compare(b, a)).mapToDouble(Double::doubleValue).toArray();
        Integer[] units = new Integer[k];
        for (int j = 0; j < k; j++) {
            units[j] = j;
        }
        Arrays.sort(units, (a, b) -> Double.compare(lambda[b], lambda[a]));
        int[] heavier = new int[k];
        for (int j = 0; j < k; j++) {
            for (int jj = 0; jj < k; jj++) {
                heavier[j] |= lambda[jj] > lambda[j] ? 1 << jj : 0;
            }
        }
        IntPolynomial[] state = new IntPolynomial[1 << k];
        Arrays.fill(state, IntPolynomial.ZERO);
        state[0] = IntPolynomial.ONE;
        int passed = 0;
        int p = 0;
        int u = 0;
        while (u < k) {
            while (u < k && (p == dirs.length || lambda[units[u]] > dirs[p])) {
                threshold(state, units[u], p, heavier);
                passed |= 1 << units[u];
                u++;
            }
            if (u == k) {
                break;
            }
            int b = 0;
            while (p + b < dirs.length && dirs[p + b] > lambda[units[u]]) {
                b++;
            }
            state = block(state, ((1 << k) - 1) & ~passed, b, p, heavier);
            p += b;
        }
        TreeMap<Integer, BigInteger[]> h = new TreeMap<>();
        for (int s = 0; s < state.length; s++) {
            IntPolynomial poly = state[s];
            for (int i = 0; i <= poly.degree(); i++) {
                BigInteger c = poly.coefficient(i);
                if (c.signum() != 0) {
                    BigInteger[] row = h.computeIfAbsent(i, x -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
                    row[0] = row[0].add(c);
                    row[1] = row[1].add(c.shiftLeft(Integer.bitCount(s)));
                }
            }
        }
        TreeMap<Integer, List<BigInteger>> out = new TreeMap<>();
        h.forEach((i, row) -> out.put(i, List.of(row)));
        return out;
    }

    /** Unit j's threshold after p directions: if off, it adds (p - |S|) + #{j' in S heavier than j}. */
    private static void threshold(IntPolynomial[] state, int j, int p, int[] heavier) {
        for (int s = 0; s < state.length; s++) {
            if ((s & (1 << j)) == 0 && !state[s].isZero()) {
                state[s] = state[s].shift(p - Integer.bitCount(s) + Integer.bitCount(s & heavier[j]));
            }
        }
    }

    /** A block of b directions below p0 = p decided ones, facing the admissible units {@code free}. */
    private static IntPolynomial[] block(IntPolynomial[] state, int free, int b, int p, int[] heavier) {
        IntPolynomial[] next = new IntPolynomial[state.length];
        for (int target = 0; target < state.length; target++) {
            int r0 = Integer.bitCount(target & free);
            BigInteger[][] q = new BigInteger[r0 + 1][0];
            int options = target & free;
            for (int t = options;; t = (t - 1) & options) {
                int s = target & ~t;
                if (!state[s].isZero()) {
                    int r = Integer.bitCount(t);
                    int shift = r * (p - Integer.bitCount(s));
                    for (int rest = t; rest != 0; rest &= rest - 1) {
                        shift += Integer.bitCount(s & heavier[Integer.numberOfTrailingZeros(rest)]);
                    }
                    q[r] = addShifted(q[r], state[s], shift);
                }
                if (t == 0) {
                    break;
                }
            }
            IntPolynomial horner = IntPolynomial.of(q[r0]);
            for (int r = r0 - 1; r >= 0; r--) {
                horner = IntPolynomial.of(q[r]).plus(qInteger(horner, b - r));
            }
            next[target] = horner;
        }
        return next;
    }

    /** acc + t^shift poly, in place when acc is long enough (the accumulator of one target and one r). */
    private static BigInteger[] addShifted(BigInteger[] acc, IntPolynomial poly, int shift) {
        int need = poly.degree() + shift + 1;
        BigInteger[] out = acc;
        if (need > acc.length) {
            out = Arrays.copyOf(acc, need);
            Arrays.fill(out, acc.length, need, BigInteger.ZERO);
        }
        for (int i = 0; i <= poly.degree(); i++) {
            out[i + shift] = out[i + shift].add(poly.coefficient(i));
        }
        return out;
    }

    /** poly times [n]_t = 1 + t + ... + t^(n-1): a sliding sum of n coefficients; zero for n &lt;= 0. */
    private static IntPolynomial qInteger(IntPolynomial poly, int n) {
        if (n <= 0 || poly.isZero()) {
            return IntPolynomial.ZERO;
        }
        int deg = poly.degree();
        BigInteger[] out = new BigInteger[deg + n];
        BigInteger window = BigInteger.ZERO;
        for (int i = 0; i < out.length; i++) {
            window = i <= deg ? window.add(poly.coefficient(i)) : window;
            window = i >= n ? window.subtract(poly.coefficient(i - n)) : window;
            out[i] = window;
        }
        return IntPolynomial.of(out);
    }
}
