package lae.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lae bench WHAT}: benchmarks that print figures (never timed tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchCheckCommand.class, BenchTrainCommand.class, BenchProveCommand.class, BenchCensusCommand.class,
            BenchExploreCommand.class, BenchReportCommand.class, BenchAlgebraCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
