package lae.core;

/**
 * Which reading of a claim a verdict answers. A claim about what training shows has two: what the critical
 * points are ({@link #LANDSCAPE}) and what the optimiser did ({@link #TRAINING}). A classification's landscape
 * reading splits into the check of the predicted components ({@link #PREDICTED}) and the completeness of the
 * prediction ({@link #COMPLETENESS}), each labelled by its own evidence. A statement whose truth depends on a case
 * the paper does not separate gets one reading per case ({@link #L_EQUALS_K}, {@link #L_BELOW_K}). Every other
 * claim is read as printed ({@link #AS_PRINTED}).
 */
public enum Reading implements Labelled {
    /** The claim as printed. */
    AS_PRINTED("-"),
    /** What the critical points of the loss are. */
    LANDSCAPE("landscape"),
    /** What an optimiser did under stated settings and seeds. */
    TRAINING("training"),
    /** The predicted components only: each is critical with the predicted inertia (not that nothing else is). */
    PREDICTED("predicted components"),
    /** That nothing but the predicted components is critical. */
    COMPLETENESS("completeness"),
    /** The statement for index sets with l = |I| = k (which contain the minimum). */
    L_EQUALS_K("l = k"),
    /** The statement for index sets with l = |I| &lt; k. */
    L_BELOW_K("l < k");

    private final String label;

    Reading(String label) {
        this.label = label;
    }

    /** The word reports use: "-", "landscape" or "training". */
    @Override
    public String label() {
        return label;
    }

    /** The reading a report spells {@code label}; an IllegalArgumentException names the allowed labels. */
    public static Reading parse(String label) {
        return Labelled.parse(Reading.class, label, "reading");
    }

    @Override
    public String toString() {
        return label;
    }
}
