package lae.symbolic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.SyntaxError;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.InputException;
import lae.core.Verdict;
import lae.report.AtomicFiles;
import lae.report.ReportJson;

/**
 * Runs proof scripts ({@code proofs/NAME.m}) and writes {@code REPORTS/proofs/NAME.md} and
 * {@code .json} (schema lae-report/1, kind "proof") with a verdict per step and per claim.
 *
 * <p>Script convention: a script is a sequence of Symja statements separated by {@code ;}, with
 * {@code (* comments *)} saying what each step proves. A step is declared by
 * {@code ProofStep(claim, loss, role, text, value, expected)}; its verdict is computed by
 * {@link StepJudge} (value equals expected exactly: HOLDS; provably different: FAILS, with a
 * rational counterexample point for identities; otherwise INCONCLUSIVE). The role says what the
 * step bears on: {@code "printed"} steps test the claim as printed and decide its verdict,
 * {@code "corrected"} steps verify a corrected statement, {@code "lemma"} steps are supporting
 * computations. {@code ProofShow(label, expr)} records a computed value for the report.
 */
public final class ProofRunner {
    /** Seed of every random choice in the scripts (probe points of {@link StepJudge}, Monte-Carlo seeds are in the scripts). */
    public static final long DEFAULT_SEED = 20240601L;

    private ProofRunner() {
    }

    /** The outcome of one script. */
    public record ScriptResult(String name, Path script, List<ProofStep> steps, List<String[]> shows,
                               List<String> warnings, List<String> errors, double seconds,
                               List<String[]> slowest, List<ClaimResult> claims) {
        public long count(Verdict v) {
            return steps.stream().filter(s -> s.verdict() == v).count();
        }
    }

    /** Runs every {@code *.m} in {@code proofsDir} (sorted by name), writing reports under {@code reportsDir/proofs}; returns all claim results. */
    public static List<ClaimResult> runAll(Path proofsDir, Path reportsDir) {
        List<ClaimResult> out = new ArrayList<>();
        for (ScriptResult r : runAllScripts(proofsDir, reportsDir)) {
            out.addAll(r.claims());
        }
        return out;
    }

    /** As {@link #runAll} but returns the per-script results, and writes an index {@code reportsDir/proofs/index.md}. */
    public static List<ScriptResult> runAllScripts(Path proofsDir, Path reportsDir) {
        List<Path> scripts = scripts(proofsDir);
        List<ScriptResult> results = new ArrayList<>();
        for (Path p : scripts) {
            results.add(run(p, reportsDir));
        }
        if (reportsDir != null) {
            writeIndex(results, reportsDir.resolve("proofs"));
        }
        return results;
    }

