package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import lae.report.ReportComparison;
import lae.report.ReportDocument;
import lae.report.ReportIndex;

/**
 * The committed reports of a folder, compared with freshly computed documents ({@code report --verify}):
 * each document against the committed one of its name (apart from timings, commit and date), and at the
 * end the committed index against the one the committed reports give.
 */
final class CommittedReports implements Consumer<ReportDocument> {
    private final Path dir;
    private final List<String> differences = new ArrayList<>();

    CommittedReports(Path dir) {
        this.dir = dir;
    }

    /** Compares {@code fresh} with the committed report of its name. */
    @Override
    public void accept(ReportDocument fresh) {
        differences.addAll(ReportComparison.differences(fresh, dir));
    }

    /** Every difference found so far, then the index's; empty when all match. */
    List<String> differencesWithIndex() {
        List<String> all = new ArrayList<>(differences);
        all.addAll(ReportComparison.differences(ReportIndex.document(dir), dir));
        return all;
    }
}
