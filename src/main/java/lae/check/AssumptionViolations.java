package lae.check;

import java.util.ArrayList;
import java.util.List;

import lae.config.ClaimFile;
import lae.landscape.Assumptions;
import lae.model.DataMatrix;
import lae.model.LossKind;

/**
 * The hypotheses of Theorem 3.1 that the input violates, computed once per claim file
 * ({@link Assumptions}) and used everywhere: the report's configuration prints them, and every
 * verdict about a loss they concern becomes INCONCLUSIVE when the computation contradicts the claim
 * (a contradiction on such input is not a counterexample to the theorem).
 *
 * @param general  violations that concern every loss (singular values, sizes)
 * @param sumLoss  violations that concern L_sigma only (lambda equal to some s_j^2), for every lambda
 */
public record AssumptionViolations(List<String> general, List<String> sumLoss) {

    public AssumptionViolations {
        general = List.copyOf(general);
        sumLoss = List.copyOf(sumLoss);
    }

    /** The violations of {@code cf}'s configuration on its data. */
    public static AssumptionViolations of(ClaimFile cf, DataMatrix data) {
        List<String> g = Assumptions.violations(data.singularValues(), data.m(), data.n(), cf.k, cf.lambdas.get(0));
        List<String> s = new ArrayList<>();
        if (cf.losses.contains(LossKind.L_SIGMA)) {
            for (double lambda : cf.lambdas) {
                s.addAll(Assumptions.sumLossViolations(data.singularValues(), lambda));
            }
        }
        return new AssumptionViolations(g, s);
    }

    /** The violations that bear on claims about this loss ("-": claims about no single loss). */
    public List<String> forLoss(String lossLabel) {
        if (!LossKind.L_SIGMA.label().equals(lossLabel)) {
            return general;
        }
        List<String> all = new ArrayList<>(general);
        all.addAll(sumLoss);
        return all;
    }

    /** Every violation, for the report's configuration. */
    public List<String> all() {
        List<String> all = new ArrayList<>(general);
        all.addAll(sumLoss);
        return all;
    }

    /** True if the input satisfies every hypothesis. */
    public boolean isEmpty() {
        return general.isEmpty() && sumLoss.isEmpty();
    }
}
