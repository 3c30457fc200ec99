package lae.check;

import java.util.function.Supplier;

import lae.landscape.IndexSet;

/**
 * The counterexample a report gives for a claim over index sets: the one at the smallest I (fewest indices,
 * then lexicographic), whatever order the cases come in.
 */
final class SmallestCounterexample {
    private IndexSet set;
    private String text;

    /** Keeps the counterexample at {@code at} (its text made only then) if {@code at} is smaller than the one kept. */
    void offer(IndexSet at, Supplier<String> description) {
        if (set == null || at.compareTo(set) < 0) {
            set = at;
            text = description.get();
        }
    }

    /** The counterexample kept, or null if none was offered. */
    String text() {
        return text;
    }
}
