package lae.explore;

import lae.core.Tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import lae.cli.Lae;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.report.JsonRenderer;
import lae.report.Provenance;
import picocli.CommandLine;

/** The synthetic-loss explorer (issue 5): CI run on the small grid, detection of asymmetry, refutation of a wrong formula. */
class ExploreSyntheticTest {
    @TempDir
    Path dir;

    /** s = (2, 1.5, 1, 0.5), k = 3, lambda = 1.5: small enough for many starts in well under a second. */
    static SyntheticExplorer.Grid tiny(double[] wSigmas, int starts) {
        SyntheticExplorer.DataSpec d = new SyntheticExplorer.DataSpec("square-4", 4, 4, 3, "(5 - i)/2",
                new double[] {2, 1.5, 1, 0.5}, 3, new double[] {1.5}, starts, starts);
        return new SyntheticExplorer.Grid("tiny", List.of(d), wSigmas, 50, 10, 1e-3, 5);
    }

    @Test
    void smallGridRunsThroughTheCliAndWritesTheReport() throws IOException {
        long t0 = System.nanoTime();
        CommandLine cl = Lae.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("explore", "synthetic", "--grid", "small", "--seed", "1", "--out", dir.toString(), "-q");
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("explore --grid small: %.1f s%n", seconds);
        assertThat(code).as(err.toString()).isZero();
        assertThat(dir.resolve("explore/synthetic.md")).exists();
        assertThat(dir.resolve("explore/synthetic-asymmetry.png")).exists();
        assertThat(dir.resolve("explore/synthetic-adam.png")).exists();
        JsonNode j = JsonRenderer.MAPPER.readTree(Files.readString(dir.resolve("explore/synthetic.json")));
        assertThat(j.get("schema").asText()).isEqualTo(Provenance.SCHEMA);
        assertThat(j.get("kind").asText()).isEqualTo("explore");
        assertThat(j.get("results")).extracting(r -> r.get("claim").asText()).contains("C28", "C29", "C30");
        for (JsonNode r : j.get("results")) {
            assertThat(r.get("verdict").asText()).isIn("HOLDS", "FAILS", "INCONCLUSIVE");
            // a Newton census from random starts is sampled evidence about the landscape, never a bare HOLDS
            assertThat(r.get("strength").asText()).isEqualTo("sampled");
            assertThat(r.get("reading").asText()).isEqualTo("landscape");
        }
        assertThat(Files.readString(dir.resolve("explore/synthetic.md"))).contains("| sampled |");
        // w_sigma = 0 is the pure product loss: its GL_k orbits hold asymmetric critical points
        JsonNode perW = j.get("data").get("per_w_sigma");
        JsonNode last = perW.get(perW.size() - 1);
        assertThat(last.get("w_sigma").asDouble()).isZero();
        assertThat(last.get("transpose_at_every_critical_point").asBoolean()).isFalse();
        assertThat(j.get("data").get("adam")).hasSize(SyntheticExplorer.W_SIGMAS.length);
    }

    @Test
    void badInputExitsWithCodeTwoAndWritesNothing() {
        CommandLine cl = Lae.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("explore", "nonsense", "--out", dir.toString())).isEqualTo(Lae.EXIT_BAD_INPUT);
        assertThat(cl.execute("explore", "synthetic", "--grid", "huge", "--out", dir.toString())).isEqualTo(Lae.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--grid");
        assertThat(dir.resolve("explore/synthetic.md")).doesNotExist();
    }

    @Test
    void asymmetricCriticalPointsAreDetectedWhereTheyExist() {
        SyntheticExplorer.Result r = new SyntheticExplorer(tiny(new double[] {0.5, 0}, 6),
                SyntheticExplorer.defaultCandidates(), lae.job.ExplorerAdam.INSTANCE, lae.core.Progress.NONE).run();
        WeightSummary zero = ExploreAnalysis.summary(r, 0);
        WeightSummary half = ExploreAnalysis.summary(r, 0.5);
        assertThat(zero.converged()).isPositive();
        assertThat(zero.probeAsymmetricCritical()).isPositive();
        assertThat(zero.maxProbeAsymmetry()).isGreaterThan(1e-2);
        assertThat(zero.transposeEverywhere()).isFalse();
        // the detected point is critical for L_pi and far from symmetric: check it independently of the explorer
        SyntheticExplorer.Point p = r.cellsAt(0).get(0).converged().stream()
                .filter(SyntheticExplorer.Point::probeAsymmetricCritical).findFirst().orElseThrow();
        assertThat(p.probeGradient()).isLessThanOrEqualTo(Tolerance.GAUGE_PROBE.value());
        // and where lambda_sigma > 0 the same probe leaves the critical set: no asymmetric critical point
        assertThat(half.converged()).isPositive();
        assertThat(half.probeAsymmetricCritical()).isZero();
        assertThat(half.transposeEverywhere()).isTrue();
    }

    @Test
    void aWrongCompressionCandidateIsRefutedAndTheRightOneVerified() {
        List<SyntheticExplorer.Candidate> cands = List.of(
                new SyntheticExplorer.Candidate("right", "Sqrt((s^2 - ws*lambda)/(s^2 + (1 - ws)*lambda))"),
                new SyntheticExplorer.Candidate("wrong: lambda_pi dropped", "Sqrt((s^2 - ws*lambda)/s^2)"));
        SyntheticExplorer.Result r = new SyntheticExplorer(tiny(new double[] {0.5}, 9), cands, lae.job.ExplorerAdam.INSTANCE, lae.core.Progress.NONE).run();
        WeightSummary s = ExploreAnalysis.summary(r, 0.5);
        assertThat(s.converged()).isGreaterThanOrEqualTo(8);
        assertThat(s.candidateVerified()[0]).isEqualTo(s.converged());
        assertThat(s.candidateVerified()[1]).isLessThan(s.converged());
        assertThat(s.candidateWorst()[1]).isGreaterThan(1e-2);
    }

    @Test
    void criticalPointsAreBalancedWhenLambdaSigmaIsPositive() {
        // the lemma of the report: (df/dW1) W1^T - W2^T (df/dW2) = 2 lambda_sigma (W1 W1^T - W2^T W2) at every point
        DataMatrix d = DataMatrix.fromSingularValues(new double[] {2, 1.5, 1, 0.5}, 4, 4, 3);
        double lambda = 1.5;
        double ws = 0.3;
        RegularizedLaeLoss f = RegularizedLaeLoss.of(LossKind.SYNTHETIC, lambda, ws, d.covariance(), 3);
        Random rnd = new Random(1);
        double[] v = new double[24];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian();
        }
        LaePoint p = LaePoint.fromVector(v, 4, 3);
        LaePoint g = f.gradient(p);
        DMatrixRMaj lhs = new DMatrixRMaj(3, 3);
        DMatrixRMaj t = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.multTransB(g.w1, p.w1, lhs);
        CommonOps_DDRM.multTransA(p.w2, g.w2, t);
        CommonOps_DDRM.subtractEquals(lhs, t);
        DMatrixRMaj rhs = new DMatrixRMaj(3, 3);
        CommonOps_DDRM.multTransB(p.w1, p.w1, rhs);
        CommonOps_DDRM.multTransA(p.w2, p.w2, t);
        CommonOps_DDRM.subtractEquals(rhs, t);
        CommonOps_DDRM.scale(2 * ws * lambda, rhs);
        CommonOps_DDRM.subtractEquals(lhs, rhs);
        assertThat(NormOps_DDRM.normF(lhs)).isLessThan(1e-12 * (1 + NormOps_DDRM.normF(rhs)));
    }
}
