package lae.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.core.Progress;
import lae.report.ReportDocument;

/**
 * The main job hands its documents over in a fixed order (per claim file, sorted by file name: its check
 * report, then its topology report; then each proof script's report, then the proof index), and its topology
 * report is computed from the data that the check used (the same sizes and spectrum).
 */
class MainJobTest {
    static final String CLAIMS = """
            [data]
            m = 4
            n = 6
            singular_values = "(5 - i)/2"
            seed = 1
            [model]
            k = 2
            lambda = 1.5
            [search]
            random_starts = 2
            perturbed_starts = 1
            dense_sample = 1
            [claims.C14]
            [claims.C17]
            """;
    static final String SCRIPT = """
            ProofStep("C2", "L", "printed", "1 + 1 = 2", 1 + 1, 2);
            """;

    @TempDir
    Path dir;

    @Test
    void documentsComeInTheOrderOfTheClassComment() throws IOException {
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.writeString(checks.resolve("b.toml"), "name = \"b\"\n" + CLAIMS);
        Files.writeString(checks.resolve("a.toml"), "name = \"a\"\n" + CLAIMS.replace("lambda = 1.5", "lambda = 3.0"));
        Path proofs = Files.createDirectories(dir.resolve("proofs"));
        Files.writeString(proofs.resolve("two.m"), SCRIPT);
        Files.writeString(proofs.resolve("one.m"), SCRIPT);
        List<String> warnings = new ArrayList<>();
        MainJob.Plan plan = MainJob.plan(checks, proofs, false, warnings::add);
        List<ReportDocument> docs = new ArrayList<>();
        MainJob.Summary summary = MainJob.run(plan, Progress.NONE, docs::add);
        assertThat(docs).extracting(ReportDocument::name)
                .containsExactly("a", "topology/a", "b", "topology/b", "proofs/one", "proofs/two", "proofs/index");
        assertThat(summary.reports()).isEqualTo(4);
        assertThat(summary.proofScripts()).isEqualTo(2);
        assertThat(warnings).isEmpty();
        assertThat(docs.get(1).command()).isEqualTo("./lae topology " + checks.resolve("a.toml").toAbsolutePath().normalize());
    }

    @Test
    void withoutProofsOnlyTheClaimFilesRun() throws IOException {
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.writeString(checks.resolve("c.toml"), "name = \"c\"\n" + CLAIMS);
        List<ReportDocument> docs = new ArrayList<>();
        MainJob.Summary summary = MainJob.run(MainJob.plan(checks, null, false, w -> { }), Progress.NONE, docs::add);
        assertThat(docs).extracting(ReportDocument::name).containsExactly("c", "topology/c");
        assertThat(summary.proofScripts()).isZero();
    }
}
