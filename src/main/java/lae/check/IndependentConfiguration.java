package lae.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.HessianInertia;

/**
 * A second configuration, independent of the claim file's, on which a corrected formula found on
 * the first is verified before the report states it: m = 7, n = 9, k = 4, singular values
 * 3.4, 2.9, 2.5, 2.0, 1.6, 1.1, 0.7, lambda = 5.125 (so m0 = 3 &lt; k &lt; m), its own seeds, every I
 * with |I| &lt;= k, random representatives, and the dense Hessian in the original coordinates
 * (not the block path).
 */
public final class IndependentConfiguration {
    public static final int M = 7;
    public static final int N = 9;
    public static final int K = 4;
    public static final double LAMBDA = 5.125;
    public static final double[] S = {3.4, 2.9, 2.5, 2.0, 1.6, 1.1, 0.7};
    public static final long SEED = 20_191_117L;

    public record Case(IndexSet indexSet, HessianInertia inertia) {
    }

    private static Map<LossKind, List<Case>> cache;

    private IndependentConfiguration() {
    }

    /** m0 of the configuration: the largest j with s_j^2 &gt; lambda. */
    public static int m0() {
        int m0 = 0;
        for (int j = 0; j < S.length; j++) {
            if (S[j] * S[j] > LAMBDA) {
                m0 = j + 1;
            }
        }
        return m0;
    }

    /** The configuration in one line, for the evidence of a corrected statement. */
    public static String describe() {
        return "independent configuration m=" + M + ", n=" + N + ", k=" + K + ", s=(3.4, 2.9, 2.5, 2.0, 1.6, 1.1, 0.7), lambda=" + LAMBDA
                + " (m0=" + m0() + "), seed " + SEED + ", dense Hessians in original coordinates";
    }

    /** Every Table-1 component of each loss with its dense Hessian inertia (computed once, then cached). */
    public static synchronized Map<LossKind, List<Case>> cases() {
        if (cache != null) {
            return cache;
        }
        DataMatrix data = DataMatrix.fromSingularValues(S, M, N, SEED);
        Map<LossKind, List<Case>> out = new EnumMap<>(LossKind.class);
        for (LossKind kind : List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA)) {
            RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, LAMBDA, data.covariance(), K);
            List<Case> list = new ArrayList<>();
            for (IndexSet set : IndexSet.allUpTo(M, K)) {
                if (!TableOne.exists(kind, S, LAMBDA, set)) {
                    continue;
                }
                Random rnd = new Random(SEED + set.hashCode());
                var g = TableOne.representative(TableOne.Representative.RANDOM, kind, K, set.size(), rnd);
                LaePoint p = TableOne.point(kind, data.u(), S, LAMBDA, set, g);
                list.add(new Case(set, HessianInertia.of(f.hessian(p))));
            }
            out.put(kind, list);
        }
        cache = out;
        return out;
    }
}
