package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;
import lae.symbolic.ProofRunner.ScriptResult;

/**
 * The labelling rule ({@link StepScope}): a step is proved only by the size-independent checker, or as an identity in
 * free symbols for a claim about one fixed size; a claim is proved only if every printed step is.
 */
class StepScopeTest {
    static ScriptResult run(String name, String text) {
        return ProofRunner.run(Path.of(name + ".m"), text, ProofRunner.DEFAULT_SEED);
    }

    static ClaimResult claim(ScriptResult r, String id) {
        return r.claims().stream().filter(c -> c.claim().id().equals(id)).findFirst().orElseThrow();
    }

    static final String ALGEBRA = "FreeAlgebra(\"a\", \"dims m, k; matrix W1: k x m, W2: m x k, C: m x m symmetric; scalar lam;"
            + " let W = W2 W1; let g2 = (W C - C) W1' + lam W2; let H = lam I + W1 C W1'\");\n";

    @Test
    void aScriptWhoseGeneralStepsAreCheckedOnlyAtFixedSizesCannotProduceProved() throws Exception {
        // transpose_proof.m as it was before the size-independent checker: its fixed-size Symja checks (m, k) = (2, 1),
        // (3, 1), (2, 2), each declared "general" and the step (4) printed; the free-algebra steps removed
        String text = Files.readString(Path.of("proofs/transpose_proof.m"));
        String helper = "ProofStep(\"C9\", \"L_sigma\", \"lemma\", tag <> stepText, stepValue, stepExpected, \"at \" <> sizeTag)";
        assertThat(text).contains(helper);
        String old = ScriptParser.split(text).stream().map(ScriptParser.Statement::source)
                .filter(s -> !s.startsWith("FreeAlgebra(") && !s.startsWith("FreeIdentity(") && !s.startsWith("FreeGradient(")
                        && !s.startsWith("ProofArgument("))
                .map(s -> s.replace(helper, "ProofStep(\"C9\", \"L_sigma\", If(StringContainsQ(stepText, \"(4)\"), \"printed\", \"lemma\"), "
                        + "tag <> stepText, stepValue, stepExpected, \"general\")"))
                .collect(Collectors.joining(";\n"))
                // two of the script's three sizes, to keep mvn verify's time: (2, 2, 2) is the slowest
                .replace("sizes = {{2, 1, 2}, {3, 1, 3}, {2, 2, 2}}", "sizes = {{2, 1, 2}, {3, 1, 3}}");
        assertThat(old).contains("sizes = {{2, 1, 2}, {3, 1, 3}};");
        ScriptResult r = run("transpose-fixed-sizes", old);
        assertThat(r.errors()).isEmpty();
        List<ProofStep> general = r.steps().stream().filter(s -> s.text().startsWith("m=")).toList();
        assertThat(general).hasSize(14).allSatisfy(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.HOLDS);
            assertThat(s.strength()).isEqualTo(Strength.CERTIFIED);
            assertThat(s.reason()).contains("declared general, but C9 is about every size m, n, k the paper allows");
            assertThat(s.scope()).startsWith("fixed sizes");
        });
        assertThat(general).filteredOn(ProofStep::isPrinted).hasSize(2);
        ClaimResult c9 = claim(r, "C9");
        assertThat(c9.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(c9.strength()).isEqualTo(Strength.CERTIFIED);
        assertThat(c9.evidence()).contains("not proved for what C9 is about").contains("The general argument, by hand");
        assertThat(r.steps()).noneMatch(s -> s.strength() == Strength.PROVED && s.claim().id().equals("C9"));
    }

    @Test
    void aSizeIndependentIdentityIsProvedForEverySize() {
        ScriptResult r = run("free-proved", ALGEBRA
                + "FreeIdentity(\"C9\", \"L_sigma\", \"printed\", \"g2 = W2 H - C W1^T\", \"a\", \"g2\", \"W2 H - C W1'\");\n"
                + "ProofArgument(\"C9\", \"L_sigma\", \"nothing else\")");
        assertThat(r.errors()).isEmpty();
        ProofStep s = r.steps().get(0);
        assertThat(s.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(s.strength()).isEqualTo(Strength.PROVED);
        assertThat(s.scope()).isEqualTo("every size m, k");
        assertThat(s.reason()).contains("the normal form of lhs - rhs is 0");
        ClaimResult c9 = claim(r, "C9");
        assertThat(c9.verdictWithStrength()).isEqualTo("HOLDS (proved)");
        assertThat(c9.evidence()).contains("every printed step is proved (every size m, k)").contains("nothing else");
        assertThat(r.shows()).anySatisfy(x -> assertThat(x[0]).isEqualTo("free algebra a"));
    }

    @Test
    void aFalseIdentityFailsWithItsNormalForm() {
        ScriptResult r = run("free-false", ALGEBRA
                + "FreeIdentity(\"C9\", \"L_sigma\", \"printed\", \"a sign error\", \"a\", \"g2\", \"W2 H + C W1'\")");
        assertThat(r.errors()).isEmpty();
        ProofStep s = r.steps().get(0);
        assertThat(s.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(s.computed()).isEqualTo("-2 C W1'");
        assertThat(s.reason()).contains("the normal form of lhs - rhs is -2 C W1'");
        assertThat(s.counterexample()).contains("W1 = ");
        assertThat(claim(r, "C9").verdictWithStrength()).isEqualTo("FAILS (certified)");
    }

    @Test
    void aShapeMismatchIsRefused() {
        ScriptResult r = run("free-shape", ALGEBRA
                + "FreeIdentity(\"C9\", \"L_sigma\", \"printed\", \"a typo\", \"a\", \"g2\", \"W1 H\")");
        assertThat(r.errors()).singleElement().asString().contains("shape mismatch");
        assertThat(r.steps()).noneMatch(x -> x.claim().id().equals("C9"));
        assertThat(r.steps()).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
    }

    @Test
    void oneDimensionalClaimsAreProvedByIdentitiesInFreeSymbolsOnly() {
        ScriptResult r = run("one-d",
                "ProofStep(\"C5\", \"L_sigma\", \"printed\", \"an identity in free symbols\", Expand((x + lam)^2), x^2 + 2*x*lam + lam^2, \"general\");\n"
                + "ProofStep(\"C6\", \"L_sigma\", \"printed\", \"a condition\", Expand((x + lam)^2 - x^2 - 2*x*lam - lam^2) === 0, True, \"general\");\n"
                + "ProofStep(\"C9\", \"L_sigma\", \"printed\", \"2 x 2 matrices\", {{a, b}, {c, d}} . {{1, 0}, {0, 1}}, {{a, b}, {c, d}}, \"general\");\n"
                + "ProofStep(\"C8\", \"L_sigma\", \"printed\", \"an instance\", 2 + 3, 5, \"at x = 2, lam = 3\")");
        assertThat(r.errors()).isEmpty();
        assertThat(r.steps().get(0).strength()).isEqualTo(Strength.PROVED);
        assertThat(r.steps().get(0).scope()).startsWith("m = n = k = 1");
        assertThat(r.steps().get(1).strength()).isEqualTo(Strength.CERTIFIED);
        assertThat(r.steps().get(1).reason()).contains("a condition is evaluated before the judge sees it");
        assertThat(r.steps().get(2).strength()).isEqualTo(Strength.CERTIFIED);
        assertThat(r.steps().get(2).scope()).isEqualTo("fixed sizes (the value is a 2 x 2 matrix)");
        assertThat(r.steps().get(3).strength()).isEqualTo(Strength.CERTIFIED);
        assertThat(r.steps().get(3).scope()).isEqualTo("x = 2, lam = 3");
        assertThat(claim(r, "C5").strength()).isEqualTo(Strength.PROVED);
        assertThat(claim(r, "C9").evidence()).contains("printed steps checked at fixed sizes (the value is a 2 x 2 matrix)");
        assertThat(claim(r, "C8").evidence()).contains("printed steps checked at x = 2, lam = 3");
    }

    @Test
    void anAlgebraWithAPinnedSizeCoversOnlyThatCase() {
        String alg = "FreeAlgebra(\"one\", \"dims m, k = 1; matrix U: k x k, V: k x k\");\n";
        ScriptResult r = run("pinned", alg
                + "FreeIdentity(\"C9\", \"L_sigma\", \"printed\", \"k = 1\", \"one\", \"U V\", \"V U\");\n"
                + "FreeIdentity(\"C5\", \"L_sigma\", \"printed\", \"k = 1\", \"one\", \"U V\", \"V U\")");
        assertThat(r.errors()).isEmpty();
        assertThat(r.steps().get(0).strength()).isEqualTo(Strength.CERTIFIED);
        assertThat(r.steps().get(0).scope()).isEqualTo("every size m with k = 1");
        assertThat(r.steps().get(0).reason()).contains("a part of what C9 is about");
        assertThat(r.steps().get(1).strength()).isEqualTo(Strength.PROVED);
    }

    @Test
    void aClaimIsProvedOnlyIfEveryPrintedStepIs() {
        ScriptResult r = run("mixed", ALGEBRA
                + "FreeIdentity(\"C9\", \"L_sigma\", \"printed\", \"for every size\", \"a\", \"g2\", \"W2 H - C W1'\");\n"
                + "ProofStep(\"C9\", \"L_sigma\", \"printed\", \"m = k = 1\", {{w2*w1*c - c}} . {{w1}} + lam*{{w2}}, {{w2*(lam + w1*c*w1) - c*w1}}, \"at m = k = 1\");\n"
                + "ProofStep(\"C9\", \"L_sigma\", \"lemma\", \"a certified lemma does not weaken it\", 1 + 1, 2)");
        ClaimResult c9 = claim(r, "C9");
        assertThat(c9.verdictWithStrength()).isEqualTo("HOLDS (certified)");
        assertThat(c9.evidence()).contains("printed steps checked at m = k = 1").contains("none stated in the script");
        ScriptResult proved = run("mixed-lemma", ALGEBRA
                + "FreeIdentity(\"C9\", \"L_sigma\", \"printed\", \"for every size\", \"a\", \"g2\", \"W2 H - C W1'\");\n"
                + "ProofStep(\"C9\", \"L_sigma\", \"lemma\", \"m = k = 1\", {{w2*w1*c - c}} . {{w1}} + lam*{{w2}}, {{w2*(lam + w1*c*w1) - c*w1}}, \"at m = k = 1\")");
        assertThat(claim(proved, "C9").verdictWithStrength()).isEqualTo("HOLDS (proved)");
    }
}
