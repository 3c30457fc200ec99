package lae.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import lae.core.ClaimId;

/** The committed claim catalogue is what the code writes from the registry, and every claim is in it. */
class ClaimCatalogueTest {
    @Test
    void theCommittedCatalogueIsWhatTheRegistryGives() throws IOException {
        String committed = Files.readString(Path.of("docs", ClaimCatalogue.FILE));
        assertThat(committed).as("docs/claims.md is stale: regenerate it with ./lae claims --docs docs").isEqualTo(ClaimCatalogue.markdown());
    }

    @Test
    void everyClaimHasARowWithItsStatement() {
        String md = ClaimCatalogue.markdown();
        for (ClaimId c : ClaimId.values()) {
            assertThat(md).contains("| " + c.id() + " | ");
        }
        assertThat(md).contains("Petrevski").contains("Regularized Linear Autoencoders and Topology of Loss Landscapes");
    }
}
