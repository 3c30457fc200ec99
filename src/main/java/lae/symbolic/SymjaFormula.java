package lae.symbolic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A formula of the paper written as a Symja expression string in the paper's variables
 * (m, n, k, l, m0, dI, lambda, ...), evaluated for given values. This is how claim files state
 * index counts, manifold dimensions and compressions without Java.
 *
 * <p>Symja's evaluator is not thread-safe, so evaluation is serialised; results are cached per
 * binding, since the same (m, k, l, dI, ...) recurs across components.
 */
public final class SymjaFormula {
    static {
        // Symja logs through log4j-api; use its simple logger instead of a missing backend warning.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }

    private static ExprEvaluator evaluator;

    private final String source;
    private final Map<Map<String, Double>, Double> cache = new ConcurrentHashMap<>();

    private SymjaFormula(String source) {
        this.source = source;
    }

    /**
     * Parses {@code source}; throws IllegalArgumentException with Symja's message if it is not a
     * valid expression.
     */
    public static SymjaFormula parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty formula");
        }
        synchronized (SymjaFormula.class) {
            try {
                evaluator().parse(source);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a Symja expression: '" + source + "': "
                        + e.getMessage().replace('\n', ' ').replaceAll("\\s+", " ").trim());
            }
        }
        return new SymjaFormula(source);
    }

    public String source() {
        return source;
    }

    /**
     * The numeric value for the given binding of variables. Throws IllegalArgumentException
     * naming the free symbols if the expression does not reduce to a real number.
     */
    public double evaluate(Map<String, Double> binding) {
        Double cached = cache.get(binding);
        if (cached != null) {
            return cached;
        }
        double v;
        synchronized (SymjaFormula.class) {
            ExprEvaluator ev = evaluator();
            for (Map.Entry<String, Double> e : binding.entrySet()) {
                double x = e.getValue();
                ev.defineVariable(e.getKey(), x == Math.rint(x) && Math.abs(x) < 1e15 ? F.ZZ((long) x) : F.num(x));
            }
            IExpr r = ev.eval("N(" + source + ")");
            ev.clearVariables();
            if (!r.isReal()) {
                throw new IllegalArgumentException("formula '" + source + "' does not evaluate to a real number for "
                        + binding + " (got " + r + "); allowed variables: " + binding.keySet());
            }
            v = r.evalf();
        }
        cache.put(Map.copyOf(binding), v);
        return v;
    }

    private static ExprEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = new ExprEvaluator(false, (short) 100);
        }
        return evaluator;
    }

    @Override
    public String toString() {
        return source;
    }
}
