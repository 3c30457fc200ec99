package lae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import lae.report.AtomicFiles;
import lae.report.ClaimCatalogue;
import lae.report.OutputFolder;

/** {@code lae claims}: the claim catalogue docs/claims.md, written from the claim registry. */
@Command(name = "claims", mixinStandardHelpOptions = true)
public final class ClaimsCommand implements Callable<Integer> {
    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "docs", description = "folder of the catalogue (default: ${DEFAULT-VALUE})")
    Path out;

    /** Writes the catalogue. */
    @Override
    public Integer call() {
        OutputFolder.requireWritable(out, "--docs");
        Path file = out.resolve(ClaimCatalogue.FILE);
        AtomicFiles.writeString(file, ClaimCatalogue.markdown());
        System.out.println("claims -> " + file);
        return 0;
    }
}
