package lae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lae.symbolic.SymjaFormula;
import picocli.CommandLine;

/**
 * Bad input, as a new user would give it (src/test/resources/bad-inputs/, one claim file per case, its
 * comment says what is wrong). Each gets either exit 2 with one line naming the file and the problem,
 * before any work (within 5 s, in process), or a verdict: INCONCLUSIVE with its reason where the input
 * violates an assumption, FAILS with the case named where a formula has no value at a case. None gives a
 * stack trace, and no existing report in the output folder is touched.
 */
class BadInputTest {
    /** An exit-2 answer must come before the work: 5 s, once Symja is loaded (the JVM's start is not counted). */
    static final long MAX_MILLIS = 5000;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path inputs;
    Path out;
    Map<String, String> before;

    record Run(int code, String out, String err, long millis) {
        /** Exit 2, one line on standard error, no stack trace. */
        void isOneLineBadInput(String... mentions) {
            assertThat(code).as(err).isEqualTo(2);
            assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
            assertThat(err).startsWith("lae: ").doesNotContain("\tat ").doesNotContain("internal error");
            for (String m : mentions) {
                assertThat(err).as(err).contains(m);
            }
            assertThat(millis).as("answered after " + millis + " ms: " + err).isLessThan(MAX_MILLIS);
        }
    }

    @BeforeAll
    static void loadSymja() {
        // Symja's first use loads its rule base (seconds); the 5 s budget is for the validation itself
        SymjaFormula.parse("1 + l").evaluate(Map.of("l", 1.0));
    }

    @BeforeEach
    void setUp() throws IOException, URISyntaxException {
        Path res = Path.of(BadInputTest.class.getResource("/bad-inputs").toURI());
        inputs = Files.createDirectories(dir.resolve("inputs"));
        try (Stream<Path> s = Files.list(res)) {
            for (Path p : s.toList()) {
                Files.copy(p, inputs.resolve(p.getFileName().toString()));
            }
        }
        out = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(out.resolve("tiny.md"), "# an earlier report\n");
        Files.writeString(out.resolve("tiny.json"), "{\"schema\": \"lae-report/2\", \"name\": \"tiny\"}\n");
        before = snapshot(out);
    }

    Map<String, String> snapshot(Path d) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(d.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }

    void reportsUntouched() throws IOException {
        assertThat(snapshot(out)).isEqualTo(before);
    }

    static Run lae(String... args) {
        CommandLine cl = Lae.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        long t0 = System.nanoTime();
        int code = cl.execute(args);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Run(code, o.toString(), e.toString(), ms);
    }

