package lae.cli;

import picocli.CommandLine.Option;

/** {@code --force}: run work whose estimate exceeds the limits, shared by the verbs that estimate it. */
final class ForceOption {
    @Option(names = "--force", description = "run even when the estimated memory or time exceeds the limits (by default refused with the estimate)")
    private boolean force;

    /** True when the limits are to be ignored. */
    boolean on() {
        return force;
    }
}
