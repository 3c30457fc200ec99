package lae.algebra;

import java.util.List;

/**
 * The critical variety of one loss at one configuration, as the engine computed it: every component with what was
 * established about it, or why nothing could be computed.
 *
 * @param loss          the loss (with its lambda)
 * @param data          the exact data
 * @param k             latent units
 * @param strategy      how it was computed ({@link AlgebraEngine.Strategy#COMPLEX} or {@link AlgebraEngine.Strategy#REAL_SLICE})
 * @param status        COMPLETE, or why it is not (then {@code components} is empty)
 * @param reason        one line: why not complete (null when complete)
 * @param components    the components, in a fixed order
 * @param tableOne      for every index set Table 1 predicts: its explicit point and whether it was checked critical
 * @param cpuSeconds    Singular's CPU time, summed over its runs (timing: not part of the content)
 * @param wallSeconds   the wall time of the whole analysis (timing)
 */
public record LossLandscape(LossMember loss, ExactData data, int k, AlgebraEngine.Strategy strategy, Status status, String reason,
                            List<Component> components, List<TableOneCheck> tableOne, double cpuSeconds, double wallSeconds) {

    /** Whether the decomposition was computed. */
    public enum Status { COMPLETE, TIMEOUT, ABSENT, FAILED }

    public LossLandscape {
        components = List.copyOf(components);
        tableOne = List.copyOf(tableOne);
    }

    /**
     * A predicted index set: whether its Table-1 point is real and critical (exact gradient 0, derived in Java) and,
     * for the complete complex decomposition, whether it lies on a listed component of the same index set.
     *
     * @param indexSet   I
     * @param real       the Table-1 point is real (d_i &gt; 0 for the sum type)
     * @param critical   its gradient is exactly 0
     * @param onComponent it lies on a listed component (null when the components are those of a slice)
     * @param point      the point, in words
     */
    public record TableOneCheck(List<Integer> indexSet, boolean real, boolean critical, Boolean onComponent, String point) {
        public TableOneCheck {
            indexSet = List.copyOf(indexSet);
        }
    }

    /** "m = 3, k = 2, s = (3, 2, 1), lambda = 3": the scope of every verdict drawn from it. */
    public String scope() {
        return "m = " + data.m() + ", n = " + data.n() + ", k = " + k + ", " + data.describe() + ", lambda = " + LossMember.format(loss.lambda());
    }

    /** True when every component's real points were decided. */
    public boolean decided() {
        return status == Status.COMPLETE && components.stream().allMatch(c -> c.realPoints().status() != RealPoints.Status.UNDECIDED);
    }
}
