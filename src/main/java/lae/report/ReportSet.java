package lae.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A set of reports written as one: each report is written into a staging folder inside the reports folder
 * ({@code DIR/.lae-staging-PID-HEX/}, which the index does not read), and only {@link #commit} moves them into
 * place, each report's figures, markdown, then JSON, and the index ({@link #addIndex}) last. A run that stops before (a full disk, an error, an
 * interruption caught by the JVM) leaves the previous reports and index as they were, and {@link #close}
 * removes the staging folder on every path; the folder of a run killed outright is removed by the next run. A report whose content is unchanged ({@link ReportFiles#unchangedIn})
 * is not staged: the committed files stay as they are.
 */
public final class ReportSet implements AutoCloseable {
    private static final String PREFIX = ".lae-staging-";

    private final Path dir;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();

    private ReportSet(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /**
     * A new set for the reports folder {@code dir}, with its staging folder created (named after this process, so
     * that the staging folders of runs that were killed, whose process is gone, are removed here).
     */
    public static ReportSet open(Path dir) {
        removeOrphans(dir);
        long pid = ProcessHandle.current().pid();
        Path staging = dir.resolve(PREFIX + pid + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw OutputException.of(staging, e);
        }
        return new ReportSet(dir, staging);
    }

    /** Removes the staging folders in {@code dir} whose process no longer runs (a run killed by SIGKILL). */
    private static void removeOrphans(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.getFileName().toString().startsWith(PREFIX)).toList()) {
                String[] parts = p.getFileName().toString().substring(PREFIX.length()).split("-");
                boolean alive = parts.length == 2 && parts[0].matches("[0-9]+")
                        && ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    new ReportSet(dir, p).close();
                }
            }
        } catch (IOException ignored) {
            // an orphan left is hidden and never read
        }
    }

    /** Stages the files of {@code d} (nothing when the folder already holds it unchanged). */
    public void add(ReportDocument d) {
        ReportFiles files = ReportFiles.of(d);
        if (files.unchangedIn(dir)) {
            return;
        }
        for (var e : files.files().entrySet()) {
            try {
                AtomicFiles.create(staging.resolve(e.getKey()), e.getValue());
            } catch (IOException ex) {
                throw OutputException.of(dir.resolve(e.getKey()), ex);
            }
            staged.add(e.getKey());
        }
    }

    /**
     * Stages the index of the folder as it will be once the staged reports are in place ({@link ReportIndex}), last:
     * so the index moves into place after every report, and a failure before leaves the previous index.
     */
    public void addIndex() {
        add(ReportIndex.document(dir, staging));
    }

    /** How many files are staged. */
    public int stagedFiles() {
        return staged.size();
    }

    /** Moves every staged file into place, in the order staged, then removes the staging folder. */
    public void commit() {
        for (String f : staged) {
            try {
                AtomicFiles.move(staging.resolve(f), dir.resolve(f));
            } catch (IOException e) {
                throw OutputException.of(dir.resolve(f), e);
            }
        }
        staged.clear();
        close();
    }

    /** Removes the staging folder and whatever is in it. */
    @Override
    public void close() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> s = Files.walk(staging)) {
            s.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
        } catch (IOException ignored) {
            // the staging folder is hidden and never read; nothing more can be done here
        }
    }
}
