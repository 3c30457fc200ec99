package lae.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import lae.report.AtomicFiles;
import lae.report.ClaimCatalogue;
import lae.report.OutputFolder;
import lae.report.ToleranceCatalogue;

/** {@code lae claims}: the claim catalogue docs/claims.md and the tolerance catalogue docs/tolerances.md. */
@Command(name = "claims", mixinStandardHelpOptions = true)
public final class ClaimsCommand implements Callable<Integer> {
    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "docs", description = "folder of the catalogues (default: ${DEFAULT-VALUE})")
    Path out;

    /** Writes the catalogues. */
    @Override
    public Integer call() {
        OutputFolder.requireWritable(out, "--docs");
        Path file = out.resolve(ClaimCatalogue.FILE);
        AtomicFiles.writeString(file, ClaimCatalogue.markdown());
        System.out.println("claims -> " + file);
        Path tolerances = out.resolve(ToleranceCatalogue.FILE);
        AtomicFiles.writeString(tolerances, ToleranceCatalogue.markdown());
        System.out.println("tolerances -> " + tolerances);
        return 0;
    }
}
