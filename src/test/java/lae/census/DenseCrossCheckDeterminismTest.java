package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lae.model.DataMatrix;
import lae.landscape.TableOne;
import lae.model.LossKind;
import lae.model.LossMember;

/** The dense cross-check gives the same rows (statuses, counts, margins, where decided) on every run, whatever the thread count. */
class DenseCrossCheckDeterminismTest {

    @Test
    void sameRowsOnEveryRun() {
        DataMatrix data = DataMatrix.fromSingularValues(CensusTest.spectrum(6), 6, 8, 11);
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            Census c = Census.run(TableOne.of(LossMember.of(kind, 2.0), data.singularValues()), 3, 1, lae.core.Progress.NONE);
            DenseCrossCheck a = DenseCrossCheck.run(c, data, 30, 5, 1, lae.core.Progress.NONE);
            DenseCrossCheck b = DenseCrossCheck.run(c, data, 30, 5, 2, lae.core.Progress.NONE);
            assertThat(b.rows()).as("%s rows", kind).isEqualTo(a.rows());
            assertThat(a.count(DenseCrossCheck.Status.AGREE)).as("%s agree", kind).isEqualTo(a.rows().size());
        }
    }
}
