package lae.symbolic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hipparchus.fraction.BigFraction;

import lae.core.Verdict;

/**
 * The size-independent identity checker: a free algebra with involution declared by a proof script, and the checks
 * of identities and gradients in it.
 *
 * <p>A declaration is a list of statements separated by {@code ;}:
 * <pre>
 *   dims m, k, n                       symbolic sizes (independent); "k = 1" pins k to the literal 1
 *   matrix W1: k x m, C: m x m symmetric, J: k x k symmetric
 *   scalar lam, d                      central scalars
 *   let H = lam I + W1 C W1'           a definition (expanded where it is used)
 *   relation H J = d I                 a fact that matrices satisfy (checked at random exact instances, see below)
 *   assume C W1' = c W1'               a hypothesis of the identities checked in this algebra (stated in every step)
 *   evaluate J = adj(H)                how a fixed-size instance computes a symbol (adj(...), det(...) or an expression)
 * </pre>
 * The relations (with their transposes) become a {@link RewritingSystem}; the algebra is <b>refused</b> unless that
 * system is confluent (Bergman's diamond lemma), and unless every {@code relation} holds exactly at three random
 * rational instances of fixed size ({@link FreeInstance}, with the {@code evaluate} rules), so that a typo in a
 * relation cannot become a premise. An {@code assume} is not checked (it is a hypothesis, printed with every step).
 *
 * <p>{@link #identity}: both sides are parsed ({@link FreeExpressionParser}, shapes checked; the sides must have one
 * shape), their difference is reduced to its normal form. <b>Normal form 0</b>: the identity holds for matrices of every
 * compatible size satisfying the relations ({@link FreeElement}, {@link RewritingSystem}); it is then evaluated exactly at
 * fixed-size instances as a cross-check (it must vanish there; if not, the checker is wrong and the step is
 * INCONCLUSIVE). <b>Normal form not 0</b>: the difference is evaluated at fixed-size instances; a non-zero value is an
 * exact counterexample and the identity FAILS; if none is found (or the algebra has assumptions, which random
 * instances do not satisfy) the step is INCONCLUSIVE, since the identity might follow from facts not declared.
 * {@link #gradient}: the same for \(\frac{d}{dt} L(W + tD)|_{t=0} = \operatorname{tr}(D^T G)\) ({@link TraceForm}).
 */
public final class FreeAlgebra {
    /** How a fixed-size instance computes a symbol. */
    record Evaluation(String name, String kind, FreeValue of) {
    }

    /** The outcome of a check. */
    public record Check(Verdict verdict, String normalForm, String reason, String counterexample) {
    }

