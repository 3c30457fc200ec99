package lae.model;

/**
 * The two neighbours of the paper's loss family that this toolkit checks beside it (issue 25):
 * <ul>
 *   <li>{@link #L_NONUNIFORM}: the non-uniform l2 loss of Bao, Lucas, Sachdeva and Grosse ("Regularized linear
 *       autoencoders recover the principal components, eventually", NeurIPS 2020),
 *       ||X - W2 W1 X||^2 + sum_j lambda_j (||row_j W1||^2 + ||col_j W2||^2), a member of {@link LossMember}'s family
 *       with one sum weight per latent unit;</li>
 *   <li>{@link #L_TIED}: the tied LAE of Kunin, Bloom, Goeva and Seed ("Loss Landscapes of Regularized Linear
 *       Autoencoders", ICML 2019, Appendix A), ||X - W^T W X||^2 + 2 lambda ||W||^2 on W (k x m) alone: the pull-back
 *       of L_sigma along W -&gt; (W, W^T) ({@link TiedLaeLoss}).</li>
 * </ul>
 */
public enum NeighbourKind {
    L_NONUNIFORM("L_nonuniform"), L_TIED("L_tied");

    private final String label;

    NeighbourKind(String label) {
        this.label = label;
    }

    /** The name as claim files and reports spell it: L_nonuniform, L_tied. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
