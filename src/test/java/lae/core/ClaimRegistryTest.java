package lae.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The claim registry is data (lae/core/claims.toml): every constant of {@link ClaimId} has its definition, as the
 * resource gives it (what the reader refuses: {@link ResourceRefusalsTest}).
 */
class ClaimRegistryTest {
    private static String shipped() throws IOException {
        return ResourceRefusalsTest.text(ClaimId.RESOURCE);
    }

    @Test
    void everyConstantHasItsDefinitionAndIsFoundByItsId() throws IOException {
        ClaimRegistry r = ClaimRegistry.read(TomlResource.parse(ClaimId.RESOURCE, shipped()));
        for (ClaimId c : ClaimId.values()) {
            assertThat(r.definition(c)).as(c.name()).isEqualTo(c.definition());
            assertThat(ClaimId.find(c.id().toLowerCase(java.util.Locale.ROOT))).isSameAs(c);
            assertThat(c.definition().engines()).as(c.name()).isNotEmpty();
        }
        for (ClaimId.Section s : ClaimId.Section.values()) {
            assertThat(s.heading()).isNotBlank();
        }
        assertThat(ClaimId.MB_C17_CORRECTED.id()).isEqualTo("MB-C17-corrected");
        assertThat(ClaimId.C16.definition().formulas()).containsOnlyKeys("formula_F", "formula_V");
        assertThat(ClaimId.C22.definition().formulas().get("formula").variables()).endsWith("s");
        assertThat(ClaimId.C23.definition().sentenceReadings()).containsExactly(Reading.L_EQUALS_K);
        assertThat(ClaimId.C27.definition().scope().extent()).isEqualTo(ClaimId.Extent.CONFIGURATION);
        assertThat(ClaimId.C1.definition().scope().extent()).isEqualTo(ClaimId.Extent.EVERY_SIZE);
        assertThat(ClaimId.KUNIN_1.ofNeighbour()).isTrue();
        assertThat(ClaimId.KUNIN_1.ofPaper()).isFalse();
        assertThat(ClaimId.SCRIPT_ERROR.ofPaper()).isFalse();
        assertThat(ClaimId.C30.ofPaper()).isTrue();
        assertThatThrownBy(() -> ClaimId.parse("C31")).hasMessageContaining("known: C1, C2,").hasMessageContaining("script-error");
    }
}
