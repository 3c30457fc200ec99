package lae.check;

import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.model.DataMatrix;
import lae.model.LossKind;

/**
 * One claim checked on one claim file: what its {@link ClaimCheck} works on (the claim, the claim file, its data
 * and the theorem's assumptions that the data violate), and what every check derives from them alike: the scope
 * of a verdict, where a case is, the builder of a verdict and the strength of one over components.
 *
 * @param claim      the claim checked
 * @param cf         the claim file
 * @param data       its data matrix
 * @param violations the hypotheses of Theorem 3.1 that the input violates
 */
record CheckContext(ClaimId claim, ClaimFile cf, DataMatrix data, AssumptionViolations violations) {

    /**
     * The configuration this claim file's checks computed on (a verdict's scope): its name, m, n, k and lambdas,
     * and for a census limited by max_index_set_size, that limit.
     */
    String scope() {
        StringBuilder lambdas = new StringBuilder();
        for (double l : cf.lambdas) {
            lambdas.append(lambdas.length() > 0 ? ", " : "").append(ClaimCheck.fmt(l));
        }
        return Numbers.format("%s: m = %d, n = %d, k = %d, lambda = %s%s", cf.name, data.m(), data.n(), cf.k, lambdas,
                cf.maxIndexSetSize < cf.k ? ", |I| <= " + cf.maxIndexSetSize : "");
    }

    /** A case named by its loss, the configuration's sizes, lambda and index set. */
    String where(LossKind kind, double lambda, IndexSet set) {
        return Numbers.format("%s, m=%d, n=%d, k=%d, lambda=%s, I=%s", kind.label(), data.m(), data.n(), cf.k, ClaimCheck.fmt(lambda), set);
    }

    /** The builder of this claim's verdict for {@code loss}, with its claim, verdict, strength and this claim file's {@link #scope} set. */
    ClaimResult.Builder result(String loss, Verdict verdict, Strength strength) {
        return ClaimResult.of(claim, loss).verdict(verdict, strength).scope(scope());
    }

    /**
     * The sampled verdict for {@code loss} of a claim tested at converged Newton points ({@link ClaimCheck#searchVerdict}),
     * with the tally's cases, worst residual and counterexample, and the evidence followed by {@link ClaimCheck#undecidedWhy}.
     */
    ClaimResult searchResult(String loss, CaseTally tally, String evidence) {
        return result(loss, ClaimCheck.searchVerdict(tally.cases(), tally.failed(), tally.worst()), Strength.SAMPLED)
                .cases(tally.cases(), tally.failed())
                .worstResidual(tally.worst())
                .counterexample(tally.counterexample())
                .evidence(evidence + ClaimCheck.undecidedWhy(tally.cases(), tally.failed(), tally.worst())).build();
    }

    /** INCONCLUSIVE for {@code loss} when the input violates the theorem's assumptions for it (naming them), else null. */
    ClaimResult inconclusiveIfAssumptionsFail(String loss, int cases, Strength strength) {
        List<String> v = violations.forLoss(loss);
        if (v.isEmpty()) {
            return null;
        }
        return result(loss, Verdict.INCONCLUSIVE, strength)
                .cases(cases, 0)
                .evidence("the theorem's assumptions are violated by this input: " + String.join("; ", v)).build();
    }

    /**
     * The strength of a verdict over Table-1 components: exhaustive when every index set with |I| <= k
     * was enumerated, sampled when the claim file limits |I| (max_index_set_size < k) and so leaves
     * components out.
     */
    Strength componentStrength() {
        return cf.maxIndexSetSize >= cf.k ? Strength.EXHAUSTIVE : Strength.SAMPLED;
    }
}
