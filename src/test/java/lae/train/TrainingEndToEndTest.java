package lae.train;

import lae.core.Reading;
import lae.core.ClaimId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;
import lae.data.Cifar10Binary;
import lae.data.ImageDatasets;
import lae.model.LossKind;
import lae.report.ReportDocument;
import lae.report.ReportWriter;
import lae.numeric.Schedule;

/** Short end-to-end runs rendered into a temporary directory, and the NaN guard. */
class TrainingEndToEndTest {
    @TempDir
    Path out;

    @Test
    void shortArtificialRunGivesBothReadingsForEveryClaim() throws Exception {
        // one schedule keeps the test short (Newton from every trained point dominates); the rows are per schedule
        TrainOptions o = TrainOptions.defaults().withEpochs(300).withSeeds(1).withSchedules(List.of(Schedule.Kind.KERAS_DECAY));
        ReportDocument d = ArtificialExperiment.run(o);
        assertThat(d.name()).isEqualTo("train/artificial");
        for (ClaimId claim : List.of(ClaimId.C27, ClaimId.C28, ClaimId.C29)) {
            assertThat(d.results()).filteredOn(r -> r.claim() == claim && r.reading() == Reading.LANDSCAPE)
                    .isNotEmpty().allSatisfy(r -> assertThat(r.strength()).isEqualTo(Strength.SAMPLED));
            assertThat(d.results()).filteredOn(r -> r.claim() == claim && r.reading() == Reading.TRAINING)
                    .isNotEmpty().allSatisfy(r -> {
                        assertThat(r.strength()).isEqualTo(Strength.OBSERVED);
                        assertThat(r.loss()).endsWith("keras-decay");
                    });
        }
        // the printed count of descending directions fails at the rank-m0 minimum of L_sigma, whatever the optimiser
        assertThat(d.results()).filteredOn(r -> r.claim() == ClaimId.C27 && r.loss().equals("L_sigma")
                && r.reading() == Reading.LANDSCAPE && r.evidence().startsWith("printed"))
                .singleElement().satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.FAILS));
        ReportWriter.Written w = ReportWriter.write(d, out);
        assertThat(Files.readString(w.markdown())).contains("keras-decay").contains("Criteria")
                .contains("artificial-figure3.png").contains("artificial-figure4.png");
        for (String f : List.of("artificial-figure3.png", "artificial-figure4.png")) {
            assertThat(Files.readAllBytes(w.markdown().resolveSibling(f))).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        JsonNode j = new ObjectMapper().readTree(w.json().toFile());
        assertThat(j.get("results").size()).isEqualTo(d.results().size());
        assertThat(j.get("results").get(0).get("reading").asText()).isEqualTo("landscape");
    }

    @Test
    void nanStopsTrainingAndKeepsTheLastGoodWeights() {
        double[] x = ArtificialSetup.rowsOf(ArtificialSetup.data(1).x());
        // an absurd learning rate makes the weights overflow within a few epochs
        TrainingConfig c = TrainingConfig.of(LossKind.L, 0, 0.5, 4, 50, 0, 3).withLearningRate(1e120);
        TrainingResult r = AdamTrainer.train(x, 20, 30, c, null);
        assertThat(r.stoppedOnNaN()).isTrue();
        assertThat(r.nanEpoch()).isGreaterThan(0).isLessThanOrEqualTo(50);
        assertThat(r.epochsCompleted()).isEqualTo(r.nanEpoch() - 1);
        for (double v : r.theta()) {
            assertThat(Double.isFinite(v)).isTrue();
        }
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() {
        double[] x = ArtificialSetup.rowsOf(ArtificialSetup.data(2).x());
        TrainingConfig c = TrainingConfig.of(LossKind.SYNTHETIC, 10, 0.3, 8, 20, 7, 5).withBias(true)
                .withSchedule(Schedule.kerasDecay(0.05, 1e-3));
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
    void cifarWithoutDataSaysHowToSupplyItAndIsInconclusive() throws Exception {
        ReportDocument d = ImageExperiment.cifar10(TrainOptions.defaults());
        assertThat(d.results()).hasSize(3).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE));
        assertThat(d.results()).extracting(ClaimResult::reading).containsExactly(Reading.LANDSCAPE, Reading.TRAINING, Reading.TRAINING);
        ReportWriter.Written w = ReportWriter.write(d, out);
        assertThat(Files.readString(w.markdown())).contains("Data set absent").contains("--data").contains("test_batch.bin")
                .contains("30,730,000 bytes");
    }

    @Test
    void cifarPipelineRunsOnAGeneratedTestBatch() throws Exception {
        // 40 generated records: the loader (CCIR 601 luma), PCA, the landscape check, training and the report
        int n = 40;
        java.util.Random rnd = new java.util.Random(11);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int r = 0; r < n; r++) {
            b.write(r % 10);
            for (int p = 0; p < 3 * Cifar10Binary.PIXELS; p++) {
                b.write((int) (128 + 60 * Math.sin(p * 0.01 * (1 + r % 7)) + 20 * rnd.nextGaussian()) & 0xff);
            }
        }
        Path f = Files.write(out.resolve("gen_batch.bin"), b.toByteArray());
        TrainOptions o = TrainOptions.defaults().withEpochs(2).withSeeds(2).withData(f)
                .withSchedules(List.of(Schedule.Kind.KERAS_DECAY));
        ReportDocument d = ImageExperiment.cifar10(o);
        assertThat(d.results()).extracting(ClaimResult::claim).containsOnly(ClaimId.C26);
        assertThat(d.results()).extracting(ClaimResult::reading).containsExactly(Reading.LANDSCAPE, Reading.TRAINING);
        assertThat(d.figures()).extracting(ReportDocument.Figure::file).containsExactly("cifar10-figure2.png");
        ReportWriter.write(d, out);
        assertThat(Files.readString(out.resolve("train/cifar10.md"))).contains("CCIR 601 luma");
    }

    @Test
    void shortFashionMnistRunJudgesTheLandscapeAndMarksAnUntrainedRunInconclusive() throws Exception {
        Path dir = ImageDatasets.FASHION_MNIST_DIR;
        assumeTrue(Files.isRegularFile(dir.resolve("t10k-images-idx3-ubyte.gz")),
                "Fashion-MNIST absent under " + dir + " (Debian package dataset-fashion-mnist): skipping the short run");
        TrainOptions o = TrainOptions.defaults().withEpochs(1).withSeeds(1).withSchedules(List.of(Schedule.Kind.KERAS_DECAY));
        ReportDocument d = ImageExperiment.fashionMnist(o);
        // the Table-1 minimum I = {1..9} of L_sigma(lambda_eff = 8 x 313) is critical and a minimum, by blocks
        assertThat(d.results()).filteredOn(r -> r.reading() == Reading.LANDSCAPE)
                .hasSize(2).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.HOLDS));
        assertThat(d.results()).filteredOn(r -> r.reading() == Reading.TRAINING).hasSize(2)
                .allSatisfy(r -> assertThat(r.verdict()).isNotEqualTo(Verdict.HOLDS));
        ReportWriter.write(d, out);
        assertThat(Files.readString(out.resolve("train/fashion-mnist.md"))).contains("2504").contains("Wedin")
                .contains("principal-angle");
    }
}
