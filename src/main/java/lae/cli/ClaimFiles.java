package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Parameters;

import lae.config.ClaimFile;

/** {@code CONFIG...}: the claim files a verb works on, one or more, shared by the verbs that take several. */
final class ClaimFiles {
    @Parameters(arity = "1..*", paramLabel = "CONFIG", description = "claim files (TOML), e.g. checks/section-4.2.toml")
    private List<Path> files = new ArrayList<>();

    /** Every claim file, read in the order given (an input error naming the first that is not a valid one). */
    List<ClaimFile> load() {
        return files.stream().map(ClaimFile::load).toList();
    }
}
