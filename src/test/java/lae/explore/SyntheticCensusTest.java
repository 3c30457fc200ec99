package lae.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import lae.cli.Lae;
import lae.core.ClaimResult;
import lae.core.Progress;
import lae.core.Strength;
import lae.core.Verdict;
import lae.explore.SyntheticExplorer.DataSpec;
import lae.landscape.PredictedInertia;
import lae.model.DataMatrix;
import lae.report.JsonRenderer;
import lae.report.ReportWriter;
import picocli.CommandLine;

/** The synthetic census on small configurations: it agrees where the formula is right and fails where it is wrong. */
class SyntheticCensusTest {
    @TempDir
    Path dir;

    static DataSpec small() {
        return new DataSpec("small-6", 6, 8, 3, "(7 - i)/2", SyntheticExplorer.spectrum(6, i -> (7.0 - i) / 2), 4,
                new double[] {2}, 6, 0);
    }

    @Test
    void everyPredictedComponentMatchesTheFormulaAndNewtonStaysInside() {
        SyntheticCensusRun.Config cfg = new SyntheticCensusRun.Config(small(), 2.2, new double[] {1, 0.5, 0.05}, 6, 3, 9);
        SyntheticCensusRun.Result r = SyntheticCensusRun.run(cfg, Progress.NONE);
        for (SyntheticCensusRun.WeightResult w : r.weights()) {
            SyntheticCensus.WeightCensus c = w.census();
            // components: sum over l <= k of binom(m_s, l), every one checked
            int ms = c.universe();
            int expected = 0;
            for (int l = 0; l <= Math.min(3, ms); l++) {
                expected += binom(ms, l);
            }
            assertThat(c.components()).isEqualTo(expected);
            assertThat(c.allAgree()).as("w=%s %s", c.wSigma(), c.findings()).isTrue();
            assertThat(c.minima()).containsExactly(c.predictedMinimum());
            assertThat(w.newton().inside()).as("w=%s %s", c.wSigma(), w.newton().outside()).isEqualTo(w.newton().converged());
        }
        List<ClaimResult> v = SyntheticCensusReport.verdicts(r);
        assertThat(v.get(0).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(v.get(0).strength()).isEqualTo(Strength.EXHAUSTIVE);
        assertThat(v.get(2).claim().id()).isEqualTo("MB-C30");
        assertThat(v.get(2).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(v.get(v.size() - 1).strength()).isEqualTo(Strength.SAMPLED);
    }

    @Test
    void aWrongIndexFormulaWouldBeCaught() {
        // the census compares with SyntheticIndexFormula; the printed L_sigma count d_I + (k - l)(m - l) differs on
        // components with l < k when some c_i <= lambda_sigma, and the measured inertia must side with the formula
        DataMatrix data = small().data();
        SyntheticCensus census = new SyntheticCensus(data, 3, 2, 0, 1);
        SyntheticCensus.WeightCensus c = census.run(1, Progress.NONE);
        double[] s = data.singularValues();
        double[] cc = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            cc[i] = s[i] * s[i];
        }
        int[] empty = {};
        int printed = PredictedInertia.dI(empty) + 3 * 6;
        assertThat(PredictedInertia.index(cc, 2, 3, empty)).isNotEqualTo(printed);
        assertThat(c.allAgree()).isTrue();
    }

    @Test
    void boundaryWeightIsInconclusiveNotGuessed() {
        // s_2 = 2.5: s_2^2 = 6.25 = w lambda for w = 0.625, lambda = 10
        DataSpec d = small();
        SyntheticCensus census = new SyntheticCensus(d.data(), 3, 10, 0, 1);
        SyntheticCensus.WeightCensus c = census.run(0.625, Progress.NONE);
        assertThat(c.boundary()).isTrue();
        assertThat(c.allAgree()).isFalse();
    }

    @Test
    void rejectsAWeightWithoutASumRegulariser() {
        // the conjecture is about lambda_sigma > 0; w_sigma = 0 is L_pi, whose components are GL_k orbits
        SyntheticCensus census = new SyntheticCensus(small().data(), 3, 2, 0, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> census.run(0, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportIsWrittenAsOneDocument() throws Exception {
        SyntheticCensusRun.Config cfg = new SyntheticCensusRun.Config(small(), 2.2, new double[] {0.5}, 3, 1, 9);
        SyntheticCensusRun.Result r = SyntheticCensusRun.run(cfg, Progress.NONE);
        ReportWriter.write(SyntheticCensusReport.document(r, "test"), dir);
        JsonNode j = JsonRenderer.MAPPER.readTree(Files.readString(dir.resolve("explore/synthetic-census.json")));
        assertThat(j.get("kind").asText()).isEqualTo("explore");
        JsonNode first = j.get("results").get(0);
        assertThat(first.get("claim").asText()).isEqualTo("C30");
        assertThat(first.get("verdict").asText()).isEqualTo("HOLDS");
        assertThat(first.get("strength").asText()).isEqualTo("exhaustive");
        assertThat(first.get("cases_checked").asInt()).isEqualTo(r.weights().get(0).census().components());
        for (JsonNode res : j.get("results")) {
            assertThat(res.get("strength").asText()).isIn("exhaustive", "sampled");
        }
        assertThat(Files.readString(dir.resolve("explore/synthetic-census.md"))).contains("| exhaustive |");
    }

    @Test
    void badInputExitsWithCodeTwo() {
        CommandLine cl = Lae.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("explore", "synthetic-census", "--newton-starts", "-1", "--out", dir.toString()))
                .isEqualTo(Lae.EXIT_BAD_INPUT);
        assertThat(dir.resolve("explore/synthetic-census.md")).doesNotExist();
    }

    static int sumBinom(int n, int k) {
        int s = 0;
        for (int l = 0; l <= Math.min(n, k); l++) {
            s += binom(n, l);
        }
        return s;
    }

    static int binom(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return (int) r;
    }
}
