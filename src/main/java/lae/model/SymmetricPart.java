package lae.model;

import org.ejml.data.DMatrixRMaj;

/** The symmetric part (A + A^T) / 2 of a square matrix, for a product that is symmetric in exact arithmetic. */
public final class SymmetricPart {
    private SymmetricPart() {
    }

    /** A &lt;- (A + A^T) / 2, in place; returns A. */
    public static DMatrixRMaj inPlace(DMatrixRMaj a) {
        for (int i = 0; i < a.numRows; i++) {
            for (int j = i + 1; j < a.numCols; j++) {
                double v = 0.5 * (a.unsafe_get(i, j) + a.unsafe_get(j, i));
                a.unsafe_set(i, j, v);
                a.unsafe_set(j, i, v);
            }
        }
        return a;
    }
}