    private static final Pattern MATRIX = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)\\s*:\\s*([A-Za-z0-9_]+)\\s*x\\s*([A-Za-z0-9_]+)\\s*(symmetric)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int CROSS_CHECKS = 3;
    private static final int COUNTEREXAMPLE_TRIES = 8;

    private final String name;
    private final FreeSignature sig = new FreeSignature();
    private final RewritingSystem rules = new RewritingSystem(sig);
    private final Map<String, String> dimAlias = new LinkedHashMap<>();
    private final List<String> named = new ArrayList<>();
    private final List<String> pinned = new ArrayList<>();
    private final Map<String, FreeValue> lets = new LinkedHashMap<>();
    private final List<String> facts = new ArrayList<>();
    private final List<FreeElement> factElements = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private final Map<Integer, Integer> directions = new HashMap<>();
    private boolean dimsDeclared;
    private final ExactInstances exact;

    private FreeAlgebra(String name) {
        this.name = name;
        this.exact = new ExactInstances(name, sig, named, evaluations);
    }

    /** Parses a declaration (see the class comment); refuses a non-confluent system or a relation that is false. */
    public static FreeAlgebra parse(String name, String declarations) {
        FreeAlgebra a = new FreeAlgebra(name);
        for (String raw : declarations.split(";")) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] kw = s.split("\\s+", 2);
            String rest = kw.length > 1 ? kw[1].trim() : "";
            try {
                switch (kw[0]) {
                    case "dims" -> a.declareDims(rest);
                    case "matrix" -> a.declareMatrices(rest);
                    case "scalar" -> a.declareScalars(rest);
                    case "let" -> a.declareLet(rest);
                    case "relation" -> a.declareRelation(rest, false);
                    case "assume" -> a.declareRelation(rest, true);
                    case "evaluate" -> a.declareEvaluation(rest);
                    default -> throw new IllegalArgumentException("unknown statement (dims, matrix, scalar, let, relation, assume, evaluate)");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("free algebra " + name + ": '" + s + "': " + e.getMessage(), e);
            }
        }
        if (!a.rules.confluent()) {
            throw new IllegalArgumentException("free algebra " + name + ": the relations do not give a confluent rewriting system: "
                    + a.rules.firstUnresolved() + " (declare the missing relation, or state the identities differently)");
        }
        a.checkFacts();
        return a;
    }

    private void declareDims(String rest) {
        dimsDeclared = true;
        for (String d : rest.split(",")) {
            String t = d.trim();
            if (t.matches("[A-Za-z][A-Za-z0-9_]*\\s*=\\s*1")) {
                String n = t.split("=")[0].trim();
                dimAlias.put(n, FreeSignature.UNIT);
                pinned.add(n + " = 1");
                sig.addDimension(FreeSignature.UNIT);
            } else if (NAME.matcher(t).matches()) {
                dimAlias.put(t, t);
                named.add(t);
                sig.addDimension(t);
            } else {
                throw new IllegalArgumentException("a size is a name or 'name = 1', got '" + t + "'");
            }
        }
    }

    private String dim(String d) {
        if (d.equals(FreeSignature.UNIT)) {
            sig.addDimension(d);
            return d;
        }
        String a = dimAlias.get(d);
        if (a != null) {
            return a;
        }
        if (dimsDeclared) {
            throw new IllegalArgumentException("size " + d + " is not declared in 'dims'");
        }
        dimAlias.put(d, d);
        named.add(d);
        sig.addDimension(d);
        return d;
    }

    private void declareMatrices(String rest) {
        for (String part : rest.split(",")) {
            Matcher m = MATRIX.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("expected 'NAME: ROWS x COLS [symmetric]', got '" + part.trim() + "'");
            }
            checkFree(m.group(1));
            sig.addMatrix(m.group(1), dim(m.group(2)), dim(m.group(3)), m.group(4) != null);
        }
    }

    private void declareScalars(String rest) {
        for (String part : rest.split(",")) {
            String n = part.trim();
            if (!NAME.matcher(n).matches()) {
                throw new IllegalArgumentException("expected a scalar name, got '" + n + "'");
            }
            checkFree(n);
            sig.addScalar(n);
        }
    }

    private void checkFree(String n) {
        if (lets.containsKey(n)) {
            throw new IllegalArgumentException(n + " is already defined by 'let'");
        }
    }

    private void declareLet(String rest) {
        String[] p = splitEquation(rest);
        String n = p[0];
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException("expected 'let NAME = EXPRESSION'");
        }
        if (lets.containsKey(n) || sig.isMatrix(n) || sig.isScalar(n) || n.equals("I") || n.equals("tr")) {
            throw new IllegalArgumentException(n + " is already a symbol or a definition");
        }
        lets.put(n, value(p[1]));
    }

    private void declareRelation(String rest, boolean assumed) {
        String[] p = splitEquation(rest);
        FreeValue d = difference(value(p[0]), value(p[1]));
        if (d.kind() != FreeValue.Kind.MATRIX) {
            throw new IllegalArgumentException("a relation is an equation between matrices, this one is between " + d.describe() + "s");
        }
        String text = p[0] + " = " + p[1];
        rules.addRelation(d.matrix(), text);
        if (assumed) {
            assumptions.add(text);
        } else {
            facts.add(text);
            factElements.add(d.matrix());
        }
    }

    private void declareEvaluation(String rest) {
        String[] p = splitEquation(rest);
        String n = p[0];
        String e = p[1];
        String kind = "expr";
        Matcher m = Pattern.compile("(adj|det)\\s*\\((.*)\\)").matcher(e);
        if (m.matches()) {
            kind = m.group(1);
            e = m.group(2);
        }
        FreeValue v = value(e);
        if (!kind.equals("expr") && (v.kind() != FreeValue.Kind.MATRIX || !v.matrix().rows().equals(v.matrix().cols()))) {
            throw new IllegalArgumentException(kind + " of " + v.describe() + ": needs a square matrix");
        }
        if (kind.equals("det") || (kind.equals("expr") && sig.isScalar(n))) {
            if (!sig.isScalar(n)) {
                throw new IllegalArgumentException(n + " is not a declared scalar");
            }
        } else {
            if (!sig.isMatrix(n)) {
                throw new IllegalArgumentException(n + " is not a declared matrix");
            }
            FreeSignature.MatrixSymbol s = sig.matrix(sig.matrixIndex(n));
            FreeElement x = v.kind() == FreeValue.Kind.MATRIX ? v.matrix() : null;
            if (x == null || !x.rows().equals(s.rows()) || !x.cols().equals(s.cols())) {
                throw new IllegalArgumentException(n + " is " + s.rows() + " x " + s.cols() + ", the expression is " + v.describe());
            }
        }
        evaluations.add(new Evaluation(n, kind, v));
    }

    private static String[] splitEquation(String s) {
        int i = s.indexOf('=');
        if (i < 0 || s.indexOf('=', i + 1) >= 0) {
            throw new IllegalArgumentException("expected exactly one '='");
        }
        return new String[] {s.substring(0, i).trim(), s.substring(i + 1).trim()};
    }

    /** The value of an expression in this algebra (lets expanded, shapes checked). */
    public FreeValue value(String expr) {
        return FreeExpressionParser.parse(expr, sig, this::resolve);
    }

    private FreeValue resolve(String n) {
        FreeValue v = lets.get(n);
        if (v != null) {
            return v;
        }
        if (sig.isMatrix(n)) {
            return FreeValue.matrix(FreeElement.letter(sig, sig.matrixIndex(n), false));
        }
        if (sig.isScalar(n)) {
            return FreeValue.scalar(sig, ScalarPolynomial.variable(ScalarPolynomial.Variable.named(n)));
        }
        return null;
    }

    /** lhs - rhs with the shapes checked (a multiple of I takes the other side's shape). */
    static FreeValue difference(FreeValue l, FreeValue r) {
        if (l.kind() == FreeValue.Kind.MATRIX && r.kind() == FreeValue.Kind.MATRIX
                && (!l.matrix().rows().equals(r.matrix().rows()) || !l.matrix().cols().equals(r.matrix().cols()))) {
            throw new IllegalArgumentException("shape mismatch: the left side is " + l.describe() + ", the right side is " + r.describe());
        }
        try {
            return l.minus(r);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("shape mismatch: the left side is " + l.describe() + ", the right side is " + r.describe()
                    + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Checks {@code lhs = rhs}; {@code substitutions} ("G1 -> g1, G2 -> 0", may be empty) replaces matrix symbols by
     * expressions in both sides first.
     */
    public Check identity(String lhs, String rhs, String substitutions) {
        return decide(difference(lhs, rhs, substitutions));
    }

    /** lhs - rhs after the substitutions, shapes checked, not reduced (the fixed-size cross-checks evaluate it). */
    FreeValue difference(String lhs, String rhs, String substitutions) {
        FreeValue l = value(lhs);
        FreeValue r = value(rhs);
        if (substitutions != null && !substitutions.isBlank()) {
            Map<Integer, FreeElement> map = substitutions(substitutions);
            l = substitute(l, map);
            r = substitute(r, map);
        }
        return difference(l, r);
    }

    private Map<Integer, FreeElement> substitutions(String text) {
        Map<Integer, FreeElement> map = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] p = part.split("->");
            if (p.length != 2) {
                throw new IllegalArgumentException("a substitution is 'NAME -> EXPRESSION', got '" + part.trim() + "'");
            }
            String n = p[0].trim();
            if (!sig.isMatrix(n)) {
                throw new IllegalArgumentException("can substitute only for a declared matrix symbol, not '" + n + "'");
            }
            int i = sig.matrixIndex(n);
            FreeSignature.MatrixSymbol s = sig.matrix(i);
            FreeValue v = value(p[1].trim());
            FreeElement e;
            if (v.kind() == FreeValue.Kind.SCALAR && v.scalar().isZero()) {
                e = FreeElement.zero(sig, s.rows(), s.cols());
            } else if (v.kind() == FreeValue.Kind.MATRIX) {
                e = v.matrix();
            } else if (v.kind() == FreeValue.Kind.IDENTITY && s.rows().equals(s.cols())) {
                e = FreeElement.scalar(sig, s.rows(), v.scalar());
            } else {
                throw new IllegalArgumentException("cannot substitute " + v.describe() + " for " + n);
            }
            map.put(i, e);
        }
        return map;
    }

    private static FreeValue substitute(FreeValue v, Map<Integer, FreeElement> map) {
        return switch (v.kind()) {
            case MATRIX -> FreeValue.matrix(v.matrix().substitute(map));
            case SCALAR, IDENTITY -> v;
            case TRACE -> throw new IllegalArgumentException("substitution into a trace is not supported");
        };
    }

    /**
     * Checks that {@code gradient} (a matrix of the shape of {@code variable}) is the gradient of {@code loss} (a
     * trace polynomial) with respect to {@code variable}: \(\frac{d}{dt} L(W + tD)|_{t=0} = \operatorname{tr}(D^T G)\).
     */
    public Check gradient(String loss, String variable, String gradient) {
        FreeValue l = value(loss);
        if (l.kind() != FreeValue.Kind.TRACE) {
            throw new IllegalArgumentException("the loss must be a trace polynomial, it is " + l.describe());
        }
        if (!sig.isMatrix(variable)) {
            throw new IllegalArgumentException(variable + " is not a declared matrix symbol");
        }
        int w = sig.matrixIndex(variable);
        FreeSignature.MatrixSymbol s = sig.matrix(w);
        if (s.symmetric()) {
            throw new IllegalArgumentException("the gradient with respect to a symmetric symbol (" + variable + ") is not supported");
        }
        FreeValue g = value(gradient);
        if (g.kind() != FreeValue.Kind.MATRIX || !g.matrix().rows().equals(s.rows()) || !g.matrix().cols().equals(s.cols())) {
            throw new IllegalArgumentException("shape mismatch: the gradient with respect to " + variable + " (" + s.rows() + " x " + s.cols()
                    + ") is " + g.describe());
        }
        int d = directions.computeIfAbsent(w, x -> sig.addMatrix("\u2202" + variable, s.rows(), s.cols(), false));
        TraceForm left = l.trace().derivative(w, d);
        TraceForm right = TraceForm.of(FreeElement.letter(sig, d, true).times(g.matrix()));
        return decide(FreeValue.trace(sig, left.minus(right)));
    }

    private Check decide(FreeValue diff) {
        String nf;
        boolean zero;
        switch (diff.kind()) {
            case MATRIX -> {
                FreeElement n = rules.normalForm(diff.matrix());
                zero = n.isZero();
                nf = n.format();
            }
            case TRACE -> {
                TraceForm n = rules.rules().isEmpty() ? diff.trace() : diff.trace().reduce(rules);
                zero = n.isZero();
                nf = n.format();
            }
            default -> {
                ScalarPolynomial n = rules.reduceScalars(diff.scalar());
                zero = n.isZero();
                nf = n.format(sig::format);
            }
        }
        String modulo = rules.rules().isEmpty() ? "" : " modulo " + relationsText();
        if (zero) {
            if (!assumptions.isEmpty()) {
                return new Check(Verdict.HOLDS, "0", "free algebra " + name + ": the normal form of lhs - rhs is 0" + modulo
                        + " (valid for every size: " + coverage().text() + "); no fixed-size cross-check (random instances do not satisfy the assumptions)", null);
            }
            List<String> at = new ArrayList<>();
            for (FreeInstance x : instances(CROSS_CHECKS, 1)) {
                if (!exact.vanishes(diff, x)) {
                    return new Check(Verdict.INCONCLUSIVE, "0", "free algebra " + name + ": the normal form is 0 but the difference is not 0 at the exact instance "
                            + x.describe() + ": the checker contradicts itself (a bug); no verdict", null);
                }
                at.add(x.sizesText());
            }
            return new Check(Verdict.HOLDS, "0", "free algebra " + name + ": the normal form of lhs - rhs is 0" + modulo
                    + ", so the identity holds for every size (" + coverage().text() + "); cross-check: exactly 0 at random rational instances with "
                    + String.join("; ", at), null);
        }
        if (assumptions.isEmpty()) {
            for (FreeInstance x : instances(COUNTEREXAMPLE_TRIES, 2)) {
                if (!exact.vanishes(diff, x)) {
                    return new Check(Verdict.FAILS, nf, "free algebra " + name + ": the normal form of lhs - rhs is " + StepJudge.shorten(nf, 600)
                            + modulo + " (not 0), and at an exact instance the two sides differ", x.describe());
                }
            }
        }
        return new Check(Verdict.INCONCLUSIVE, nf, "free algebra " + name + ": the normal form of lhs - rhs is " + StepJudge.shorten(nf, 600) + modulo
                + " (not 0), but " + (assumptions.isEmpty() ? "it vanished at " + COUNTEREXAMPLE_TRIES + " exact instances" : "no instance can be drawn under the assumptions")
                + ": it may follow from facts that are not declared", null);
    }

    private void checkFacts() {
        boolean symmetricEvaluations = evaluations.stream()
                .anyMatch(e -> sig.isMatrix(e.name()) && sig.matrix(sig.matrixIndex(e.name())).symmetric());
        if (factElements.isEmpty() && !symmetricEvaluations) {
            return;
        }
        for (FreeInstance x : instances(CROSS_CHECKS, 0)) {
            for (Evaluation e : evaluations) {
                if (sig.isMatrix(e.name()) && sig.matrix(sig.matrixIndex(e.name())).symmetric()) {
                    FreeElement v = FreeElement.letter(sig, sig.matrixIndex(e.name()), false);
                    BigFraction[][] a = x.evaluate(v);
                    if (!java.util.Arrays.deepEquals(a, RationalMatrices.transpose(a))) {
                        throw new IllegalArgumentException("free algebra " + name + ": " + e.name() + " is declared symmetric, but its value "
                                + e.kind() + "(...) is not symmetric at the exact instance " + x.describe());
                    }
                }
            }
            for (int i = 0; i < factElements.size(); i++) {
                if (!RationalMatrices.isZero(x.evaluate(factElements.get(i)))) {
                    throw new IllegalArgumentException("free algebra " + name + ": the relation " + facts.get(i)
                            + " is false at the exact instance " + x.describe() + " (with " + exact.evaluationsText()
                            + "); a relation must hold for all matrices (declare a hypothesis with 'assume')");
                }
            }
        }
    }

    /** Exact instances: the first with every size 2, the others with sizes 1..3 (seeded by the algebra's name). */
    List<FreeInstance> instances(int count, int salt) {
        return exact.draw(count, salt);
    }

    /** What an identity proved here covers: the symbolic sizes, the sizes pinned to 1 and the hypotheses assumed. */
    public AlgebraCoverage coverage() {
        return new AlgebraCoverage(named, pinned, assumptions);
    }

    public FreeSignature signature() {
        return sig;
    }

    public RewritingSystem rewriting() {
        return rules;
    }

    private String relationsText() {
        List<String> all = new ArrayList<>();
        facts.forEach(f -> all.add(f));
        assumptions.forEach(a -> all.add(a + " (assumed)"));
        return "the relations " + String.join(", ", all) + " and their transposes";
    }

    /** One paragraph: symbols, relations, rules, confluence. */
    public String summary() {
        List<String> syms = new ArrayList<>();
        for (int i = 0; i < sig.matrixCount(); i++) {
            FreeSignature.MatrixSymbol s = sig.matrix(i);
            if (!s.name().startsWith("\u2202")) {
                syms.add(s.name() + ": " + s.rows() + " x " + s.cols() + (s.symmetric() ? " symmetric" : ""));
            }
        }
        long resolved = rules.ambiguities().stream().filter(RewritingSystem.Ambiguity::resolved).count();
        return "matrices " + String.join(", ", syms) + "; scalars " + String.join(", ", sig.scalars()) + "; " + coverage().text()
                + (facts.isEmpty() ? "" : "; relations (facts, checked exactly at " + CROSS_CHECKS + " random instances with "
                        + exact.evaluationsText() + "): " + String.join(", ", facts))
                + (assumptions.isEmpty() ? "" : "; assumed: " + String.join(", ", assumptions))
                + (rules.rules().isEmpty() ? "; no relations: the free algebra itself"
                        : "; rewriting rules " + rules.describe() + "; confluent (Bergman's diamond lemma): "
                        + resolved + " of " + rules.ambiguities().size() + " ambiguities resolve");
    }
}
