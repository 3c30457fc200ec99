package lae.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Every tolerance that decides a verdict, each with its reason. The values and reasons are data, in the resource
 * {@value #RESOURCE} (one table per constant: section, value, reason), read once when this class is loaded; a constant
 * without its table, a table without its constant or a malformed field stops the class with a {@link ResourceException}
 * naming the resource and the key. {@code ./lae claims --docs docs} writes them to {@code docs/tolerances.md}.
 *
 * <p>A tolerance is never tuned so that a claim passes: each is derived from the precision of what it compares
 * (rounding, Newton's stopping rule, a figure's resolution) and set orders of magnitude away from both sides of the
 * decision. Parameters of algorithms (damping factors, step ratios) stay with their algorithm.
 */
public enum Tolerance {
    INERTIA_RELATIVE_ZERO, INERTIA_MIN_MARGIN,
    TABLE_ONE_GRADIENT, NEWTON_MEMBER, WITNESS_MIN, FORMULA_AGREE, REPEATED_SINGULAR_VALUES,
    BLOCK_GRADIENT, SYNTHETIC_BOUNDARY,
    ASYMMETRY, COMPRESSION_FORMULA, GAUGE_PROBE, SYNTHETIC_PRODUCT,
    CLOSED_FORM_CRITICAL, REACHES_MINIMUM, DIRECTION_COSINE, HEATMAP_RANK, NEAR_CRITICAL, POLISHED_SYMMETRIC, SAME_POINT, PROCRUSTES;

    /** The class-path resource of the values and reasons. */
    public static final String RESOURCE = "lae/core/tolerances.toml";

    private static final Map<Tolerance, Definition> DEFINITIONS = read(TomlResource.load(RESOURCE));

    /**
     * One tolerance as the resource defines it.
     *
     * @param value   the value: a positive finite number, read from its decimal literal
     * @param literal the decimal literal as the resource writes it ("1e-8")
     * @param reason  why it is this value: what it compares, the precision of both sides, and the margin
     * @param section the part of the toolkit that uses it ("census by Hessian blocks")
     */
    public record Definition(double value, String literal, String reason, String section) {
    }

    /** The value. */
    public double value() {
        return DEFINITIONS.get(this).value();
    }

    /** Why it has this value: what it compares, the precision of both sides, and the margin. */
    public String reason() {
        return DEFINITIONS.get(this).reason();
    }

    /** The whole definition: value, literal, reason and section. */
    public Definition definition() {
        return DEFINITIONS.get(this);
    }

    /** Every tolerance's definition in {@code toml}'s table {@code [tolerances]}. */
    static Map<Tolerance, Definition> read(TomlResource toml) {
        Map<Tolerance, Definition> out = new EnumMap<>(Tolerance.class);
        toml.constants("tolerances", Tolerance.class, Set.of("section", "value", "reason")).forEach((t, e) -> out.put(t,
                new Definition(e.value("value", Tolerance::positive), e.text("value"), e.text("reason"), e.text("section"))));
        return out;
    }

    private static double positive(String literal) {
        double v = Double.parseDouble(literal);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("a tolerance is a positive finite number");
        }
        return v;
    }
}
