package lae.symbolic;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import lae.core.ClaimId;

/**
 * The built-ins of proof scripts for the size-independent checker ({@link FreeAlgebra}) and for the argument by hand:
 * <ul>
 *   <li>{@code FreeAlgebra(name, declarations)}: declares a free algebra with involution (symbols with symbolic shapes,
 *       definitions, relations); refused (a script error) if its rewriting system is not confluent or a relation is false
 *       at an exact instance. Its summary (rules, confluence) is recorded for the report. Returns the name.</li>
 *   <li>{@code FreeIdentity(claim, loss, role, text, algebra, lhs, rhs)} and
 *       {@code FreeIdentity(claim, loss, role, text, algebra, lhs, rhs, "G1 -> g1, G2 -> 0")}: records a step that checks
 *       {@code lhs = rhs} (after the substitutions) in the algebra: HOLDS when the normal form of the difference is 0, then
 *       <em>proved for every size</em> ({@link StepScope#forFreeAlgebra}); FAILS with the normal form and an exact
 *       counterexample; INCONCLUSIVE when the normal form is not 0 but no counterexample is found. A shape mismatch or an
 *       unknown name is refused (a script error). Returns the verdict.</li>
 *   <li>{@code FreeGradient(claim, loss, role, text, algebra, L, "W1", G)}: the same for "G is the gradient of the trace
 *       polynomial L with respect to W1": \(\frac{d}{dt} L(W_1 + tD)|_{t=0} = \operatorname{tr}(D^T G)\) for every size.</li>
 *   <li>{@code ProofArgument(claim, loss, text)}: states, for the claim's evidence, what the toolkit did not check: the
 *       standard facts a proved verdict uses by hand, or the general argument of a verdict checked only at fixed sizes.</li>
 * </ul>
 * Expressions are strings in the syntax of {@link FreeExpressionParser} (case-sensitive, {@code '} is the transpose).
 */
final class FreeAlgebraFunctions {
    private FreeAlgebraFunctions() {
    }

    static void register() {
        ProofSession.register("FreeAlgebra", (ast, engine) -> {
            if (ast.argSize() != 2) {
                throw new IllegalArgumentException("FreeAlgebra needs 2 arguments (name, declarations)");
            }
            ProofSession s = ProofSession.active();
            String name = ProofSession.str(ast.arg1());
            if (s.algebras.containsKey(name)) {
                throw new IllegalArgumentException("free algebra " + name + " is declared twice");
            }
            FreeAlgebra a = FreeAlgebra.parse(name, ProofSession.str(ast.arg2()));
            s.algebras.put(name, a);
            s.shows.add(new String[] {"free algebra " + name, a.summary()});
            return F.stringx(name);
        });
        ProofSession.register("FreeIdentity", (ast, engine) -> {
            if (ast.argSize() != 7 && ast.argSize() != 8) {
                throw new IllegalArgumentException("FreeIdentity needs 7 or 8 arguments (claim, loss, role, text, algebra, lhs, rhs[, substitutions])");
            }
            String lhs = ProofSession.str(ast.get(6));
            String rhs = ProofSession.str(ast.get(7));
            String subs = ast.argSize() == 8 ? ProofSession.str(ast.get(8)) : "";
            return record(ast, (a) -> a.identity(lhs, rhs, subs),
                    lhs + " = " + rhs + (subs.isEmpty() ? "" : " with " + subs));
        });
        ProofSession.register("FreeGradient", (ast, engine) -> {
            if (ast.argSize() != 8) {
                throw new IllegalArgumentException("FreeGradient needs 8 arguments (claim, loss, role, text, algebra, L, variable, gradient)");
            }
            String loss = ProofSession.str(ast.get(6));
            String variable = ProofSession.str(ast.get(7));
            String gradient = ProofSession.str(ast.get(8));
            return record(ast, (a) -> a.gradient(loss, variable, gradient),
                    "d/dt L(" + variable + " + t D) at t = 0 equals tr(D' G), L = " + loss + ", G = " + gradient);
        });
        ProofSession.register("ProofArgument", (ast, engine) -> {
            if (ast.argSize() != 3) {
                throw new IllegalArgumentException("ProofArgument needs 3 arguments (claim, loss, text)");
            }
            String claimArg = ProofSession.str(ast.arg1());
            ProofSession.active().arguments.add(new String[] {ProofSession.claimOf(claimArg).id() + "|" + ProofSession.readingOf(claimArg),
                ProofSession.str(ast.arg2()), ProofSession.str(ast.arg3())});
            return F.Null;
        });
    }

    private static IExpr record(IAST ast, java.util.function.Function<FreeAlgebra, FreeAlgebra.Check> check, String what) {
        ProofSession s = ProofSession.active();
        String claimArg = ProofSession.str(ast.arg1());
        ClaimId claim = ProofSession.claimOf(claimArg);
        String loss = ProofSession.str(ast.arg2());
        String role = ProofSession.role(ast.arg3());
        String text = ProofSession.str(ast.arg4());
        String name = ProofSession.str(ast.arg5());
        FreeAlgebra a = s.algebras.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no free algebra named " + name + " (declare it with FreeAlgebra(name, declarations))");
        }
        long t0 = System.nanoTime();
        FreeAlgebra.Check c = check.apply(a);
        StepScope.Label label = StepScope.forFreeAlgebra(claim, c.verdict(), a);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String reason = "checks " + what + ": " + c.reason() + (label.note().isEmpty() ? "" : "; " + label.note());
        s.addStep(claim, ProofSession.readingOf(claimArg), loss, role, text, c.verdict(), c.normalForm(), "0", reason, c.counterexample(), label.strength(), label.scope(), ms);
        return F.stringx(c.verdict().name());
    }
}
