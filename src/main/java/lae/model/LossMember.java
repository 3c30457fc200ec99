package lae.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A member of the one loss family of this toolkit, the regularised linear-autoencoder loss
 * <pre>
 *   f(W1, W2) = ||X - W2 W1 X||_F^2 + lambda_pi ||W2 W1||_F^2
 *             + sum_{j=1}^{k} lambda_sigma_j (||row_j W1||^2 + ||col_j W2||^2),
 * </pre>
 * given by its data: the product weight lambda_pi &gt;= 0 and the sum weight lambda_sigma_j &gt;= 0 of each latent
 * unit j. The named members are those of the paper, each with one uniform sum weight:
 * <ul>
 *   <li>{@link LossKind#L}: equation (1), lambda_pi = lambda_sigma = 0;</li>
 *   <li>{@link LossKind#L_PI}: the product loss of Section 2, lambda_pi = lambda;</li>
 *   <li>{@link LossKind#L_SIGMA}: the sum loss, equation (3), lambda_sigma = lambda;</li>
 *   <li>{@link LossKind#SYNTHETIC}: Section 4.2's w_sigma L_sigma + (1 - w_sigma) L_pi, so
 *       lambda_sigma = w_sigma lambda and lambda_pi = (1 - w_sigma) lambda.</li>
 * </ul>
 * L, L_pi and L_sigma are the synthetic member at lambda = 0, w_sigma = 0 and w_sigma = 1.
 *
 * <p><b>Extension point: per-unit sum weights.</b> {@link #withUnitWeights(double, double...)} gives the member with
 * one sum weight per latent unit, the form of Bao et al. (2020, "Regularized linear autoencoders recover the principal
 * components, eventually", the non-uniform l_2 loss L_nonuniform(l_1, ..., l_k)). Every closed form of {@link
 * RegularizedLaeLoss} (value, gradient, Hessian, Hessian-vector product), {@link LossDerivatives} and {@link
 * HessianSquare} takes the weights per unit, so a new named member needs no new derivative code; its critical points
 * (Table 1 and the Hessian blocks of the landscape and census packages, TableOne and BlockHessian) are another
 * matter: there the unit weights break the O(k) symmetry that the uniform members' components are orbits of, and those
 * classes refuse a non-uniform member until its Table 1 is derived.
 *
 * <p><b>Not a member: the tied LAE</b> of Kunin et al. (2019), W2 = W1^T ({@link TiedLaeLoss}). It lives on
 * R^{k x m}, not on R^{k x m} x R^{m x k}, so it is a different parameter space: its derivatives are the pull-back of
 * L_sigma's along W -&gt; (W, W^T).
 *
 * <p>The components are the member's data; the factories below are the way to build one, and the canonical
 * constructor refuses data that no factory gives.
 *
 * @param kind        the paper's name of this member, or null for a member given by unit weights
 * @param lambda      the total weight lambda of a named member (NaN for a member given by unit weights)
 * @param wSigma      the weight w_sigma of the synthetic member (the value given, for the other named members; NaN
 *                    for a member given by unit weights)
 * @param lambdaPi    the product weight lambda_pi
 * @param lambdaSigma the one sum weight of a uniform member (NaN for a member given by unit weights)
 * @param unitWeights the sum weight of each latent unit, or null for a uniform member
 */
public record LossMember(LossKind kind, double lambda, double wSigma, double lambdaPi, double lambdaSigma, double[] unitWeights) {
    /** Refuses a named member with unit weights, or a member given by unit weights without them. */
    public LossMember {
        if ((kind == null) == (unitWeights == null)) {
            throw new IllegalArgumentException("a member is either named (kind, lambda, w_sigma) or given by unit weights");
        }
        unitWeights = unitWeights == null ? null : unitWeights.clone();
    }

    /**
     * The named member {@code kind} at total weight lambda; w_sigma is used by {@link LossKind#SYNTHETIC} only (and
     * checked for every kind, as the claim files give it for every loss).
     *
     * @throws IllegalArgumentException if lambda is not in [0, inf) or w_sigma not in [0, 1]
     */
    public static LossMember of(LossKind kind, double lambda, double wSigma) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda = " + lambda + " is outside [0, inf)");
        }
        if (!(wSigma >= 0 && wSigma <= 1)) {
            throw new IllegalArgumentException("w_sigma = " + wSigma + " is outside [0, 1]");
        }
        switch (kind) {
            case L: return new LossMember(kind, lambda, wSigma, 0, 0, null);
            case L_PI: return new LossMember(kind, lambda, wSigma, lambda, 0, null);
            case L_SIGMA: return new LossMember(kind, lambda, wSigma, 0, lambda, null);
            default: return new LossMember(kind, lambda, wSigma, (1 - wSigma) * lambda, wSigma * lambda, null);
        }
    }

    /** L, L_pi or L_sigma at lambda ({@link #of(LossKind, double, double)} with the default w_sigma 0.5). */
    public static LossMember of(LossKind kind, double lambda) {
        return of(kind, lambda, 0.5);
    }

    /** The synthetic member L_synthetic(w_sigma) at total weight lambda. */
    public static LossMember synthetic(double lambda, double wSigma) {
        return of(LossKind.SYNTHETIC, lambda, wSigma);
    }

    /**
     * The member with product weight lambda_pi and one sum weight per latent unit (the extension point of the class
     * comment). It has no name of the paper ({@link #kind()} is null); k of a loss built on it must be the number of
     * weights.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, or there is none
     */
    public static LossMember withUnitWeights(double lambdaPi, double... lambdaSigma) {
        if (lambdaSigma.length == 0 || !(lambdaPi >= 0) || Double.isInfinite(lambdaPi)) {
            throw new IllegalArgumentException("need lambda_pi in [0, inf) and at least one unit weight");
        }
        for (double w : lambdaSigma) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("unit weight " + w + " is outside [0, inf)");
            }
        }
        return new LossMember(null, Double.NaN, Double.NaN, lambdaPi, Double.NaN, lambdaSigma);
    }

    /** The sum weight of each latent unit (a copy), or null for a uniform member. */
    @Override
    public double[] unitWeights() {
        return unitWeights == null ? null : unitWeights.clone();
    }

    /** True when every latent unit has the same sum weight (every named member of the paper). */
    public boolean uniform() {
        return unitWeights == null;
    }

    /**
     * The one sum weight lambda_sigma of a uniform member.
     *
     * @throws IllegalStateException for a member with unit weights (use {@link #lambdaSigma(int)})
     */
    public double lambdaSigma() {
        if (unitWeights != null) {
            throw new IllegalStateException(describe() + " has one sum weight per unit; lambda_sigma(j) gives them");
        }
        return lambdaSigma;
    }

    /** The sum weight lambda_sigma_j of latent unit j (0-based). */
    public double lambdaSigma(int unit) {
        return unitWeights == null ? lambdaSigma : unitWeights[unit];
    }

    /** True when no unit has a sum weight: then f(M W1, W2 M^-1) = f(W1, W2) for every invertible M (GL_k symmetry). */
    public boolean glSymmetric() {
        if (unitWeights == null) {
            return lambdaSigma == 0;
        }
        for (double w : unitWeights) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** The number of unit weights a member given by unit weights fixes (0 for a uniform member, which fits every k). */
    public int units() {
        return unitWeights == null ? 0 : unitWeights.length;
    }

    /**
     * The name as the reports print it: "L(lambda=10.0)", "L_synthetic(lambda=10.0, w_sigma=0.5)"; a member given by
     * unit weights prints its weights.
     */
    public String describe() {
        if (kind == null) {
            return String.format("L(lambda_pi=%s, lambda_sigma=%s)", lambdaPi, Arrays.toString(unitWeights));
        }
        return kind == LossKind.SYNTHETIC
                ? String.format("%s(lambda=%s, w_sigma=%s)", kind.label(), lambda, wSigma)
                : String.format("%s(lambda=%s)", kind.label(), lambda);
    }

    /** Equal data: the same kind, weights and unit weights. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LossMember m && kind == m.kind && Double.compare(lambda, m.lambda) == 0
                && Double.compare(wSigma, m.wSigma) == 0 && Double.compare(lambdaPi, m.lambdaPi) == 0
                && Double.compare(lambdaSigma, m.lambdaSigma) == 0 && Arrays.equals(unitWeights, m.unitWeights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, lambda, wSigma, lambdaPi, lambdaSigma, Arrays.hashCode(unitWeights));
    }

    @Override
    public String toString() {
        return describe();
    }
}
