package lae.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a freshly computed report with the committed one, apart from what may change between two
 * runs of the same computation (timings, commit, date: {@link JsonRenderer#reproducible}). Used by
 * {@code ./lae report --verify}, which CI runs, so a committed report is always what the code at HEAD
 * writes.
 */
public final class ReportComparison {
    private ReportComparison() {
    }

    /**
     * Differences between {@code fresh} and the report of the same name under {@code committedDir}, each naming
     * the committed file and the field; empty if the same.
     */
    public static List<String> differences(ReportDocument fresh, Path committedDir) {
        Path json = committedDir.resolve(fresh.name() + ".json");
        String name = json.toString();
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(json)) {
            out.add(name + ": no committed report");
            return out;
        }
        JsonNode committed;
        try {
            committed = JsonRenderer.MAPPER.readTree(json.toFile());
        } catch (IOException e) {
            out.add(name + ": committed JSON unreadable: " + e.getMessage().lines().findFirst().orElse(""));
            return out;
        }
        JsonNode a = JsonRenderer.reproducible(committed);
        JsonNode b;
        try {
            // through text, as the committed one was read: the same node types for the same numbers
            b = JsonRenderer.reproducible(JsonRenderer.MAPPER.readTree(JsonRenderer.toText(JsonRenderer.tree(fresh))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        diff(name, "", a, b, out);
        if (out.isEmpty()) {
            ReportIndex.Entry e = ReportIndex.scan(committedDir).stream().filter(x -> x.path().equals(fresh.name() + ".json")).findFirst().orElse(null);
            if (e != null && !e.current()) {
                out.add(name + ": " + e.staleReason());
            }
        }
        return out;
    }

    /**
     * The committed reports under {@code dir} that a run does not regenerate (those not in {@code regenerated},
     * JSON paths relative to {@code dir}; the index aside), checked as they stand: a JSON whose stored content id
     * is not the one its content gives (edited after it was written), a markdown whose footer names another id,
     * or a schema that is not a {@code lae-report/N}. Each difference names the file and the field.
     */
    public static List<String> integrity(Path dir, Set<String> regenerated) {
        List<String> out = new ArrayList<>();
        for (ReportIndex.Entry e : ReportIndex.scan(dir)) {
            if (regenerated.contains(e.path())) {
                continue;
            }
            String json = dir.resolve(e.path()).toString();
            if (e.json() == null) {
                out.add(json + ": " + e.staleReason());
                continue;
            }
            String schema = e.json().path("schema").asText("");
            if (!schema.matches("lae-report/[0-9]+")) {
                out.add(json + ": /schema: '" + schema + "' is not a report schema (current: " + Provenance.SCHEMA + ")");
            }
            String stored = e.json().path("content_id").asText("");
            String recomputed = JsonRenderer.contentId(e.json());
            if (!stored.equals(recomputed)) {
                out.add(json + ": /content_id: stored " + stored + ", but its content gives " + recomputed
                        + " (the JSON was changed after it was written; regenerate it with: " + e.json().path("command").asText("?") + ")");
            }
            String footer = ReportIndex.markdownId(dir.resolve(e.mdPath()));
            if (!stored.equals(footer)) {
                out.add(dir.resolve(e.mdPath()) + ": footer: content id " + footer + ", but its JSON has " + stored
                        + " (the markdown and the JSON are from different runs, or one was edited)");
            }
        }
        return out;
    }

    /** The reports under {@code dir} of an older schema or generator (not differences: they await their verb). */
    public static List<String> olderGenerators(Path dir) {
        List<String> out = new ArrayList<>();
        for (ReportIndex.Entry e : ReportIndex.scan(dir)) {
            if (e.json() != null && !Provenance.isCurrent(e.json().path("schema").asText(), e.json().path("provenance").path("generator").asText())) {
                out.add(dir.resolve(e.path()) + ": " + e.staleReason() + "; regenerate with " + e.json().path("command").asText("?"));
            }
        }
        return out;
    }

    private static void diff(String name, String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= 20) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                diff(name, path + "/" + f, a.get(f), b.has(f) ? b.get(f) : com.fasterxml.jackson.databind.node.MissingNode.getInstance(), out);
            }
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!a.has(f)) {
                    out.add(name + ": " + path + "/" + f + " is new: " + around(b.get(f).toString(), 0));
                }
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                diff(name, path + "[" + i + "]", a.get(i), b.get(i), out);
            }
            for (int i = b.size(); i < a.size(); i++) {
                out.add(name + ": " + path + "[" + i + "] is gone: committed " + around(a.get(i).toString(), 0));
            }
            for (int i = a.size(); i < b.size(); i++) {
                out.add(name + ": " + path + "[" + i + "] is new: " + around(b.get(i).toString(), 0));
            }
        } else if (!a.equals(b)) {
            String x = a.toString();
            String y = b.toString();
            int at = 0;
            while (at < Math.min(x.length(), y.length()) && x.charAt(at) == y.charAt(at)) {
                at++;
            }
            out.add(name + ": " + path + (at > 0 ? " (from character " + at + ")" : "") + ": committed " + around(x, at) + ", now " + around(y, at));
        }
    }

    /** Up to 160 characters of {@code s} around position {@code at} (where two values first differ). */
    private static String around(String s, int at) {
        if (s.length() <= 160) {
            return s;
        }
        int from = Math.max(0, Math.min(at - 40, s.length() - 160));
        return (from > 0 ? "..." : "") + s.substring(from, Math.min(s.length(), from + 157)) + (from + 157 < s.length() ? "..." : "");
    }
}
