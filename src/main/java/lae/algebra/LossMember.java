package lae.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.hipparchus.fraction.BigFraction;

/**
 * One member of the loss family, with exact rational weights (design.md, package {@code model}):
 * <pre>
 *   f(W1, W2) = ||X - W2 W1 X||_F^2 + lambda_pi ||W2 W1||_F^2
 *               + sum_{j=1..k} lambda_sigma_j (||row_j(W1)||^2 + ||col_j(W2)||^2)
 * </pre>
 * with the named members
 * <ul>
 *   <li>{@code L}: no regularisation (equation (1) of the paper);</li>
 *   <li>{@code L_pi}: lambda_pi = lambda (the product loss, Section 2);</li>
 *   <li>{@code L_sigma}: lambda_sigma_j = lambda for every j (the sum loss, equation (3));</li>
 *   <li>{@code L_synthetic(w)}: w L_sigma + (1 - w) L_pi, i.e. lambda_sigma_j = w lambda, lambda_pi = (1 - w) lambda,
 *       w an exact rational in [0, 1] (Section 4.2);</li>
 *   <li>{@code L_nonuniform(l1, ..., lk)}: lambda_sigma_j = l_j lambda (per-unit sum weights, X. Bao et al.,
 *       "Regularized linear autoencoders recover the principal components, eventually", NeurIPS 2020);
 *       L_nonuniform(1, ..., 1) is L_sigma;</li>
 *   <li>{@code L_tied}: W2 = W1^T = W^T, f(W) = ||X - W^T W X||_F^2 + 2 lambda ||W||_F^2 (D. Kunin et al., ICML 2019),
 *       on the parameter space of W alone.</li>
 * </ul>
 * Immutable.
 *
 * @param name       the name as claim files and reports write it, e.g. "L_synthetic(1/200)"
 * @param kind       which member
 * @param lambda     the claim file's lambda
 * @param lambdaPi   the weight of ||W2 W1||^2
 * @param sumWeights lambda_sigma_j per latent unit (k entries; for L_tied the weight 2 lambda of ||W||^2, k entries)
 * @param w          the synthetic weight w_sigma, or null
 */
public record LossMember(String name, Kind kind, BigFraction lambda, BigFraction lambdaPi, List<BigFraction> sumWeights, BigFraction w) {

    /** The members of the family. */
    public enum Kind { L, L_PI, L_SIGMA, L_SYNTHETIC, L_NONUNIFORM, L_TIED }

    public LossMember {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(lambda);
        Objects.requireNonNull(lambdaPi);
        sumWeights = List.copyOf(sumWeights);
    }

    /** The names accepted in claim files (for error messages). */
    public static final String ALLOWED = "\"L\", \"L_pi\", \"L_sigma\", \"L_synthetic(w)\" with w an exact rational in [0, 1] such as 1/200, "
            + "\"L_nonuniform(l1, ..., lk)\" with k non-negative exact rationals, \"L_tied\"";

    /**
     * The member named {@code text} at this lambda and number of latent units k. Throws an
     * {@link IllegalArgumentException} saying what is wrong (the caller names the file and field).
     */
    public static LossMember parse(String text, BigFraction lambda, int k) {
        String t = text.trim();
        switch (t) {
            case "L":
                return new LossMember("L", Kind.L, lambda, BigFraction.ZERO, Collections.nCopies(k, BigFraction.ZERO), null);
            case "L_pi":
                return new LossMember("L_pi", Kind.L_PI, lambda, lambda, Collections.nCopies(k, BigFraction.ZERO), null);
            case "L_sigma":
                return new LossMember("L_sigma", Kind.L_SIGMA, lambda, BigFraction.ZERO, Collections.nCopies(k, lambda), null);
            case "L_tied":
                return new LossMember("L_tied", Kind.L_TIED, lambda, BigFraction.ZERO, Collections.nCopies(k, lambda.multiply(2)), null);
            default:
                break;
        }
        List<BigFraction> args = arguments(t, "L_synthetic");
        if (args != null) {
            if (args.size() != 1 || args.get(0).signum() < 0 || args.get(0).compareTo(BigFraction.ONE) > 0) {
                throw new IllegalArgumentException("L_synthetic takes one weight w in [0, 1], e.g. L_synthetic(1/200)");
            }
            BigFraction w = args.get(0);
            return new LossMember("L_synthetic(" + format(w) + ")", Kind.L_SYNTHETIC, lambda, BigFraction.ONE.subtract(w).multiply(lambda),
                    Collections.nCopies(k, w.multiply(lambda)), w);
        }
        args = arguments(t, "L_nonuniform");
        if (args != null) {
            if (args.size() != k || args.stream().anyMatch(a -> a.signum() < 0)) {
                throw new IllegalArgumentException("L_nonuniform takes k = " + k + " non-negative weights, e.g. L_nonuniform(" + String.join(", ", Collections.nCopies(k, "1")) + ")");
            }
            List<BigFraction> ws = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (BigFraction a : args) {
                ws.add(a.multiply(lambda));
                shown.add(format(a));
            }
            return new LossMember("L_nonuniform(" + String.join(", ", shown) + ")", Kind.L_NONUNIFORM, lambda, BigFraction.ZERO, ws, null);
        }
        throw new IllegalArgumentException("unknown loss '" + text + "'");
    }

    private static List<BigFraction> arguments(String t, String head) {
        if (!t.startsWith(head + "(") || !t.endsWith(")")) {
            return null;
        }
        String inner = t.substring(head.length() + 1, t.length() - 1);
        List<BigFraction> out = new ArrayList<>();
        for (String a : inner.split(",", -1)) {
            try {
                out.add(ExactExpression.literal(a.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(head + ": '" + a.trim() + "' is not an exact rational (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** An exact rational as the reports print it: "3", "-1/200". */
    public static String format(BigFraction q) {
        return q.getDenominator().equals(java.math.BigInteger.ONE) ? q.getNumerator().toString() : q.getNumerator() + "/" + q.getDenominator();
    }

    /** Number of latent units. */
    public int k() {
        return sumWeights.size();
    }

    /** True for L_tied (parameters W alone). */
    public boolean tied() {
        return kind == Kind.L_TIED;
    }

    /** The common sum weight lambda_sigma when every unit has the same one (null otherwise). */
    public BigFraction uniformSumWeight() {
        BigFraction first = sumWeights.isEmpty() ? BigFraction.ZERO : sumWeights.get(0);
        for (BigFraction x : sumWeights) {
            if (!x.equals(first)) {
                return null;
            }
        }
        return first;
    }

    /**
     * True if the loss has an O(k) symmetry W1 -&gt; O W1, W2 -&gt; W2 O^T and, at every critical point,
     * W1 W1^T = W2^T W2: untied, with one sum weight lambda_sigma &gt; 0 for all units (L_sigma, L_synthetic(w) with w &gt; 0).
     */
    public boolean balancedAtCriticalPoints() {
        BigFraction u = uniformSumWeight();
        return !tied() && u != null && u.signum() > 0;
    }

    /** True for the members with a Table 1 (L, L_pi, L_sigma) or the synthetic Table 1 (L_synthetic(w), w &gt; 0). */
    public boolean hasTableOne() {
        return kind == Kind.L || kind == Kind.L_PI || kind == Kind.L_SIGMA || (kind == Kind.L_SYNTHETIC && w.signum() > 0);
    }

    @Override
    public String toString() {
        return name;
    }
}
