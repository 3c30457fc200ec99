package lae.check;

import lae.config.ClaimData;
import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Progress;
import lae.core.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.landscape.ComponentIdentifier;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.numeric.CriticalPointSolver;
import lae.numeric.HessianInertia;

/**
 * Every check can fail: a deliberately wrong formula (or, for the formula-free checks, a
 * deliberately wrong measurement) gives FAILS with a counterexample, while the right one holds.
 */
class ChecksCanFailTest {
    static final String SMALL = """
            name = "t"
            [data]
            m = 5
            n = 7
            singular_values = [3.0, 2.5, 2.0, 1.4, 1.0]
            seed = 4
            [model]
            k = 2
            lambda = 2.5
            [search]
            random_starts = 6
            perturbed_starts = 4
            dense_sample = 2
            seed = 3
            """;

    static CheckRun printed;

    @TempDir
    static Path dir;

    static ClaimFile file(String claims) throws IOException {
        Path p = Files.createTempFile(dir, "claims", ".toml");
        Files.writeString(p, SMALL + claims);
        return ClaimFile.load(p);
    }

    static CheckRun run(ClaimFile cf) {
        return CheckRun.run(cf, ClaimData.load(cf), Progress.NONE);
    }

    static ClaimResult result(CheckRun run, String claim, String loss) {
        Optional<ClaimResult> r = run.results().stream().filter(x -> x.claim().id().equals(claim) && x.loss().equals(loss)).findFirst();
        assertThat(r).as(claim + " " + loss).isPresent();
        return r.get();
    }

    @BeforeAll
    static void runPrinted() throws IOException {
        printed = run(file("""
                [claims.C9]
                [claims.C14]
                [claims.C15]
                [claims.C16]
                candidates_F = ["k*l + 7", "2*k*l - l^2"]
                [claims.C17]
                candidates = ["dI + (k - l)*(m0 - l)"]
                [claims.C18]
                candidates = ["pairsOutIn + 1", "pairsOutIn"]
                [claims.C19]
                [claims.C20]
                [claims.C21]
                [claims.C22]
                """));
    }

    @Test
    void printedStatementsGetTheVerdictsTheComputationGives() {
        // lambda = 2.5 lies between s_4^2 = 1.96 and s_3^2 = 4, so m0 = 3 < m = 5
        assertThat(result(printed, "C14", "L").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(result(printed, "C17", "L").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(result(printed, "C17", "L_pi").verdict()).isEqualTo(Verdict.HOLDS);
        ClaimResult c17 = result(printed, "C17", "L_sigma");
        assertThat(c17.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c17.counterexample()).contains("I={}");
        assertThat(c17.corrected()).contains("dI + (k - l)*(m0 - l)");
        ClaimResult c16 = result(printed, "C16", "L");
        assertThat(c16.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c16.corrected()).contains("2*k*l - l^2").doesNotContain("k*l + 7");
        assertThat(result(printed, "C16", "L_sigma").verdict()).isEqualTo(Verdict.HOLDS);
        ClaimResult c18 = result(printed, "C18", "-");
        assertThat(c18.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c18.counterexample()).contains("I={1}");
        assertThat(c18.corrected()).contains("pairsOutIn").doesNotContain("+ 1");
        assertThat(result(printed, "C21", "-").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(result(printed, "C9", "L_sigma").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(result(printed, "C22", "L_sigma").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(result(printed, "C20", "L_sigma").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void wrongFormulasFail() throws IOException {
        CheckRun run = run(file("""
                [claims.C16]
                formula_V = "k*l - l*(l+1)/2 + 1"
                [claims.C17]
                formula = "dI + (k - l)*(m - l) + 1"
                [claims.C18]
                formula = "pairsOutIn + 1"
                [claims.C22]
                formula = "Sqrt(1 - lambda/s^2) + 1"
                """));
        for (String[] c : new String[][] {{"C16", "L_sigma"}, {"C17", "L"}, {"C17", "L_pi"}, {"C18", "-"}, {"C22", "L_sigma"}}) {
            ClaimResult r = result(run, c[0], c[1]);
            assertThat(r.verdict()).as(c[0] + " " + c[1]).isEqualTo(Verdict.FAILS);
            assertThat(r.counterexample()).isNotBlank();
        }
    }

    @Test
    void formulaFreeChecksFailOnWrongMeasurements() throws IOException {
        ClaimFile cf = file("""
                [claims.C9]
                [claims.C14]
                [claims.C15]
                [claims.C19]
                [claims.C20]
                """);
        var data = ClaimData.load(cf);
        Measurements sigma = Measurements.empty(LossKind.L_SIGMA, 2.5, 3);
        Measurements plain = Measurements.empty(LossKind.L, 2.5, 3);
        HessianInertia saddle = HessianInertia.of(org.ejml.dense.row.CommonOps_DDRM.diag(-1, 1, 2));
        HessianInertia minimum = HessianInertia.of(org.ejml.dense.row.CommonOps_DDRM.diag(0.5, 1, 2));
        // C14: a point whose gradient is not zero; C19: an l < k point with no descending direction
        plain.components.add(new Measurements.ComponentCase(IndexSet.of(1), TableOne.Representative.IDENTITY, 1e-3, minimum));
        plain.components.add(new Measurements.ComponentCase(IndexSet.of(1, 2), TableOne.Representative.IDENTITY, 0, saddle));
        // C20: an index set within {1..m0} reported without a real point; C9/C15: an asymmetric point outside Table 1
        sigma.absent.add(IndexSet.of(2));
        LaePoint asym = LaePoint.zeros(5, 2);
        asym.w1.set(0, 0, 1);
        var res = new CriticalPointSolver.Result(asym, true, 1, 0, 1e-11, List.of(), "converged");
        sigma.search.add(new Measurements.SearchCase("random #0", null, res, new ComponentIdentifier.Identification(IndexSet.of(), 0.5, 0.5, 0.5, 0.5)));
        plain.search.add(new Measurements.SearchCase("random #0", null, res, new ComponentIdentifier.Identification(IndexSet.of(), 0.5, 0.5, 0.5, 0)));
        List<ClaimResult> rs = new ClaimEvaluator(cf, data, List.of(plain, sigma), new AssumptionViolations(List.of(), List.of())).evaluate();
        for (String[] c : new String[][] {{"C14", "L"}, {"C15", "L"}, {"C15", "L_sigma"}, {"C19", "L"}, {"C20", "L_sigma"}, {"C9", "L_sigma"}}) {
            ClaimResult r = rs.stream().filter(x -> x.claim().id().equals(c[0]) && x.loss().equals(c[1])).findFirst().orElseThrow();
            assertThat(r.verdict()).as(c[0] + " " + c[1]).isEqualTo(Verdict.FAILS);
            assertThat(r.counterexample()).as(c[0] + " " + c[1]).isNotBlank();
        }
    }
}
