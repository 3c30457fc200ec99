package lae.symbolic;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import lae.core.Numbers;

/**
 * A formula of the paper written as a Symja expression string in the paper's variables
 * (m, n, k, l, m0, dI, lambda, ...), evaluated for given values. This is how claim files state
 * index counts, manifold dimensions and compressions without Java.
 *
 * <p><b>What is accepted</b> ({@link #parse}): one arithmetic expression, nothing else. The text may
 * contain only letters, digits, blanks and {@code . , ( ) [ ] + - * / ^}; so a statement separator
 * ({@code "a ; 5"}), an assignment ({@code "x = 5"}) or a pattern cannot slip through. Two operators in a
 * row ({@code "dI + + 1"}, {@code "dI ++ 1"}, {@code "a - -b"}) are refused: Symja would read them as a
 * unary plus or an increment, which is never what a count formula means; only a unary minus after
 * {@code * / ^ ( ,} is allowed ({@code "2*-l"}). Every function must be one of {@link #FUNCTIONS}, every
 * constant one of {@link #CONSTANTS}; every other symbol is a variable ({@link #variables()}), and a
 * claim file checks those against the variables of the field ({@link #requireVariables}). Symja's
 * parser is case-insensitive for names ({@code dI} = {@code di}), and so is this class.
 *
 * <p><b>Evaluation</b> ({@link #evaluate}): the parsed expression with every variable replaced by its
 * value (integers exactly, other values as doubles), then {@code N(...)}. The result must be a finite
 * real number; otherwise {@link Undefined} is thrown, carrying the binding and one of the
 * {@link Problem}s: a variable without a value, division by zero (Symja's ComplexInfinity or a directed
 * infinity), an indeterminate form (0/0, Log(0) numerically), a complex value (e.g. Sqrt of a negative
 * number), or a value that is not a number. {@code Undefined} is an IllegalArgumentException, so a
 * caller that must not stop (a claim evaluator) catches it and reports the case it names; a
 * claim file is dry-run over its whole range before any work (by the claim-file checks, FormulaDryRun).
 *
 * <p>Symja's evaluator is not thread-safe, so evaluation is serialised; values are cached per binding of
 * the formula's own variables, since the same (m, k, l, dI, ...) recurs across components. Symja's
 * messages ("Infinite expression 1/0 encountered") are silenced: the problem is reported through
 * {@link Undefined} instead.
 */
public final class SymjaFormula {
    static {
        // Symja logs through log4j-api; use its simple logger instead of a missing backend warning.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("log4j2.simplelogLevel", "OFF");
    }

    /** Functions a formula may call (Symja names; {@code Sqrt} and division parse to {@code Power}). */
    public static final Set<String> FUNCTIONS = Set.of("Plus", "Times", "Power", "Sqrt", "Abs", "Sign", "Exp", "Log", "Min", "Max",
            "Floor", "Ceiling", "Round", "Mod", "Quotient", "Binomial", "Factorial", "Sin", "Cos", "Tan", "ArcSin", "ArcCos", "ArcTan",
            "Sinh", "Cosh", "Tanh", "N", "Rational");

    /** Constants a formula may use. */
    public static final Set<String> CONSTANTS = Set.of("Pi", "E");

    private static final String ALLOWED_CHARS = "letters, digits, blanks and . , ( ) [ ] + - * / ^";

    private static ExprEvaluator evaluator;

    private final String source;
    private final IExpr parsed;
    /** Variables as Symja spells them (lower case), in order of first appearance. */
    private final Set<String> variables;
    private final Map<List<Double>, Double> cache = new ConcurrentHashMap<>();

    private SymjaFormula(String source, IExpr parsed, Set<String> variables) {
        this.source = source;
        this.parsed = parsed;
        this.variables = variables;
    }

    /** Why a formula has no value at a binding. */
    public enum Problem {
        UNKNOWN_VARIABLE("a variable has no value"),
        DIVISION_BY_ZERO("division by zero"),
        INDETERMINATE("indeterminate form (such as 0/0 or Log(0))"),
        COMPLEX("complex value"),
        NOT_A_NUMBER("not a number");

        public final String text;

        Problem(String text) {
            this.text = text;
        }
    }

