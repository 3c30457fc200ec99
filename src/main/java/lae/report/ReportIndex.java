package lae.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Reading;
import lae.core.Strength;
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

    /** Every report JSON under {@code dir} (not the index itself), each judged current or stale. */
    public static List<Entry> scan(Path dir) {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.equals(NAME + ".json")) {
                    continue;
                }
                out.add(entry(dir, p, rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        try {
            Matcher m = FOOTER_ID.matcher(Files.readString(md, StandardCharsets.UTF_8));
            String mdId = null;
            while (m.find()) {
                mdId = m.group(1);
            }
            if (!id.equals(mdId)) {
                return new Entry(rel, root, "its markdown (content id " + mdId + ") and its JSON (" + id + ") are from different runs");
            }
        } catch (IOException e) {
            return new Entry(rel, root, "no readable markdown beside it");
        }
        return new Entry(rel, root, null);
    }

    /** The index document of the reports under {@code dir}. */
    public static ReportDocument document(Path dir) {
        List<Entry> entries = scan(dir);
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
                        + "reproduce line names). Claim ids are those of `claims.md`. Every verdict carries its strength: "
                        + "*proved* (a general argument, every step checked symbolically), *certified* (exact computation on "
                        + "stated instances), *exhaustive* (every component of a configuration), *sampled* (Newton from random "
                        + "starts: can miss components), *observed* (what an optimiser did in training). A reading "
                        + "*landscape* is about the critical points, *training* about what the optimiser did.")
                .command("./lae report");

        List<List<String>> errata = new ArrayList<>();
        for (ClaimId c : ClaimId.values()) {
            if (c.ofPaper()) {
                List<Row> rows = byClaim.getOrDefault(c, List.of());
                errata.add(List.of(c.id(), c.catalogue(), rows.isEmpty() ? "no verdict yet" : perLoss(rows), corrected(rows), links(rows)));
            }
        }
        for (Map.Entry<ClaimId, List<Row>> c : byClaim.entrySet()) {
            if (!c.getKey().ofPaper()) {
                errata.add(List.of(c.getKey().id(), "(a check of the toolkit's own)", perLoss(c.getValue()), corrected(c.getValue()), links(c.getValue())));
            }
        }
        d.section("Errata: one row per claim").paragraph("Per loss (and reading), the combined verdict over every "
                + "report: FAILS if any report found a counterexample (its strength is that of the strongest failing "
                + "evidence), otherwise HOLDS if any report found it to hold (the strongest such evidence), otherwise "
                + "INCONCLUSIVE. The detail below lists every verdict.")
                .table("errata", "", List.of("claim", "statement as printed", "verdict per loss", "corrected statement (verified)", "reports"), errata);

        List<List<String>> detail = new ArrayList<>();
        byClaim.forEach((claim, rows) -> rows.forEach(r -> detail.add(List.of(claim.id(), r.result.loss(), r.result.reading().label(),
                "**" + r.result.verdict() + "** (" + r.result.strength().label() + ")", link(r.entry)))));
        d.section("Every verdict").table("verdicts", "", List.of("claim", "loss", "reading", "verdict (strength)", "report"), detail);

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

    private static String perLoss(List<Row> rows) {
        Map<String, List<ClaimResult>> byLoss = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.result.loss() + (r.result.reading() == Reading.AS_PRINTED ? "" : " (" + r.result.reading() + ")");
            byLoss.computeIfAbsent(key, k -> new ArrayList<>()).add(r.result);
        }
        List<String> out = new ArrayList<>();
        byLoss.forEach((loss, rs) -> {
            Verdict v = rs.stream().anyMatch(x -> x.verdict() == Verdict.FAILS) ? Verdict.FAILS
                    : rs.stream().anyMatch(x -> x.verdict() == Verdict.HOLDS) ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
            Strength s = rs.stream().filter(x -> x.verdict() == v).map(ClaimResult::strength).reduce(Strength.OBSERVED, Strength::strongest);
            long inconclusive = rs.stream().filter(x -> x.verdict() == Verdict.INCONCLUSIVE).count();
            out.add(("-".equals(loss) ? "" : loss + ": ") + "**" + v + "** (" + s.label() + ")"
                    + (v != Verdict.INCONCLUSIVE && inconclusive > 0 ? ", " + inconclusive + " inconclusive" : ""));
        });
        return String.join("; ", out);
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
