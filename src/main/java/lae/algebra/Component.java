package lae.algebra;

import java.util.List;

/**
 * One irreducible component (a prime over Q) of a critical variety, or of a slice of it, with what the toolkit
 * established about it.
 *
 * @param piece          which variety it belongs to: "critical variety", or a slice case of {@link RealSlice}
 * @param dimension      the Krull dimension of the prime (of the slice, for a slice case: see {@code piece})
 * @param degree         its degree
 * @param basis          its reduced Groebner basis (Singular's, ordering dp)
 * @param basisChecked   true if Buchberger's criterion was verified in Java
 * @param critical       true if every generator of the computed ideal (gradient, and slice equations) reduces to 0
 *                       modulo the basis in Java: the component lies in the critical variety
 * @param symmetric      true if every entry of W1 - W2^T reduces to 0 (the component lies in {W1 = W2^T}); false if
 *                       one does not and the basis was checked; null otherwise
 * @param productDiagonal W2 W1 modulo the prime when it is a constant diagonal matrix (its diagonal, as text), else null
 * @param indexSet       I if the prime contains the equations of the Table-1 family of I, else null
 * @param realDimension  the dimension of the real family of I (when identified and real), else null
 * @param realPoints     real points and their certificate
 */
public record Component(String piece, int dimension, int degree, List<Polynomial> basis, boolean basisChecked, boolean critical,
                        Boolean symmetric, List<String> productDiagonal, List<Integer> indexSet, Integer realDimension,
                        RealPoints realPoints) {
    public Component {
        basis = List.copyOf(basis);
        productDiagonal = productDiagonal == null ? null : List.copyOf(productDiagonal);
        indexSet = indexSet == null ? null : List.copyOf(indexSet);
    }

    /** True if the component certainly has real points. */
    public boolean real() {
        return realPoints.status() == RealPoints.Status.YES;
    }

    /** The index set as the reports print it: "{1, 3}", "{}" or "none". */
    public String indexSetText() {
        return indexSet == null ? "none" : setText(indexSet);
    }

    /** "{1, 3}". */
    public static String setText(List<Integer> set) {
        return "{" + String.join(", ", set.stream().map(String::valueOf).toList()) + "}";
    }
}
