package lae.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import lae.core.Verdict;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.report.ReportJson;

/** Short end-to-end runs that write reports into a temporary directory, and the NaN guard. */
class TrainingEndToEndTest {
    @TempDir
    Path out;

    @Test
    void shortArtificialRunWritesReportJsonAndFigures() throws Exception {
        TrainOptions o = TrainOptions.defaults(out).withEpochs(300, 600);
        ExperimentOutput r = ArtificialExperiment.run(o);
        assertThat(r.figures()).hasSize(3);
        for (Path f : r.figures()) {
            assertThat(Files.size(f)).isGreaterThan(5_000);
            assertThat(Files.readAllBytes(f)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        String md = Files.readString(r.markdown());
        assertThat(md).contains("artificial-figure3.png").contains("Criteria").contains("effective lambda");
        JsonNode j = ReportJson.MAPPER.readTree(r.json().toFile());
        assertThat(j.get("schema").asText()).isEqualTo("lae-report/1");
        assertThat(j.get("kind").asText()).isEqualTo("train");
        assertThat(j.get("results").size()).isEqualTo(r.results().size());
        assertThat(r.results()).extracting(c -> c.claim()).contains("C27", "C28", "C29");
        // after 300 epochs L_pi is already close to its Table-1 minimum and recovers the directions
        JsonNode lpi = j.get("measurements").get(1);
        assertThat(lpi.get("loss").asText()).startsWith("L_pi");
        assertThat(lpi.get("directions_recovered").asInt()).isEqualTo(8);
        assertThat(lpi.get("distance_to_minimum").asDouble()).isLessThan(0.05);
    }

    @Test
    void nanStopsTrainingAndKeepsTheLastGoodWeights() {
        double[] s = ArtificialExperiment.singularValues();
        DataMatrix d = DataMatrix.fromSingularValues(s, 20, 30, 1);
        double[] x = ArtificialExperiment.rowsOf(d.x());
        // an absurd learning rate makes the weights overflow within a few epochs
        TrainingConfig c = TrainingConfig.of(LossKind.L, 0, 0.5, 4, 50, 0, 3).withLearningRate(1e120);
        TrainingResult r = AdamTrainer.train(x, 20, 30, c, null);
        assertThat(r.stoppedOnNaN()).isTrue();
        assertThat(r.nanEpoch()).isGreaterThan(0).isLessThanOrEqualTo(50);
        assertThat(r.epochsCompleted()).isEqualTo(r.nanEpoch() - 1);
        for (double v : r.theta()) {
            assertThat(Double.isFinite(v)).isTrue();
        }
        assertThat(java.util.Arrays.stream(r.epochLoss()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() {
        double[] s = ArtificialExperiment.singularValues();
        DataMatrix d = DataMatrix.fromSingularValues(s, 20, 30, 2);
        double[] x = ArtificialExperiment.rowsOf(d.x());
        TrainingConfig c = TrainingConfig.of(LossKind.SYNTHETIC, 10, 0.3, 8, 20, 7, 5).withBias(true);
        double[] t1;
        double[] t2;
        try (MiniBatchLaeLoss one = new MiniBatchLaeLoss(x, 20, 30, 8, true, c.lambdaPi(), c.lambdaSigma(), 7, 1);
             MiniBatchLaeLoss two = new MiniBatchLaeLoss(x, 20, 30, 8, true, c.lambdaPi(), c.lambdaSigma(), 7, 2)) {
            t1 = AdamTrainer.train(one, AdamTrainer.initialParameters(20, c), c, null).theta();
            t2 = AdamTrainer.train(two, AdamTrainer.initialParameters(20, c), c, null).theta();
        }
        assertThat(t2).containsExactly(t1);
    }

    @Test
    void shortFashionMnistRunWritesFigure1() throws Exception {
        Path dir = ImageExperiment.DEFAULT_FASHION;
        assumeTrue(Files.isRegularFile(dir.resolve("t10k-images-idx3-ubyte.gz")),
                "Fashion-MNIST absent under " + dir + " (Debian package dataset-fashion-mnist): skipping the short run");
        TrainOptions o = TrainOptions.defaults(out).withEpochs(2, null);
        ExperimentOutput r = ImageExperiment.fashionMnist(o);
        assertThat(r.figures()).extracting(p -> p.getFileName().toString())
                .containsExactly("fashion-mnist-figure1.png", "fashion-mnist-embeddings.png");
        String md = Files.readString(r.markdown());
        assertThat(md).contains("Effective lambda").contains("2500").contains("|cos|");
        JsonNode j = ReportJson.MAPPER.readTree(r.json().toFile());
        assertThat(j.get("results").get(0).get("claim").asText()).isEqualTo("C25");
        JsonNode cos = j.get("measurements").get(0).get("abs_cos");
        assertThat(cos.size()).isEqualTo(9);
        // two epochs are enough for the leading principal direction
        assertThat(cos.get(0).asDouble()).isGreaterThan(0.9);
    }

    @Test
    void cifarWithoutDataSaysSoPlainly() throws Exception {
        ExperimentOutput r = ImageExperiment.cifar10(TrainOptions.defaults(out));
        assertThat(r.results()).singleElement().satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
        assertThat(Files.readString(r.markdown())).contains("Data set absent");
    }
}
