package lae.census;

import lae.core.ClaimId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import lae.core.Verdict;
import lae.model.DataMatrix;
import lae.landscape.PredictedInertia;
import lae.landscape.TableOne;
import lae.model.LossKind;
import lae.model.LossMember;
import lae.symbolic.BlockInertiaFormulas;
import lae.symbolic.ExactInertia;

/** The census against the dense way on every component, against the exact block formulas, and failing on a wrong formula. */
class CensusTest {
    static final List<LossKind> LOSSES = List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA);

    static double[] spectrum(int r) {
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            s[i] = (r + 1 - i) / 2.0;
        }
        return s;
    }

    @ParameterizedTest(name = "m={0} n={1} k={2} lambda={3}")
    @CsvSource({"6, 8, 3, 2.0", "5, 7, 4, 3.1", "7, 8, 2, 0.9"})
    void everyComponentAgreesWithTheDenseWay(int m, int n, int k, double lambda) {
        DataMatrix data = DataMatrix.fromSingularValues(spectrum(Math.min(m, n)), m, n, 11);
        for (LossKind kind : LOSSES) {
            Census c = Census.run(TableOne.of(LossMember.of(kind, lambda), data.singularValues()), k, 2, lae.core.Progress.NONE);
            assertThat(c.size()).isGreaterThan(0);
            assertThat(c.undecidedCount()).as("%s undecided", kind).isZero();
            assertThat(c.nonCriticalCount()).as("%s not critical", kind).isZero();
            DenseCrossCheck d = DenseCrossCheck.run(c, data, Integer.MAX_VALUE, 3, 2, lae.core.Progress.NONE);
            assertThat(d.rows()).hasSize(c.size());
            assertThat(d.count(DenseCrossCheck.Status.DISAGREE)).as("%s disagree", kind).isZero();
            assertThat(d.count(DenseCrossCheck.Status.AGREE)).as("%s agree", kind).isEqualTo(c.size());
            // the only raw (as-drawn) non-agreements come from ill-conditioned random representatives
            for (DenseCrossCheck.Row r : d.rows()) {
                if (r.rawStatus() != DenseCrossCheck.Status.AGREE) {
                    assertThat(r.kappa()).as("%s %s kappa(G)", kind, r.set()).isGreaterThan(50);
                }
            }
            // and the exact (rational) block formulas agree with every measured inertia
            double[] cc = new double[m];
            double[] s = data.singularValues();
            for (int i = 0; i < m; i++) {
                cc[i] = s[i] * s[i];
            }
            for (int i = 0; i < c.size(); i++) {
                int[] oneBased = c.set(i);
                for (int j = 0; j < oneBased.length; j++) {
                    oneBased[j]++;
                }
                ExactInertia.Inertia ex = BlockInertiaFormulas.inertia(kind, cc, lambda, 0.5, k, oneBased);
                assertThat(new int[] {c.negative(i), c.zero(i), c.positive(i)}).as("%s I=%s", kind, Census.label(c.set(i)))
                        .containsExactly(ex.negative(), ex.zero(), ex.positive());
            }
        }
    }

    @Test
    void printedAndCorrectedFormulasAndAWrongOneFails() {
        int m = 6;
        int k = 3;
        double lambda = 2.0;
        DataMatrix data = DataMatrix.fromSingularValues(spectrum(m), m, 8, 11);
        int m0 = data.m0(lambda);
        assertThat(m0).isBetween(1, m - 1);
        for (LossKind kind : LOSSES) {
            Census c = Census.run(TableOne.of(LossMember.of(kind, lambda), data.singularValues()), k, 1, lae.core.Progress.NONE);
            boolean sigma = kind == LossKind.L_SIGMA;
            Census.FormulaCheck wrong = c.check(ClaimId.C17, "candidate", "index",
                    CountFormula.symja("dI + (k - l)*(m - l) + 1").prepare(m, 8, k, m0, lambda, c.universe()));
            assertThat(wrong.verdict()).isEqualTo(Verdict.FAILS);
            assertThat(wrong.disagreements()).hasSize(c.size());
            Census.FormulaCheck corrIdx = c.check(ClaimId.C17, "corrected", "index",
                    CountFormula.symja(sigma ? PredictedInertia.INDEX_SUM_WEIGHT : PredictedInertia.INDEX_NO_SUM_WEIGHT).prepare(m, 8, k, m0, lambda, c.universe()));
            Census.FormulaCheck corrNul = c.check(ClaimId.C16, "corrected", "nullity",
                    CountFormula.symja(sigma ? PredictedInertia.NULLITY_SUM_WEIGHT : PredictedInertia.NULLITY_NO_SUM_WEIGHT).prepare(m, 8, k, m0, lambda, c.universe()));
            assertThat(corrIdx.verdict()).isEqualTo(Verdict.HOLDS);
            assertThat(corrNul.verdict()).isEqualTo(Verdict.HOLDS);
            Census.FormulaCheck printedNul = c.check(ClaimId.C16, "printed", "nullity",
                    CountFormula.symja(sigma ? "k*l - l*(l+1)/2" : "k*l").prepare(m, 8, k, m0, lambda, c.universe()));
            Census.FormulaCheck printedIdx = c.check(ClaimId.C17, "printed", "index",
                    CountFormula.symja("dI + (k - l)*(m - l)").prepare(m, 8, k, m0, lambda, c.universe()));
            if (sigma) {
                assertThat(printedNul.verdict()).isEqualTo(Verdict.HOLDS);
                assertThat(printedIdx.verdict()).isEqualTo(Verdict.FAILS);
                // exactly the components with l < k disagree (m0 < m)
                long expected = java.util.stream.IntStream.range(0, c.size()).filter(i -> c.setSize(i) < k).count();
                assertThat(printedIdx.disagreements()).hasSize((int) expected);
            } else {
                assertThat(printedIdx.verdict()).isEqualTo(Verdict.HOLDS);
                long expected = java.util.stream.IntStream.range(0, c.size()).filter(i -> c.setSize(i) > 0 && c.setSize(i) < k).count();
                assertThat(printedNul.disagreements()).hasSize((int) expected);
            }
        }
    }

    @Test
    void enumeratesEveryIndexSetOnce() {
        int[][] sets = Census.indexSets(20, 8);
        assertThat(sets).hasNumberOfRows(263_950);
        assertThat(java.util.Arrays.stream(sets).map(Census::mask).distinct().count()).isEqualTo(263_950);
        assertThat(Census.indexSets(5, 8)).hasNumberOfRows(32);
    }
}
