package lae.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --proofs DIR}: the folder of Symja proof scripts, shared by the verbs that run them. */
final class ProofsOption {
    @Option(names = "--proofs", paramLabel = "DIR", defaultValue = "proofs", description = "folder of Symja proof scripts (default: ${DEFAULT-VALUE})")
    private Path dir;

    /** The folder. */
    Path dir() {
        return dir;
    }
}
