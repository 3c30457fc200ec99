package lae.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import lae.core.Tolerance;

/** The committed tolerance catalogue is what the code writes from the tolerances' resource, one row per tolerance. */
class ToleranceCatalogueTest {
    @Test
    void theCommittedCatalogueIsWhatTheResourceGives() throws IOException {
        String committed = Files.readString(Path.of("docs", ToleranceCatalogue.FILE));
        assertThat(committed).as("docs/tolerances.md is stale: regenerate it with ./lae claims --docs docs")
                .isEqualTo(ToleranceCatalogue.markdown());
    }

    @Test
    void everyToleranceHasARowWithItsValueAndEscapedReason() {
        String md = ToleranceCatalogue.markdown();
        for (Tolerance t : Tolerance.values()) {
            assertThat(md).contains("| `" + t.name() + "` | ");
        }
        assertThat(md).contains("| `INERTIA_RELATIVE_ZERO` | 1e-8 | An eigenvalue counts as zero when \\|lambda\\| <= this times max \\|lambda\\|.")
                .contains("| `INERTIA_MIN_MARGIN` | 1e3 | ").contains("| `DIRECTION_COSINE` | 0.99 | ")
                .contains("\n## census by Hessian blocks\n");
    }
}
