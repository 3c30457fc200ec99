package lae.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.cli.Lae;
import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;
import lae.model.LossKind;
import lae.report.ReportDocument;

/** The topology report's verdicts on Section 4.2's configuration and on one where the printed index is right, and the verb end to end. */
class TopologyReportTest {
    static final List<LossKind> LOSSES = List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA);

    static double[] section42() {
        double[] s = new double[20];
        for (int i = 1; i <= 20; i++) {
            s[i - 1] = (21 - i) / 5.0;
        }
        return s;
    }

    static ClaimResult row(ReportDocument d, String claim, String loss) {
        return d.results().stream().filter(r -> r.claim().id().equals(claim) && r.loss().equals(loss)).findFirst().orElseThrow();
    }

    @Test
    void section42PrintedIndexFailsTheMorseBottIdentityAndTheCorrectedOneHolds() {
        ReportDocument d = TopologyReport.document(new TopologyReport.Inputs("s42", "test", 20, 30, 8, List.of(10.0), LOSSES, section42()));
        assertThat(d.name()).isEqualTo("topology/s42");
        assertThat(d.results()).hasSize(6);
        ClaimResult printed = row(d, "MB-C17", "L_sigma");
        assertThat(printed.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(printed.strength()).isEqualTo(Strength.CERTIFIED);
        // with the printed index the minimum {1..5} gets index (8-5)(20-5) = 45: nothing has index 0, Q_0 = MB(0) - 1 = -1
        assertThat(printed.counterexample()).contains("Q_0 = -1", "m=2, k=1, m0=0");
        assertThat(printed.corrected()).contains("dI + (k - l)*(m0 - l)");
        assertThat(row(d, "MB-C17-corrected", "L_sigma").verdict()).isEqualTo(Verdict.HOLDS);
        for (String loss : List.of("L", "L_pi")) {
            assertThat(row(d, "MB-C17", loss).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(row(d, "MB-C17", loss).evidence()).contains("not coercive");
        }
    }

    @Test
    void printedIndexHoldsWhenLambdaIsBelowEverySquaredSingularValue() {
        double[] s = {3.0, 2.6, 2.1, 1.7, 1.3, 1.0};
        ReportDocument d = TopologyReport.document(new TopologyReport.Inputs("below", "test", 6, 8, 3, List.of(0.5), LOSSES, s));
        assertThat(row(d, "MB-C17", "L_sigma").verdict()).isEqualTo(Verdict.HOLDS);
        // a repeated singular value breaks the theorem's assumption: INCONCLUSIVE, not a guess
        double[] rep = {3.0, 2.6, 2.6, 1.7, 1.3, 1.0};
        ReportDocument r = TopologyReport.document(new TopologyReport.Inputs("rep", "test", 6, 8, 3, List.of(0.5), LOSSES, rep));
        assertThat(row(r, "MB-C17-corrected", "L_sigma").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(row(r, "MB-C17-corrected", "L_sigma").evidence()).contains("distinct");
    }

    @Test
    void aMissingComponentIsCaught() {
        // the corrected L_sigma classification of m0 = 5, k = 8 without its minimum: MB(0) = 0
        ComponentCensus c = new ComponentCensus(5, 8, CountLaw.correctedIndex(5, 8, "m0"), CountLaw.nullityV(8));
        IntPolynomial mb = MorseBottTest.polynomial(c);
        IntPolynomial minimum = StiefelPoincare.z2(8, 5);   // I = {1..5}, index 0
        assertThat(MorseBottTest.test(mb).holds()).isTrue();
        assertThat(MorseBottTest.test(mb.minus(minimum)).holds()).isFalse();
    }

    @Test
    void topologyVerbWritesTheReport(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("tiny-topology.toml");
        Files.writeString(cfg, """
                name = "tiny-topology"
                [data]
                m = 6
                n = 8
                singular_values = [3.0, 2.6, 2.1, 1.7, 1.3, 1.0]
                seed = 5
                [model]
                k = 3
                lambda = 2.2
                losses = ["L", "L_pi", "L_sigma"]
                [claims.C17]
                """);
        Path out = dir.resolve("out");
        int code = Lae.commandLine().execute("topology", cfg.toString(), "--out", out.toString(), "-q");
        assertThat(code).isZero();
        String md = Files.readString(out.resolve("topology/tiny-topology.md"));
        assertThat(md).contains("MB-C17", "MB-C17-corrected", "FAILS", "HOLDS", "INCONCLUSIVE");
        assertThat(out.resolve("topology/tiny-topology.json")).exists();
        assertThat(Lae.commandLine().execute("topology", dir.resolve("missing.toml").toString(), "--out", out.toString(), "-q")).isEqualTo(2);
    }
}
