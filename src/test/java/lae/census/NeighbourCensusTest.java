package lae.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.cli.Lae;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.InputException;
import lae.core.Progress;
import lae.core.Reading;
import lae.core.Verdict;
import lae.landscape.NonUniformTableOne;
import lae.model.LaePoint;
import lae.model.NeighbourLoss;
import picocli.CommandLine;

/** The neighbours' census: its checks against the dense Hessian and Newton, its claim files, its refusals. */
class NeighbourCensusTest {
    @TempDir
    Path dir;

    @Test
    void theNonUniformCensusFindsNothingOutsideItsClassification() {
        double[] sigma = {16, 9, 4, 1, 0.25};
        NeighbourLoss loss = NeighbourLoss.parse("L_nonuniform(1/2, 3, 5/4)", 1, 3);
        NonUniformCensus.Result r = NonUniformCensus.run(sigma, loss, 30, 200, 0, 0, 3, Progress.NONE);
        assertThat(r.exhaustive()).isTrue();
        assertThat(r.failed()).as(String.join("; ", r.failures())).isZero();
        assertThat(r.denseChecked()).isEqualTo(r.checked());
        assertThat(r.newton().converged()).isPositive();
        assertThat(r.newton().outside()).isEmpty();
        boolean[] holds = new boolean[2];
        NonUniformSection.morse(r.histogram(), holds);
        assertThat(holds).containsExactly(true, true);
        // the conditioning from the blocks equals the dense Hessian's
        for (NonUniformCensus.Conditioning c : r.conditioning()) {
            assertThat(c.condition()).isCloseTo(c.dense(), org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
    }

    @Test
    void aPointOffTheClassificationIsNotIdentified() {
        NonUniformTableOne t = NonUniformTableOne.of(new double[] {9, 4, 1}, new double[] {2, 5});
        LaePoint p = t.point(List.of(1, 0));
        assertThat(NonUniformCensus.identify(t, p)).containsExactly(1, 0);
        LaePoint mixed = p.copy();
        mixed.w1.set(0, 0, 0.3);
        assertThat(NonUniformCensus.identify(t, mixed)).isNull();
        LaePoint unbalanced = p.copy();
        unbalanced.w2.set(1, 0, 2 * unbalanced.w2.get(1, 0));
        assertThat(NonUniformCensus.identify(t, unbalanced)).isNull();
    }

    @Test
    void theMorseCheckCanFail() {
        java.util.TreeMap<Integer, List<java.math.BigInteger>> h = new java.util.TreeMap<>();
        h.put(0, List.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO));
        h.put(1, List.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO));
        boolean[] holds = new boolean[2];
        NonUniformSection.morse(h, holds);
        assertThat(holds).containsExactly(false, false);
    }

    @Test
    void theCommittedClaimFilesGiveTheirVerdicts() {
        NeighbourClaimFile cf = NeighbourClaimFile.load(Path.of("checks/bao2020/bao2020-m3-k2.toml"));
        assertThat(cf.paper).isEqualTo("bao2020");
        List<ClaimResult> rs = NeighbourReport.document(cf, dir, Progress.NONE).results();
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.claim()).isEqualTo(ClaimId.BAO_1);
            assertThat(r.reading()).isEqualTo(Reading.LANDSCAPE);
            assertThat(r.verdict()).isEqualTo(Verdict.HOLDS);
        });
        assertThat(rs).filteredOn(r -> r.claim() == ClaimId.BAO_1 && r.reading() == Reading.TRAINING).singleElement()
                .satisfies(r -> assertThat(r.verdict()).as(r.evidence()).isEqualTo(Verdict.HOLDS));
        NeighbourClaimFile tied = NeighbourClaimFile.load(Path.of("checks/kunin2019/kunin2019-m3-k2.toml"));
        List<ClaimResult> ts = NeighbourReport.document(tied, dir, Progress.NONE).results();
        assertThat(ts).filteredOn(r -> r.claim() == ClaimId.KUNIN_T1).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.HOLDS));
        assertThat(ts).filteredOn(r -> r.claim() == ClaimId.KUNIN_MB).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.HOLDS));
        // no reports in dir: the derived verdicts have no premise
        assertThat(ts).filteredOn(r -> r.claim() == ClaimId.KUNIN_1).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
    }

    @Test
    void aWrongNumberOfWeightsExitsTwoNamingTheField() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bao2020"));
        Path f = folder.resolve("bad.toml");
        Files.writeString(f, Files.readString(Path.of("checks/bao2020/bao2020-m3-k2.toml")).replace("L_nonuniform(2, 5)", "L_nonuniform(2, 5, 7)"));
        assertThatThrownBy(() -> NeighbourClaimFile.load(f)).isInstanceOf(InputException.class).hasMessageContaining("model.losses")
                .hasMessageContaining("k = 2");
        CommandLine cl = Lae.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("neighbours", "-q", "--out", dir.resolve("out").toString(), f.toString())).isEqualTo(2);
        Path elsewhere = dir.resolve("x.toml");
        Files.writeString(elsewhere, Files.readString(Path.of("checks/bao2020/bao2020-m3-k2.toml")));
        assertThatThrownBy(() -> NeighbourClaimFile.load(elsewhere)).hasMessageContaining("checks/bao2020/");
    }
}
