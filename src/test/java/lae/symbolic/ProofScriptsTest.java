package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import lae.core.Verdict;
import lae.report.ReportComparison;
import lae.symbolic.ProofRunner.ScriptResult;

/**
 * Runs every script in proofs/ (so {@code mvn verify} runs them all; it writes nothing), checks that
 * the committed report reports/proofs/NAME is what the code computes, and
 * re-checks each step's verdict independently of the runner's judge: the computed and expected
 * values are re-parsed in a fresh evaluator and their difference is evaluated in floating point at
 * random points (a HOLDS step must vanish there) or at the recorded counterexample (a FAILS step
 * must not vanish there). Condition steps must have evaluated to True or False.
 */
class ProofScriptsTest {
    static final Path PROOFS = Path.of("proofs");
    static final Path REPORTS = Path.of("reports");
    static final List<ScriptResult> RESULTS = new ArrayList<>();

    static Stream<Path> scripts() {
        return ProofRunner.scripts(PROOFS).stream();
    }

    @BeforeAll
    static void checkLayout() {
        assertThat(Files.isDirectory(PROOFS)).as("proofs/ directory").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void scriptRunsAndEveryStepVerdictIsReproduced(Path script) {
        ScriptResult r = ProofRunner.run(script);
        RESULTS.add(r);
        System.out.printf("proof %s: %d steps in %.2f s%n", r.name(), r.steps().size(), r.seconds());
        assertThat(r.errors()).as("errors in " + script).isEmpty();
        assertThat(r.steps()).as("steps in " + script).isNotEmpty();
        ExprEvaluator ev = new ExprEvaluator(false, (short) 100);
        Random rnd = new Random(99);
        for (ProofStep s : r.steps()) {
            assertThat(s.verdict()).as("step %d of %s (%s) is decided", s.index(), script, s.text())
                    .isNotEqualTo(Verdict.INCONCLUSIVE);
            recheck(ev, rnd, s, script);
        }
        if (r.name().equals("transpose_proof")) {
            FreeAlgebraAgreementTest.scriptsFixedSizeLemmasAgreeWithItsFreeAlgebraSteps(r);
        }
        assertThat(ReportComparison.differences(ProofDocument.of(r), REPORTS))
                .as("reports/proofs/%s is what the code at HEAD computes (regenerate with ./lae report)", r.name()).isEmpty();
    }

    static void recheck(ExprEvaluator ev, Random rnd, ProofStep s, Path script) {
        String where = "step " + s.index() + " of " + script + ": " + s.text();
        if (s.reason().startsWith("checks ") && s.reason().contains("free algebra ")) {
            // a step of the size-independent checker: its value is a normal form, not a Symja expression (FreeAlgebraTest,
            // FreeAlgebraAgreementTest check the checker); a HOLDS has normal form 0 and was cross-checked at exact instances
            if (s.verdict() == Verdict.HOLDS) {
                assertThat(s.computed()).as(where).isEqualTo("0");
                assertThat(s.reason()).as(where).contains("the normal form of lhs - rhs is 0");
            }
            return;
        }
        if (s.expected().equals("True") || s.expected().equals("False")) {
            assertThat(s.computed()).as(where).isIn("True", "False");
            assertThat(s.verdict() == Verdict.HOLDS).as(where).isEqualTo(s.computed().equals(s.expected()));
            return;
        }
        IExpr diff = ev.eval("Flatten({" + s.computed() + "} - {" + s.expected() + "})");
        IExpr vars = ev.eval("Variables(Flatten({" + s.computed() + ", " + s.expected() + "}))");
        if (s.verdict() == Verdict.FAILS && s.counterexample() != null) {
            double v = maxAbs(ev.eval(F.N(F.Together(F.Expand(F.ReplaceAll(diff, ev.parse(s.counterexample())))))));
            assertThat(v).as(where + ": difference at the counterexample").isGreaterThan(1e-12);
            return;
        }
        if (s.verdict() == Verdict.FAILS) {
            // a non-zero constant difference, or a numerically far-from-zero value found by the judge
            boolean nonZero = false;
            for (int probe = 0; probe < 6 && !nonZero; probe++) {
                nonZero = maxAbs(ev.eval(F.N(F.ReplaceAll(diff, point(vars, rnd))))) > 1e-9;
            }
            assertThat(nonZero).as(where + ": the difference is non-zero somewhere").isTrue();
            return;
        }
        for (int probe = 0; probe < 3; probe++) {
            IAST pt = point(vars, rnd);
            IExpr at = ev.eval(F.N(F.ReplaceAll(diff, pt)));
            double v = maxAbs(at);
            double scale = 1 + maxAbs(ev.eval(F.N(F.ReplaceAll(ev.parse("Flatten({" + s.computed() + "})"), pt))));
            assertThat(v / scale).as(where + ": difference at " + pt).isLessThan(1e-8);
        }
    }

    static IAST point(IExpr vars, Random rnd) {
        List<IExpr> rules = new ArrayList<>();
        if (vars.isList()) {
            for (int i = 1; i < vars.size(); i++) {
                // values in (0.1, 0.9): inside every parameter range the scripts use (0 < d < 1, positive c, lam)
                rules.add(F.Rule(((IAST) vars).get(i), F.QQ(1 + rnd.nextInt(9), 10)));
            }
        }
        return F.List(rules.toArray(new IExpr[0]));
    }

    static double maxAbs(IExpr e) {
        if (e.isList()) {
            double m = 0;
            for (int i = 1; i < e.size(); i++) {
                m = Math.max(m, maxAbs(((IAST) e).get(i)));
            }
            return m;
        }
        if (e.isNumber()) {
            return e.isReal() ? Math.abs(e.evalf()) : Math.hypot(e.re().evalf(), e.im().evalf());
        }
        if (e.isTrue() || e.isFalse()) {
            return 0;
        }
        throw new AssertionError("not a number after substitution: " + StepJudge.shorten(e.toString(), 300));
    }

    @AfterAll
    static void total() {
        if (!RESULTS.isEmpty()) {
            double total = RESULTS.stream().mapToDouble(ScriptResult::seconds).sum();
            System.out.printf("proof scripts: total %.2f s (+ Symja start-up %.2f s)%n", total, ProofSession.startupSeconds());
        }
    }

    @Test
    void aWrongClosedFormIsCaught() throws Exception {
        String text = Files.readString(PROOFS.resolve("gradients.m"));
        String right = "Flatten(gw . Transpose(W1) + 2*ls*W2)";
        assertThat(text).contains(right);
        // one sign flipped in the closed-form gradient dL/dW2, and only the small size to keep the test short
        String wrong = text.replace(right, "Flatten(-gw . Transpose(W1) + 2*ls*W2)").replace("checkSizes(3, 2);", "");
        ScriptResult r = ProofRunner.run(Path.of("gradients-wrong-sign.m"), wrong, ProofRunner.DEFAULT_SEED);
        List<ProofStep> grads = r.steps().stream().filter(s -> s.claim().id().equals("engine:gradient")).toList();
        assertThat(grads).hasSize(4);
        assertThat(grads).allSatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.FAILS);
            assertThat(s.counterexample()).isNotNull();
        });
        assertThat(r.claims()).filteredOn(c -> c.claim().id().equals("engine:gradient"))
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.FAILS));
        // the Hessian closed form was not touched and still holds
        assertThat(r.steps()).filteredOn(s -> s.claim().id().equals("engine:hessian"))
                .allSatisfy(s -> assertThat(s.verdict()).isEqualTo(Verdict.HOLDS));
    }
}