    public static List<Path> scripts(Path proofsDir) {
        if (!Files.isDirectory(proofsDir)) {
            throw new InputException(proofsDir + ": not a directory of proof scripts");
        }
        try (Stream<Path> s = Files.list(proofsDir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".m")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one script and, if {@code reportsDir} is not null, writes its report to {@code reportsDir/proofs}. */
    public static ScriptResult run(Path script, Path reportsDir) {
        ScriptResult r = run(script, readScript(script), DEFAULT_SEED);
        if (reportsDir != null) {
            write(r, reportsDir.resolve("proofs"));
        }
        return r;
    }

    static String readScript(Path script) {
        if (!Files.isRegularFile(script)) {
            throw new InputException(script + ": no such proof script");
        }
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(script + ": cannot read: " + e.getMessage());
        }
    }

    /** Runs script text (the path names it in the report); used by tests to run modified scripts. */
    public static synchronized ScriptResult run(Path script, String text, long seed) {
        String name = script.getFileName().toString().replaceFirst("\\.m$", "");
        List<ScriptParser.Statement> statements;
        try {
            statements = ScriptParser.split(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(script + ": " + e.getMessage());
        }
        long t0 = System.nanoTime();
        ProofSession session = new ProofSession(name, seed);
        List<String> errors = new ArrayList<>();
        List<String[]> timings = new ArrayList<>();
        try {
            for (ScriptParser.Statement st : statements) {
                long s0 = System.nanoTime();
                StringBuilder printed = new StringBuilder();
                try {
                    IExpr r = session.eval(st.source(), printed);
                    if (r != null && r.isAST() && r.head().toString().equals("Syntax")) {
                        errors.add("line " + st.line() + ": " + r);
                    }
                } catch (SyntaxError e) {
                    throw new InputException(script + ": line " + st.line() + ": syntax error: "
                            + e.getMessage().replace('\n', ' '));
                } catch (RuntimeException | StackOverflowError e) {
                    errors.add("line " + st.line() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                if (printed.length() > 0 && st.source().contains("Quiet(")) {
                    session.warnings.add("line " + st.line() + ": " + StepJudge.shorten(printed.toString().replace('\n', ' '), 300));
                } else if (printed.length() > 0) {
                    // Symja prints a message when something went wrong (protected symbol, wrong arguments, ...):
                    // a proof script must run clean, so this is an error (wrap a deliberate one in Quiet(...)).
                    errors.add("line " + st.line() + ": " + StepJudge.shorten(printed.toString().replace('\n', ' '), 300));
                }
                timings.add(new String[] {String.valueOf((System.nanoTime() - s0) / 1e9), "line " + st.line() + ": "
                        + StepJudge.shorten(st.source(), 80)});
            }
        } finally {
            session.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<ProofStep> steps = new ArrayList<>(session.steps);
        for (String e : errors) {
            steps.add(new ProofStep(steps.size() + 1, "script-error", "-", "printed", "statement ran without error: " + e,
                    Verdict.INCONCLUSIVE, "error", "no error", e, null, Strength.CERTIFIED, 0));
        }
        timings.sort((a, b) -> Double.compare(Double.parseDouble(b[0]), Double.parseDouble(a[0])));
        List<String[]> slowest = new ArrayList<>(timings.subList(0, Math.min(5, timings.size())));
        return new ScriptResult(name, script, steps, session.shows, session.warnings, errors, seconds, slowest,
                claims(name, steps));
    }

    /** One ClaimResult per (claim, loss) that has printed steps; verdict = FAILS over INCONCLUSIVE over HOLDS of those. */
    static List<ClaimResult> claims(String name, List<ProofStep> steps) {
        Map<String, List<ProofStep>> groups = new LinkedHashMap<>();
        for (ProofStep s : steps) {
            groups.computeIfAbsent(s.claim() + "\u0000" + s.loss(), k -> new ArrayList<>()).add(s);
        }
        List<ClaimResult> out = new ArrayList<>();
        for (List<ProofStep> g : groups.values()) {
            List<ProofStep> printed = g.stream().filter(ProofStep::isPrinted).collect(Collectors.toList());
            if (printed.isEmpty()) {
                continue;
            }
            Verdict v = Verdict.HOLDS;
            int failed = 0;
            ProofStep firstFail = null;
            for (ProofStep s : printed) {
                v = v.and(s.verdict());
                if (s.verdict() == Verdict.FAILS) {
                    failed++;
                    if (firstFail == null) {
                        firstFail = s;
                    }
                }
            }
            String counter = firstFail == null ? null
                    : "step " + firstFail.index() + " (" + firstFail.text() + "): computed " + StepJudge.shorten(firstFail.computed(), 200)
                    + ", expected " + StepJudge.shorten(firstFail.expected(), 200)
                    + (firstFail.counterexample() != null ? ", e.g. at " + firstFail.counterexample() : "");
            List<String> corrected = g.stream().filter(s -> s.isCorrected() && s.verdict() == Verdict.HOLDS)
                    .map(ProofStep::text).collect(Collectors.toList());
            long lemmas = g.stream().filter(s -> s.role().equals("lemma")).count();
            String evidence = "proofs/" + name + ".m: " + printed.size() + " step(s) testing the claim as printed ("
                    + (printed.size() - failed) + " hold, " + failed + " fail)"
                    + (corrected.isEmpty() ? "" : ", " + corrected.size() + " corrected statement(s) verified")
                    + (lemmas == 0 ? "" : ", " + lemmas + " supporting lemma(s)")
                    + "; exact symbolic / rational computation (report reports/proofs/" + name + ".md).";
            // a failure is as strong as its (exact) counterexample; a success as weak as its weakest step
            Strength strength = firstFail != null ? firstFail.strength()
                    : printed.stream().map(ProofStep::strength).reduce(Strength.PROVED, Strength::weakest);
            ProofStep first = g.get(0);
            out.add(new ClaimResult(first.claim(), first.loss(), v, strength, printed.size(), failed, Double.NaN, counter,
                    corrected.isEmpty() ? null : String.join("; ", corrected), evidence));
        }
        return out;
    }

    // ---------------------------------------------------------------- reports

    static void write(ScriptResult r, Path dir) {
        ReportJson json = new ReportJson(r.name(), "proof", command(r), DEFAULT_SEED);
        json.config().put("script", "proofs/" + r.name() + ".m");
        json.config().put("steps", r.steps().size());
        json.timing("symja_startup", Math.max(0, ProofSession.startupSeconds()));
        json.timing("script", r.seconds());
        json.results(r.claims());
        ArrayNode steps = json.root().putArray("steps");
        for (ProofStep s : r.steps()) {
            ObjectNode o = steps.addObject();
            o.put("index", s.index());
            o.put("claim", s.claim());
            o.put("loss", s.loss());
            o.put("role", s.role());
            o.put("text", s.text());
            o.put("verdict", s.verdict().name());
            o.put("computed", s.computedShort());
            o.put("expected", s.expectedShort());
            o.put("reason", s.reason());
            o.put("counterexample", s.counterexample());
            o.put("millis", s.millis());
        }
        ArrayNode shows = json.root().putArray("computed");
        for (String[] s : r.shows()) {
            shows.addObject().put("label", s[0]).put("value", s[1]);
        }
        ArrayNode warn = json.root().putArray("warnings");
        r.warnings().forEach(warn::add);
        ArrayNode err = json.root().putArray("errors");
        r.errors().forEach(err::add);
        json.write(dir.resolve(r.name() + ".json"));
        AtomicFiles.writeString(dir.resolve(r.name() + ".md"), markdown(r));
    }

    static String command(ScriptResult r) {
        return "./lae prove proofs/" + r.name() + ".m";
    }

    static String markdown(ScriptResult r) {
        StringBuilder b = new StringBuilder();
        b.append("# Proof `").append(r.name()).append("`\n\n");
        b.append("Script: `proofs/").append(r.name()).append(".m` · reproduce: `").append(command(r)).append("` · seed ")
                .append(DEFAULT_SEED).append("\n\n");
        b.append(String.format(Locale.ROOT, "Time: %.2f s for the script (Symja start-up in this JVM: %.2f s). Steps: %d "
                        + "(%d HOLDS, %d FAILS, %d INCONCLUSIVE).%n%n",
                r.seconds(), Math.max(0, ProofSession.startupSeconds()), r.steps().size(), r.count(Verdict.HOLDS),
                r.count(Verdict.FAILS), r.count(Verdict.INCONCLUSIVE)));
        b.append("A step compares a computed value with what a statement predicts: HOLDS when the difference simplifies ")
                .append("to exactly 0 (or the condition evaluates to True), FAILS when it provably differs (a rational point ")
                .append("where it is non-zero is given), INCONCLUSIVE otherwise. Role `printed` tests the paper's claim as ")
                .append("printed and decides the claim's verdict; `corrected` verifies a corrected statement; `lemma` is a ")
                .append("supporting computation.\n\n");
        b.append("## Verdict per claim\n\n| claim | loss | verdict | printed steps | failed | corrected statement (verified) |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (ClaimResult c : r.claims()) {
            b.append("| ").append(c.claim()).append(" | ").append(c.loss()).append(" | **").append(c.verdict()).append("** | ")
                    .append(c.casesChecked()).append(" | ").append(c.casesFailed()).append(" | ")
                    .append(c.corrected() == null ? "" : cell(c.corrected())).append(" |\n");
        }
        b.append("\n## Steps\n\n| # | claim | loss | role | statement | verdict | how |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (ProofStep s : r.steps()) {
            b.append("| ").append(s.index()).append(" | ").append(s.claim()).append(" | ").append(s.loss()).append(" | ")
                    .append(s.role()).append(" | ").append(cell(s.text())).append(" | **").append(s.verdict()).append("** | ")
                    .append(cell(s.reason())).append(" |\n");
        }
        List<ProofStep> notHolding = r.steps().stream().filter(s -> s.verdict() != Verdict.HOLDS).collect(Collectors.toList());
        if (!notHolding.isEmpty()) {
            b.append("\n## Steps that do not hold: computed vs expected\n\n");
            for (ProofStep s : notHolding) {
                b.append("- **Step ").append(s.index()).append("** (").append(s.claim()).append(", ").append(s.loss())
                        .append(", ").append(s.verdict()).append("): ").append(s.text()).append("\n  - computed: `")
                        .append(s.computedShort()).append("`\n  - expected: `").append(s.expectedShort()).append("`\n");
                if (s.counterexample() != null) {
                    b.append("  - counterexample point: `").append(s.counterexample()).append("`\n");
                }
            }
        }
        if (!r.shows().isEmpty()) {
            b.append("\n## Computed values\n\n");
            for (String[] s : r.shows()) {
                b.append("- ").append(s[0]).append(": `").append(StepJudge.shorten(s[1], 600)).append("`\n");
            }
        }
        b.append("\n## Slowest statements\n\n");
        for (String[] s : r.slowest()) {
            b.append(String.format(Locale.ROOT, "- %.2f s: `%s`%n", Double.parseDouble(s[0]), s[1].replace('`', '\'')));
        }
        if (!r.warnings().isEmpty() || !r.errors().isEmpty()) {
            b.append("\n## Messages\n\n");
            r.errors().forEach(e -> b.append("- error: ").append(e).append("\n"));
            r.warnings().forEach(e -> b.append("- Symja: ").append(e).append("\n"));
        }
        return b.toString();
    }

    static void writeIndex(List<ScriptResult> results, Path dir) {
        StringBuilder b = new StringBuilder("# Proof scripts\n\nReproduce: `./lae prove` (all scripts) · `./lae bench prove` (timings).\n\n");
        b.append("| script | steps | HOLDS | FAILS | INCONCLUSIVE | time (s) |\n| --- | --- | --- | --- | --- | --- |\n");
        double total = 0;
        ReportJson json = new ReportJson("proofs-index", "proof", "./lae prove", DEFAULT_SEED);
        json.timing("symja_startup", Math.max(0, ProofSession.startupSeconds()));
        List<ClaimResult> all = new ArrayList<>();
        for (ScriptResult r : results) {
            total += r.seconds();
            b.append(String.format(Locale.ROOT, "| [%s](%s.md) | %d | %d | %d | %d | %.2f |%n", r.name(), r.name(),
                    r.steps().size(), r.count(Verdict.HOLDS), r.count(Verdict.FAILS), r.count(Verdict.INCONCLUSIVE), r.seconds()));
            json.timing(r.name(), r.seconds());
            all.addAll(r.claims());
        }
        b.append(String.format(Locale.ROOT, "%nTotal script time %.2f s, plus Symja start-up %.2f s.%n%n", total,
                Math.max(0, ProofSession.startupSeconds())));
        b.append("## Verdict per claim (claims as printed)\n\n| claim | loss | verdict | script | corrected statement |\n| --- | --- | --- | --- | --- |\n");
        for (ClaimResult c : all) {
            b.append("| ").append(c.claim()).append(" | ").append(c.loss()).append(" | **").append(c.verdict()).append("** | ")
                    .append(cell(c.evidence().replaceFirst(":.*", ""))).append(" | ")
                    .append(c.corrected() == null ? "" : cell(c.corrected())).append(" |\n");
        }
        json.timing("total", total);
        json.results(all);
        json.write(dir.resolve("index.json"));
        AtomicFiles.writeString(dir.resolve("index.md"), b.toString());
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
