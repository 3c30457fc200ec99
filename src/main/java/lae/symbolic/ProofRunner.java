package lae.symbolic;

import lae.core.ClaimId;
import lae.core.Reading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.SyntaxError;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.InputException;
import lae.core.Verdict;

/**
 * Runs proof scripts ({@code proofs/NAME.m}): a verdict per step and per claim ({@link ProofDocument}
 * turns the result into the report {@code proofs/NAME}).
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

    /** Runs every {@code *.m} in {@code proofsDir}, sorted by name. */
    public static List<ScriptResult> runAllScripts(Path proofsDir) {
        List<ScriptResult> results = new ArrayList<>();
        for (Path p : scripts(proofsDir)) {
            results.add(run(p));
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

    /** Runs one script. */
    public static ScriptResult run(Path script) {
        return run(script, readScript(script), DEFAULT_SEED);
    }

    public static String readScript(Path script) {
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
            steps.add(new ProofStep(steps.size() + 1, ClaimId.SCRIPT_ERROR, Reading.AS_PRINTED, "-", "printed", "statement ran without error: " + e,
                    Verdict.INCONCLUSIVE, "error", "no error", e, null, Strength.CERTIFIED, "", 0));
        }
        timings.sort((a, b) -> Double.compare(Double.parseDouble(b[0]), Double.parseDouble(a[0])));
        List<String[]> slowest = new ArrayList<>(timings.subList(0, Math.min(5, timings.size())));
        return new ScriptResult(name, script, steps, session.shows, session.warnings, errors, seconds, slowest,
                claims(name, steps, session.arguments));
    }

    /** One ClaimResult per (claim, loss) that has printed steps ({@link ProofClaims}). */
    static List<ClaimResult> claims(String name, List<ProofStep> steps, List<String[]> arguments) {
        return ProofClaims.of(name, steps, arguments);
    }
}
