package lae.numeric;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The inertia of a symmetric matrix computed twice, by EJML and by Hipparchus, each on the exact
 * diagonal blocks of the matrix ({@link SymmetricBlocks}). The result is decided only when the two
 * libraries give the same counts and both margins clear {@link Inertia#MIN_MARGIN}.
 */
public record HessianInertia(Inertia ejml, Inertia hipparchus, int blocks, int largestBlock) {

    public static HessianInertia of(DMatrixRMaj symmetric) {
        List<int[]> comps = SymmetricBlocks.components(symmetric);
        List<double[]> e = new ArrayList<>(comps.size());
        List<double[]> h = new ArrayList<>(comps.size());
        int largest = 0;
        for (int[] c : comps) {
            DMatrixRMaj b = comps.size() == 1 ? symmetric : SymmetricBlocks.principalSubmatrix(symmetric, c);
            e.add(SymmetricEigenvalues.EJML.of(b));
            try {
                h.add(SymmetricEigenvalues.HIPPARCHUS.of(b));
            } catch (ArithmeticException notConverged) {
                double[] nan = new double[b.numRows];
                java.util.Arrays.fill(nan, Double.NaN);
                h.add(nan);
            }
            largest = Math.max(largest, c.length);
        }
        return new HessianInertia(Inertia.ofBlocks(e), Inertia.ofBlocks(h), comps.size(), largest);
    }

    /** Both libraries agree on the counts. */
    public boolean solversAgree() {
        return ejml.sameCounts(hipparchus);
    }

    /** Agreement and a sufficient margin in both: the counts can be trusted. */
    public boolean decided() {
        return solversAgree() && ejml.decided() && hipparchus.decided();
    }

    /** The smaller of the two margins. */
    public double margin() {
        return Math.min(ejml.margin(), hipparchus.margin());
    }

    /** Why the classification is not decided, or null. */
    public String undecidedReason() {
        if (Double.isNaN(hipparchus.scale())) {
            return "Hipparchus's eigen-decomposition did not converge (EJML: " + ejml + ")";
        }
        if (!solversAgree()) {
            return "EJML " + ejml + " and Hipparchus " + hipparchus + " disagree";
        }
        if (!decided()) {
            return String.format("spectral gap too small: margin %.3g < %.0g", margin(), Inertia.MIN_MARGIN);
        }
        return null;
    }

    public int negative() { return ejml.negative(); }
    public int zero() { return ejml.zero(); }
    public int positive() { return ejml.positive(); }
}
