package lae.algebra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import lae.core.Progress;
import lae.report.ReportDocument;

/**
 * What {@code ./lae report --verify} can re-check of the algebra reports: for every claim file in the algebra claim
 * folder (default {@code checks/algebra}), either the document to compare with the committed report
 * {@code reports/algebra/NAME}, or the one-line reason it cannot be recomputed here (Singular absent), so that the
 * verification lists what it did not re-check instead of failing or silently passing.
 */
public final class AlgebraRecheck {
    private AlgebraRecheck() {
    }

    /**
     * One committed algebra report.
     *
     * @param claimFile  the claim file that writes it
     * @param report     the report's name under the reports folder ("algebra/NAME")
     * @param recompute  builds the document to compare (null when it cannot be recomputed here)
     * @param notChecked why it cannot be recomputed here (null when it can)
     */
    public record Item(Path claimFile, String report, Supplier<ReportDocument> recompute, String notChecked) {
        /** True if the report can be recomputed here. */
        public boolean recheckable() {
            return recompute != null;
        }
    }

    /** The items for every *.toml in {@code algebraChecks} (sorted); empty if the folder does not exist. */
    public static List<Item> plan(Path algebraChecks, Progress progress) {
        List<Item> out = new ArrayList<>();
        if (!Files.isDirectory(algebraChecks)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(algebraChecks)) {
            files = s.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean engine = AlgebraEngine.available();
        for (Path f : files) {
            AlgebraClaimFile cf = AlgebraClaimFile.load(f);
            String report = "algebra/" + cf.name;
            out.add(engine ? new Item(f, report, () -> AlgebraRun.document(cf, progress), null)
                    : new Item(f, report, null, "not re-checked: " + SingularProcess.absentReason()));
        }
        return out;
    }
}
