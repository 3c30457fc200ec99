package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lae.core.Verdict;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.numeric.HessianInertia;

/** The training criteria on hand-made measurements: INCONCLUSIVE when a run cannot tell, FAILS only when it can. */
class ArtificialTrainingVerdictsTest {

    static HessianInertia inertia(double... eigenvalues) {
        DMatrixRMaj d = new DMatrixRMaj(eigenvalues.length, eigenvalues.length);
        for (int i = 0; i < eigenvalues.length; i++) {
            d.set(i, i, eigenvalues[i]);
        }
        return HessianInertia.of(d);
    }

    static ArtificialRun run(double distToMin, int rank, double relAsym, boolean near, double moved,
                                             HessianInertia h, double criticalDist, int criticalRank) {
        TrainingConfig c = TrainingConfig.of(LossKind.SYNTHETIC, 10, 0.5, 8, 10, 0, 0);
        DMatrixRMaj w1 = new DMatrixRMaj(8, 20);
        CommonOps_DDRM.fill(w1, 0.1);
        DMatrixRMaj w2 = new DMatrixRMaj(20, 8);
        CommonOps_DDRM.fill(w2, 0.1);
        LaePoint p = new LaePoint(w1, w2);
        TrainingResult r = new TrainingResult(c, 20, 30, new double[2 * 8 * 20], new double[10], new double[10], 0, 0.1);
        return new ArtificialRun(c, r, p, new double[1][1], new double[8], distToMin, 8, 0.999, rank, 0,
                relAsym, near, moved, near ? null : "too far", near ? p : null, 1e-12, h, criticalDist, criticalRank, 1e-12);
    }

    @Test
    void transposeIsDecidedOnlyBeyondTheRunsResolution() {
        HessianInertia min = inertia(1, 2, 3);
        // vanished: symmetric
        assertThat(ArtificialTrainingVerdicts.transpose(run(1e-3, 8, 1e-8, true, 1e-3, min, 0, 8), true).verdict())
                .isEqualTo(Verdict.HOLDS);
        assertThat(ArtificialTrainingVerdicts.transpose(run(1e-3, 8, 1e-8, true, 1e-3, min, 0, 8), false).verdict())
                .isEqualTo(Verdict.FAILS);
        // far above sqrt(2) x distance to the critical point: the critical point nearby is asymmetric too
        assertThat(ArtificialTrainingVerdicts.transpose(run(1e-3, 8, 0.3, true, 1e-3, min, 0, 8), true).verdict())
                .isEqualTo(Verdict.FAILS);
        assertThat(ArtificialTrainingVerdicts.transpose(run(1e-3, 8, 0.3, true, 1e-3, min, 0, 8), false).verdict())
                .isEqualTo(Verdict.HOLDS);
        // not vanished, but within the run's resolution: cannot tell
        assertThat(ArtificialTrainingVerdicts.transpose(run(1e-3, 8, 5e-3, true, 1e-2, min, 0, 8), true).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        // not near a critical point
        assertThat(ArtificialTrainingVerdicts.transpose(run(1e-3, 8, 0.3, false, Double.NaN, null, Double.NaN, -1), true).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void missingTheMinimumFailsOnlyNearAnotherCriticalPoint() {
        HessianInertia min = inertia(1, 2, 3);
        HessianInertia saddle = inertia(-1, 2, 3);
        assertThat(ArtificialTrainingVerdicts.reaches(run(5e-3, 8, 0, true, 1e-3, min, 1e-12, 8), 8, false).verdict())
                .isEqualTo(Verdict.HOLDS);
        // Newton lands on the claimed minimum, but the run is not yet within 1 %: not converged
        assertThat(ArtificialTrainingVerdicts.reaches(run(2e-2, 8, 0, true, 1e-2, min, 1e-12, 8), 8, false).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        // near a saddle: Adam stopped elsewhere
        assertThat(ArtificialTrainingVerdicts.reaches(run(0.5, 8, 0, true, 1e-2, saddle, 0.5, 8), 8, false).verdict())
                .isEqualTo(Verdict.FAILS);
        assertThat(ArtificialTrainingVerdicts.reaches(run(0.5, 8, 0, false, Double.NaN, null, Double.NaN, -1), 8, false).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
    }
}
