package lae.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --verify}: recompute the reports and compare them with those in --out instead of writing, shared by the verbs that can. */
final class VerifyOption {
    @Option(names = "--verify", description = "recompute and compare with the reports in OUT; write nothing")
    private boolean verify;

    /** True when the reports are to be compared, not written. */
    boolean on() {
        return verify;
    }

    /** The folder of the reports, checked before any work: with --verify the existing one to compare with, else a writable one. */
    Path folder(OutputOption out) {
        return verify ? out.existing("the reports to verify") : out.writable();
    }
}
