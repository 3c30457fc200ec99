package lae.check;

import java.util.LinkedHashMap;
import java.util.Map;

import lae.landscape.IndexSet;

/** The variables a claim-file formula may use, for one component I. */
final class Bindings {
    private Bindings() {
    }

    /**
     * m, n, k, l = |I|, m0, dI = sum_j (i_j - j), lambda, pairsInOut = #{i &lt; j : i in I, j not in I},
     * pairsOutIn = #{i &lt; j : i not in I, j in I}.
     */
    static Map<String, Double> of(int m, int n, int k, IndexSet set, int m0, double lambda) {
        Map<String, Double> b = new LinkedHashMap<>();
        b.put("m", (double) m);
        b.put("n", (double) n);
        b.put("k", (double) k);
        b.put("l", (double) set.size());
        b.put("m0", (double) m0);
        b.put("dI", (double) set.dI());
        b.put("lambda", lambda);
        b.put("pairsInOut", (double) set.pairsInThenOut(m));
        b.put("pairsOutIn", (double) set.pairsOutThenIn());
        return b;
    }
}
