package lae.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.landscape.IndexSet;

/** The variables a claim-file formula may use, for one component I. */
final class Bindings {
    /** The variables of every count formula (C16, C17, C18), as claim files spell them. */
    static final List<String> COUNT = List.of("m", "n", "k", "l", "m0", "dI", "lambda", "pairsInOut", "pairsOutIn");
    /** The variables of a compression formula (C22): the count variables and s, a singular value s_j with j in I. */
    static final List<String> COMPRESSION = List.of("m", "n", "k", "l", "m0", "dI", "lambda", "pairsInOut", "pairsOutIn", "s");

    private Bindings() {
    }

    /**
     * m, n, k, l = |I|, m0, dI = sum_j (i_j - j), lambda, pairsInOut = #{i &lt; j : i in I, j not in I},
     * pairsOutIn = #{i &lt; j : i not in I, j in I}.
     */
    static Map<String, Double> of(int m, int n, int k, IndexSet set, int m0, double lambda) {
        Map<String, Double> b = of(m, n, k, set.size(), set.dI(), m0, lambda);
        // counted directly, not through the identity below: C18 tests exactly this meaning of d_I
        b.put("pairsInOut", (double) set.pairsInThenOut(m));
        b.put("pairsOutIn", (double) set.pairsOutThenIn());
        return b;
    }

    /**
     * The binding from l = |I| and d_I alone (used to dry-run formulas over a configuration's range): every count variable depends on I only through them,
     * since pairsOutIn = d_I and pairsInOut = l (m - l) - d_I (of the l (m - l) pairs (i in I, j not in I),
     * those with j &lt; i number sum_j (i_j - j) = d_I).
     */
    static Map<String, Double> of(int m, int n, int k, int l, int dI, int m0, double lambda) {
        Map<String, Double> b = new LinkedHashMap<>();
        b.put("m", (double) m);
        b.put("n", (double) n);
        b.put("k", (double) k);
        b.put("l", (double) l);
        b.put("m0", (double) m0);
        b.put("dI", (double) dI);
        b.put("lambda", lambda);
        b.put("pairsInOut", (double) (l * (m - l) - dI));
        b.put("pairsOutIn", (double) dI);
        return b;
    }
}
