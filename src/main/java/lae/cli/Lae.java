package lae.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import lae.core.InputException;
import lae.core.ResourceException;
import lae.report.OutputException;

/**
 * The {@code lae} command. Each verb is a subcommand class in this package; {@code lae VERB --help}
 * documents it. Exit codes: 0 success, 1 internal error, 2 bad input (one line naming file,
 * field and allowed range), 3 {@code --verify} found a difference, 4 the output could not be written or the
 * machine's resources ran out (one line naming the path, or the resource and what to do).
 */
@Command(name = "lae", mixinStandardHelpOptions = true, versionProvider = Lae.Version.class,
        resourceBundle = "lae.cli.help", subcommands = {
            CheckCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            TrainCommand.class,
            ProveCommand.class,
            CensusCommand.class,
            ExploreCommand.class,
            TopologyCommand.class,
            AlgebraCommand.class,
            NeighboursCommand.class,
            ClaimsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Lae implements Runnable {
    /** The version of the reports' provenance, so that --version and every report say the same. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {lae.report.Provenance.GENERATOR + " (report schema " + lae.report.Provenance.SCHEMA + ")"};
        }
    }

    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_RESOURCES = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a verb: the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * The {@code lae} command with its verbs, its answers to bad input (exit 2, one line) and internal errors
     * (exit 1), and the verbs' own defaults of the shared options ({@link SeedOption#DEFAULTS}).
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Lae());
        cl.setDefaultValueProvider(SeedOption.DEFAULTS);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            InputException input = inputCause(ex);
            if (input != null) {
                err.println("lae: " + oneLine(input.getMessage()));
                err.flush();
                return EXIT_BAD_INPUT;
            }
            OutputException output = causeOf(ex, OutputException.class);
            if (output != null) {
                err.println("lae: " + oneLine(output.getMessage()) + "; the reports already there are unchanged");
                err.flush();
                return EXIT_RESOURCES;
            }
            err.println(internalError(ex));
            if (DEBUG) {
                ex.printStackTrace(err);
            }
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

    /** Full stack traces of internal errors only when the environment variable LAE_DEBUG is set. */
    static final boolean DEBUG = System.getenv("LAE_DEBUG") != null;

    /** The InputException that caused {@code ex} (itself, or a cause wrapped by a worker thread), or null. */
    static InputException inputCause(Throwable ex) {
        return causeOf(ex, InputException.class);
    }

    /** The exception of type {@code type} that caused {@code ex} (itself, or a cause wrapped by a worker thread), or null. */
    static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The one line of an internal error: the exception and where it was thrown, or, when a data resource of the build
     * is broken ({@link ResourceException}: the claim registry, the tolerances), that error, naming the resource and
     * the key.
     */
    static String internalError(Throwable ex) {
        ResourceException resource = causeOf(ex, ResourceException.class);
        Throwable shown = resource != null ? resource : ex;
        StackTraceElement[] at = shown.getStackTrace();
        return "lae: internal error: " + oneLine(String.valueOf(shown)) + (at.length > 0 ? " (at " + at[0] + ")" : "")
                + (DEBUG ? "" : "; set LAE_DEBUG=1 for the stack trace");
    }

    /** A message on one line: a bad-input answer is one line whatever the library's message looks like. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("lae: out of memory (maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB): give the JVM more with LAE_JAVA_OPTS=-Xmx..., or reduce m, k or the search");
            code = EXIT_RESOURCES;
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            if (causeOf(e, ResourceException.class) == null) {
                throw e;
            }
            System.err.println(internalError(e));
            code = EXIT_INTERNAL;
        } catch (StackOverflowError e) {
            System.err.println("lae: out of stack (an input nested too deeply for its parser): simplify the input, "
                    + "or give the JVM more with LAE_JAVA_OPTS=-Xss...");
            code = EXIT_RESOURCES;
        }
        System.out.flush();
        // Symja starts non-daemon threads that keep the JVM alive for about a minute: exit explicitly.
        System.exit(code);
    }
}
