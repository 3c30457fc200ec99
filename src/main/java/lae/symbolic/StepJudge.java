package lae.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import lae.core.Strength;
import lae.core.Verdict;

/**
 * Decides a step: does the computed value equal the expected one?
 * <ul>
 *   <li>expected {@code True}/{@code False}: HOLDS if the value evaluated to the same truth value,
 *       FAILS if to the other one, INCONCLUSIVE if it did not evaluate to a truth value;</li>
 *   <li>otherwise the difference (threaded over lists and matrices) is expanded, then put over a
 *       common denominator: HOLDS if every entry is exactly 0. If not, the difference is evaluated
 *       exactly at seeded random rational points of its free variables: FAILS, with that point as
 *       counterexample, as soon as one entry is a non-zero number (a proof that the identity is
 *       false); INCONCLUSIVE if it vanished at every point but did not simplify to 0.</li>
 * </ul>
 * No floating-point tolerance is involved: a step about a floating-point number (e.g. a Monte-Carlo
 * estimate) must state its own inequality and expect True.
 */
public final class StepJudge {
    private StepJudge() {
    }

    /**
     * Verdict, how it was reached, the counterexample point (or null), and the strength of the computation itself:
     * an exact computation (an identity that simplifies to 0, a condition that evaluates to True or False, an exact
     * counterexample) is {@link Strength#CERTIFIED}: it holds on what Symja was given. A difference that only vanished at
     * random rational points is {@link Strength#SAMPLED}. Whether a step is {@link Strength#PROVED} (covers its claim's
     * whole scope) is not the judge's decision: {@link StepScope} decides it from what was checked and what the claim is about.
     */
    public record Judgement(Verdict verdict, String reason, String counterexample, Strength strength) {
    }

    static final int PROBES = 4;

    public static Judgement judge(IExpr value, IExpr expected, EvalEngine engine, long seed) {
        Strength exact = Strength.CERTIFIED;
        if (expected.isTrue() || expected.isFalse()) {
            if (value.isTrue() || value.isFalse()) {
                boolean same = value.isTrue() == expected.isTrue();
                return new Judgement(same ? Verdict.HOLDS : Verdict.FAILS,
                        "condition evaluated to " + (value.isTrue() ? "True" : "False"), null, Strength.CERTIFIED);
            }
            return new Judgement(Verdict.INCONCLUSIVE, "condition did not evaluate to True or False", null, Strength.CERTIFIED);
        }
        IExpr d = engine.evaluate(F.Expand(F.Subtract(value, expected)));
        if (allZero(d)) {
            return new Judgement(Verdict.HOLDS, "difference expands to 0", null, exact);
        }
        IExpr t = wrap(d);
        boolean rational = !engine.evaluate(F.Denominator(F.Together(F.C0))).isZero() && hasDenominator(d);
        if (rational) {
            // common denominator, at most 30 s (Symja's Together can be slow on large rational functions)
            IExpr tt = engine.evaluate(F.TimeConstrained(F.Together(wrap(d)), F.ZZ(30)));
            if (allZero(tt)) {
                return new Judgement(Verdict.HOLDS, "difference simplifies to 0 (common denominator)", null, exact);
            }
            if (tt.isList()) {
                t = tt;
            }
        }
        IExpr vars = engine.evaluate(F.Variables(F.Flatten(wrap(t))));
        List<IExpr> symbols = new ArrayList<>();
        if (vars.isList()) {
            for (int i = 1; i < vars.size(); i++) {
                symbols.add(((IAST) vars).get(i));
            }
        }
        if (symbols.isEmpty()) {
            return new Judgement(Verdict.FAILS, "difference is the non-zero constant " + shorten(t.toString(), 200), null, Strength.CERTIFIED);
        }
        Random rnd = new Random(seed);
        for (int probe = 0; probe < PROBES; probe++) {
            IAST rules = randomPoint(symbols, rnd);
            IExpr at = engine.evaluate(F.Together(F.ReplaceAll(wrap(t), rules)));
            if (hasNonZeroNumber(at)) {
                return new Judgement(Verdict.FAILS, "difference is not 0: at a rational point it evaluates to a non-zero number",
                        rules.toString(), Strength.CERTIFIED);
            }
            // an exact algebraic value (e.g. with square roots) that is not reduced to a number: its numerical
            // value decides only when it is far from 0 (|v| > 1e-6, while double evaluation errs by ~1e-15 relative)
            IExpr num = engine.evaluate(F.N(at));
            double far = maxAbsNumber(num);
            if (far > 1e-6) {
                return new Judgement(Verdict.FAILS, "difference is not 0: at a rational point its exact value is numerically "
                        + String.format(java.util.Locale.ROOT, "%.6g", far) + " (far from 0)", rules.toString(), Strength.CERTIFIED);
            }
        }
        return new Judgement(Verdict.INCONCLUSIVE, "difference did not simplify to 0 but vanished at "
                + PROBES + " random rational points", null, Strength.SAMPLED);
    }

    /** Random positive rationals p/q, p in 1..29, q in 1..7, for each symbol. */
    static IAST randomPoint(List<IExpr> symbols, Random rnd) {
        IExpr[] rules = new IExpr[symbols.size()];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = F.Rule(symbols.get(i), F.QQ(1 + rnd.nextInt(29), 1 + rnd.nextInt(7)));
        }
        return F.List(rules);
    }

    private static IExpr wrap(IExpr e) {
        return e.isList() ? e : F.List(e);
    }

    static boolean allZero(IExpr e) {
        if (e.isList()) {
            IAST l = (IAST) e;
            for (int i = 1; i < l.size(); i++) {
                if (!allZero(l.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return e.isZero();
    }

    static boolean hasDenominator(IExpr e) {
        return e.toString().contains("/") || e.toString().contains("^(-");
    }

    static double maxAbsNumber(IExpr e) {
        if (e.isList()) {
            double m = 0;
            IAST l = (IAST) e;
            for (int i = 1; i < l.size(); i++) {
                m = Math.max(m, maxAbsNumber(l.get(i)));
            }
            return m;
        }
        if (e.isReal()) {
            return Math.abs(e.evalf());
        }
        return 0;
    }

    static boolean hasNonZeroNumber(IExpr e) {
        if (e.isList()) {
            IAST l = (IAST) e;
            for (int i = 1; i < l.size(); i++) {
                if (hasNonZeroNumber(l.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return e.isNumber() && !e.isZero();
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + " ... (" + s.length() + " chars)";
    }
}
