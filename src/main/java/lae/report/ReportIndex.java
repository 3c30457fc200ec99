package lae.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Verdict;

/**
 * The index {@code reports/README.md} (and its JSON), built from the report documents under
 * {@code reports/}. It leads with the reader's errata (one row per claim: the statement as printed,
 * the verdict per loss with its strength, the corrected statement, links), then every verdict in
 * detail, then the reports with their provenance. A report that is not current (another schema or
 * generator, unreadable, or a markdown whose content id does not match its JSON) is listed as stale
 * and none of its verdicts is counted.
 */
public final class ReportIndex {
    public static final String NAME = "README";
    private static final Pattern FOOTER_ID = Pattern.compile("content id `([0-9a-f]+)`");

    private ReportIndex() {
    }

    /** One report found under the reports directory. */
    public record Entry(String path, JsonNode json, String staleReason) {
        /** True if the report counts: same schema and generator, and its markdown and JSON ids agree. */
        public boolean current() {
            return staleReason == null;
        }

        /** The path of its markdown beside the JSON. */
        public String mdPath() {
            return path.replaceAll("\\.json$", ".md");
        }
    }

    /** Every report JSON under {@code dir} (not the index itself, nothing in hidden folders such as a staging folder), each judged current or stale. */
    public static List<Entry> scan(Path dir) {
        return scan(dir, null);
    }

