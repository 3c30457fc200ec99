package lae.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import lae.report.OutputFolder;

/** {@code --out DIR}: the folder of the reports, shared by every verb that writes or reads them. */
final class OutputOption {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "folder of the reports; each verb writes to its own place below it (default: ${DEFAULT-VALUE})")
    private Path dir;

    /** The folder, checked before any work to be writable (an input error naming --out if not). */
    Path writable() {
        OutputFolder.requireWritable(dir, "--out");
        return dir;
    }

    /** The folder, checked before any work to exist ({@code what}: what it should hold). */
    Path existing(String what) {
        OutputFolder.requireExisting(dir, "--out", what);
        return dir;
    }
}
