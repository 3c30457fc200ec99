package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import lae.core.Progress;
import lae.landscape.IndexSet;
import lae.landscape.NonUniformTableOne;
import lae.landscape.TiedTableOne;

/**
 * The neighbours' closed-form index histograms against the enumeration of the classification they count: equal bin
 * by bin at every enumerable size (the committed claim files, Section 4.2's tied configuration, random small
 * configurations with the weights among the s_i^2).
 */
class NeighbourClosedFormTest {
    @Test
    void theNonUniformDynamicProgrammeEqualsTheEnumeration() {
        for (int trial = 0; trial < 60; trial++) {
            Random rnd = new Random(1000 + trial);
            int m = 1 + rnd.nextInt(6);
            int k = 1 + rnd.nextInt(4);
            double[] sigma = new double[m];
            for (int i = 0; i < m; i++) {
                sigma[i] = trial % 5 == 0 && i == m - 1 ? 0 : 0.1 + 10 * rnd.nextDouble();
            }
            double[] lambda = new double[k];
            for (int j = 0; j < k; j++) {
                lambda[j] = 0.05 + 10 * rnd.nextDouble();
            }
            assertThat(NonUniformIndexCount.histogram(sigma, lambda)).as("trial " + trial).isEqualTo(enumerated(sigma, lambda));
        }
    }

    @Test
    void theNonUniformDynamicProgrammeEqualsTheEnumerationOfTheCommittedFiles() {
        for (String f : List.of("bao2020-m3-k2", "bao2020-m3-k3", "bao2020-m4-k2", "m8-k4")) {
            NeighbourClaimFile cf = NeighbourClaimFile.load(Path.of("checks/bao2020/" + f + ".toml"));
            double[] lambda = cf.losses.get(0).weightArray();
            TreeMap<Integer, List<BigInteger>> dp = NonUniformIndexCount.histogram(cf.covarianceDiagonal(), lambda);
            assertThat(dp).as(f).isEqualTo(enumerated(cf.covarianceDiagonal(), lambda));
            BigInteger[] count = NonUniformTableOne.of(cf.covarianceDiagonal(), lambda).countPoints();
            assertThat(dp.values().stream().map(r -> r.get(1)).reduce(BigInteger.ZERO, BigInteger::add)).isEqualTo(count[1]);
        }
    }

    @Test
    void theTiedClosedFormEqualsTheEnumeration() {
        double[][] sigmas = {{9, 4, 1}, {16, 9, 4, 1, 0.25}, {4.0, 3.5, 3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0}};
        for (double[] sigma : sigmas) {
            for (double lambda : new double[] {0.3, 1.7, 3.2}) {
                for (int k = 1; k <= 4; k++) {
                    TiedTableOne t = TiedTableOne.of(sigma, lambda, k);
                    TreeMap<Integer, long[]> h = new TreeMap<>();
                    for (TiedTableOne.Component c : t.components()) {
                        long[] row = h.computeIfAbsent(c.index(), i -> new long[3]);
                        row[0]++;
                        row[1] += c.pieces();
                        row[2] += c.dimension();
                    }
                    assertThat(TiedIndexCount.of(t.m0(), k).histogram()).as("k = " + k + ", lambda = " + lambda)
                            .isEqualTo(NeighbourReport.exact(h));
                }
            }
        }
    }

    @Test
    void theTiedCensusComparesItsEnumerationWithTheClosedFormAtSection42() {
        NeighbourClaimFile cf = NeighbourClaimFile.load(Path.of("checks/kunin2019/section-4.2.toml"));
        TiedCensus.Result r = TiedCensus.run(cf.covarianceDiagonal(), cf.losses.get(0), cf.k, 0, 7, Progress.NONE);
        assertThat(r.exhaustive()).isTrue();
        assertThat(r.enumeratedAgrees()).isTrue();
        assertThat(r.components()).isEqualTo(BigInteger.valueOf(IndexSet.allUpTo(r.m0(), cf.k).size()));
        assertThat(r.morseBott().holds()).isTrue();
    }

    @Test
    void theTiedSampleHoldsTheMinimumTheTopAndEverySingleton() {
        List<IndexSet> s = TiedCensus.sample(50, 4, 30, 7);
        assertThat(s).contains(IndexSet.first(4), IndexSet.of(), IndexSet.of(50), IndexSet.of(47, 48, 49, 50));
        for (int i = 1; i <= 50; i++) {
            assertThat(s).contains(IndexSet.of(i));
        }
        assertThat(s).allSatisfy(x -> assertThat(x.size()).isLessThanOrEqualTo(4));
    }

    private static TreeMap<Integer, List<BigInteger>> enumerated(double[] sigma, double[] lambda) {
        TreeMap<Integer, long[]> h = new TreeMap<>();
        for (NonUniformTableOne.Point p : NonUniformTableOne.of(sigma, lambda).enumerate()) {
            long[] row = h.computeIfAbsent(p.index(), i -> new long[2]);
            row[0]++;
            row[1] += p.signs();
        }
        return NeighbourReport.exact(h);
    }
}
