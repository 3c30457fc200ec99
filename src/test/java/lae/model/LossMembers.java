package lae.model;

import java.util.ArrayList;
import java.util.List;

/** Every kind of member of the loss family at one lambda, for the tests that must hold on all of them. */
public final class LossMembers {
    private LossMembers() {
    }

    /**
     * L, L_pi, L_sigma and L_synthetic(0.3) at lambda, and a member with k different unit weights (one of them 0) and a
     * product weight: the form of L_nonuniform.
     */
    public static List<LossMember> all(double lambda, int k) {
        List<LossMember> out = new ArrayList<>();
        for (LossKind kind : new LossKind[] {LossKind.L, LossKind.L_PI, LossKind.L_SIGMA}) {
            out.add(LossMember.of(kind, lambda));
        }
        out.add(LossMember.synthetic(lambda, 0.3));
        double[] w = new double[k];
        for (int a = 0; a < k; a++) {
            w[a] = a == 1 ? 0 : lambda * (0.2 + 0.35 * a);
        }
        out.add(LossMember.withUnitWeights(0.6 * lambda, w));
        return out;
    }
}
