package lae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import lae.report.JsonRenderer;
import lae.report.Provenance;
import picocli.CommandLine;

/** The lae command end to end: reports, the index, bad input (exit 2, one line, nothing overwritten). */
class CliTest {
    static final String GOOD = """
            name = "tiny"
            [data]
            m = 4
            n = 6
            singular_values = "(5 - i)/2"
            seed = 1
            [model]
            k = 2
            lambda = 1.5
            [search]
            random_starts = 3
            perturbed_starts = 2
            dense_sample = 1
            [claims.C14]
            [claims.C17]
            [claims.C18]
            """;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run lae(String... args) {
        CommandLine cl = Lae.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportRunsEveryClaimFileAndWritesTheIndexAndSchemaConformingJson() throws IOException {
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.writeString(checks.resolve("tiny.toml"), GOOD);
        Files.writeString(checks.resolve("tiny2.toml"), GOOD.replace("\"tiny\"", "\"tiny2\"").replace("lambda = 1.5", "lambda = 3.0"));
        Path out = dir.resolve("reports");
        Run r = lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String name : new String[] {"tiny", "tiny2"}) {
            assertThat(out.resolve(name + ".md")).exists();
            JsonNode j = JsonRenderer.MAPPER.readTree(out.resolve(name + ".json").toFile());
            assertThat(j.path("schema").asText()).isEqualTo(Provenance.SCHEMA);
            assertThat(j.path("provenance").path("generator").asText()).isEqualTo(Provenance.GENERATOR);
            assertThat(j.path("command").asText()).startsWith("./lae check ");
            assertThat(j.path("seeds").path("search").isNumber()).isTrue();
            assertThat(j.path("results").size()).isGreaterThan(0);
            for (JsonNode res : j.path("results")) {
                assertThat(res.path("claim").asText()).matches("C\\d+");
                assertThat(res.path("verdict").asText()).isIn("HOLDS", "FAILS", "INCONCLUSIVE");
                assertThat(res.path("strength").asText()).isIn("proved", "certified", "exhaustive", "sampled", "observed");
                assertThat(res.has("cases_checked") && res.has("cases_failed") && res.has("worst_residual") && res.has("counterexample")).isTrue();
            }
        }
        String index = Files.readString(out.resolve("README.md"));
        assertThat(index).contains("| C17 |").contains("tiny.md").contains("tiny2.md");
        assertThat(Files.readString(out.resolve("tiny.md"))).contains("./lae check").contains("seed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field|[model]|[model]\\nbogus = 1|unknown field 'model.bogus'",
        "k >= min(m,n)|k = 2|k = 4|model.k",
        "negative lambda|lambda = 1.5|lambda = -1.0|model.lambda",
        "repeated singular values|\"(5 - i)/2\"|[2.0, 2.0, 1.0, 0.5]|data.singular_values",
        "out of range starts|random_starts = 3|random_starts = -3|search.random_starts",
        "bad formula|[claims.C17]|[claims.C17]\\nformula = \"dI + (k - l\"|claims.C17.formula",
        "unknown claim|[claims.C18]|[claims.C99]|claims.C99",
        "not toml|name = \"tiny\"|name = = \"tiny\"|not valid TOML"
    })
    void badInputIsOneLineExit2AndLeavesReportsUntouched(String what, String from, String to, String mentions) throws IOException {
        Path out = Files.createDirectories(dir.resolve("reports"));
        Path existing = out.resolve("tiny.md");
        Files.writeString(existing, "previous report");
        Path f = dir.resolve("tiny.toml");
        Files.writeString(f, GOOD.replace(from, to.replace("\\n", "\n")));
        Run r = lae("check", "-q", "--out", out.toString(), f.toString());
        assertThat(r.code()).as(what + ": " + r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(mentions).contains(f.toString());
        assertThat(Files.readString(existing)).isEqualTo("previous report");
    }

    @Test
    void csvWithNaNOrMissingFileIsRejected() throws IOException {
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n4,NaN,6\n7,8,9.5\n1,1,1\n");
        Path f = dir.resolve("c.toml");
        Files.writeString(f, GOOD.replace("m = 4\nn = 6\nsingular_values = \"(5 - i)/2\"\nseed = 1", "csv = \"x.csv\"").replace("k = 2", "k = 1"));
        Run r = lae("check", "-q", "--out", dir.resolve("r").toString(), f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("x.csv").contains("line 3, column 2").contains("not finite");
        Files.delete(csv);
        Run missing = lae("check", "-q", "--out", dir.resolve("r").toString(), f.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("x.csv").contains("not found");
        Run nofile = lae("check", dir.resolve("nope.toml").toString());
        assertThat(nofile.code()).isEqualTo(2);
        assertThat(nofile.err()).contains("nope.toml").contains("not found");
    }

    @Test
    void csvWithRepeatedSingularValuesIsReportedAsAViolatedAssumption() throws IOException {
        // rows are points; dimensions 1 and 2 carry exactly the same energy, so s_1 = s_2
        StringBuilder b = new StringBuilder();
        double[][] rows = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 0.5}, {0, 0, -0.5}};
        for (double[] row : rows) {
            b.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append('\n');
        }
        Files.writeString(dir.resolve("rep.csv"), b.toString());
        Path f = dir.resolve("rep.toml");
        Files.writeString(f, GOOD.replace("m = 4\nn = 6\nsingular_values = \"(5 - i)/2\"\nseed = 1", "csv = \"rep.csv\"").replace("k = 2", "k = 1").replace("lambda = 1.5", "lambda = 0.001")
                .replace("name = \"tiny\"", "name = \"rep\""));
        Run r = lae("check", "-q", "--out", dir.resolve("r").toString(), f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String md = Files.readString(dir.resolve("r").resolve("rep.md"));
        assertThat(md).contains("repeated singular values");
        JsonNode j = JsonRenderer.MAPPER.readTree(dir.resolve("r").resolve("rep.json").toFile());
        for (JsonNode res : j.path("results")) {
            if (res.path("claim").asText().equals("C17")) {
                assertThat(res.path("verdict").asText()).as(res.toString()).isEqualTo("INCONCLUSIVE");
            }
        }
    }

    @Test
    void everyVerbHasHelp() {
        for (String[] v : new String[][] {{"--help"}, {"check", "--help"}, {"report", "--help"}, {"bench", "--help"}, {"bench", "check", "--help"}}) {
            Run r = lae(v);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }
}
