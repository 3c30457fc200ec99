package lae.symbolic;

import lae.core.ClaimId;
import lae.core.Reading;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.eval.interfaces.AbstractFunctionEvaluator;
import org.matheclipse.core.expression.BuiltInSymbol;
import org.matheclipse.core.expression.Context;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import lae.core.Verdict;

/**
 * One Symja evaluator running one proof script, with the built-in functions a script uses to
 * declare its steps:
 * <ul>
 *   <li>{@code ProofStep(claim, loss, role, text, value, expected[, "general" | "at SIZES"])}: records a
 *       step; its verdict is computed by {@link StepJudge} from {@code value} and {@code expected}, its
 *       strength and scope by {@link StepScope}; returns the verdict as a string;</li>
 *   <li>{@code ProofShow(label, expr)}: records a computed value for the report; returns expr;</li>
 * </ul>
 * the exact-arithmetic helpers of {@link ProofFunctions}, and the size-independent checker and
 * {@code ProofArgument} of {@link FreeAlgebraFunctions}. Symja's evaluator is not
 * thread-safe: sessions run one at a time (the runner synchronises on this class).
 */
public final class ProofSession {
    static {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }

    private static boolean registered;
    private static int nextOrdinal = 970_000;
    private static ProofSession active;
    private static double startupSeconds = -1;

    final String name;
    final long seed;
    final List<ProofStep> steps = new ArrayList<>();
    final List<String[]> shows = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** The arguments by hand a script states per claim ({@code ProofArgument}): {claim id and reading as "ID|READING", loss, text}. */
    final List<String[]> arguments = new ArrayList<>();
    /** The free algebras a script declared ({@code FreeAlgebra}), by name. */
    final java.util.Map<String, FreeAlgebra> algebras = new java.util.HashMap<>();
    final ExprEvaluator evaluator;
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

    ProofSession(String name, long seed) {
        this.name = name;
        this.seed = seed;
        long t0 = System.nanoTime();
        this.evaluator = new ExprEvaluator(false, (short) 100);
        if (startupSeconds < 0) {
            startupSeconds = (System.nanoTime() - t0) / 1e9;
        }
        registerBuiltins();
        PrintStream ps = new PrintStream(messages, true, StandardCharsets.UTF_8);
        EvalEngine engine = evaluator.getEvalEngine();
        engine.setOutPrintStream(ps);
        engine.setErrorPrintStream(ps);
        active = this;
    }

    /** Seconds that the first evaluator of this JVM took to start (Symja's start-up), or -1. */
    public static double startupSeconds() {
        return startupSeconds;
    }

    static ProofSession active() {
        if (active == null) {
            throw new IllegalStateException("no proof session is running");
        }
        return active;
    }

    void close() {
        if (active == this) {
            active = null;
        }
    }

    /** Evaluates one statement; Symja's messages printed meanwhile are returned (empty if none). */
    IExpr eval(String source, StringBuilder printed) {
        messages.reset();
        IExpr r = evaluator.eval(source);
        printed.append(messages.toString(StandardCharsets.UTF_8).trim());
        return r;
    }

    private static synchronized void registerBuiltins() {
        if (registered) {
            return;
        }
        registered = true;
        register("ProofStep", (ast, engine) -> {
            if (ast.argSize() != 6 && ast.argSize() != 7) {
                throw new IllegalArgumentException("ProofStep needs 6 or 7 arguments (claim, loss, role, text, value, expected[, \"general\" or \"at SIZES\"]), got " + ast.argSize());
            }
            return active().step(ast, engine);
        });
        register("ProofShow", (ast, engine) -> {
            if (ast.argSize() != 2) {
                throw new IllegalArgumentException("ProofShow needs 2 arguments (label, expr)");
            }
            active().shows.add(new String[] {str(ast.arg1()), ast.arg2().toString()});
            return ast.arg2();
        });
        ProofFunctions.register();
        FreeAlgebraFunctions.register();
    }