    Run check(String file, String... extra) {
        List<String> a = new ArrayList<>(List.of("check", "-q", "--out", out.toString()));
        a.addAll(List.of(extra));
        a.add(inputs.resolve(file).toString());
        return lae(a.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // already handled before this suite
        "malformed.toml          | not valid TOML, line 2, key 'name'",
        "missing-k.toml          | model.k",
        "k-too-large.toml        | model.k",
        "nan-singular-value.toml | data.singular_values[2]",
        "inf-lambda.toml         | model.lambda",
        "nan-csv.toml            | line 3, column 2",
        "inf-csv.toml            | not finite",
        "ragged-csv.toml         | line 2 has 2 fields",
        // formulas that cannot be evaluated: refused before any work
        "unknown-variable.toml   | claims.C17.formula, unknown variable 'q'",
        "division-by-zero.toml   | claims.C17.formula, division by zero",
        "complex-value.toml      | claims.C22.formula, complex value",
        "doubled-operator.toml   | claims.C17.formula, two operators in a row",
        "two-statements.toml     | claims.C17.formula, character ';'",
        "unknown-function.toml   | claims.C17.formula, unknown function 'foo'",
        "side-effect.toml        | claims.C17.formula, 'Print' is not allowed",
        "bad-candidate.toml      | claims.C17.candidates[1], division by zero",
        // sizes: refused with the estimate
        "huge.toml               | 2km = 2000000",
        "huge-one-index.toml     | 2km = 2000000",
        "too-big-for-heap.toml   | 2km = 40000",
        "too-long.toml           | too long to check, --force",
        // assumptions that the toolkit refuses rather than decides
        "lambda-zero-sigma.toml  | model.lambdas, L_sigma, C23",
        "bad-name.toml           | field 'name'",
        // limits on text (InputLimits) and TOML errors with their place
        "deep-array.toml         | line 13, nested deeper than 8",
        "deep-formula.toml       | claims.C17.formula, nested deeper than 40",
        "long-description.toml   | field 'description', 5000 characters, at most 2000",
        "long-formula.toml       | claims.C17.formula, at most 500",
        "many-candidates.toml    | claims.C17.candidates, 60 candidates, at most 50",
        "bad-value.toml          | not valid TOML, line 10, column 6, key 'model.k'",
    })
    void refusedInOneLineBeforeAnyWork(String file, String mentions) throws IOException {
        Run r = check(file);
        List<String> m = new ArrayList<>(List.of(file));
        for (String x : mentions.split(",")) {
            m.add(x.strip());
        }
        r.isOneLineBadInput(m.toArray(String[]::new));
        reportsUntouched();
    }

    @Test
    void aClaimFileTooLargeOrADirectoryIsRefusedNamingIt() throws IOException {
        Path big = Files.writeString(inputs.resolve("big.toml"), Files.readString(inputs.resolve("own-formula.toml"))
                + "# " + "x".repeat(70_000) + "\n");
        lae("check", "-q", "--out", out.toString(), big.toString()).isOneLineBadInput("big.toml", "bytes", "at most 65536");
        Path folder = Files.createDirectories(inputs.resolve("folder.toml"));
        lae("check", "-q", "--out", out.toString(), folder.toString()).isOneLineBadInput("folder.toml", "is a directory");
        reportsUntouched();
    }

    @Test
    void tomlErrorsNeverShowTheParsersInternals() throws IOException {
        Path f = Files.writeString(inputs.resolve("unterminated.toml"), Files.readString(inputs.resolve("own-formula.toml"))
                + "description2 = \"abc\n");
        Run r = lae("check", "-q", "--out", out.toString(), f.toString());
        r.isOneLineBadInput("unterminated.toml", "line 18", "key 'claims.C17.description2'");
        assertThat(r.err()).doesNotContain("`").doesNotContain("jackson").doesNotContain("StreamRead");
    }

    // ---------------------------------------------------------------- the output cannot be written

    /** Exit 4, one line naming the path and the reason, and the output folder exactly as before (no temporary files). */
    void refusedToWrite(Run r, String... mentions) throws IOException {
        assertThat(r.code()).as(r.err()).isEqualTo(Lae.EXIT_RESOURCES);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("lae: ").doesNotContain("internal error").contains(out.toString());
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
        reportsUntouched();
    }

    /** A disk that takes {@code files} files, then is full (the error the kernel gives, through the writer's seam). */
    static lae.report.AtomicFiles.Restore fullDiskAfter(int files) {
        int[] left = {files};
        return lae.report.AtomicFiles.use(p -> {
            if (left[0]-- > 0) {
                return Files.newOutputStream(p, java.nio.file.StandardOpenOption.CREATE_NEW);
            }
            Files.newOutputStream(p, java.nio.file.StandardOpenOption.CREATE_NEW).close(); // the empty file a full disk leaves
            throw new java.nio.file.FileSystemException(p.toString(), null, "No space left on device");
        });
    }

