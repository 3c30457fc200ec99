package lae.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import lae.census.Census;
import lae.landscape.TableOne;
import lae.model.LossMember;
import lae.model.LossKind;

/**
 * The closed-form census equals the exhaustive block census of Section 4.2 (m = 20, Sigma_ii = (21 - i)/5,
 * k = 8, lambda = 10, m0 = 5) in every (index, nullity) bin: 263,950 components each for L and L_pi,
 * 32 for L_sigma. The block census measures each component's inertia (no formula involved), so this
 * proves the Gaussian-binomial counting and the corrected formulas on that configuration.
 */
class ClosedFormEqualsEnumeratedCensusTest {

    @Test
    void everyBinOfSection42() {
        int m = 20;
        int k = 8;
        double lambda = 10;
        double[] s = new double[m];
        for (int i = 1; i <= m; i++) {
            s[i - 1] = (21 - i) / 5.0;
        }
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            Census c = Census.run(TableOne.of(LossMember.of(kind, lambda), s), k, 2, lae.core.Progress.NONE);
            assertThat(c.undecidedCount()).as("%s undecided", kind).isZero();
            TreeMap<Integer, TreeMap<Integer, BigInteger>> measured = new TreeMap<>();
            for (int i = 0; i < c.size(); i++) {
                measured.computeIfAbsent(c.negative(i), x -> new TreeMap<>()).merge(c.zero(i), BigInteger.ONE, BigInteger::add);
            }
            boolean sigma = kind == LossKind.L_SIGMA;
            int u = sigma ? LandscapeTopology.m0(s, lambda) : LandscapeTopology.rank(s);
            ComponentCensus closed = new ComponentCensus(u, k, CountLaw.correctedIndex(u, k, sigma ? "m0" : "m"),
                    sigma ? CountLaw.nullityV(k) : CountLaw.correctedNullityF(k));
            assertThat(closed.components()).as("%s components", kind).isEqualTo(BigInteger.valueOf(c.size()));
            assertThat(c.size()).isEqualTo(sigma ? 32 : 263_950);
            assertThat(closed.indexNullityHistogram()).as("%s (index, nullity) histogram", kind).isEqualTo(measured);
            // and the printed formulas' histograms differ where the census says they fail (L_sigma index, L/L_pi nullity)
            ComponentCensus printed = new ComponentCensus(u, k, CountLaw.printedIndex(m, k), sigma ? CountLaw.nullityV(k) : CountLaw.printedNullityF(k));
            assertThat(printed.indexNullityHistogram().equals(measured)).as("%s printed histogram equals the measured one", kind).isFalse();
        }
    }
}
