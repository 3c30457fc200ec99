package lae.census;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Counts the cases that contradict a prediction and keeps the text of the first few (a census's counterexamples). */
final class FirstFailures {
    /** How many failure texts are kept. */
    static final int KEPT = 5;

    private final List<String> texts = new ArrayList<>();
    private int count;

    /** Records one case: nothing if it agrees, else one more failure (its text built only if kept). */
    void record(boolean agrees, Supplier<String> text) {
        if (agrees) {
            return;
        }
        count++;
        if (texts.size() < KEPT) {
            texts.add(text.get());
        }
    }

    /** The number of failures. */
    int count() {
        return count;
    }

    /** The first {@link #KEPT} failure texts. */
    List<String> texts() {
        return List.copyOf(texts);
    }
}
