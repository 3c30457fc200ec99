package lae.cli;

import java.nio.file.Path;

import picocli.CommandLine.Parameters;

import lae.config.ClaimFile;

/** {@code [CONFIG]}: the claim file a bench verb times, by default Section 4.2's configuration. */
final class BenchClaimFile {
    @Parameters(arity = "0..1", paramLabel = "CONFIG", defaultValue = "checks/section-4.2.toml",
            description = "the claim file (TOML) to time (default: ${DEFAULT-VALUE})")
    private Path file;

    /** The claim file's path, as given. */
    Path path() {
        return file;
    }

    /** The claim file, read (an input error naming the file if it is not a valid one). */
    ClaimFile load() {
        return ClaimFile.load(file);
    }
}
