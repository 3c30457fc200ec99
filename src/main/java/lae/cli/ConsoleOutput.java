package lae.cli;

import java.io.PrintWriter;

import lae.core.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What a verb shows on the console besides its results, and {@code -q, --quiet}: its progress (nothing with
 * -q) and its warnings (always, one line each on the verb's error stream).
 */
final class ConsoleOutput {
    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    private boolean quiet;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec verb;

    /** True when progress and per-report lines are not wanted. */
    boolean quiet() {
        return quiet;
    }

    /** The verb's progress on the console ({@link ConsoleProgress}; nothing with -q). */
    Progress progress() {
        return new ConsoleProgress(quiet);
    }

    /** Prints a warning on the error stream where picocli (and the tests) read it. */
    void warn(String line) {
        PrintWriter err = verb.commandLine().getErr();
        err.println(line);
        err.flush();
    }
}
