package lae.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lae.core.ClaimResult;
import lae.core.Premise;
import lae.core.Numbers;
import lae.core.Reading;

/**
 * The one markdown layout of every report: title, introduction, how to reproduce it (command, seeds,
 * provenance), configuration, the verdict table (one layout for every verb), the evidence per verdict,
 * the document's own sections, timings, and a footer with the content id that ties the markdown to
 * its JSON.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {
    }

    /** The markdown of {@code d}, with {@code contentId} in its footer. */
    public static String render(ReportDocument d, String contentId) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(d.title()).append("\n\n");
        if (!d.introduction().isEmpty()) {
            b.append(d.introduction()).append("\n\n");
        }
        b.append("Reproduce with `").append(d.command()).append('`');
        if (!d.seeds().isEmpty()) {
            List<String> s = new ArrayList<>();
            d.seeds().forEach((k, v) -> s.add(k + " " + v));
            b.append(" (seeds: ").append(String.join(", ", s)).append(')');
        }
        b.append(". Claim ids are those of `docs/claims.md` (the claims of ").append(ClaimCatalogue.PAPER).append(").\n\n");
        Provenance p = d.provenance();
        b.append("Written by ").append(p.generator()).append(" from commit `").append(p.commit()).append("` on ")
                .append(p.date()).append(".\n\n");

        if (!d.config().isEmpty()) {
            b.append("## Configuration\n\n| | |\n|---|---|\n");
            d.config().forEach((k, v) -> b.append("| ").append(cell(k)).append(" | ").append(cell(value(v))).append(" |\n"));
            b.append('\n');
        }
        if (!d.results().isEmpty()) {
            appendVerdicts(b, d.results());
        }
        for (ReportDocument.Section s : d.sections()) {
            b.append("## ").append(s.heading()).append("\n\n");
            for (ReportDocument.Block block : s.blocks()) {
                appendBlock(b, block);
            }
        }
        if (!d.timings().isEmpty()) {
            b.append("## Timings (seconds)\n\n| phase | seconds |\n|---|---|\n");
            d.timings().forEach((k, v) -> b.append("| ").append(cell(k)).append(" | ").append(Numbers.fixed(v, 2)).append(" |\n"));
            b.append('\n');
        }
        String stem = d.name().contains("/") ? d.name().substring(d.name().lastIndexOf('/') + 1) : d.name();
        b.append("---\nJSON beside this file: `").append(stem).append(".json` (schema ").append(Provenance.SCHEMA)
                .append(", content id `").append(contentId).append("`).\n");
        return b.toString();
    }

    /** The verdict table and the evidence list: the same layout in every report. */
    static void appendVerdicts(StringBuilder b, List<ClaimResult> results) {
        boolean readings = results.stream().anyMatch(r -> r.reading() != Reading.AS_PRINTED);
        b.append("## Verdicts\n\n| claim | loss |").append(readings ? " reading |" : "")
                .append(" verdict | strength | scope | cases | failed | worst residual | smallest counterexample | corrected statement (verified separately) |\n|---|---|")
                .append(readings ? "---|" : "").append("---|---|---|---|---|---|---|---|\n");
        for (ClaimResult r : results) {
            b.append("| ").append(r.claim()).append(" | ").append(r.loss()).append(" | ");
            if (readings) {
                b.append(r.reading()).append(" | ");
            }
            b.append("**").append(r.verdict()).append("** | ").append(r.strength().label()).append(r.derived() ? " (derived)" : "")
                    .append(" | ").append(cell(r.scope())).append(" | ")
                    .append(r.casesChecked()).append(" | ").append(r.casesFailed()).append(" | ")
                    .append(Numbers.sci(r.worstResidual())).append(" | ").append(cell(r.counterexample())).append(" | ")
                    .append(cell(r.corrected())).append(" |\n");
        }
        b.append("\n## Evidence\n\n");
        for (ClaimResult r : results) {
            b.append("- **").append(r.claim()).append(' ').append(r.loss());
            if (readings && r.reading() != Reading.AS_PRINTED) {
                b.append(", ").append(r.reading());
            }
            b.append("** (").append(r.verdict()).append(", ").append(r.strength().label()).append(", scope: ").append(r.scope())
                    .append("): ").append(r.evidence().replace("\n", " "));
            if (r.derived()) {
                b.append(" Derived from: ");
                for (int i = 0; i < r.premises().size(); i++) {
                    Premise p = r.premises().get(i);
                    b.append(i > 0 ? "; " : "").append(p.claim()).append(' ').append(p.loss()).append(' ').append(p.verdict())
                            .append(" (").append(p.strength().label()).append(", ").append(p.scope()).append(") in `")
                            .append(p.report()).append('`');
                }
                b.append('.');
            }
            b.append('\n');
        }
        b.append('\n');
    }

    static void appendBlock(StringBuilder b, ReportDocument.Block block) {
        if (block instanceof ReportDocument.Paragraph p) {
            b.append(p.text().strip()).append("\n\n");
        } else if (block instanceof ReportDocument.Bullets l) {
            l.items().forEach(i -> b.append("- ").append(i.replace("\n", " ")).append('\n'));
            b.append('\n');
        } else if (block instanceof ReportDocument.Table t) {
            if (t.caption() != null && !t.caption().isEmpty()) {
                b.append(t.caption().strip()).append("\n\n");
            }
            b.append('|');
            t.header().forEach(h -> b.append(' ').append(cell(h)).append(" |"));
            b.append("\n|");
            t.header().forEach(h -> b.append("---|"));
            b.append('\n');
            for (List<String> row : t.rows()) {
                b.append('|');
                row.forEach(c -> b.append(' ').append(cell(c)).append(" |"));
                b.append('\n');
            }
            b.append('\n');
        } else if (block instanceof ReportDocument.Figure f) {
            b.append("![").append(cell(f.caption())).append("](").append(f.file()).append(")\n\n*")
                    .append(f.caption().strip()).append("*\n\n");
        }
    }

    /** A table cell: pipes escaped, line breaks folded, null as "-". */
    public static String cell(String s) {
        return s == null ? "-" : s.replace("\\|", "|").replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }

    /** How a configuration value prints: numbers in the one number format, lists and maps in brackets. */
    static String value(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double x) {
            return Numbers.general(x, 6);
        }
        if (v instanceof Float x) {
            return Numbers.general(x, 6);
        }
        if (v instanceof double[] a) {
            List<String> s = new ArrayList<>();
            for (double x : a) {
                s.add(Numbers.general(x, 6));
            }
            return shortList(s);
        }
        if (v instanceof int[] a) {
            List<String> s = new ArrayList<>();
            for (int x : a) {
                s.add(Integer.toString(x));
            }
            return shortList(s);
        }
        if (v instanceof List<?> l) {
            List<String> s = new ArrayList<>();
            l.forEach(x -> s.add(value(x)));
            return shortList(s);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> s = new ArrayList<>();
            m.forEach((k, x) -> s.add(k + ": " + value(x)));
            return "{" + String.join(", ", s) + "}";
        }
        return v.toString();
    }

    private static String shortList(List<String> s) {
        if (s.size() <= 10) {
            return "[" + String.join(", ", s) + "]";
        }
        return "[" + String.join(", ", s.subList(0, 4)) + ", ..., " + s.get(s.size() - 1) + "] (" + s.size() + " values)";
    }
}
