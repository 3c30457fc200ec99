package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import lae.cli.Lae;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine;

/** ./lae census on a small claim file writes md, json and png; a wrong formula in the file makes it FAIL; bad input exits 2. */
class CensusCliTest {
    static final String TINY = """
            name = "tiny-census"
            [data]
            m = 6
            n = 8
            singular_values = "(8 - i)/2"
            seed = 1
            [model]
            k = 3
            lambda = 2.0
            [search]
            max_index_set_size = 1
            [claims.C17]
            candidates = ["dI + (k - l)*(m - l) + 1"]
            """;

    @Test
    void writesMarkdownJsonAndPng(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("tiny-census.toml");
        Files.writeString(cfg, TINY);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine cl = Lae.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("census", cfg.toString(), "--sample", "25", "--seed", "3", "--out", out.toString(), "-q");
        assertThat(code).as(err.toString()).isZero();
        Path md = out.resolve("census/tiny-census.md");
        Path json = out.resolve("census/tiny-census.json");
        Path png = out.resolve("census/tiny-census.png");
        assertThat(md).exists();
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(1000);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("schema").asText()).isEqualTo("lae-report/3");
        assertThat(root.get("kind").asText()).isEqualTo("census");
        JsonNode census = root.get("data").get("census");
        assertThat(census).hasSize(3);
        // all |I| <= k despite max_index_set_size = 1: C(6,0..3) = 1 + 6 + 15 + 20 = 42
        assertThat(census.get(0).get("components").asInt()).isEqualTo(42);
        for (JsonNode loss : census) {
            assertThat(loss.get("dense_cross_check").get("disagree").asInt()).isZero();
            assertThat(loss.get("dense_cross_check").get("agree").asInt()).isEqualTo(25);
            boolean sawFailingCandidate = false;
            for (JsonNode f : loss.get("formulas")) {
                if (f.get("role").asText().equals("candidate")) {
                    assertThat(f.get("verdict").asText()).isEqualTo("FAILS");
                    assertThat(f.get("disagreements_masks")).hasSize(f.get("disagree").asInt());
                    sawFailingCandidate = true;
                }
                if (f.get("role").asText().equals("corrected")) {
                    assertThat(f.get("verdict").asText()).isEqualTo("HOLDS");
                }
            }
            assertThat(sawFailingCandidate).isTrue();
        }
        String text = Files.readString(md);
        assertThat(text).contains("# Census: tiny-census", "Dense cross-check", "tiny-census.png", "FAILS", "HOLDS");
    }

    @Test
    void badInputExitsTwo(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("tiny-census.toml");
        Files.writeString(cfg, TINY);
        StringWriter err = new StringWriter();
        CommandLine cl = Lae.commandLine();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("census", cfg.toString(), "--losses", "L_nope", "--out", dir.resolve("o").toString(), "-q");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--losses");
        assertThat(dir.resolve("o")).doesNotExist();
    }
}
