package lae.algebra;

import java.util.Objects;

/**
 * Whether a component has real points, with the certificate a reader can check (and that the toolkit re-checked
 * in exact arithmetic).
 *
 * @param status      YES, NO, or UNDECIDED (no certificate either way: verdicts that depend on it are INCONCLUSIVE)
 * @param count       the exact number of real points of a zero-dimensional component, or null
 * @param kind        the certificate's kind: "table-1 point", "real root count", "sum of squares", "none"
 * @param certificate the certificate in words and formulas
 */
public record RealPoints(Status status, Integer count, String kind, String certificate) {

    /** Has real points, has none, or not decided. */
    public enum Status { YES, NO, UNDECIDED }

    public RealPoints {
        Objects.requireNonNull(status);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(certificate);
    }

    /** No certificate either way. */
    public static RealPoints undecided(String why) {
        return new RealPoints(Status.UNDECIDED, null, "none", why);
    }

    /** True, false, or null (undecided), as the JSON's has_real_points. */
    public Boolean asBoolean() {
        return status == Status.UNDECIDED ? null : status == Status.YES;
    }
}
