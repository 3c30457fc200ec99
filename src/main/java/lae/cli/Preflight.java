package lae.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import lae.config.ClaimFile;
import lae.check.InputValidation;

/** Input checks that run before any computation, shared by the verbs that take claim files. */
final class Preflight {
    private Preflight() {
    }

    /**
     * Parses every claim file and validates it before any work ({@link InputValidation#prepareAll}): two
     * files whose reports would have the same name are refused, then each file's sizes (refused with the
     * estimate unless {@code force}), data and formulas (dry run over the configuration's range); formulas
     * without a value at some cases go to {@code warn}.
     */
    static List<ClaimFile> claimFiles(List<Path> files, boolean force, Consumer<String> warn) {
        List<ClaimFile> parsed = files.stream().map(ClaimFile::load).toList();
        InputValidation.prepareAll(parsed, force, warn);
        return parsed;
    }

    /** One line per warning on the command's error stream (where picocli and the tests read it). */
    static java.util.function.Consumer<String> warningsTo(picocli.CommandLine.Model.CommandSpec spec) {
        return line -> {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        };
    }
}
