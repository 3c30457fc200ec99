package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lae.core.Verdict;
import lae.model.LossKind;
import lae.numeric.Schedule;

/** C25's training criteria on hand-made runs: a direction fails only when the run resolves it (Wedin's bound). */
class ImageTrainingVerdictsTest {
    static ImageRun run(double s1, double distance, double[] absCos, double[] wedin, double procrustes) {
        TrainingConfig c = TrainingConfig.of(LossKind.L_SIGMA, 8, 0.5, absCos.length, 1, 32, 0);
        TrainingResult r = new TrainingResult(c, 4, 40, new double[2 * absCos.length * 4], new double[1], new double[1], 0, 0.1);
        return new ImageRun(Schedule.Kind.CONSTANT, 0, absCos.length, 8, 8 * 313, r, absCos, absCos, new double[] {s1, 0.5},
                new double[0][0], distance, wedin, 0.1, 1e-3, null, procrustes);
    }

    @Test
    void aDirectionBelowTheToleranceFailsOnlyWhenTheRunResolvesIt() {
        double tol = ImageTrainingVerdicts.SIN_TOL;
        double[] good = {0.9999, 0.9995};
        double[] second = {0.9999, 0.9};
        assertThat(ImageTrainingVerdicts.directions(run(0.9, 1e-3, good, new double[] {0.01, 0.01}, 0)).verdict())
                .isEqualTo(Verdict.HOLDS);
        assertThat(ImageTrainingVerdicts.directions(run(0.9, 1e-3, second, new double[] {0.01, tol / 2}, 0)).verdict())
                .isEqualTo(Verdict.FAILS);
        assertThat(ImageTrainingVerdicts.directions(run(0.9, 1e-3, second, new double[] {0.01, 2 * tol}, 0)).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        // not near the minimum: s_1(W2) >= 1 bounds every critical point away, or the distance is too large
        assertThat(ImageTrainingVerdicts.directions(run(1.2, 1e-3, second, new double[] {0.01, tol / 2}, 0)).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(ImageTrainingVerdicts.directions(run(0.9, 0.5, second, new double[] {0.01, tol / 2}, 0)).why())
                .startsWith("not within");
    }

    @Test
    void anEmbeddingFailsOnlyNearTheMinimum() {
        double[] cos = {0.9999, 0.9999};
        double[] wedin = {0.01, 0.01};
        assertThat(ImageTrainingVerdicts.embedding(run(0.9, 1e-3, cos, wedin, 1e-4)).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(ImageTrainingVerdicts.embedding(run(0.9, 1e-3, cos, wedin, 0.5)).verdict()).isEqualTo(Verdict.FAILS);
        assertThat(ImageTrainingVerdicts.embedding(run(1.2, 1e-3, cos, wedin, 0.5)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(ImageTrainingVerdicts.embedding(run(0.9, 0.5, cos, wedin, 0.5)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }
}
