package lae.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lae.core.ClaimResult;

/**
 * One report, as every verb builds it: the only report model of the toolkit. The CLI hands it to
 * {@link ReportWriter}, which renders it once as markdown ({@link MarkdownRenderer}) and once as
 * JSON ({@link JsonRenderer}) and writes both (and the figures) as one set.
 *
 * <p>Immutable; build it with {@link #builder(String, String)}.
 *
 * @param name         the path of the report under reports/, without extension (may contain a sub-directory:
 *                     "census/section-4.2")
 * @param kind         the kind: check, proof, proof-index, census, explore, train, topology or index
 * @param title        the title
 * @param introduction the introduction (markdown, possibly empty)
 * @param command      the command that reproduces the report
 * @param seeds        the seeds the report used, by role
 * @param config       the configuration entries, in order (name to value: numbers, strings, lists)
 * @param results      the verdict rows ({@link ClaimResult}, each with its strength), in order
 * @param sections     the sections of paragraphs, tables and figures, in order
 * @param data         the machine-readable extras of the JSON
 * @param timings      seconds per phase (not part of the content id)
 * @param provenance   generator (tool version), commit and date
 */
public record ReportDocument(String name, String kind, String title, String introduction, String command, Map<String, Long> seeds,
                             Map<String, Object> config, List<ClaimResult> results, List<Section> sections, Map<String, Object> data,
                             Map<String, Double> timings, Provenance provenance) {

    /** A block of a section. */
    public sealed interface Block permits Paragraph, Table, Figure, Bullets {
    }

    /** Markdown text (already formatted: may hold inline code, emphasis, links, MathJax-free formulas). */
    public record Paragraph(String text) implements Block {
    }

    /** A bullet list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table: a caption (may be empty), a header and rows of already formatted cells (use
     * {@link lae.core.Numbers}). The JSON keeps it under its {@code key} (null: markdown only).
     */
    public record Table(String key, String caption, List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            List<List<String>> copy = new ArrayList<>();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("table " + key + ": row " + r + " has " + r.size() + " cells, header has " + header.size());
                }
                copy.add(List.copyOf(r));
            }
            rows = List.copyOf(copy);
        }
    }

    /** A PNG figure written beside the report as {@code file} (relative to the report's directory). */
    public record Figure(String file, String caption, byte[] png) implements Block {
        public Figure {
            Objects.requireNonNull(file);
            Objects.requireNonNull(png);
        }
    }

    /** A titled section. */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** Checks the title and command are there, and copies the maps and lists (kept in order). */
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(command, "command");
        seeds = ordered(seeds);
        config = ordered(config);
        results = List.copyOf(results);
        sections = List.copyOf(sections);
        data = ordered(data);
        timings = ordered(timings);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The same document with another run's provenance and timings: what this document would have been,
     * written by that run ({@link ReportFiles} keeps a committed report whose content is unchanged as it is).
     */
    public ReportDocument withRun(Provenance p, Map<String, Double> t) {
        return new ReportDocument(name, kind, title, introduction, command, seeds, config, results, sections, data, t, p);
    }

    /** A builder of the document {@code name} (its path under reports/, without extension) of kind {@code kind} ("check", "proof", ...). */
    public static Builder builder(String name, String kind) {
        return new Builder(name, kind);
    }

    /** Every figure of every section. */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Figure f) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Builds a {@link ReportDocument}; sections are added in order, blocks go to the last section. */
    public static final class Builder {
        private final String name;
        private final String kind;
        private String title;
        private String introduction = "";
        private String command;
        private final Map<String, Long> seeds = new LinkedHashMap<>();
        private final Map<String, Object> config = new LinkedHashMap<>();
        private final List<ClaimResult> results = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private String sectionHeading;
        private List<Block> sectionBlocks;
        private final Map<String, Object> data = new LinkedHashMap<>();
        private final Map<String, Double> timings = new LinkedHashMap<>();
        private Provenance provenance;

        private Builder(String name, String kind) {
            this.name = Objects.requireNonNull(name);
            this.kind = Objects.requireNonNull(kind);
        }

        /** The title. */
        public Builder title(String t) {
            title = t;
            return this;
        }

        /** The introduction (markdown; null for none). */
        public Builder introduction(String text) {
            introduction = text == null ? "" : text.trim();
            return this;
        }

        /** The command that reproduces the report. */
        public Builder command(String c) {
            command = c;
            return this;
        }

        /** A seed the report used, by role ("data", "search", "adam", ...): printed in the report. */
        public Builder seed(String role, long value) {
            return put(seeds, role, value);
        }

        /** One configuration entry: a number, a string, a boolean, or a list / map of those. */
        public Builder config(String key, Object value) {
            return put(config, key, value);
        }

        /** One more verdict row. */
        public Builder result(ClaimResult r) {
            results.add(r);
            return this;
        }

        /** More verdict rows, in order. */
        public Builder results(List<ClaimResult> rs) {
            results.addAll(rs);
            return this;
        }

        /** Starts a new section; the blocks added next belong to it. */
        public Builder section(String heading) {
            closeSection();
            sectionHeading = heading;
            sectionBlocks = new ArrayList<>();
            return this;
        }

        /** A paragraph (markdown) in the current section. */
        public Builder paragraph(String markdown) {
            return block(new Paragraph(markdown));
        }

        /** A bullet list in the current section. */
        public Builder bullets(List<String> items) {
            return block(new Bullets(items));
        }

        /** A table in the current section. */
        public Builder table(Table t) {
            return block(t);
        }

        /** A table in the current section: its JSON key, caption, header and rows. */
        public Builder table(String key, String caption, List<String> header, List<List<String>> rows) {
            return block(new Table(key, caption, header, rows));
        }

        /** A figure in the current section: its file name (beside the report), caption and PNG bytes. */
        public Builder figure(String file, String caption, byte[] png) {
            return block(new Figure(file, caption, png));
        }

        /** A block in the current section ({@link #section} first). */
        public Builder block(Block b) {
            if (sectionBlocks == null) {
                throw new IllegalStateException("call section(heading) before adding blocks");
            }
            sectionBlocks.add(b);
            return this;
        }

        /** A machine-readable extra for the JSON only (numbers, strings, lists, maps). */
        public Builder data(String key, Object value) {
            return put(data, key, value);
        }

        /** The seconds of one phase. */
        public Builder timing(String phase, double seconds) {
            return put(timings, phase, seconds);
        }

        /** The seconds of several phases, in order. */
        public Builder timings(Map<String, Double> t) {
            timings.putAll(t);
            return this;
        }

        /** Overrides the provenance (tests; reading a document back). */
        public Builder provenance(Provenance p) {
            provenance = p;
            return this;
        }

        private <V> Builder put(Map<String, V> map, String key, V value) {
            map.put(key, value);
            return this;
        }

        private void closeSection() {
            if (sectionBlocks != null) {
                sections.add(new Section(sectionHeading, sectionBlocks));
                sectionBlocks = null;
            }
        }

        /** The document. */
        public ReportDocument build() {
            closeSection();
            return new ReportDocument(name, kind, title, introduction, command, seeds, config, results, sections, data, timings,
                    provenance == null ? Provenance.current() : provenance);
        }
    }
}
