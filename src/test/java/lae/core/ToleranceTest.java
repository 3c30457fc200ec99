package lae.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The tolerances are data (lae/core/tolerances.toml): each reads as exactly the double its literal was in the code
 * before it moved there, each has its reason, and a resource that lacks a constant's table, holds a table without a
 * constant, or has a malformed field is refused with an error naming the resource and the key.
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

    static String resourceText(String path) throws IOException {
        try (InputStream in = ToleranceTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

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
            assertThat(t.section()).as(t.name()).isNotBlank();
        }
        assertThat(Tolerance.WITNESS_MIN.reason()).contains("three orders above NEWTON_MEMBER");
    }

    @Test
    void aConstantWithoutItsTableIsRefused() throws IOException {
        String text = resourceText(Tolerance.RESOURCE).replace("[tolerances.PROCRUSTES]", "[unused.PROCRUSTES]");
        assertThatThrownBy(() -> Tolerance.read(TomlResource.parse(Tolerance.RESOURCE, text)))
                .isInstanceOf(ResourceException.class)
                .hasMessage("lae/core/tolerances.toml: the constant lae.core.Tolerance.PROCRUSTES has no table [tolerances.PROCRUSTES]");
    }

    @Test
    void aTableWithoutItsConstantIsRefused() throws IOException {
        String text = resourceText(Tolerance.RESOURCE) + "\n[tolerances.ROUNDING]\nsection = \"x\"\nvalue = \"1e-9\"\nreason = \"y\"\n";
        assertThatThrownBy(() -> Tolerance.read(TomlResource.parse(Tolerance.RESOURCE, text)))
                .isInstanceOf(ResourceException.class)
                .hasMessage("lae/core/tolerances.toml: [tolerances.ROUNDING] has no constant in lae.core.Tolerance");
    }

    @Test
    void aMalformedFieldIsRefusedNamingItsKey() throws IOException {
        String text = resourceText(Tolerance.RESOURCE);
        String[][] cases = {
            {"value = \"1e-8\"", "value = \"1e-8x\"", "[tolerances.INERTIA_RELATIVE_ZERO] value = \"1e-8x\" is not allowed"},
            {"value = \"1e-8\"", "value = \"-1e-8\"", "[tolerances.INERTIA_RELATIVE_ZERO] value = \"-1e-8\" is not allowed (a tolerance is a positive"},
            {"value = \"1e-8\"", "value = 1e-8", "[tolerances.INERTIA_RELATIVE_ZERO] value is not a non-empty string"},
            {"value = \"1e3\"", "valeu = \"1e3\"", "[tolerances.INERTIA_MIN_MARGIN] valeu is not a field here (allowed: reason, section, value)"},
            {"value = \"0.99\"\nreason", "value = \"0.99\"\nwhy", "[tolerances.DIRECTION_COSINE] why is not a field here"},
        };
        for (String[] c : cases) {
            assertThat(text).contains(c[0]);
            String bad = text.replaceFirst(java.util.regex.Pattern.quote(c[0]), java.util.regex.Matcher.quoteReplacement(c[1]));
            assertThatThrownBy(() -> Tolerance.read(TomlResource.parse(Tolerance.RESOURCE, bad))).as(c[1])
                    .isInstanceOf(ResourceException.class).hasMessageStartingWith("lae/core/tolerances.toml: " + c[2]);
        }
        String noReason = text.replaceFirst("reason = \"An eigenvalue counts as zero[^\n]*\n", "");
        assertThatThrownBy(() -> Tolerance.read(TomlResource.parse(Tolerance.RESOURCE, noReason)))
                .isInstanceOf(ResourceException.class)
                .hasMessage("lae/core/tolerances.toml: [tolerances.INERTIA_RELATIVE_ZERO] reason is missing");
        assertThatThrownBy(() -> Tolerance.read(TomlResource.parse(Tolerance.RESOURCE, "[tolerances\n")))
                .isInstanceOf(ResourceException.class).hasMessageStartingWith("lae/core/tolerances.toml: not valid TOML (line 1)");
    }

    @Test
    void theResourceAsShippedIsRead() throws IOException {
        assertThat(Tolerance.read(TomlResource.parse(Tolerance.RESOURCE, resourceText(Tolerance.RESOURCE)))).hasSize(Tolerance.values().length);
        assertThatThrownBy(() -> TomlResource.load("lae/core/no-such.toml")).isInstanceOf(ResourceException.class)
                .hasMessage("lae/core/no-such.toml: not on the class path");
    }
}
