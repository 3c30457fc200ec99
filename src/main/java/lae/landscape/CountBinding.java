package lae.landscape;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a count formula (index, nullity, meaning of d_I) may use, bound from a configuration's sizes and
 * one component's l = |I| and d_I: m, n, k, l, m0, dI, lambda, pairsInOut and pairsOutIn. Every one of them
 * depends on I only through (l, d_I), since pairsOutIn = d_I and pairsInOut = l (m - l) - d_I (of the l (m - l)
 * pairs (i in I, j not in I), those with j &lt; i number sum_j (i_j - j) = d_I).
 */
public final class CountBinding {

    private CountBinding() {
    }

    /**
     * The binding of the count variables, in the order m, n, k, l, m0, dI, lambda, pairsInOut, pairsOutIn.
     *
     * @param m the rows of X
     * @param n the columns of X
     * @param k the width of the autoencoder
     * @param l the size of the index set I
     * @param dI d_I = sum_j (i_j - j)
     * @param m0 the number of singular values above the regularization threshold
     * @param lambda the regularization
     * @return a new mutable map (callers may overwrite a variable, e.g. count pairs directly)
     */
    public static Map<String, Double> of(int m, int n, int k, int l, int dI, int m0, double lambda) {
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
