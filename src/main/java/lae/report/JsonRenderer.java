package lae.report;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Premise;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * The one JSON layout of every report (schema {@value Provenance#SCHEMA}, documented in README.md):
 * the whole document (every section, table and paragraph; figures by file name), so that the
 * markdown is a function of the JSON. Reads a document's verdicts back for the index.
 *
 * <p>The <em>content id</em> is a hash of the JSON without its volatile parts (timings, commit and
 * date): two runs that computed the same thing have the same id, and the markdown's footer repeats
 * it, so a markdown / JSON pair that does not belong together is detected.
 */
public final class JsonRenderer {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private JsonRenderer() {
    }

    /**
     * A record's components as a map in their order, each named in snake_case (wSigma -&gt; w_sigma; {@code @JsonProperty}
     * on a component names an exception), values as they are (a nested record is made a row of its own first): one object
     * of a report's data, or a configuration value, which the markdown prints in this order.
     */
    public static Map<String, Object> fields(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Method accessor = c.getAccessor();
            JsonProperty named = accessor.getAnnotation(JsonProperty.class);
            try {
                accessor.setAccessible(true);
                out.put(named != null ? named.value() : SNAKE_CASE.translate(c.getName()), accessor.invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record component " + c + " unreadable", e);
            }
        }
        return out;
    }

    /**
     * The fields of records as one JSON object of a report's data, in alphabetical order as the data's maps are written
     * (nulls written; a null part adds no field: an optional group of fields).
     */
    public static ObjectNode row(Record... parts) {
        TreeMap<String, Object> all = new TreeMap<>();
        for (Record r : parts) {
            if (r != null) {
                all.putAll(fields(r));
            }
        }
        return MAPPER.valueToTree(all);
    }

    /** The JSON tree of a document, without content id. */
    public static ObjectNode tree(ReportDocument d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Provenance.SCHEMA);
        root.put("name", d.name());
        root.put("kind", d.kind());
        root.put("title", d.title());
        root.put("command", d.command());
        ObjectNode seeds = root.putObject("seeds");
        d.seeds().forEach(seeds::put);
        ObjectNode prov = root.putObject("provenance");
        prov.put("generator", d.provenance().generator());
        prov.put("commit", d.provenance().commit());
        prov.put("date", d.provenance().date());
        root.set("config", MAPPER.valueToTree(d.config()));
        ArrayNode results = root.putArray("results");
        d.results().forEach(r -> results.add(result(r)));
        if (!d.introduction().isEmpty()) {
            root.put("introduction", d.introduction());
        }
        ArrayNode sections = root.putArray("sections");
        for (ReportDocument.Section s : d.sections()) {
            ObjectNode so = sections.addObject();
            so.put("heading", s.heading());
            ArrayNode blocks = so.putArray("blocks");
            for (ReportDocument.Block b : s.blocks()) {
                ObjectNode bo = blocks.addObject();
                if (b instanceof ReportDocument.Paragraph p) {
                    bo.put("paragraph", p.text());
                } else if (b instanceof ReportDocument.Bullets l) {
                    bo.set("bullets", MAPPER.valueToTree(l.items()));
                } else if (b instanceof ReportDocument.Table t) {
                    ObjectNode to = bo.putObject("table");
                    if (t.key() != null) {
                        to.put("key", t.key());
                    }
                    to.put("caption", t.caption());
                    to.set("header", MAPPER.valueToTree(t.header()));
                    to.set("rows", MAPPER.valueToTree(t.rows()));
                } else if (b instanceof ReportDocument.Figure f) {
                    ObjectNode fo = bo.putObject("figure");
                    fo.put("file", f.file());
                    fo.put("caption", f.caption());
                }
            }
        }
        if (!d.data().isEmpty()) {
            root.set("data", MAPPER.valueToTree(d.data()));
        }
        ObjectNode timings = root.putObject("timings_seconds");
        d.timings().forEach((k, v) -> timings.put(k, Math.round(v * 1000) / 1000.0));
        return root;
    }

    /** The JSON object of one verdict row. */
    public static ObjectNode result(ClaimResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("claim", r.claim().id());
        o.put("loss", r.loss());
        o.put("reading", r.reading().label());
        o.put("verdict", r.verdict().name());
        o.put("strength", r.strength().label());
        o.put("scope", r.scope());
        o.put("cases_checked", r.casesChecked());
        o.put("cases_failed", r.casesFailed());
        if (Double.isFinite(r.worstResidual())) {
            o.put("worst_residual", r.worstResidual());
        } else {
            o.putNull("worst_residual");
        }
        o.put("counterexample", r.counterexample());
        o.put("corrected", r.corrected());
        o.put("evidence", r.evidence());
        if (r.derived()) {
            ArrayNode ps = o.putArray("premises");
            for (Premise p : r.premises()) {
                ObjectNode q = ps.addObject();
                q.put("claim", p.claim().id());
                q.put("loss", p.loss());
                q.put("verdict", p.verdict().name());
                q.put("strength", p.strength().label());
                q.put("scope", p.scope());
                q.put("report", p.report());
            }
        }
        return o;
    }

    /** Reads one element of "results" back. */
    public static ClaimResult result(JsonNode o) {
        JsonNode wr = o.path("worst_residual");
        return ClaimResult.of(ClaimId.parse(o.path("claim").asText()), o.path("loss").asText("-"))
                .reading(Reading.parse(o.path("reading").asText("-")))
                .verdict(Verdict.valueOf(o.path("verdict").asText()), Strength.parse(o.path("strength").asText()))
                .scope(o.path("scope").asText(null))
                .premises(premises(o.path("premises")))
                .cases(o.path("cases_checked").asInt(), o.path("cases_failed").asInt())
                .worstResidual(wr.isNumber() ? wr.asDouble() : Double.NaN)
                .counterexample(textOrNull(o.path("counterexample")))
                .corrected(textOrNull(o.path("corrected")))
                .evidence(o.path("evidence").asText()).build();
    }

    private static java.util.List<Premise> premises(JsonNode a) {
        java.util.List<Premise> out = new java.util.ArrayList<>();
        for (JsonNode q : a) {
            out.add(new Premise(ClaimId.parse(q.path("claim").asText()), q.path("loss").asText("-"),
                    Verdict.valueOf(q.path("verdict").asText()), Strength.parse(q.path("strength").asText()),
                    q.path("scope").asText(), q.path("report").asText()));
        }
        return out;
    }

    private static String textOrNull(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    /**
     * The tree without what may change between two runs of the same computation: the timings (the
     * field timings_seconds, any other field whose name contains "seconds" or "millis", and the cells of
     * any table column whose header contains "seconds" or "per second"), the commit, the date and the
     * content id.
     */
    public static ObjectNode reproducible(JsonNode tree) {
        ObjectNode copy = tree.deepCopy();
        copy.remove("timings_seconds");
        copy.remove("content_id");
        JsonNode prov = copy.get("provenance");
        if (prov instanceof ObjectNode po) {
            po.remove("commit");
            po.remove("date");
        }
        dropTimings(copy);
        return copy;
    }

    private static boolean isTiming(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.contains("seconds") || n.contains("millis") || n.contains("per second");
    }

    private static void dropTimings(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> drop = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(f -> {
                if (isTiming(f)) {
                    drop.add(f);
                }
            });
            o.remove(drop);
            if (o.has("header") && o.has("rows") && o.get("header").isArray()) {
                JsonNode header = o.get("header");
                for (int c = 0; c < header.size(); c++) {
                    if (isTiming(header.get(c).asText())) {
                        for (JsonNode row : o.get("rows")) {
                            if (row instanceof ArrayNode r && c < r.size()) {
                                r.set(c, com.fasterxml.jackson.databind.node.TextNode.valueOf("(time)"));
                            }
                        }
                    }
                }
            }
            o.elements().forEachRemaining(JsonRenderer::dropTimings);
        } else if (node instanceof ArrayNode a) {
            a.elements().forEachRemaining(JsonRenderer::dropTimings);
        }
    }

    /** The content id: the first 16 hex digits of SHA-256 over the reproducible part of the tree. */
    public static String contentId(JsonNode tree) {
        try {
            byte[] bytes = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(reproducible(tree));
            byte[] h = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON text written to disk (with its content id). */
    public static String render(ReportDocument d) {
        ObjectNode t = tree(d);
        t.put("content_id", contentId(t));
        return toText(t);
    }

    /** The JSON text of a tree, as written to disk (pretty-printed, one trailing newline). */
    public static String toText(JsonNode t) {
        try {
            return MAPPER.writeValueAsString(t) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verdict rows of a report's JSON tree. */
    public static List<ClaimResult> results(JsonNode tree) {
        java.util.ArrayList<ClaimResult> out = new java.util.ArrayList<>();
        for (JsonNode r : tree.path("results")) {
            out.add(result(r));
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
