package lae.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lae.core.ClaimId;

/**
 * The check of each claim that claim files may name, by claim id: one class per claim (C16 and C17 share
 * {@link MeasuredCountFormula}, which measures a different Hessian count for each). Adding a claim-file claim
 * is adding its constant to {@link ClaimId} and its check here.
 */
final class ClaimChecks {
    private ClaimChecks() {
    }

    /** Every claim-file claim's check on one claim file's configuration. */
    static Map<ClaimId, ClaimCheck> of(CheckContext c) {
        Map<ClaimId, ClaimCheck> out = new EnumMap<>(ClaimId.class);
        for (ClaimCheck check : List.of(new TransposeAtCriticalPoints(c), new TableOnePointsAreCritical(c), new NothingOutsideTableOne(c),
                MeasuredCountFormula.nullity(c), MeasuredCountFormula.index(c), new DescentPairMeaning(c), new UniqueMinimum(c),
                new OverRegularization(c), new TableOneShapes(c), new SumLossCompression(c))) {
            out.put(check.claim(), check);
        }
        return out;
    }
}
