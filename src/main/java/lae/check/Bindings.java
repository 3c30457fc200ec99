package lae.check;

import java.util.Map;
import java.util.function.Consumer;

import lae.landscape.CountBinding;
import lae.landscape.IndexSet;

/** The variables a claim-file formula may use ({@link lae.core.ClaimId.Variables}), bound for one component I or over a range. */
final class Bindings {

    /** Bindings of one {@link #range} at most (per formula, loss and lambda); above, an evenly spaced sample of them. */
    static final int MAX_RANGE_CASES = 100_000;

    private Bindings() {
    }

    /**
     * Every (l, d_I) with l in 0..maxL and d_I in 0..l(u - l) (all the values d_I takes on subsets of {1..u}),
     * as count bindings fed to {@code sink}; an evenly spaced sample of {@link #MAX_RANGE_CASES} of them when
     * there are more.
     */
    static void range(int m, int n, int k, int maxL, int u, int m0, double lambda, Consumer<Map<String, Double>> sink) {
        long total = 0;
        for (int l = 0; l <= maxL; l++) {
            total += (long) l * (u - l) + 1;
        }
        long stride = Math.max(1, (total + MAX_RANGE_CASES - 1) / MAX_RANGE_CASES);
        long index = 0;
        for (int l = 0; l <= maxL; l++) {
            for (int d = 0; d <= l * (u - l); d++, index++) {
                if (index % stride == 0) {
                    sink.accept(CountBinding.of(m, n, k, l, d, m0, lambda));
                }
            }
        }
    }

    /**
     * m, n, k, l = |I|, m0, dI = sum_j (i_j - j), lambda, pairsInOut = #{i &lt; j : i in I, j not in I},
     * pairsOutIn = #{i &lt; j : i not in I, j in I}.
     */
    static Map<String, Double> of(int m, int n, int k, IndexSet set, int m0, double lambda) {
        Map<String, Double> b = CountBinding.of(m, n, k, set.size(), set.dI(), m0, lambda);
        // counted directly, not through the identity of CountBinding: C18 tests exactly this meaning of d_I
        b.put("pairsInOut", (double) set.pairsInThenOut(m));
        b.put("pairsOutIn", (double) set.pairsOutThenIn());
        return b;
    }
}
