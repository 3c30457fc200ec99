package lae.cli;

import java.io.PrintWriter;

import lae.core.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lae} command. Each verb is a subcommand class in this package; {@code lae VERB --help}
 * documents it. Exit codes: 0 success, 1 internal error, 2 bad input (one line naming file,
 * field and allowed range).
 */
@Command(name = "lae", mixinStandardHelpOptions = true, version = "lae-landscapes 0.1.0",
        description = "Checks the loss-landscape theorems of regularized linear autoencoders, symbolically and numerically, "
                + "and writes markdown + JSON verification reports.",
        subcommands = {
            CheckCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            TrainCommand.class,
            ProveCommand.class,
            CensusCommand.class,
            ExploreCommand.class,
            TopologyCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Lae implements Runnable {
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Lae());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputException) {
                err.println("lae: " + ex.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("lae: internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return EXIT_INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("lae: " + ex.getMessage() + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            err.flush();
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.out.flush();
        // Symja starts non-daemon threads that keep the JVM alive for about a minute: exit explicitly.
        System.exit(code);
    }
}
