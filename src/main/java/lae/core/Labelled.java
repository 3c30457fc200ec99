package lae.core;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A constant that reports, claim files and the command line spell by a label ("landscape", "keras-decay") rather than
 * by its Java name; {@link #find} and {@link #parse} read the label back.
 */
public interface Labelled {
    /** The word reports and inputs use. */
    String label();

    /** The constant of {@code type} labelled {@code label} (exactly), or null. */
    static <E extends Enum<E> & Labelled> E find(Class<E> type, String label) {
        for (E c : type.getEnumConstants()) {
            if (c.label().equals(label)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The constant of {@code type} labelled {@code label} (exactly), or an {@link IllegalArgumentException}
     * "unknown WHAT 'LABEL' (allowed: ...)" listing every label in order.
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String label, String what) {
        E c = find(type, label);
        if (c == null) {
            throw new IllegalArgumentException("unknown " + what + " '" + label + "' (allowed: "
                    + Stream.of(type.getEnumConstants()).map(Labelled::label).collect(Collectors.joining(", ")) + ")");
        }
        return c;
    }
}
