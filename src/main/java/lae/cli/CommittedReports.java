package lae.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import lae.report.ReportComparison;
import lae.report.ReportDocument;
import lae.report.ReportIndex;

/**
 * The committed reports of a folder, compared with freshly computed documents ({@code report --verify}):
 * each document against the committed one of its name (apart from timings, commit and date); every other
 * committed report (train, census, explore, algebra: written by other verbs) as it stands, by its content id,
 * its markdown's footer and its schema; and at the end the committed index against the one the committed
 * reports give. Every difference names the file and the field.
 */
final class CommittedReports implements Consumer<ReportDocument> {
    private final Path dir;
    private final List<String> differences = new ArrayList<>();
    private final Set<String> regenerated = new HashSet<>();

    CommittedReports(Path dir) {
        this.dir = dir;
    }

    /** Compares {@code fresh} with the committed report of its name. */
    @Override
    public void accept(ReportDocument fresh) {
        regenerated.add(fresh.name() + ".json");
        differences.addAll(ReportComparison.differences(fresh, dir));
    }

    /** Every difference found so far, then those of the reports not regenerated, then the index's; empty when all match. */
    List<String> differencesWithIndex() {
        List<String> all = new ArrayList<>(differences);
        all.addAll(ReportComparison.integrity(dir, regenerated));
        all.addAll(ReportComparison.differences(ReportIndex.document(dir), dir));
        return all;
    }

    /** The reports not regenerated that an older generator wrote: not differences, but listed (the index marks them stale). */
    List<String> olderGenerators() {
        return ReportComparison.olderGenerators(dir).stream().filter(s -> regenerated.stream().noneMatch(r -> s.startsWith(dir.resolve(r) + ":"))).toList();
    }
}
