package lae.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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

    /** Differences between {@code fresh} and the report of the same name under {@code committedDir}; empty if the same. */
    public static List<String> differences(ReportDocument fresh, Path committedDir) {
        Path json = committedDir.resolve(fresh.name() + ".json");
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(json)) {
            out.add(fresh.name() + ": no committed report " + json);
            return out;
        }
        JsonNode committed;
        try {
            committed = JsonRenderer.MAPPER.readTree(json.toFile());
        } catch (IOException e) {
            out.add(fresh.name() + ": committed JSON unreadable: " + e.getMessage());
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
        diff(fresh.name(), "", a, b, out);
        if (out.isEmpty()) {
            ReportIndex.Entry e = ReportIndex.scan(committedDir).stream().filter(x -> x.path().equals(fresh.name() + ".json")).findFirst().orElse(null);
            if (e != null && !e.current()) {
                out.add(fresh.name() + ": " + e.staleReason());
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
                    out.add(name + ": " + path + "/" + f + " is new: " + shorten(b.get(f).toString()));
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(name, path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b)) {
            out.add(name + ": " + path + ": committed " + shorten(a.toString()) + ", now " + shorten(b.toString()));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "...";
    }
}
