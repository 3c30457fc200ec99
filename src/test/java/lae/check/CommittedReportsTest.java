package lae.check;

import lae.config.ClaimData;
import lae.config.ClaimFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lae.core.Progress;
import lae.report.ReportComparison;

/**
 * The committed reports of the small claim files are what the code computes (apart from timings,
 * commit and date): a change that alters a verdict must regenerate them in the same commit. The
 * Section 4.2 report takes longer and is compared by {@code ./lae report --verify}, which CI runs.
 */
class CommittedReportsTest {
    @ParameterizedTest
    @ValueSource(strings = {"small-lambda-below", "small-lambda-between", "k-above-m0"})
    void committedCheckReportIsReproduced(String name) {
        ClaimFile cf = ClaimFile.load(Path.of("checks", name + ".toml"));
        CheckRun run = CheckRun.run(cf, ClaimData.load(cf), Progress.NONE);
        assertThat(ReportComparison.differences(CheckDocument.of(run), Path.of("reports")))
                .as("reports/%s is what the code at HEAD computes (regenerate with ./lae report)", name).isEmpty();
    }
}
