package lae.core;

/**
 * Which reading of a claim a verdict answers. A claim about what training shows has two: what the critical
 * points are ({@link #LANDSCAPE}) and what the optimiser did ({@link #TRAINING}); every other claim is read as
 * printed ({@link #AS_PRINTED}).
 */
public enum Reading {
    /** The claim as printed. */
    AS_PRINTED("-"),
    /** What the critical points of the loss are. */
    LANDSCAPE("landscape"),
    /** What an optimiser did under stated settings and seeds. */
    TRAINING("training");

    private final String label;

    Reading(String label) {
        this.label = label;
    }

    /** The word reports use: "-", "landscape" or "training". */
    public String label() {
        return label;
    }

    /** The reading a report spells {@code label}. */
    public static Reading parse(String label) {
        for (Reading r : values()) {
            if (r.label.equals(label)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reading '" + label + "' (allowed: -, landscape, training)");
    }

    @Override
    public String toString() {
        return label;
    }
}
