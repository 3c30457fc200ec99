package lae.model;

import java.util.Locale;

/**
 * The four losses of the paper. Each is a special case of
 * L(W1,W2) + lambda_pi ||W2 W1||_F^2 + lambda_sigma (||W1||_F^2 + ||W2||_F^2):
 * <ul>
 *   <li>{@link #L}: equation (1), lambda_pi = lambda_sigma = 0;</li>
 *   <li>{@link #L_PI}: product loss, Section 2, lambda_pi = lambda;</li>
 *   <li>{@link #L_SIGMA}: sum loss, equation (3), lambda_sigma = lambda;</li>
 *   <li>{@link #SYNTHETIC}: Section 4.2, w_sigma L_sigma + w_pi L_pi with w_pi = 1 - w_sigma,
 *       so lambda_pi = w_pi lambda and lambda_sigma = w_sigma lambda.</li>
 * </ul>
 */
public enum LossKind {
    L("L"), L_PI("L_pi"), L_SIGMA("L_sigma"), SYNTHETIC("L_synthetic");

    private final String label;

    LossKind(String label) { this.label = label; }

    /** The name as the paper and the reports print it: L, L_pi, L_sigma, L_synthetic. */
    public String label() { return label; }

    /** Parses the names used in claim files: L, L_pi, L_sigma, synthetic (case-insensitive). */
    public static LossKind parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "l": return L;
            case "l_pi": case "pi": case "product": return L_PI;
            case "l_sigma": case "sigma": case "sum": return L_SIGMA;
            case "synthetic": case "l_synthetic": case "l~": return SYNTHETIC;
            default: throw new IllegalArgumentException("unknown loss '" + s + "' (allowed: L, L_pi, L_sigma, synthetic)");
        }
    }

    @Override
    public String toString() { return label; }
}
