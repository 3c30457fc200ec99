package lae.check;

import lae.config.ClaimFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The validation before work must never refuse what the project itself ships. */
class InputValidationTest {

    @Test
    void everyShippedClaimFileIsAcceptedWithoutForceAndWithoutWarnings() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<ClaimFile> files;
        try (Stream<Path> s = Files.list(Path.of("checks"))) {
            files = s.filter(p -> p.toString().endsWith(".toml")).sorted().map(ClaimFile::load).toList();
        }
        assertThat(files).isNotEmpty();
        List<InputValidation.Prepared> ps = InputValidation.prepareAll(files, false, warnings::add);
        assertThat(warnings).isEmpty();
        for (InputValidation.Prepared p : ps) {
            assertThat(p.estimate().fitsArray()).isTrue();
            assertThat(p.estimate().fitsHeap()).as(p.estimate().describe()).isTrue();
            assertThat(p.estimate().seconds()).as(p.estimate().describe()).isLessThan(InputValidation.MAX_SECONDS);
        }
    }

    @Test
    void theComponentCountIsTheSumOfBinomials() {
        // Section 4.2 with |I| <= 2: 1 + 20 + 190 = 211 index sets per loss (README, bench check)
        assertThat(InputValidation.subsets(20, 2).intValueExact()).isEqualTo(211);
        assertThat(InputValidation.subsets(5, 8).intValueExact()).isEqualTo(32);
    }
}
