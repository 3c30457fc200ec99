package lae.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import lae.check.CheckRun;
import lae.check.ClaimFile;
import lae.check.InputValidation;
import lae.core.InputException;
import lae.report.AtomicFiles;
import lae.report.CheckReport;
import lae.report.ReportIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae report}: the main job. Every claim file in checks/, then reports/README.md. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The main job: runs every claim file in checks/ and every proof script in proofs/, writes their reports, then reports/README.md with one line per claim.",
            "Example: ./lae report"})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--checks", defaultValue = "checks", description = "directory of claim files (default: ${DEFAULT-VALUE})")
    Path checks;

    @Option(names = "--out", defaultValue = "reports", description = "directory for the reports (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--proofs", defaultValue = "proofs", description = "directory of Symja proof scripts, run after the claim files (default: ${DEFAULT-VALUE})")
    Path proofs;

    @Option(names = "--no-proofs", description = "skip the proof scripts")
    boolean noProofs;

    @Option(names = {"-q", "--quiet"}, description = "no progress bars")
    boolean quiet;

    @Option(names = "--force", description = "run even when a claim file's estimated memory or time exceeds the limits (by default refused with the estimate)")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Warnings (one line each) on the command's error stream. */
    private java.util.function.Consumer<String> warnings() {
        return line -> {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        };
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
        List<ClaimFile> parsed = files.stream().map(ClaimFile::load).toList();
        InputValidation.prepareAll(parsed, force, warnings());
        AtomicFiles.requireWritableDirectory(out, "--out");
        List<String> commands = new ArrayList<>();
        for (ClaimFile cf : parsed) {
            CheckRun run = CheckRun.run(cf, new ConsoleProgress(quiet));
            CheckReport.write(run, out);
            commands.add(run.command());
            System.out.println(CheckCommand.summary(run, out));
        }
        if (!noProofs && Files.isDirectory(proofs)) {
            long t = System.nanoTime();
            var proofResults = lae.symbolic.ProofRunner.runAll(proofs, out);
            commands.add("./lae prove  (every script in " + proofs + ")");
            System.out.printf("proofs: %d claim verdicts from %s in %.1f s -> %s%n", proofResults.size(), proofs,
                    (System.nanoTime() - t) / 1e9, out.resolve("proofs"));
        }
        ReportIndex.write(out, commands);
        System.out.println("index -> " + out.resolve("README.md"));
        return 0;
    }
}
