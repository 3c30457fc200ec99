package lae.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import lae.config.ClaimFile;

/** The validation before work must never refuse what the project itself ships. */
class ValidatedClaimFileTest {

    @Test
    void everyShippedClaimFileIsAcceptedWithoutForceAndWithoutWarnings() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<ClaimFile> files;
        try (Stream<Path> s = Files.list(Path.of("checks"))) {
            files = s.filter(p -> p.toString().endsWith(".toml")).sorted().map(ClaimFile::load).toList();
        }
        assertThat(files).isNotEmpty();
        List<ValidatedClaimFile> validated = ValidatedClaimFile.forChecks(files, false, warnings::add);
        assertThat(warnings).isEmpty();
        for (ValidatedClaimFile v : validated) {
            ResourceEstimate e = ResourceEstimate.of(v.file(), v.data().m(), v.data().n(), v.data().singularValues(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
            assertThat(e.fitsArray()).isTrue();
            assertThat(e.fitsHeap()).as(e.describe()).isTrue();
            assertThat(e.seconds()).as(e.describe()).isLessThan(ResourceLimits.MAX_SECONDS);
            assertThat(v.partial()).isEmpty();
        }
    }

    @Test
    void theComponentCountIsTheSumOfBinomials() {
        // Section 4.2 with |I| <= 2: 1 + 20 + 190 = 211 index sets per loss (README, bench check)
        assertThat(ResourceEstimate.subsets(20, 2).intValueExact()).isEqualTo(211);
        assertThat(ResourceEstimate.subsets(5, 8).intValueExact()).isEqualTo(32);
    }
}
