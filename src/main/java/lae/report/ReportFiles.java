package lae.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files of one report, rendered once: its figures, its markdown and its JSON (in the order they are
 * moved into place, the JSON last), by path relative to the reports folder. {@link #unchangedIn} tells
 * whether a folder already holds this report apart from the run's metadata (commit, date, timings): such a
 * report is kept as it is, so that re-running on an unchanged tree leaves the committed files untouched.
 */
public final class ReportFiles {
    private static final String TIMINGS = "## Timings (seconds)\n";
    private static final String FOOTER = "---\nJSON beside this file: ";

    private final ReportDocument document;
    private final String contentId;
    private final Map<String, byte[]> files;

    private ReportFiles(ReportDocument d) {
        ObjectNode tree = JsonRenderer.tree(d);
        this.document = d;
        this.contentId = JsonRenderer.contentId(tree);
        tree.put("content_id", contentId);
        Map<String, byte[]> f = new LinkedHashMap<>();
        String md = d.name() + ".md";
        String base = md.contains("/") ? md.substring(0, md.lastIndexOf('/') + 1) : "";
        for (ReportDocument.Figure fig : d.figures()) {
            f.put(base + fig.file(), fig.png());
        }
        f.put(md, MarkdownRenderer.render(d, contentId).getBytes(StandardCharsets.UTF_8));
        f.put(d.name() + ".json", JsonRenderer.toText(tree).getBytes(StandardCharsets.UTF_8));
        this.files = Collections.unmodifiableMap(f);
    }

    /** The files of {@code d}. */
    public static ReportFiles of(ReportDocument d) {
        return new ReportFiles(d);
    }

    /** The content id (also in the JSON and in the markdown's footer). */
    public String contentId() {
        return contentId;
    }

    /** The files by path relative to the reports folder: figures, markdown, then JSON. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The JSON's path relative to the reports folder. */
    public String json() {
        return document.name() + ".json";
    }

    /**
     * True when {@code dir} holds this report with the same content id, and every file is what this run
     * would write with the committed report's commit, date and timings (the markdown apart from its timings
     * table): then the committed files are kept as they are.
     */
    public boolean unchangedIn(Path dir) {
        Path json = dir.resolve(json());
        if (!Files.isRegularFile(json)) {
            return false;
        }
        try {
            JsonNode committed = JsonRenderer.MAPPER.readTree(json.toFile());
            if (!contentId.equals(committed.path("content_id").asText()) || !contentId.equals(JsonRenderer.contentId(committed))) {
                return false;
            }
            JsonNode p = committed.path("provenance");
            Map<String, Double> timings = new LinkedHashMap<>();
            committed.path("timings_seconds").fields().forEachRemaining(e -> timings.put(e.getKey(), e.getValue().asDouble()));
            ReportFiles asCommitted = new ReportFiles(document.withRun(
                    new Provenance(p.path("generator").asText(), p.path("commit").asText(), p.path("date").asText()), timings));
            for (Map.Entry<String, byte[]> e : asCommitted.files.entrySet()) {
                Path f = dir.resolve(e.getKey());
                if (!Files.isRegularFile(f)) {
                    return false;
                }
                byte[] old = Files.readAllBytes(f);
                boolean same = e.getKey().endsWith(".md")
                        ? withoutTimings(new String(old, StandardCharsets.UTF_8)).equals(withoutTimings(new String(e.getValue(), StandardCharsets.UTF_8)))
                        : Arrays.equals(old, e.getValue());
                if (!same) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The markdown without its timings table (the timings of the committed run are rounded twice in it). */
    private static String withoutTimings(String md) {
        int t = md.lastIndexOf(TIMINGS);
        int f = md.lastIndexOf(FOOTER);
        return t < 0 || f < t ? md : md.substring(0, t) + md.substring(f);
    }
}
