package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import lae.landscape.TableOne;
import lae.model.LossKind;
import lae.model.LossMember;

/** The matrix-free (Lanczos on hessianVector) cross-check of the Fashion-MNIST-scale census, on a small configuration. */
class CensusLanczosTest {
    @Test
    void ritzValuesLieOnTheBlockSpectrum() {
        double[] s = new double[12];
        for (int i = 0; i < s.length; i++) {
            s[i] = (13 - i) / 3.0;
        }
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            TableOne table = TableOne.of(LossMember.of(kind, 2.0), s);
            BlockHessian bh = new BlockHessian(table, 3);
            FashionCensus.LanczosRow r = FashionCensus.lanczosCheck(table, 3, new int[] {0, 2}, 40, bh, 5);
            assertThat(r.ok()).as("%s %s", kind, r).isTrue();
            assertThat(r.ritzChecked()).isGreaterThan(10);
            assertThat(r.ritzMax()).isCloseTo(r.blockMax(), org.assertj.core.data.Offset.offset(1e-8 * r.blockMax()));
        }
    }

    @Test
    void wrongSpectrumIsCaught() {
        double[] s = new double[10];
        for (int i = 0; i < s.length; i++) {
            s[i] = (11 - i) / 3.0;
        }
        double[] other = s.clone();
        other[0] *= 1.1;  // blocks from a different spectrum: the largest Ritz value has nothing near it
        BlockHessian wrong = new BlockHessian(TableOne.of(LossMember.of(LossKind.L, 2.0), other), 3);
        FashionCensus.LanczosRow r = FashionCensus.lanczosCheck(TableOne.of(LossMember.of(LossKind.L, 2.0), s), 3, new int[] {0, 1, 2}, 40, wrong, 5);
        assertThat(r.ok()).isFalse();
    }

    @Test
    void minimumAndNearestSaddlesComeFirst() {
        List<String> tags = new ArrayList<>();
        List<int[]> sets = FashionCensus.sets(30, 4, 10, 1, tags);
        assertThat(Census.label(sets.get(0))).isEqualTo("{1,2,3,4}");
        assertThat(tags.get(0)).isEqualTo("minimum");
        assertThat(tags).contains("saddle: swap", "saddle: drop", "random");
        assertThat(sets).hasSize(1 + 8 + 10);
    }
}
