package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lae.landscape.IndexSet;
import lae.landscape.PredictedInertia;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.model.LossMember;

/**
 * The contract of an inertia path (EJML's manner: this abstract class holds the tests, one subclass per path): at the
 * predicted point of every component of every member of the loss family, the path decides the inertia (margin &gt;= 1e3)
 * and finds the index and nullity of {@link PredictedInertia}; exactly one component has index 0, the top one.
 */
abstract class InertiaPathContract {

    /** What a path reports: the counts, and whether they are decided. */
    record Counts(int negative, int zero, int positive, boolean decided) {
    }

    /** The inertia of the Hessian of {@code member} at the point of I (data in its original coordinates). */
    abstract Counts inertia(LossMember member, DataMatrix data, int k, IndexSet set);

    static List<LossMember> members(double lambda) {
        return List.of(LossMember.of(LossKind.L, lambda), LossMember.of(LossKind.L_PI, lambda), LossMember.of(LossKind.L_SIGMA, lambda),
                LossMember.synthetic(lambda, 0.5), LossMember.synthetic(lambda, 0.05));
    }

    @ParameterizedTest(name = "m={0} n={1} k={2} lambda={3}")
    @CsvSource({"5, 7, 3, 1.5", "6, 8, 2, 3.0"})
    void everyPredictedComponentHasThePredictedInertia(int m, int n, int k, double lambda) {
        double[] s = new double[Math.min(m, n)];
        for (int i = 0; i < s.length; i++) {
            s[i] = 3.0 - 0.43 * i;
        }
        DataMatrix data = DataMatrix.fromSingularValues(s, m, n, 9);
        double[] c = new double[m];
        for (int i = 0; i < m; i++) {
            c[i] = s[i] * s[i];
        }
        for (LossMember member : members(lambda)) {
            TableOne table = TableOne.of(member, data.singularValues());
            double ls = member.lambdaSigma();
            int minima = 0;
            for (IndexSet set : IndexSet.allUpTo(table.universe(), k)) {
                Counts got = inertia(member, data, k, set);
                int[] one = set.toArray();
                assertThat(got.decided()).as("%s I=%s decided", member, set).isTrue();
                assertThat(got.negative()).as("%s I=%s index", member, set).isEqualTo(PredictedInertia.index(c, ls, k, one));
                assertThat(got.zero()).as("%s I=%s nullity", member, set).isEqualTo(PredictedInertia.nullity(c, ls, k, one));
                assertThat(got.negative() + got.zero() + got.positive()).isEqualTo(2 * k * m);
                if (got.negative() == 0) {
                    minima++;
                    assertThat(set).as("%s minimum", member).isEqualTo(IndexSet.first(Math.min(k, table.universe())));
                }
            }
            assertThat(minima).as("%s minima", member).isEqualTo(1);
        }
    }
}
