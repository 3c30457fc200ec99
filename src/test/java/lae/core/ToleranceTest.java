package lae.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The tolerances are data (lae/core/tolerances.toml): each reads as exactly the double its literal was in the code
 * before it moved there, and each has its reason (what the reader refuses: {@link ResourceRefusalsTest}).
 */
class ToleranceTest {
    /** The literals of the former {@code public static final double} constants, as written in the Java source. */
    private static final Map<Tolerance, Double> LITERALS = new EnumMap<>(Map.ofEntries(
            Map.entry(Tolerance.INERTIA_RELATIVE_ZERO, 1e-8), Map.entry(Tolerance.INERTIA_MIN_MARGIN, 1e3),
            Map.entry(Tolerance.TABLE_ONE_GRADIENT, 1e-9), Map.entry(Tolerance.NEWTON_MEMBER, 1e-6),
            Map.entry(Tolerance.WITNESS_MIN, 1e-3), Map.entry(Tolerance.FORMULA_AGREE, 1e-9),
            Map.entry(Tolerance.REPEATED_SINGULAR_VALUES, 1e-9), Map.entry(Tolerance.BLOCK_GRADIENT, 1e-10),
            Map.entry(Tolerance.SYNTHETIC_BOUNDARY, 1e-9), Map.entry(Tolerance.ASYMMETRY, 1e-6),
            Map.entry(Tolerance.COMPRESSION_FORMULA, 1e-6), Map.entry(Tolerance.GAUGE_PROBE, 1e-6),
            Map.entry(Tolerance.SYNTHETIC_PRODUCT, 1e-6), Map.entry(Tolerance.CLOSED_FORM_CRITICAL, 1e-9),
            Map.entry(Tolerance.REACHES_MINIMUM, 1e-2), Map.entry(Tolerance.DIRECTION_COSINE, 0.99),
            Map.entry(Tolerance.HEATMAP_RANK, 1e-2), Map.entry(Tolerance.NEAR_CRITICAL, 0.05),
            Map.entry(Tolerance.POLISHED_SYMMETRIC, 1e-6), Map.entry(Tolerance.SAME_POINT, 1e-6),
            Map.entry(Tolerance.PROCRUSTES, 0.05)));

    @Test
    void everyValueIsTheDoubleOfItsFormerLiteral() {
        assertThat(LITERALS.keySet()).containsExactly(Tolerance.values());
        for (Tolerance t : Tolerance.values()) {
            assertThat(Double.doubleToRawLongBits(t.value())).as(t.name())
                    .isEqualTo(Double.doubleToRawLongBits(LITERALS.get(t)));
        }
    }

    @Test
    void everyToleranceHasItsReasonAndSection() {
        for (Tolerance t : Tolerance.values()) {
            assertThat(t.reason()).as(t.name()).hasSizeGreaterThan(40).doesNotContain("{@").doesNotContain("&lt;");
            assertThat(t.definition().section()).as(t.name()).isNotBlank();
            assertThat(Double.parseDouble(t.definition().literal())).as(t.name()).isEqualTo(t.value());
        }
        assertThat(Tolerance.WITNESS_MIN.reason()).contains("three orders above NEWTON_MEMBER");
    }
}
