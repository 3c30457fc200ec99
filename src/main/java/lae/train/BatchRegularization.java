package lae.train;

import java.util.Locale;

import lae.core.InputException;

/**
 * How the regulariser lambda R(W1, W2) of the full-data loss is charged to a mini-batch of b of
 * the n data points. The reconstruction term of a batch is always ||X_b - W2 W1 X_b||^2 (a sum,
 * as in the paper's equations); the batch loss is that plus rho lambda R.
 * <ul>
 *   <li>{@link #PER_BATCH} (default): rho = 1, the whole regulariser on every batch. This is what
 *       Keras does with {@code add_loss}, as in the code of Kunin et al. [2019] on which Section 4
 *       builds. An epoch of ceil(n / b) batches charges lambda R ceil(n / b) times, so training follows
 *       the full-data loss with lambda_eff = lambda ceil(n / b) (= lambda n / b when b divides n).</li>
 *   <li>{@link #SCALED}: rho = b / n, so the batch losses of one epoch sum to the full-data loss
 *       with lambda itself: lambda_eff = lambda.</li>
 * </ul>
 * With full-batch training (b = n) the two coincide.
 */
public enum BatchRegularization {
    PER_BATCH, SCALED;

    /** rho for a batch of b of n points. */
    public double rho(int b, int n) {
        return this == PER_BATCH ? 1.0 : (double) b / n;
    }

    /** The lambda of the full-data loss that mini-batch training with batch size b follows. */
    public double effectiveLambda(double lambda, int b, int n) {
        return this == PER_BATCH ? lambda * ((n + b - 1) / b) : lambda;
    }

    /** One line for a report: the convention and the lambda training follows. */
    public String describe() {
        return this == PER_BATCH
                ? "per-batch (Keras add_loss, as in Kunin et al.'s code): each batch loss is ||X_b - W2 W1 X_b||^2 + lambda R(W1, W2), "
                  + "so training follows the full-data loss with lambda_eff = lambda ceil(n / b)"
                : "scaled: each batch loss is ||X_b - W2 W1 X_b||^2 + (b / n) lambda R(W1, W2), so an epoch's batch losses "
                  + "sum to the full-data loss with lambda_eff = lambda";
    }

    /**
     * The convention named {@code s} (per-batch or scaled; case and '_' for '-' ignored).
     *
     * @throws InputException naming the option --batch-regularization when s names none
     */
    public static BatchRegularization parse(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "per-batch": return PER_BATCH;
            case "scaled": return SCALED;
            default: throw InputException.field("command line", "--batch-regularization", s, "per-batch, scaled");
        }
    }

    /** The name on the command line: "per-batch" or "scaled". */
    public String cliName() {
        return this == PER_BATCH ? "per-batch" : "scaled";
    }
}
