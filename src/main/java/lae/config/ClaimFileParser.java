package lae.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import lae.core.ClaimId;
import lae.core.InputException;
import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/**
 * Reads a claim file's TOML into a {@link ClaimFile}, validating every field on the way: a problem is an
 * {@link InputException} (one line) naming the file, the field and the allowed range. What can be checked
 * only against the data or the claims' ranges (sizes, formulas evaluated over the configuration) is checked
 * later, before any work, by the engine that runs the file.
 */
public final class ClaimFileParser {
    /** Report names: a letter or digit, then letters, digits, '.', '_' or '-' (a file name in the output folder). */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private static final Set<String> TOP = Set.of("name", "description", "data", "model", "search", "claims");
    private static final Set<String> DATA = Set.of("m", "n", "singular_values", "seed", "csv");
    private static final Set<String> MODEL = Set.of("k", "lambda", "lambdas", "losses", "w_sigma");
    private static final Set<String> SEARCH = Set.of("max_index_set_size", "random_starts", "perturbed_starts", "dense_sample", "seed");
    private static final List<LossKind> TABLE_ONE_LOSSES = List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA);

    private ClaimFileParser() {
    }

    /** Reads and validates the claim file at {@code path}. */
    public static ClaimFile parse(Path path) {
        JsonNode root = TomlReader.read(path);
        return parse(path, root);
    }

    private static ClaimFile parse(Path path, JsonNode tree) {
        String file = path.toString();
        TomlTable root = TomlTable.root(file, tree, TOP);
        String name = root.text("name", stem(path));
        if (!NAME.matcher(name).matches()) {
            throw InputException.field(file, root.has("name") ? "name" : "name (from the file name)", "'" + name + "'",
                    "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit: it names the report files");
        }
        String description = root.text("description", "");
        InputLimits.requireDescription(file, description);
        TomlTable d = root.table("data", DATA);
        TomlTable model = root.table("model", MODEL);
        TomlTable search = root.optionalTable("search", SEARCH);
        ClaimFile.DataSpec data = data(d);
        ClaimFile.Model m = model(model, data);
        int k = m.k();
        ClaimFile.Search s = search == null ? new ClaimFile.Search(k, 0, 0, 3, 1)
                : new ClaimFile.Search(search.integer("max_index_set_size", 0, k, k), search.integer("random_starts", 0, 100000, 0),
                        search.integer("perturbed_starts", 0, 100000, 0), search.integer("dense_sample", 0, 100000, 3),
                        search.integer("seed", 0, Integer.MAX_VALUE, 1));
        return new ClaimFile(path, name, description, data, m, s, claims(file, tree.get("claims")));
    }

    // ---------------------------------------------------------------- data

    private static ClaimFile.DataSpec data(TomlTable d) {
        String file = d.file();
        if (d.has("csv")) {
            for (String f : List.of("m", "n", "singular_values")) {
                if (d.has(f)) {
                    throw new InputException(file + ": field 'data." + f + "' cannot be combined with 'data.csv' (the CSV fixes m, n and the spectrum)");
                }
            }
            Path csv = Path.of(d.get("csv").asText());
            if (!csv.isAbsolute()) {
                csv = Path.of(file).toAbsolutePath().getParent().resolve(csv).normalize();
            }
            long seed = d.has("seed") ? d.get("seed").asLong() : 0;
            return new ClaimFile.DataSpec(-1, -1, null, "csv", seed, csv);
        }
        int m = d.integer("m", 2, 2000, null);
        int n = d.integer("n", 2, 1_000_000, null);
        long seed = d.integer("seed", 0, Integer.MAX_VALUE, null);
        JsonNode sv = d.get("singular_values");
        if (sv == null) {
            throw new InputException(file + ": missing field 'singular_values'");
        }
        int r = Math.min(m, n);
        double[] s;
        String source;
        if (sv.isArray()) {
            s = listedSpectrum(file, sv, r);
            source = sv.toString();
        } else if (sv.isTextual()) {
            source = sv.asText();
            InputLimits.requireFormula(file, "data.singular_values", source);
            s = spectrumExpression(file, source, m, n);
        } else {
            throw InputException.field(file, "data.singular_values", sv, "a list of numbers or a Symja expression string in i");
        }
        requireTheoremSpectrum(file, s, source);
        return new ClaimFile.DataSpec(m, n, s, source, seed, null);
    }

    private static double[] listedSpectrum(String file, JsonNode sv, int r) {
        if (sv.size() != r) {
            throw InputException.field(file, "data.singular_values", "a list of " + sv.size(), "a list of min(m, n) = " + r + " numbers");
        }
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            if (!sv.get(i).isNumber()) {
                throw InputException.field(file, "data.singular_values[" + (i + 1) + "]", sv.get(i), "a number");
            }
            s[i] = sv.get(i).asDouble();
        }
        return s;
    }

    private static double[] spectrumExpression(String file, String source, int m, int n) {
        SymjaFormula f;
        try {
            f = SymjaFormula.parse(source).requireVariables(ClaimFile.SPECTRUM_VARIABLES);
        } catch (IllegalArgumentException e) {
            throw InputException.field(file, "data.singular_values", "'" + source + "'", "a list of numbers or a Symja expression in i (and m, n), e.g. \"(21-i)/5\"; "
                    + e.getMessage());
        }
        int r = Math.min(m, n);
        double[] s = new double[r];
        for (int i = 0; i < r; i++) {
            try {
                s[i] = f.evaluate(Map.of("i", (double) (i + 1), "m", (double) m, "n", (double) n));
            } catch (IllegalArgumentException e) {
                throw InputException.field(file, "data.singular_values", "'" + source + "'", "an expression in i (and m, n) that is a real number for i = 1.." + r
                        + "; at i = " + (i + 1) + ": " + (e instanceof SymjaFormula.Undefined u ? u.reason() : e.getMessage()));
            }
        }
        return s;
    }

    /** Finite, positive and strictly decreasing, as Theorem 3.1 assumes. */
    private static void requireTheoremSpectrum(String file, double[] s, String source) {
        for (int i = 0; i < s.length; i++) {
            if (!Double.isFinite(s[i]) || s[i] < 0) {
                throw InputException.field(file, "data.singular_values[" + (i + 1) + "]", s[i], "a finite number >= 0");
            }
        }
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] > 0)) {
                throw InputException.field(file, "data.singular_values[" + (i + 1) + "]", s[i], "a positive number (Theorem 3.1 assumes s_1 > ... > s_m > 0)");
            }
        }
        for (int i = 1; i < s.length; i++) {
            if (!(s[i] < s[i - 1])) {
                throw InputException.field(file, "data.singular_values", source, "strictly decreasing values, distinct as Theorem 3.1 assumes (s_" + i + " = " + s[i - 1]
                        + ", s_" + (i + 1) + " = " + s[i] + "); repeated singular values belong in a CSV data file, where they are reported as a violated assumption");
            }
        }
    }

    // ---------------------------------------------------------------- model

    private static ClaimFile.Model model(TomlTable model, ClaimFile.DataSpec data) {
        String file = model.file();
        int minMn = Math.min(data.m(), data.n());
        int k = model.integer("k", 1, Integer.MAX_VALUE, null);
        if (data.csv() == null && k >= minMn) {
            throw InputException.field(file, "model.k", k, "1 <= k < min(m, n) = " + minMn + ", the undercomplete case of the paper");
        }
        List<Double> lambdas = lambdas(model);
        double wSigma = model.number("w_sigma", 0, 1, 0.5);
        List<LossKind> losses = losses(model);
        if (losses.contains(LossKind.L_SIGMA) && lambdas.stream().anyMatch(l -> l == 0)) {
            throw InputException.field(file, model.has("lambdas") ? "model.lambdas" : "model.lambda", 0,
                    "lambda > 0 with loss L_sigma: the Transpose Theorem and Table 1's V_I need lambda > 0 (Section 3.1, claim " + ClaimId.C23 + ": "
                            + "without regularisation orthogonality is lost); at lambda = 0, L_sigma is L, so test loss \"L\"");
        }
        return new ClaimFile.Model(k, lambdas, wSigma, losses);
    }

    private static List<Double> lambdas(TomlTable model) {
        String file = model.file();
        if (model.has("lambda") && model.has("lambdas")) {
            throw new InputException(file + ": give either 'model.lambda' or 'model.lambdas', not both");
        }
        String field = model.has("lambdas") ? "model.lambdas" : "model.lambda";
        JsonNode l = model.has("lambdas") ? model.get("lambdas") : model.get("lambda");
        if (l == null) {
            throw new InputException(file + ": missing field 'model.lambda' (allowed: a number >= 0, or 'model.lambdas' = a list of them)");
        }
        List<Double> out = new ArrayList<>();
        if (l.isArray()) {
            if (l.size() == 0) {
                throw InputException.field(file, field, "[]", "a non-empty list of numbers >= 0");
            }
            for (JsonNode x : l) {
                out.add(lambdaValue(file, field, x));
            }
        } else {
            out.add(lambdaValue(file, field, l));
        }
        return out;
    }

    private static double lambdaValue(String file, String field, JsonNode x) {
        if (!x.isNumber()) {
            throw InputException.field(file, field, x, "a number >= 0");
        }
        double v = x.asDouble();
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw InputException.field(file, field, v, "a finite number >= 0");
        }
        return v;
    }

    private static List<LossKind> losses(TomlTable model) {
        String file = model.file();
        JsonNode l = model.get("losses");
        if (l == null) {
            return TABLE_ONE_LOSSES;
        }
        if (!l.isArray() || l.size() == 0) {
            throw InputException.field(file, "model.losses", l, "a non-empty list of \"L\", \"L_pi\", \"L_sigma\"");
        }
        List<LossKind> out = new ArrayList<>();
        for (JsonNode x : l) {
            LossKind kind;
            try {
                kind = LossKind.parse(x.asText());
            } catch (IllegalArgumentException e) {
                throw InputException.field(file, "model.losses", x, "\"L\", \"L_pi\", \"L_sigma\" (Table 1 has no row for the synthetic loss; see ./lae explore)");
            }
            if (kind == LossKind.SYNTHETIC) {
                throw InputException.field(file, "model.losses", x, "\"L\", \"L_pi\", \"L_sigma\" (Table 1 has no row for the synthetic loss)");
            }
            out.add(kind);
        }
        return out;
    }

    // ---------------------------------------------------------------- claims

    private static Map<ClaimId, ClaimFile.ClaimSpec> claims(String file, JsonNode claims) {
        List<String> known = ClaimId.claimFileClaims().stream().map(ClaimId::id).toList();
        if (claims == null || claims.size() == 0) {
            throw new InputException(file + ": missing table 'claims' (allowed keys: " + known + ")");
        }
        Map<ClaimId, ClaimFile.ClaimSpec> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = claims.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            ClaimId id = ClaimId.find(e.getKey());
            if (id == null || !id.inClaimFiles()) {
                throw InputException.field(file, "claims." + e.getKey(), "(table)", "one of " + known);
            }
            JsonNode body = e.getValue();
            if (body != null && !body.isObject()) {
                throw InputException.field(file, "claims." + e.getKey(), body, "a table, e.g. [claims." + id + "]");
            }
            out.put(id, claim(file, e.getKey(), id, body));
        }
        return out;
    }

    /** One claim's table: its formula fields (the printed ones unless set) and candidate lists. */
    private static ClaimFile.ClaimSpec claim(String file, String key, ClaimId id, JsonNode body) {
        Map<String, SymjaFormula> formulas = new LinkedHashMap<>();
        Map<String, List<SymjaFormula>> candidates = new LinkedHashMap<>();
        Set<String> own = new LinkedHashSet<>();
        Map<String, String> fieldToFormula = new LinkedHashMap<>();
        for (ClaimId.FormulaField f : id.definition().formulas().values()) {
            formulas.put(f.name(), SymjaFormula.parse(f.printed()));
            fieldToFormula.put(f.name(), f.name());
            fieldToFormula.put(f.candidates(), f.name());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body == null ? Collections.emptyIterator() : body.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String field = "claims." + key + "." + f.getKey();
            String formulaName = fieldToFormula.get(f.getKey());
            if (formulaName == null) {
                throw InputException.field(file, field, f.getValue(), fieldToFormula.isEmpty()
                        ? "no fields (claim " + id + " takes no formula)" : "one of the fields " + new TreeSet<>(fieldToFormula.keySet()));
            }
            List<String> vars = id.definition().formulas().get(formulaName).variables();
            if (formulaName.equals(f.getKey())) {
                formulas.put(f.getKey(), formula(file, field, f.getValue(), vars));
                own.add(f.getKey());
                continue;
            }
            if (!f.getValue().isArray()) {
                throw InputException.field(file, field, f.getValue(), "a list of Symja expression strings");
            }
            InputLimits.requireCandidates(file, field, f.getValue().size());
            List<SymjaFormula> list = new ArrayList<>();
            int i = 0;
            for (JsonNode c : f.getValue()) {
                list.add(formula(file, field + "[" + (++i) + "]", c, vars));
            }
            candidates.put(formulaName, list);
        }
        return new ClaimFile.ClaimSpec(id, formulas, candidates, own);
    }

    private static SymjaFormula formula(String file, String field, JsonNode v, List<String> variables) {
        if (!v.isTextual()) {
            throw InputException.field(file, field, v, "a Symja expression string, e.g. \"dI + (k - l)*(m - l)\"");
        }
        InputLimits.requireFormula(file, field, v.asText());
        SymjaFormula f;
        try {
            f = SymjaFormula.parse(v.asText());
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": field '" + field + "' = '" + v.asText() + "' is not a formula: " + e.getMessage());
        }
        try {
            return f.requireVariables(variables);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": field '" + field + "' = '" + v.asText() + "': " + e.getMessage());
        }
    }

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