    /**
     * Every report JSON under {@code dir} as it will be once the reports staged under {@code overlay} (null: none)
     * are moved into place: a report in {@code overlay} replaces the one of the same path in {@code dir}.
     */
    static List<Entry> scan(Path dir, Path overlay) {
        Map<String, Path> byPath = new TreeMap<>();
        for (Path root : overlay == null ? List.of(dir) : List.of(dir, overlay)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(x -> x.toString().endsWith(".json")).toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (!rel.equals(NAME + ".json") && !rel.startsWith(".") && !rel.contains("/.")) {
                        byPath.put(rel, p);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Entry> out = new ArrayList<>();
        byPath.forEach((rel, p) -> out.add(entry(dir, p, rel)));
        return out;
    }

    private static Entry entry(Path dir, Path p, String rel) {
        JsonNode root;
        try {
            root = JsonRenderer.MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            return new Entry(rel, null, "unreadable JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String schema = root.path("schema").asText("none");
        String generator = root.path("provenance").path("generator").asText("none");
        if (!Provenance.isCurrent(schema, generator)) {
            return new Entry(rel, root, "written by an older generator (schema " + schema + ", generator " + generator
                    + "; current: " + Provenance.SCHEMA + ", " + Provenance.GENERATOR + ")");
        }
        String id = root.path("content_id").asText("");
        if (!id.equals(JsonRenderer.contentId(root))) {
            return new Entry(rel, root, "its content id does not match its content (edited by hand or truncated)");
        }
        Path md = p.resolveSibling(p.getFileName().toString().replaceAll("\\.json$", ".md"));
        if (!Files.isReadable(md)) {
            return new Entry(rel, root, "no readable markdown beside it");
        }
        String mdId = markdownId(md);
        if (!id.equals(mdId)) {
            return new Entry(rel, root, "its markdown (content id " + mdId + ") and its JSON (" + id + ") are from different runs");
        }
        return new Entry(rel, root, null);
    }

    /** The content id in the footer of the markdown {@code md} (the last one), or null when it has none or cannot be read. */
    static String markdownId(Path md) {
        try {
            Matcher m = FOOTER_ID.matcher(Files.readString(md, StandardCharsets.UTF_8));
            String id = null;
            while (m.find()) {
                id = m.group(1);
            }
            return id;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** The index document of the reports under {@code dir}. */
    public static ReportDocument document(Path dir) {
        return document(dir, null);
    }

    /** The index document of the reports under {@code dir} once those staged under {@code overlay} are in place. */
    static ReportDocument document(Path dir, Path overlay) {
        List<Entry> entries = scan(dir, overlay);
        Map<ClaimId, List<Row>> byClaim = new TreeMap<>(Comparator.comparing(ReportIndex::claimOrder).thenComparing(ClaimId::id));
        for (Entry e : entries) {
            if (!e.current()) {
                continue;
            }
            String kind = e.json().path("kind").asText();
            if (kind.endsWith("-index")) {
                continue;
            }
            for (ClaimResult r : JsonRenderer.results(e.json())) {
                byClaim.computeIfAbsent(r.claim(), c -> new ArrayList<>()).add(new Row(r, e));
            }
        }
        ReportDocument.Builder d = ReportDocument.builder(NAME, "index")
                .title("Verdicts on the claims of the paper")
                .introduction("Written by `./lae report` from every report under `reports/` (each written by the verb its "
                        + "reproduce line names). Claim ids and statements are those of `docs/claims.md` (the claim registry). "
                        + "Every verdict carries its strength: *proved* (an argument covering every size the claim is about, every "
                        + "step checked by the toolkit), *certified* (exact computation on stated instances), *exhaustive* (every "
                        + "component of a configuration), *sampled* (Newton from random starts, or a sample: can miss cases), "
                        + "*observed* (what an optimiser did in training), *none* (nothing could be computed); and its scope: "
                        + "*general* (every size; only with proved) or the configurations and sizes its evidence covers. A verdict "
                        + "marked *derived* rests on the verdicts it names. A reading *landscape* is about the critical points, "
                        + "*training* about what the optimiser did; *predicted components* and *completeness* split a "
                        + "classification into its two halves.")
                .command("./lae report");

        List<Errata.Headline> headlines = new ArrayList<>();
        List<List<String>> errata = new ArrayList<>();
        Map<ClaimId.Section, List<List<String>>> neighbours = new TreeMap<>();
        for (ClaimId c : ClaimId.values()) {
            List<Row> rows = byClaim.getOrDefault(c, List.of());
            if (!c.ofPaper() && rows.isEmpty()) {
                continue;
            }
            Errata.Headline h = Errata.headline(c, rows.stream().map(r -> new Errata.Row(r.result, r.entry.path())).toList());
            if (c.ofNeighbour()) {
                neighbours.computeIfAbsent(c.definition().section(), x -> new ArrayList<>()).add(h == null
                        ? List.of(c.id(), c.definition().catalogue(), "no verdict yet", "", "", "", "")
                        : List.of(c.id(), c.definition().catalogue(), "**" + h.verdict() + "**", h.strength().label(), Errata.shortScope(h.scope()),
                                Errata.parts(h), links(rows)));
                continue;
            }
            headlines.add(h);
            errata.add(h == null
                    ? List.of(c.id(), c.definition().catalogue(), "no verdict yet", "", "", "", "-", "")
                    : List.of(c.id(), c.ofPaper() ? c.definition().catalogue() : "(the toolkit's own) " + c.definition().catalogue(), "**" + h.verdict() + "**",
                            h.strength().label(), Errata.shortScope(h.scope()), Errata.parts(h), corrected(rows), links(rows)));
        }
        long paperClaims = java.util.Arrays.stream(ClaimId.values()).filter(ClaimId::ofPaper).count();
        d.section("Summary").paragraph("The paper's " + paperClaims + " claims by headline verdict (rows) and its strength "
                + "(columns). The headline of a claim combines the readings its printed sentence is about: FAILS if one fails, "
                + "HOLDS only if all hold (as strong as the weakest), otherwise INCONCLUSIVE; the rules are in `lae.report.Errata`.")
                .table("summary", "", Errata.summaryHeader(), Errata.summary(headlines, (int) paperClaims));
        d.section("Errata: one row per claim").paragraph("Per claim: the headline verdict, its strength and scope (cut to "
                + "120 characters; whole below), the verdict of every loss and reading (per loss and "
                + "reading: FAILS if any report found a counterexample, otherwise HOLDS if any found it to hold, otherwise "
                + "INCONCLUSIVE), the corrected statement where one was verified, and the reports. Every verdict with its "
                + "evidence is in the section below and in the reports.")
                .table("errata", "", List.of("claim", "statement as printed", "verdict", "strength", "scope", "per loss and reading",
                        "corrected statement (verified)", "reports"), errata);

        neighbours.forEach((paper, rows) -> d.section("Neighbouring paper: " + paper.heading()).paragraph("Its headline "
                + "statements and the toolkit's own classifications of its loss (`checks/" + paper.name().toLowerCase(java.util.Locale.ROOT)
                + "/`, `./lae neighbours` and `./lae algebra`); not counted among the paper's claims above.")
                .table(null, "", List.of("claim", "statement", "verdict", "strength", "scope", "per loss and reading", "reports"), rows));

        List<List<String>> detail = new ArrayList<>();
        byClaim.forEach((claim, rows) -> rows.forEach(r -> detail.add(List.of(claim.id(), r.result.loss(), r.result.reading().label(),
                "**" + r.result.verdict() + "**", r.result.strength().label() + (r.result.derived() ? " (derived)" : ""),
                r.result.scope(), link(r.entry)))));
        d.section("Every verdict").table("verdicts", "", List.of("claim", "loss", "reading", "verdict", "strength", "scope", "report"), detail);

        List<List<String>> reports = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Entry e : entries) {
            if (e.current()) {
                reports.add(List.of(link(e), e.json().path("kind").asText(), "`" + e.json().path("command").asText() + "`"));
            } else {
                stale.add("`" + e.path() + "`: " + e.staleReason());
            }
        }
        d.section("Reports").paragraph("Each report states its provenance (generator, commit, date) at its top.").table(null, "", List.of("report", "kind", "reproduce with"), reports);
        if (!stale.isEmpty()) {
            d.section("Stale or unreadable reports (not counted above)").paragraph("Regenerate them with the command "
                    + "that wrote them (`./lae report` for claim files and proofs; `census`, `explore`, `train` for theirs).")
                    .bullets(stale);
        }
        return d.build();
    }

    private record Row(ClaimResult result, Entry entry) {
    }

    /** The paper's claims in their order, then the toolkit's (by id). */
    private static int claimOrder(ClaimId claim) {
        return claim.ofPaper() ? claim.ordinal() : Integer.MAX_VALUE;
    }

    private static String corrected(List<Row> rows) {
        return rows.stream().filter(r -> r.result.verdict() == Verdict.FAILS && r.result.corrected() != null)
                .map(r -> r.result.corrected()).findFirst().map(ReportIndex::shorten).orElse("-");
    }

    private static String links(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            String l = link(r.entry);
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return String.join(", ", out);
    }

    private static String link(Entry e) {
        String md = e.mdPath();
        String label = md.replaceAll("\\.md$", "");
        return "[" + label + "](" + md + ")";
    }

    private static String shorten(String s) {
        return s.length() <= 240 ? s : s.substring(0, 237) + "...";
    }
}
