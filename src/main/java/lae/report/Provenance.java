package lae.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

/**
 * Where a report came from: the generator (tool and version, which with the schema decides whether a
 * committed report is current), the git commit of the code that wrote it ("+dirty" when the sources
 * had uncommitted changes), and when. The commit and the date are, like timings, not part of a
 * report's reproducible content: {@link ReportComparison} ignores them.
 *
 * @param generator "lae-landscapes VERSION"
 * @param commit    short commit hash, "+dirty" appended when src/, pom.xml, checks/ or proofs/ differ from it; "unknown" outside git
 * @param date      UTC instant of writing, to the second
 */
public record Provenance(String generator, String commit, String date) {
    /** Bumped whenever a change of the code changes what reports say; older reports are then flagged stale. */
    public static final String VERSION = "0.3.0";
    public static final String GENERATOR = "lae-landscapes " + VERSION;
    /** The JSON schema of every report; the index flags any other. */
    public static final String SCHEMA = "lae-report/3";

    private static volatile String commitCache;

    /** The provenance of a report written now by this code. */
    public static Provenance current() {
        return new Provenance(GENERATOR, currentCommit(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Whether a report with this schema and generator was written by the code at hand. */
    public static boolean isCurrent(String schema, String generator) {
        return SCHEMA.equals(schema) && GENERATOR.equals(generator);
    }

    private static String currentCommit() {
        String c = commitCache;
        if (c == null) {
            String head = git("rev-parse", "--short=12", "HEAD");
            if (head == null || head.isBlank()) {
                c = "unknown";
            } else {
                String dirty = git("status", "--porcelain", "--", "src", "pom.xml", "checks", "proofs");
                c = head.strip() + (dirty != null && !dirty.isBlank() ? "+dirty" : "");
            }
            commitCache = c;
        }
        return c;
    }

    private static String git(String... args) {
        try {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "git";
            System.arraycopy(args, 0, cmd, 1, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
