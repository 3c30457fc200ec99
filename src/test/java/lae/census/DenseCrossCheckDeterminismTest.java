package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lae.check.Measurements;
import lae.model.DataMatrix;
import lae.model.LossKind;

/** The dense cross-check gives the same rows (statuses, counts, margins, where decided) on every run, whatever the thread count. */
class DenseCrossCheckDeterminismTest {

    @Test
    void sameRowsOnEveryRun() {
        DataMatrix data = DataMatrix.fromSingularValues(CensusTest.spectrum(6), 6, 8, 11);
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            Census c = Census.run(kind, 2.0, data.singularValues(), 3, 1, Measurements.Progress.NONE);
            DenseCrossCheck a = DenseCrossCheck.run(c, data, 2.0, 30, 5, 1, Measurements.Progress.NONE);
            DenseCrossCheck b = DenseCrossCheck.run(c, data, 2.0, 30, 5, 2, Measurements.Progress.NONE);
            assertThat(b.rows).as("%s rows", kind).isEqualTo(a.rows);
            assertThat(a.count(DenseCrossCheck.Status.AGREE)).as("%s agree", kind).isEqualTo(a.rows.size());
        }
    }
}
