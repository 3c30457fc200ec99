package lae.core;

/**
 * How strong the evidence behind a verdict is (design.md, "Evidence strength"). Every verdict
 * carries one; from strongest to weakest:
 * <ul>
 *   <li>{@link #PROVED}: a general argument whose every step the toolkit checks symbolically;</li>
 *   <li>{@link #CERTIFIED}: exact (rational / integer) computation on stated instances;</li>
 *   <li>{@link #EXHAUSTIVE}: every component of a configuration, with stated tolerances and margins;</li>
 *   <li>{@link #SAMPLED}: a numerical search (Newton from random starts), which can miss components;</li>
 *   <li>{@link #OBSERVED}: what an optimiser did in training under stated settings and seeds;</li>
 *   <li>{@link #NONE}: nothing could be computed (missing data, missing engine); the evidence says why.</li>
 * </ul>
 * A conjecture supported by sampling reads "HOLDS (sampled)", never a bare HOLDS.
 */
public enum Strength {
    PROVED, CERTIFIED, EXHAUSTIVE, SAMPLED, OBSERVED, NONE;

    /** The lower-case word used in reports and JSON ("proved", ...). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stronger of the two. */
    public Strength strongest(Strength other) {
        return ordinal() <= other.ordinal() ? this : other;
    }

    /** The weaker of the two: a verdict that combines evidence is only as strong as its weakest part. */
    public Strength weakest(Strength other) {
        return ordinal() >= other.ordinal() ? this : other;
    }

    public static Strength parse(String label) {
        return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
}
