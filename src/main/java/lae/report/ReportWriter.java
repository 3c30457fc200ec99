package lae.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link ReportDocument} as {@code DIR/NAME.md}, {@code DIR/NAME.json} and its figures, as
 * one set ({@link AtomicFiles#writeAll}): figures first, then the markdown, the JSON last; a report whose
 * content is unchanged in {@code DIR} is kept as it is ({@link ReportFiles#unchangedIn}). With
 * {@link ReportSet}, the only place where reports reach the disk.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** The written paths: markdown and JSON; {@code kept} when the folder already held the report unchanged. */
    public record Written(Path markdown, Path json, boolean kept) {
    }

    /** Writes {@code d} under {@code dir} (figures, markdown, then JSON, as one set) and returns the markdown and JSON paths. */
    public static Written write(ReportDocument d, Path dir) {
        ReportFiles files = ReportFiles.of(d);
        Written w = new Written(dir.resolve(d.name() + ".md"), dir.resolve(d.name() + ".json"), files.unchangedIn(dir));
        if (!w.kept()) {
            Map<Path, byte[]> out = new LinkedHashMap<>();
            files.files().forEach((f, bytes) -> out.put(dir.resolve(f), bytes));
            AtomicFiles.writeAll(out);
        }
        return w;
    }
}
