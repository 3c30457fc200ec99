package lae.symbolic;

import java.util.List;

/**
 * What an identity proved in a {@link FreeAlgebra} covers: the sizes it keeps symbolic, the sizes it pins to 1, and the
 * hypotheses it assumes. An identity of an algebra whose sizes are all symbolic holds for every size; one with a pinned
 * size holds only there (the rule {@link StepScope#forFreeAlgebra} turns into a strength).
 *
 * @param sizes       the symbolic sizes ("m", "k", "n")
 * @param pinned      the sizes pinned to 1 ("k = 1"); empty when every size is symbolic
 * @param assumptions the relations assumed rather than derived
 */
public record AlgebraCoverage(List<String> sizes, List<String> pinned, List<String> assumptions) {
    /** Copies the lists. */
    public AlgebraCoverage {
        sizes = List.copyOf(sizes);
        pinned = List.copyOf(pinned);
        assumptions = List.copyOf(assumptions);
    }

    /** "every size m, k, n", or "every size m with k = 1". */
    public String text() {
        String s = "every size " + String.join(", ", sizes);
        return pinned.isEmpty() ? s : s + " with " + String.join(", ", pinned);
    }

    /** True when no size is pinned: what holds here holds for every size. */
    public boolean everySize() {
        return pinned.isEmpty();
    }
}
