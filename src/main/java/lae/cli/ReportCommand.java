package lae.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import lae.check.CheckDocument;
import lae.check.CheckRun;
import lae.config.ClaimFile;
import lae.core.InputException;
import lae.core.Numbers;
import lae.report.AtomicFiles;
import lae.report.ReportComparison;
import lae.report.ReportDocument;
import lae.report.ReportIndex;
import lae.report.ReportWriter;
import lae.symbolic.ProofDocument;
import lae.symbolic.ProofRunner;
import lae.topology.TopologyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lae report}: the main job. Every claim file in checks/ and every proof script in proofs/,
 * then the index reports/README.md; with {@code --verify}, the same computation compared with the
 * committed reports instead of written.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The main job: runs every claim file in checks/ (its check report and its topology report: closed-form "
                + "census and Morse-Bott test) and every proof script in proofs/, writes their reports, then the index OUT/README.md (errata: one row per claim, with verdicts, strengths and corrections).",
            "With --verify it writes nothing: it recomputes those reports and compares them with the ones in OUT (apart from "
                + "timings, commit and date), and checks that the index is the one the reports in OUT give. Exit 0 when all "
                + "match, 3 when a committed report differs from what this code computes.",
            "Example: ./lae report"})
public final class ReportCommand implements Callable<Integer> {
    /** Stack of the proof thread: Symja recurses deeply (the launcher gives the main thread -Xss8m). */
    private static final long PROOF_THREAD_STACK = 64L << 20;

    /** Exit code of --verify when a committed report is not what the code computes. */
    public static final int EXIT_DIFFERS = 3;

    @Option(names = "--checks", defaultValue = "checks", description = "directory of claim files (default: ${DEFAULT-VALUE})")
    Path checks;

    @Option(names = "--out", defaultValue = "reports", description = "directory for the reports (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--proofs", defaultValue = "proofs", description = "directory of Symja proof scripts, run after the claim files (default: ${DEFAULT-VALUE})")
    Path proofs;

    @Option(names = "--no-proofs", description = "skip the proof scripts")
    boolean noProofs;

    @Option(names = "--verify", description = "recompute and compare with the reports in OUT; write nothing")
    boolean verify;

    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    boolean quiet;

    @Option(names = "--force", description = "run even when a claim file's estimated memory or time exceeds the limits (by default refused with the estimate)")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Warnings (one line each) on the command's error stream. */
    private java.util.function.Consumer<String> warnings() {
        return Preflight.warningsTo(spec);
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(checks)) {
            throw new InputException(checks + ": no such directory (option --checks: a directory of *.toml claim files)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(checks)) {
            files = s.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ClaimFile> parsed = Preflight.claimFiles(files, force, warnings());
        List<Path> scripts = noProofs || !Files.isDirectory(proofs) ? List.of() : ProofRunner.scripts(proofs);
        scripts.forEach(ProofRunner::readScript);
        if (verify) {
            if (!Files.isDirectory(out)) {
                throw new InputException(out + ": no such directory (option --out: the reports to verify)");
            }
        } else {
            AtomicFiles.requireWritableDirectory(out, "--out");
        }
        ConsoleProgress progress = new ConsoleProgress(quiet);
        List<String> differences = new ArrayList<>();
        int compared = 0;
        long t0 = System.nanoTime();
        // The proof scripts (single-threaded Symja, about a third of the work) run on their own thread
        // while the claim files are checked (Newton uses every core, but not all the time); the
        // reports are then written in the same order as before, so the overlap changes only the wall time.
        java.util.concurrent.CompletableFuture<List<ProofRunner.ScriptResult>> proofRuns = null;
        if (!scripts.isEmpty()) {
            progress.phase("running " + scripts.size() + " proof scripts in " + proofs + " (beside the claim files)");
            proofRuns = new java.util.concurrent.CompletableFuture<>();
            final var target = proofRuns;
            Thread proofThread = new Thread(null, () -> {
                try {
                    List<ProofRunner.ScriptResult> results = new ArrayList<>();
                    for (Path p : scripts) {
                        results.add(ProofRunner.run(p));
                    }
                    target.complete(results);
                } catch (Throwable e) {
                    target.completeExceptionally(e);
                }
            }, "lae-proofs", PROOF_THREAD_STACK);
            proofThread.setDaemon(true);
            proofThread.start();
        }
        for (ClaimFile cf : parsed) {
            progress.phase("checking " + cf.path + " (" + cf.name + ")");
            CheckRun run = CheckRun.run(cf, progress);
            compared++;
            differences.addAll(emit(CheckDocument.of(run)));
            differences.addAll(emit(TopologyReport.document(TopologyCommand.inputs(cf))));
            if (!verify) {
                System.out.println(CheckCommand.summary(run, out));
            }
        }
        if (proofRuns != null) {
            List<ProofRunner.ScriptResult> results;
            try {
                results = proofRuns.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
            progress.phase("proof scripts done");
            for (ProofRunner.ScriptResult r : results) {
                compared++;
                differences.addAll(emit(ProofDocument.of(r)));
            }
            differences.addAll(emit(ProofDocument.index(results)));
            if (!verify) {
                System.out.println("proofs: " + results.size() + " scripts -> " + out.resolve("proofs"));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (verify) {
            ReportDocument index = ReportIndex.document(out);
            differences.addAll(ReportComparison.differences(index, out));
            if (differences.isEmpty()) {
                System.out.println("verify: " + compared + " reports and the index match what this code computes ("
                        + Numbers.fixed(seconds, 1) + " s)");
                return 0;
            }
            differences.forEach(d -> System.out.println("verify: DIFFERS " + d));
            System.out.println("verify: committed reports differ from what this code computes; regenerate them with ./lae report");
            return EXIT_DIFFERS;
        }
        ReportWriter.write(ReportIndex.document(out), out);
        System.out.println("index -> " + out.resolve(ReportIndex.NAME + ".md") + " (" + Numbers.fixed(seconds, 1) + " s)");
        return 0;
    }

    /** Writes the document, or with --verify compares it with the committed one. */
    private List<String> emit(ReportDocument d) {
        if (verify) {
            return ReportComparison.differences(d, out);
        }
        ReportWriter.write(d, out);
        return List.of();
    }
}