    /**
     * The formula has no finite real value at {@link #binding}: which formula, where, and why. Its
     * message is one line: "formula 'SRC' is undefined at l=1, dI=0, ...: division by zero (Symja: ComplexInfinity)".
     */
    public static final class Undefined extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        public final String source;
        public final transient Map<String, Double> binding;
        public final Problem problem;
        public final String detail;

        Undefined(String source, Map<String, Double> binding, Problem problem, String detail) {
            super("formula '" + source + "' is undefined at " + describe(binding) + ": " + problem.text + " (" + detail + ")");
            this.source = source;
            this.binding = binding;
            this.problem = problem;
            this.detail = detail;
        }

        /** The problem without the formula and the binding, e.g. "complex value (Symja: 0.58*I)". */
        public String reason() {
            return problem.text + " (" + detail + ")";
        }
    }

    /**
     * Parses {@code source}; throws IllegalArgumentException with a one-line reason if it is not one
     * arithmetic expression in the accepted form (see the class comment).
     */
    public static SymjaFormula parse(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("empty formula");
        }
        lexicalCheck(source);
        IExpr p;
        synchronized (SymjaFormula.class) {
            try {
                p = evaluator().parse(source);
            } catch (RuntimeException e) {
                String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new IllegalArgumentException("not a Symja expression: " + msg.replace('\n', ' ').replaceAll("\\s+", " ").trim());
            }
        }
        Set<String> vars = new java.util.LinkedHashSet<>();
        structureCheck(p, vars);
        return new SymjaFormula(source, p, java.util.Collections.unmodifiableSet(vars));
    }

    /**
     * Only the accepted characters, no two operators in a row (except a unary minus after * / ^ ( ,), and no
     * number in scientific notation: Symja reads {@code 1.0E-3} as 1.0 E - 3 (E being Euler's number) and
     * {@code 1e-3} as 1 e - 3, silently another formula.
     */
    private static void lexicalCheck(String s) {
        for (int i = 0; i < s.length(); i++) {
            boolean numberStart = Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.');
            if (!numberStart) {
                continue;
            }
            int j = i;
            while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                j++;
            }
            if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                throw new IllegalArgumentException("'" + s.substring(i, Math.min(s.length(), j + 3)) + "' at position " + (i + 1)
                        + " looks like scientific notation, which Symja reads as a product with " + (s.charAt(j) == 'E' ? "Euler's number E" : "a variable e")
                        + " (write 0.001 or 10^-3)");
            }
            i = j;
        }
        char prev = '(';
        int prevPos = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            boolean ok = Character.isLetterOrDigit(c) && c < 128 || ".,()[]+-*/^".indexOf(c) >= 0;
            if (!ok) {
                throw new IllegalArgumentException("character '" + c + "' at position " + (i + 1) + " is not allowed (a formula is one "
                        + "arithmetic expression; allowed: " + ALLOWED_CHARS + ")");
            }
            boolean op = "+-*/^".indexOf(c) >= 0;
            boolean prevOp = "+-*/^".indexOf(prev) >= 0;
            if (op && prevOp && !(c == '-' && "*/^".indexOf(prev) >= 0)) {
                throw new IllegalArgumentException("two operators in a row '" + s.substring(prevPos, i + 1).replaceAll("\\s+", " ")
                        + "' at position " + (prevPos + 1) + " (a term is missing, or a stray operator)");
            }
            if (op && (prev == '(' || prev == ',') && c != '-') {
                throw new IllegalArgumentException("operator '" + c + "' at position " + (i + 1) + " has no left operand");
            }
            prev = c;
            prevPos = i;
        }
    }

    private static void structureCheck(IExpr e, Set<String> vars) {
        if (e.isAST()) {
            IAST a = (IAST) e;
            IExpr head = a.head();
            String name = head.toString();
            if (!head.isBuiltInSymbol()) {
                throw new IllegalArgumentException("unknown function '" + name + "' (allowed: " + String.join(", ", new TreeSet<>(FUNCTIONS)) + ")");
            }
            if (!FUNCTIONS.contains(name)) {
                throw new IllegalArgumentException("function '" + name + "' is not allowed in a formula (allowed: "
                        + String.join(", ", new TreeSet<>(FUNCTIONS)) + ")");
            }
            for (int i = 1; i < a.size(); i++) {
                structureCheck(a.get(i), vars);
            }
        } else if (e.isSymbol()) {
            String name = e.toString();
            if (e.isBuiltInSymbol()) {
                if (!CONSTANTS.contains(name)) {
                    throw new IllegalArgumentException("'" + name + "' is a Symja built-in, not allowed as a value in a formula (constants allowed: "
                            + String.join(", ", new TreeSet<>(CONSTANTS)) + "; variables must not be named like built-ins)");
                }
            } else {
                vars.add(name.toLowerCase(Locale.ROOT));
            }
        } else if (!(e.isInteger() || e.isFraction() || e.isReal())) {
            throw new IllegalArgumentException("'" + e + "' is not allowed in a formula (only real numbers, variables and the functions "
                    + String.join(", ", new TreeSet<>(FUNCTIONS)) + ")");
        }
    }

    public String source() {
        return source;
    }

    /** The formula's variables, lower case (Symja's parser ignores case), in order of first appearance. */
    public Set<String> variables() {
        return variables;
    }

    /**
     * Checks that every variable of the formula is one of {@code allowed} (compared ignoring case);
     * throws IllegalArgumentException naming the first unknown one and the allowed names.
     */
    public SymjaFormula requireVariables(Collection<String> allowed) {
        Set<String> lower = new java.util.HashSet<>();
        for (String a : allowed) {
            lower.add(a.toLowerCase(Locale.ROOT));
        }
        for (String v : variables) {
            if (!lower.contains(v)) {
                throw new IllegalArgumentException("unknown variable '" + v + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    /**
     * The numeric value for the given binding of variables (the binding may hold more variables than the
     * formula uses). Throws {@link Undefined} if the value is not a finite real number.
     */
    public double evaluate(Map<String, Double> binding) {
        Map<String, Double> byLower = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : binding.entrySet()) {
            byLower.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        Double[] key = new Double[variables.size()];
        int i = 0;
        for (String v : variables) {
            Double x = byLower.get(v);
            if (x == null) {
                throw new Undefined(source, binding, Problem.UNKNOWN_VARIABLE, "'" + v + "' is not one of " + binding.keySet());
            }
            key[i++] = x;
        }
        List<Double> k = List.of(key);
        Double cached = cache.get(k);
        if (cached != null) {
            return cached;
        }
        IExpr r;
        synchronized (SymjaFormula.class) {
            ExprEvaluator ev = evaluator();
            IExpr substituted = F.subst(parsed, x -> {
                if (x.isSymbol() && !x.isBuiltInSymbol()) {
                    Double v = byLower.get(x.toString().toLowerCase(Locale.ROOT));
                    if (v != null) {
                        double d = v;
                        return d == Math.rint(d) && Math.abs(d) < 1e15 ? F.ZZ((long) d) : F.num(d);
                    }
                }
                return F.NIL;
            });
            try {
                r = ev.eval(F.N(substituted));
            } catch (RuntimeException e) {
                throw new Undefined(source, binding, Problem.NOT_A_NUMBER, "Symja: " + String.valueOf(e.getMessage()).replace('\n', ' '));
            }
        }
        double v = value(r, binding);
        cache.put(k, v);
        return v;
    }

    private double value(IExpr r, Map<String, Double> binding) {
        if (r.isReal()) {
            double v = r.evalf();
            if (Double.isFinite(v)) {
                return v;
            }
            throw new Undefined(source, binding, Problem.NOT_A_NUMBER, "value " + v + " is not finite");
        }
        if (r.isComplexInfinity() || r.isDirectedInfinity()) {
            throw new Undefined(source, binding, Problem.DIVISION_BY_ZERO, "Symja: " + r);
        }
        if (r.isIndeterminate()) {
            throw new Undefined(source, binding, Problem.INDETERMINATE, "Symja: " + r);
        }
        if (r.isNumber()) {
            throw new Undefined(source, binding, Problem.COMPLEX, "Symja: " + r);
        }
        throw new Undefined(source, binding, Problem.NOT_A_NUMBER, "Symja: " + r);
    }

    /** "l=1, dI=0, lambda=2.5" for messages: integers without decimals, the rest in the project's format. */
    public static String describe(Map<String, Double> binding) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : binding.entrySet()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            double v = e.getValue();
            b.append(e.getKey()).append('=').append(v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Numbers.general(v));
        }
        return b.toString();
    }

    private static ExprEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = new ExprEvaluator(false, (short) 100);
            evaluator.getEvalEngine().setQuietMode(true);
        }
        return evaluator;
    }

    @Override
    public String toString() {
        return source;
    }
}
