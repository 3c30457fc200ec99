package lae.report;

import java.util.List;

import lae.core.Tolerance;

/**
 * The tolerance catalogue {@code docs/tolerances.md}, written from {@link Tolerance} (whose data are the resource
 * {@value Tolerance#RESOURCE}): every tolerance that decides a verdict, by the part of the toolkit that uses it, with
 * its value and its reason. A test holds the committed file to what this class writes ({@code ./lae claims --docs docs}).
 */
public final class ToleranceCatalogue {
    /** The file name of the catalogue. */
    public static final String FILE = "tolerances.md";

    private ToleranceCatalogue() {
    }

    /** The markdown of the catalogue. */
    public static String markdown() {
        CatalogueTables page = new CatalogueTables("The tolerances",
                "Every tolerance that decides a verdict, with its value and its reason. Written by `./lae claims --docs docs` "
                + "from `src/main/resources/" + Tolerance.RESOURCE + "` (the enum `lae.core.Tolerance`, which code "
                + "reads as `Tolerance.NAME.value()`); do not edit by hand (a test compares this file with what the code writes).\n\n"
                + "A tolerance is never tuned so that a claim passes: each is derived from the precision of what it compares "
                + "(rounding, Newton's stopping rule, a figure's resolution) and set orders of magnitude away from both sides of "
                + "the decision. Parameters of algorithms (damping factors, step ratios) stay with their algorithm.",
                List.of("tolerance", "value", "reason"));
        for (Tolerance t : Tolerance.values()) {
            Tolerance.Definition d = t.definition();
            page.row(d.section(), List.of("`" + t.name() + "`", d.literal(), d.reason()));
        }
        return page.markdown();
    }
}
