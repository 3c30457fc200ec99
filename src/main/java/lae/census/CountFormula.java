package lae.census;

import java.util.Map;

import lae.landscape.CountBinding;
import lae.symbolic.SymjaFormula;

/**
 * A count (index or nullity) as a formula of m, n, k, l = |I|, m0, dI, lambda, pairsInOut and
 * pairsOutIn (the variables of claim files). Every one of these depends on I only through (l, dI)
 * (pairsOutIn = dI, pairsInOut = l (m - l) - dI), so a formula is evaluated once per (l, dI) pair,
 * before the census, and looked up in the hot loop.
 */
public final class CountFormula {
    /** The same variables as a claim file; values in double. */
    public interface Evaluator {
        double value(Map<String, Double> binding);
    }

    private final String source;
    private final Evaluator evaluator;
    private final int[][] table;

    /** The formula {@code source}, evaluated by {@code evaluator}; {@link #prepare} it before asking for values. */
    public CountFormula(String source, Evaluator evaluator) {
        this(source, evaluator, null);
    }

    private CountFormula(String source, Evaluator evaluator, int[][] table) {
        this.source = source;
        this.evaluator = evaluator;
        this.table = table;
    }

    /** A Symja expression, e.g. "dI + (k - l)*(m0 - l)". */
    public static CountFormula symja(SymjaFormula f) {
        return new CountFormula(f.source(), f::evaluate);
    }

    public static CountFormula symja(String source) {
        return symja(SymjaFormula.parse(source));
    }

    public String source() {
        return source;
    }

    /** The same formula with its (l, dI) table filled for the given sizes (a new object; this one is unchanged). */
    public CountFormula prepare(int m, int n, int k, int m0, double lambda, int universe) {
        int maxL = Math.min(k, universe);
        int[][] t = new int[maxL + 1][];
        for (int l = 0; l <= maxL; l++) {
            t[l] = new int[l * (universe - l) + 1];
            for (int d = 0; d < t[l].length; d++) {
                Map<String, Double> b = CountBinding.of(m, n, k, l, d, m0, lambda);
                double v;
                try {
                    v = evaluator.value(b);
                } catch (lae.symbolic.SymjaFormula.Undefined noValue) {
                    // no value at this (l, dI) (e.g. 0/0): it states no count, so it disagrees with every measurement
                    t[l][d] = Integer.MIN_VALUE;
                    continue;
                }
                long r = Math.round(v);
                t[l][d] = Math.abs(v - r) < 1e-9 ? (int) r : Integer.MIN_VALUE;
            }
        }
        return new CountFormula(source, evaluator, t);
    }

    /**
     * The value for |I| = l and d_I = dI; Integer.MIN_VALUE when the formula is not an integer, or has no value, there.
     *
     * @throws IllegalStateException if the formula was not prepared
     */
    public int value(int l, int dI) {
        if (table == null) {
            throw new IllegalStateException("CountFormula '" + source + "' used before prepare()");
        }
        return table[l][dI];
    }

    @Override
    public String toString() {
        return source;
    }
}
