package lae.check;

import java.util.EnumMap;
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

    /** The check of each claim-file claim (checks hold no state: one instance serves every claim file). */
    private static final Map<ClaimId, ClaimCheck> CHECKS = new EnumMap<>(Map.of(ClaimId.C9, new TransposeAtCriticalPoints(),
            ClaimId.C14, new TableOnePointsAreCritical(), ClaimId.C15, new NothingOutsideTableOne(), ClaimId.C16, MeasuredCountFormula.NULLITY,
            ClaimId.C17, MeasuredCountFormula.INDEX, ClaimId.C18, new DescentPairMeaning(), ClaimId.C19, new UniqueMinimum(),
            ClaimId.C20, new OverRegularization(), ClaimId.C21, new TableOneShapes(), ClaimId.C22, new SumLossCompression()));

    /**
     * The check of claim {@code id}.
     *
     * @throws IllegalArgumentException if claim files cannot name {@code id}
     */
    static ClaimCheck of(ClaimId id) {
        ClaimCheck check = CHECKS.get(id);
        if (check == null) {
            throw new IllegalArgumentException(id + " has no claim-file check");
        }
        return check;
    }
}
