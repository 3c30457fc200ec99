package lae.report;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimResult;

/**
 * The JSON beside every markdown report (schema "lae-report/1", documented in README.md):
 * <pre>
 * { "schema": "lae-report/1", "name": ..., "kind": "check"|"proof"|"train"|"explore"|"census",
 *   "command": the command that reproduces it, "seed": ..., "config": {...},
 *   "timings_seconds": {phase: seconds}, "results": [ {claim, loss, verdict, cases_checked,
 *   cases_failed, worst_residual, counterexample, corrected, evidence} ] }
 * </pre>
 */
/** @deprecated the hand-built JSON of the verbs not yet moved to {@link ReportDocument}; removed once they are. */
@Deprecated
public final class ReportJson {
    public static final String SCHEMA = Provenance.SCHEMA;
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = MAPPER.createObjectNode();

    public ReportJson(String name, String kind, String command, long seed) {
        root.put("schema", SCHEMA);
        root.put("name", name);
        root.put("kind", kind);
        root.put("command", command);
        root.put("seed", seed);
        Provenance p = Provenance.current();
        ObjectNode prov = root.putObject("provenance");
        prov.put("generator", p.generator());
        prov.put("commit", p.commit());
        prov.put("date", p.date());
        root.putObject("config");
        root.putObject("timings_seconds");
        root.putArray("results");
    }

    /** The free-form configuration object (sizes, lambdas, data origin, ...). */
    public ObjectNode config() {
        return (ObjectNode) root.get("config");
    }

    public ReportJson timing(String phase, double seconds) {
        ((ObjectNode) root.get("timings_seconds")).put(phase, Math.round(seconds * 1000) / 1000.0);
        return this;
    }

    public ReportJson results(List<ClaimResult> results) {
        ArrayNode arr = (ArrayNode) root.get("results");
        for (ClaimResult r : results) {
            arr.add(toNode(r));
        }
        return this;
    }

    public ObjectNode root() {
        return root;
    }

    public static ObjectNode toNode(ClaimResult r) {
        return JsonRenderer.result(r);
    }

    public Map<String, Object> asMap() {
        return MAPPER.convertValue(root, LinkedHashMap.class);
    }

    public void write(Path target) {
        try {
            AtomicFiles.writeString(target, MAPPER.writeValueAsString(root) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
