package lae.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * When each criterion of the training verdicts was set: the versioned file {@code lae/train/criteria-history.toml}
 * gives, per criterion id, the commit that introduced it (or changed it last), its date, and what the committed
 * reports said before. The reports quote it beside each criterion, so a reader can tell a criterion fixed before the
 * runs from one added after a run had given a verdict.
 */
final class CriteriaHistory {
    /** When one criterion was set. */
    record Entry(String id, String commit, String date, String before) {
    }

    private static final Map<String, Entry> ENTRIES = load();

    private CriteriaHistory() {
    }

    /** The entry of {@code id}; an {@link IllegalStateException} when the file has none (a criterion without history). */
    static Entry of(String id) {
        Entry e = ENTRIES.get(id);
        if (e == null) {
            throw new IllegalStateException("criterion '" + id + "' has no entry in lae/train/criteria-history.toml");
        }
        return e;
    }

    /** Every id the file knows. */
    static List<String> ids() {
        return new ArrayList<>(ENTRIES.keySet());
    }

    /** The criteria with their history, one bullet each: the criterion, then when it was set and what came before. */
    static List<String> bullets(List<Criterion> criteria) {
        List<String> out = new ArrayList<>();
        for (Criterion c : criteria) {
            Entry e = of(c.id());
            out.add(c.text() + " [Set in commit " + e.commit() + " (" + e.date() + "): " + e.before() + "]");
        }
        return out;
    }

    private static Map<String, Entry> load() {
        try (InputStream in = CriteriaHistory.class.getResourceAsStream("criteria-history.toml")) {
            if (in == null) {
                throw new IllegalStateException("resource lae/train/criteria-history.toml missing");
            }
            Map<String, Entry> out = new LinkedHashMap<>();
            for (JsonNode n : new TomlMapper().readTree(in).path("criterion")) {
                Entry e = new Entry(n.path("id").asText(), n.path("commit").asText(), n.path("date").asText(), n.path("before").asText());
                out.put(e.id(), e);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
