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
import lae.check.InputException;
import lae.report.CheckReport;
import lae.report.ReportIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lae report}: the main job. Every claim file in checks/, then reports/README.md. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"The main job: runs every claim file in checks/ and writes its report, then reports/README.md with one line per claim.",
            "Example: ./lae report"})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--checks", defaultValue = "checks", description = "directory of claim files (default: ${DEFAULT-VALUE})")
    Path checks;

    @Option(names = "--out", defaultValue = "reports", description = "directory for the reports (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress bars")
    boolean quiet;

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
        for (ClaimFile cf : parsed) {
            CheckRun.loadData(cf);
        }
        List<String> commands = new ArrayList<>();
        for (ClaimFile cf : parsed) {
            CheckRun run = CheckRun.run(cf, new ConsoleProgress(quiet));
            CheckReport.write(run, out);
            commands.add(run.command());
            System.out.println(CheckCommand.summary(run, out));
        }
        ReportIndex.write(out, commands);
        System.out.println("index -> " + out.resolve("README.md"));
        return 0;
    }
}