    @Test
    void aFullDiskIsOneLineNamingThePathAndLeavesNoTemporaryFile() throws IOException {
        try (var disk = fullDiskAfter(0)) {
            refusedToWrite(check("own-formula.toml"), "own-formula", "disk is full");
        }
        try (var disk = fullDiskAfter(1)) {
            refusedToWrite(check("own-formula.toml"), "own-formula.json", "disk is full");
        }
        // two claim files (named-by-field, then own-formula): the first one's reports are staged, the disk is full at the second's: neither is written
        try (var disk = fullDiskAfter(2)) {
            refusedToWrite(check("own-formula.toml", inputs.resolve("file-name-differs.toml").toString()), "own-formula", "disk is full");
        }
    }

    @Test
    void theStreamOfARealFullDeviceGivesTheSameAnswer() throws IOException {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full on this system");
        try (var disk = lae.report.AtomicFiles.use(p -> {
            Files.newOutputStream(p, java.nio.file.StandardOpenOption.CREATE_NEW).close();
            return Files.newOutputStream(Path.of("/dev/full"), java.nio.file.StandardOpenOption.WRITE);
        })) {
            refusedToWrite(check("own-formula.toml"), "own-formula", "disk is full");
        }
    }

    @Test
    void aReportRunThatCannotFinishLeavesThePreviousReportsAndIndex() throws IOException {
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.copy(inputs.resolve("own-formula.toml"), checks.resolve("a.toml"));
        Files.copy(inputs.resolve("file-name-differs.toml"), checks.resolve("b.toml"));
        // the disk is full after the first claim file's check and topology reports (4 files), or at the index (after 8)
        for (int files : new int[] {4, 8}) {
            try (var disk = fullDiskAfter(files)) {
                refusedToWrite(lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString()), "disk is full");
            }
        }
        Run ok = lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        Map<String, String> written = snapshot(out);
        assertThat(written).containsKeys("own-formula.json", "named-by-field.json", "README.json", "topology/own-formula.json");
        assertThat(written.keySet()).noneMatch(f -> f.contains(".tmp") || f.contains(".lae-staging"));
        // again on the unchanged input: every file kept as it is, run metadata included
        Run again = lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(snapshot(out)).isEqualTo(written);
    }

    @Test
    void verifyNamesEveryChangedFileAndFieldIncludingReportsItDoesNotRegenerate() throws IOException {
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.copy(inputs.resolve("own-formula.toml"), checks.resolve("a.toml"));
        Files.delete(out.resolve("tiny.json"));
        // a report of another verb (as train writes them), which report does not regenerate
        lae.report.ReportWriter.write(lae.report.ReportDocument.builder("train/other", "train").title("other").command("./lae train")
                .section("s").table("t", "", List.of("x"), List.of(List.of("0.25"))).build(), out);
        String[] run = {"report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString()};
        assertThat(lae(run).code()).isZero();
        String[] verify = {"report", "-q", "--no-proofs", "--verify", "--checks", checks.toString(), "--out", out.toString()};
        Run same = lae(verify);
        assertThat(same.code()).as(same.out() + same.err()).isZero();

        Path other = out.resolve("train/other.json");
        Files.writeString(other, Files.readString(other).replace("0.25", "0.35"));
        Path own = out.resolve("own-formula.json");
        Files.writeString(own, Files.readString(own).replace("\"cases_failed\" : 5", "\"cases_failed\" : 4"));
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        Run r;
        try {
            System.setOut(new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8));
            r = lae(verify);
        } finally {
            System.setOut(was);
        }
        String said = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(r.code()).as(said + r.err()).isEqualTo(ReportCommand.EXIT_DIFFERS);
        assertThat(said).contains(other + ": /content_id: stored").contains("./lae train")
                .contains(own + ": /results[0]/cases_failed: committed 4, now 5");
        // writing again: the index cannot count the edited report, and says which one
        Run rewrite = lae(run);
        assertThat(rewrite.code()).as(rewrite.err()).isZero();
        assertThat(rewrite.err()).contains("the index counts no verdict of " + other).contains("content id does not match");
    }

    @Test
    void theStagingFolderOfAKilledRunIsRemovedByTheNextRun() throws IOException {
        Path orphan = Files.createDirectories(out.resolve(".lae-staging-999999999-ab"));
        Files.writeString(orphan.resolve("own-formula.json"), "{}");
        assertThat(check("own-formula.toml").code()).isZero();
        assertThat(orphan).doesNotExist();
        assertThat(out.resolve("own-formula.json")).exists();
    }

    @Test
    void twoClaimFilesWithOneNameAreRefused() throws IOException {
        check("twin-a.toml", inputs.resolve("twin-b.toml").toString()).isOneLineBadInput("twin-b.toml", "'twin'", "twin-a.toml");
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.copy(inputs.resolve("twin-a.toml"), checks.resolve("twin-a.toml"));
        Files.copy(inputs.resolve("twin-b.toml"), checks.resolve("twin-b.toml"));
        lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString()).isOneLineBadInput("'twin'");
        reportsUntouched();
    }

    @Test
    void reportRefusesABadClaimFileBeforeRunningTheGoodOnes() throws IOException {
        Path checks = Files.createDirectories(dir.resolve("checks"));
        Files.copy(inputs.resolve("file-name-differs.toml"), checks.resolve("a-good.toml"));
        Files.copy(inputs.resolve("division-by-zero.toml"), checks.resolve("b-bad.toml"));
        lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", out.toString()).isOneLineBadInput("b-bad.toml", "division by zero");
        reportsUntouched();
    }

    @Test
    void censusRefusesAnUnevaluableFormulaBeforeWork() throws IOException {
        lae("census", "-q", "--out", out.toString(), inputs.resolve("division-by-zero.toml").toString())
                .isOneLineBadInput("division-by-zero.toml", "claims.C17.formula", "division by zero");
        lae("census", "-q", "--out", out.toString(), inputs.resolve("too-long.toml").toString())
                .isOneLineBadInput("too-long.toml", "too long for a census", "--force");
        reportsUntouched();
    }

    @Test
    void aCensusOfAFormulaWithoutValueAtSomeCasesCountsThemAsDisagreements() throws IOException {
        Run r = lae("census", "-q", "--sample", "1", "--out", out.toString(), inputs.resolve("partial-formula.toml").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning").contains("l=1").doesNotContain("internal error");
        JsonNode loss = JSON.readTree(out.resolve("census").resolve("partial-formula.json").toFile()).path("data").path("census").get(0);
        boolean seen = false;
        for (JsonNode f : loss.path("formulas")) {
            if (f.path("formula").asText().contains("(l - 1)/(l - 1)")) {
                seen = true;
                assertThat(f.path("verdict").asText()).isEqualTo("FAILS");
                assertThat(f.path("disagree").asInt()).isEqualTo(4); // the four components with |I| = 1
            }
        }
        assertThat(seen).as(loss.toString()).isTrue();
    }

    @Test
    void anUnknownGridIsRefusedByBothVerbsThatRunTheExplorer() {
        lae("explore", "synthetic", "--grid", "medium").isOneLineBadInput("--grid", "medium", "full, small");
        lae("bench", "explore", "--grid", "medium").isOneLineBadInput("--grid", "medium", "full, small");
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedByEveryVerbBeforeWork() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        String f = file.toString();
        lae("check", "-q", "--out", f, inputs.resolve("own-formula.toml").toString()).isOneLineBadInput("--out", "a-file", "is a file");
        Path checks = Files.createDirectories(dir.resolve("checks"));
        lae("report", "-q", "--no-proofs", "--checks", checks.toString(), "--out", f).isOneLineBadInput("--out", "is a file");
        lae("census", "-q", "--out", f, inputs.resolve("own-formula.toml").toString()).isOneLineBadInput("--out", "is a file");
        lae("train", "--experiment", "artificial", "--out", f).isOneLineBadInput("--out", "is a file");
        lae("explore", "synthetic", "--grid", "small", "--out", f).isOneLineBadInput("--out", "is a file");
        lae("prove", "--out", f).isOneLineBadInput("--out", "a-file");
        // below a file: the folder cannot be created
        lae("check", "-q", "--out", file.resolve("sub").toString(), inputs.resolve("own-formula.toml").toString())
                .isOneLineBadInput("--out", "cannot write there");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedBeforeWork() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(ro), "running with privileges that ignore permissions (root): nothing to test");
            lae("check", "-q", "--out", ro.toString(), inputs.resolve("own-formula.toml").toString()).isOneLineBadInput("--out", "cannot write there");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ---------------------------------------------------------------- help

    @Test
    void versionIsTheOneReportsCarry() {
        Run r = lae("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains(lae.report.Provenance.GENERATOR).contains(lae.report.Provenance.SCHEMA);
    }

    static List<CommandLine> allCommands(CommandLine c) {
        List<CommandLine> out = new ArrayList<>(List.of(c));
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!sub.getCommandName().equals("help")) {
                out.addAll(allCommands(sub));
            }
        }
        return out;
    }

    @Test
    void everyVerbHasHelpWhoseSummaryIsACompleteSentenceAndFormatsCleanly() {
        for (CommandLine c : allCommands(Lae.commandLine())) {
            String name = c.getCommandSpec().qualifiedName();
            String[] description = c.getCommandSpec().usageMessage().description();
            assertThat(description).as(name + " has a description").isNotEmpty();
            // the first line is the summary in the parent's command list: a whole sentence, not cut at a comma
            assertThat(description[0].strip()).as(name + " summary").endsWith(".");
            for (String line : description) {
                // picocli formats descriptions: a lone % gives "[picocli WARN] Could not format" on every --help
                assertThat(line.replace("%%", "").replace("%n", "")).as(name + ": unescaped %% in " + line).doesNotContain("%");
                assertThat(line).as(name + ": says what is measured, not an issue number").doesNotContainPattern("(?i)issue \\d");
            }
            List<String> args = new ArrayList<>(List.of(name.replaceFirst("^lae ?", "").split(" ")));
            args.removeIf(String::isEmpty);
            args.add("--help");
            Run r = lae(args.toArray(String[]::new));
            assertThat(r.code()).as(name + " --help").isZero();
            assertThat(r.out()).as(name + " --help").contains("Usage:").doesNotContain("picocli WARN");
        }
    }

    @Test
    void everyHelpTextInTheBundleBelongsToAVerb() {
        List<String> verbs = allCommands(Lae.commandLine()).stream().map(c -> c.getCommandSpec().qualifiedName(".")).toList();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("lae.cli.help");
        assertThat(bundle.keySet()).isNotEmpty();
        for (String key : bundle.keySet()) {
            assertThat(key).matches("[a-z.]+\\.usage\\.(description|footer)\\.\\d+");
            assertThat(verbs).as(key + " names a verb").contains(key.replaceFirst("\\.usage\\..*$", ""));
        }
        // the one help text that states a value the code also holds
        assertThat(String.join(" ", Lae.commandLine().getSubcommands().get("algebra").getCommandSpec().usageMessage().description()))
                .contains(lae.algebra.SingularProcess.INSTALL);
    }

    // ---------------------------------------------------------------- verdicts instead of refusals

    JsonNode results(Run r, String name) throws IOException {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("internal error");
        return JSON.readTree(out.resolve(name + ".json").toFile()).path("results");
    }

    static JsonNode result(JsonNode results, String claim, String loss) {
        for (JsonNode r : results) {
            if (r.path("claim").asText().equals(claim) && r.path("loss").asText().equals(loss)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + claim + " " + loss + " in " + results);
    }

    @Test
    void lambdaEqualToASquaredSingularValueMakesTheSumLossInconclusiveWithTheReason() throws IOException {
        JsonNode rs = results(check("lambda-equals-s2.toml"), "lambda-equals-s2");
        // C17 as printed would FAIL here (m0 = 2 < m): the violated assumption must decide instead
        JsonNode c17 = result(rs, "C17", "L_sigma");
        assertThat(c17.path("verdict").asText()).as(c17.toString()).isEqualTo("INCONCLUSIVE");
        assertThat(c17.path("evidence").asText()).contains("equals s_3^2");
        // the rule: on input outside the theorem's hypotheses nothing decides a claim about that loss, agreement included
        for (JsonNode r : rs) {
            if (r.path("loss").asText().equals("L_sigma")) {
                assertThat(r.path("verdict").asText()).as(r.toString()).isEqualTo("INCONCLUSIVE");
                assertThat(r.path("evidence").asText()).as(r.toString()).contains("equals s_3^2");
            }
            assertThat(r.path("verdict").asText()).as(r.toString()).isNotEqualTo("FAILS");
        }
    }

    @Test
    void aRankDeficientDataFileIsInconclusiveWithTheNumericalRank() throws IOException {
        JsonNode rs = results(check("rank-deficient.toml"), "rank-deficient");
        JsonNode c17 = result(rs, "C17", "L");
        // C17 FAILS on this data when s_6 = 1e-15 counts as positive: the violated assumption must decide instead
        assertThat(c17.path("verdict").asText()).as(c17.toString()).isEqualTo("INCONCLUSIVE");
        assertThat(c17.path("evidence").asText()).contains("numerical rank 5");
        String md = Files.readString(out.resolve("rank-deficient.md"));
        assertThat(md).contains("numerical rank 5");
    }

    @Test
    void aFormulaWithoutValueAtSomeCasesFailsThoseCasesNamingThem() throws IOException {
        Run r = check("partial-formula.toml");
        assertThat(r.err()).contains("warning").contains("claims.C17.formula").contains("l=1");
        JsonNode c17 = result(results(r, "partial-formula"), "C17", "L");
        assertThat(c17.path("verdict").asText()).isEqualTo("FAILS");
        assertThat(c17.path("counterexample").asText()).contains("I={1}").contains("has no value there").contains("indeterminate");
    }

    @Test
    void theUsersOwnFormulaIsNotLabelledPrinted() throws IOException {
        JsonNode c17 = result(results(check("own-formula.toml"), "own-formula"), "C17", "L");
        assertThat(c17.path("verdict").asText()).isEqualTo("FAILS");
        assertThat(c17.path("counterexample").asText()).contains("claim file's dI + (k - l)*(m0 - l)").doesNotContain("printed");
    }

    @Test
    void theReportIsNamedByTheNameField() throws IOException {
        Run r = check("file-name-differs.toml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("named-by-field.md")).exists();
        assertThat(out.resolve("named-by-field.json")).exists();
        assertThat(out.resolve("file-name-differs.md")).doesNotExist();
    }

    @Test
    void rejectedCandidatesAreReportedWithWhere() throws IOException {
        JsonNode c17 = result(results(check("rejected-candidate.toml"), "rejected-candidate"), "C17", "L_sigma");
        assertThat(c17.path("verdict").asText()).isEqualTo("FAILS");
        assertThat(c17.path("corrected").asText()).contains("dI + (k - l)*(m0 - l)");
        assertThat(c17.path("evidence").asText()).contains("Candidates rejected: dI + (k - l)*(m - l) + 1: rejected, here: at l=");
    }

    @Test
    void anInconclusiveCompressionSaysWhy() throws IOException {
        JsonNode c22 = result(results(check("c22-scaled.toml"), "c22-scaled"), "C22", "L_sigma");
        assertThat(c22.path("verdict").asText()).as(c22.toString()).isEqualTo("INCONCLUSIVE");
        assertThat(c22.path("evidence").asText()).contains("too close to call");
    }
}