    private IExpr step(IAST ast, EvalEngine engine) {
        String claimArg = str(ast.arg1());
        ClaimId claim = claimOf(claimArg);
        Reading reading = readingOf(claimArg);
        String loss = str(ast.arg2());
        String role = str(ast.arg3());
        if (!role.equals("printed") && !role.equals("corrected") && !role.equals("lemma")) {
            throw new IllegalArgumentException("ProofStep role must be printed, corrected or lemma, got '" + role + "'");
        }
        String text = str(ast.arg4());
        IExpr value = ast.arg5();
        IExpr expected = ast.get(6);
        StepScope.Declared declared = StepScope.Declared.NONE;
        String at = null;
        if (ast.argSize() == 7) {
            String scope = str(ast.get(7));
            if (scope.equals("general")) {
                declared = StepScope.Declared.GENERAL;
            } else if (scope.startsWith("at ")) {
                declared = StepScope.Declared.AT;
                at = scope.substring(3).trim();
            } else {
                throw new IllegalArgumentException("ProofStep's 7th argument must be \"general\" or \"at SIZES\" (the sizes or instance it is checked at), got '" + scope + "'");
            }
        }
        long t0 = System.nanoTime();
        int index = steps.size() + 1;
        StepJudge.Judgement j = StepJudge.judge(value, expected, engine, seed * 1_000_003L + index);
        StepScope.Label label = StepScope.forSymja(claim, j, declared, at, value, expected);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        addStep(claim, reading, loss, role, text, j.verdict(), value.toString(), expected.toString(),
                label.note().isEmpty() ? j.reason() : j.reason() + "; " + label.note(), j.counterexample(), label.strength(), label.scope(), ms);
        return F.stringx(j.verdict().name());
    }

    /** The claim a script names: its id, optionally followed by a reading in brackets ("C23 (l = k)"). */
    static ClaimId claimOf(String arg) {
        int open = arg.indexOf('(');
        return ClaimId.parse(open < 0 ? arg : arg.substring(0, open).trim());
    }

    /** The reading a script names after the claim id ("C23 (l = k)": l = k); as printed when none. */
    static Reading readingOf(String arg) {
        int open = arg.indexOf('(');
        if (open < 0) {
            return Reading.AS_PRINTED;
        }
        if (!arg.endsWith(")")) {
            throw new IllegalArgumentException("a claim with a reading is written \"ID (READING)\", got '" + arg + "'");
        }
        return Reading.parse(arg.substring(open + 1, arg.length() - 1).trim());
    }

    /** Records a step decided elsewhere (the free-algebra checker); its index is the next one. */
    ProofStep addStep(ClaimId claim, Reading reading, String loss, String role, String text, Verdict verdict, String computed, String expected,
                      String reason, String counterexample, lae.core.Strength strength, String scope, long millis) {
        ProofStep s = new ProofStep(steps.size() + 1, claim, reading, loss, role, text, verdict, computed, expected, reason, counterexample,
                strength, scope, millis);
        steps.add(s);
        return s;
    }

    /** Checks the role argument of a step-declaring builtin. */
    static String role(IExpr e) {
        String role = str(e);
        if (!role.equals("printed") && !role.equals("corrected") && !role.equals("lemma")) {
            throw new IllegalArgumentException("the role of a step must be printed, corrected or lemma, got '" + role + "'");
        }
        return role;
    }

    static String str(IExpr e) {
        return e.isString() ? e.toString() : e.toString();
    }

    /** Registers a Java function as a Symja built-in named {@code name}. */
    static void register(String name, BiFunction<IAST, EvalEngine, IExpr> fn) {
        BuiltInSymbol s = new BuiltInSymbol(name, nextOrdinal++);
        s.setEvaluator(new AbstractFunctionEvaluator() {
            @Override
            public IExpr evaluate(IAST ast, EvalEngine engine) {
                return fn.apply(ast, engine);
            }
        });
        String key = name.toLowerCase(java.util.Locale.ROOT);
        Context.SYSTEM.put(key, s);
        Context.PREDEFINED_SYMBOLS_MAP.put(key, s);
    }

    // ---- conversions used by the helpers ----

    static BigFraction frac(IExpr e) {
        if (e.isRational()) {
            return ((org.matheclipse.core.interfaces.IRational) e).toBigFraction();
        }
        throw new IllegalArgumentException("expected an exact rational number, got " + e);
    }

    static IExpr expr(BigFraction f) {
        return f.getDenominator().equals(java.math.BigInteger.ONE) ? F.ZZ(f.getNumerator()) : F.QQ(f);
    }
}
