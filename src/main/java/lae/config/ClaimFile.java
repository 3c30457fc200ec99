package lae.config;

import lae.core.ClaimId;
import lae.core.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/**
 * A claim file (TOML) in {@code checks/}: a data configuration and the claims to test on it.
 * Every field is validated here; a problem becomes an {@link InputException} naming the file, the
 * field and the allowed range. The format is documented in README.md.
 */
public final class ClaimFile {
    /** The variables of the singular-value expression of {@code data.singular_values}. */
    public static final List<String> SPECTRUM_VARIABLES = List.of("i", "m", "n");

    public final Path path;
    public final String name;
    public final String description;
    public final DataSpec data;
    public final int k;
    public final List<Double> lambdas;
    public final double wSigma;
    public final List<LossKind> losses;
    public final int maxIndexSetSize;
    public final int randomStarts;
    public final int perturbedStarts;
    public final int denseSample;
    public final long searchSeed;
    public final Map<ClaimId, ClaimSpec> claims;

    /** Where X comes from: singular values (list or expression in i) with a seed, or a CSV file. */
    public record DataSpec(int m, int n, double[] singularValues, String singularValuesSource, long seed, Path csv) {
    }

    /**
     * A claim to test, with its formula (the printed one unless overridden) and candidate corrections.
     * {@code ownFormulas} holds the formula fields ("formula", "formula_F", ...) that the claim file set
     * itself: such a formula is the user's, not the paper's, and must not be labelled "printed".
     */
    public record ClaimSpec(ClaimId id, Map<String, SymjaFormula> formulas, Map<String, List<SymjaFormula>> candidates,
                            Set<String> ownFormulas) {
        public SymjaFormula formula(String field) {
            return formulas.get(field);
        }

        public List<SymjaFormula> candidates(String field) {
            return candidates.getOrDefault(field, List.of());
        }

        /** True if {@code field}'s formula is the paper's printed one (the claim file did not replace it). */
        public boolean isPrinted(String field) {
            return !ownFormulas.contains(field);
        }

        /** Where {@code field}'s formula comes from: {@link #PRINTED_ORIGIN} or {@link #OWN_ORIGIN}. */
        public String origin(String field) {
            return isPrinted(field) ? PRINTED_ORIGIN : OWN_ORIGIN;
        }
    }

    /** The origin of a formula that is the paper's, as printed. */
    public static final String PRINTED_ORIGIN = "printed";
    /** The origin of a formula that the claim file states in place of the printed one. */
    public static final String OWN_ORIGIN = "claim file";

    /** Report names: a letter or digit, then letters, digits, '.', '_' or '-' (a file name in the output folder). */
    static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private static final Set<String> TOP = Set.of("name", "description", "data", "model", "search", "claims");
    private static final Set<String> DATA = Set.of("m", "n", "singular_values", "seed", "csv");
    private static final Set<String> MODEL = Set.of("k", "lambda", "lambdas", "losses", "w_sigma");
    private static final Set<String> SEARCH = Set.of("max_index_set_size", "random_starts", "perturbed_starts", "dense_sample", "seed");

    private ClaimFile(Path path, JsonNode root) {
        this.path = path;
        String file = path.toString();
        unknown(file, "", root, TOP);
        this.name = text(file, root, "name", stem(path));
        if (!NAME.matcher(name).matches()) {
            throw InputException.field(file, root.has("name") ? "name" : "name (from the file name)", "'" + name + "'",
                    "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit: it names the report files");
        }
        this.description = text(file, root, "description", "");
        JsonNode d = required(file, root, "data");
        unknown(file, "data.", d, DATA);
        JsonNode model = required(file, root, "model");
        unknown(file, "model.", model, MODEL);
        JsonNode search = root.has("search") ? root.get("search") : null;
        if (search != null) {
            unknown(file, "search.", search, SEARCH);
        }
        this.data = parseData(file, d);
        int minMn = Math.min(data.m, data.n);
        this.k = intField(file, model, "model.k", "k", 1, Integer.MAX_VALUE, null);
        if (data.csv == null && k >= minMn) {
            throw InputException.field(file, "model.k", k, "1 <= k < min(m, n) = " + minMn + ", the undercomplete case of the paper");
        }
        this.lambdas = parseLambdas(file, model);
        this.wSigma = doubleField(file, model, "model.w_sigma", "w_sigma", 0, 1, 0.5);
        this.losses = parseLosses(file, model);
        if (losses.contains(LossKind.L_SIGMA)) {
            for (double l : lambdas) {
                if (l == 0) {
                    throw InputException.field(file, model.has("lambdas") ? "model.lambdas" : "model.lambda", 0,
                            "lambda > 0 with loss L_sigma: the Transpose Theorem and Table 1's V_I need lambda > 0 (Section 3.1, claim C23: "
                                    + "without regularisation orthogonality is lost); at lambda = 0, L_sigma is L, so test loss \"L\"");
                }
            }
        }
        this.maxIndexSetSize = search == null ? k : intField(file, search, "search.max_index_set_size", "max_index_set_size", 0, k, k);
        this.randomStarts = search == null ? 0 : intField(file, search, "search.random_starts", "random_starts", 0, 100000, 0);
        this.perturbedStarts = search == null ? 0 : intField(file, search, "search.perturbed_starts", "perturbed_starts", 0, 100000, 0);
        this.denseSample = search == null ? 3 : intField(file, search, "search.dense_sample", "dense_sample", 0, 100000, 3);
        this.searchSeed = search == null ? 1 : (long) intField(file, search, "search.seed", "seed", 0, Integer.MAX_VALUE, 1);
        this.claims = parseClaims(file, root.get("claims"));
    }

    public static ClaimFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputException(path + ": claim file not found (expected a TOML file, e.g. checks/section-4.2.toml)");
        }
        JsonNode root;
        try {
            root = new TomlMapper().readTree(Files.readString(path));
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
            throw new InputException(path + ": not valid TOML: " + msg);
        }
        return new ClaimFile(path, root);
    }

    private static DataSpec parseData(String file, JsonNode d) {
        if (d.has("csv")) {
            for (String f : List.of("m", "n", "singular_values")) {
                if (d.has(f)) {
                    throw new InputException(file + ": field 'data." + f + "' cannot be combined with 'data.csv' (the CSV fixes m, n and the spectrum)");
                }
            }
            Path csv = Path.of(d.get("csv").asText());
            if (!csv.isAbsolute()) {
                Path base = Path.of(file).toAbsolutePath().getParent();
                csv = base.resolve(csv).normalize();
            }
            long seed = d.has("seed") ? d.get("seed").asLong() : 0;
            return new DataSpec(-1, -1, null, "csv", seed, csv);
        }
        int m = intField(file, d, "data.m", "m", 2, 2000, null);
        int n = intField(file, d, "data.n", "n", 2, 1_000_000, null);
        long seed = intField(file, d, "data.seed", "seed", 0, Integer.MAX_VALUE, null);
        JsonNode sv = required(file, d, "singular_values");
        int r = Math.min(m, n);
        double[] s = new double[r];
        String source;
        if (sv.isArray()) {
            if (sv.size() != r) {
                throw InputException.field(file, "data.singular_values", "a list of " + sv.size(), "a list of min(m, n) = " + r + " numbers");
            }
            for (int i = 0; i < r; i++) {
                if (!sv.get(i).isNumber()) {
                    throw InputException.field(file, "data.singular_values[" + (i + 1) + "]", sv.get(i), "a number");
                }
                s[i] = sv.get(i).asDouble();
            }
            source = sv.toString();
        } else if (sv.isTextual()) {
            source = sv.asText();
            SymjaFormula f;
            try {
                f = SymjaFormula.parse(source).requireVariables(SPECTRUM_VARIABLES);
            } catch (IllegalArgumentException e) {
                throw InputException.field(file, "data.singular_values", "'" + source + "'", "a list of numbers or a Symja expression in i (and m, n), e.g. \"(21-i)/5\"; "
                        + e.getMessage());
            }
            for (int i = 0; i < r; i++) {
                try {
                    s[i] = f.evaluate(Map.of("i", (double) (i + 1), "m", (double) m, "n", (double) n));
                } catch (IllegalArgumentException e) {
                    throw InputException.field(file, "data.singular_values", "'" + source + "'", "an expression in i (and m, n) that is a real number for i = 1.." + r
                            + "; at i = " + (i + 1) + ": " + (e instanceof SymjaFormula.Undefined u ? u.reason() : e.getMessage()));
                }
            }
        } else {
            throw InputException.field(file, "data.singular_values", sv, "a list of numbers or a Symja expression string in i");
        }
        for (int i = 0; i < r; i++) {
            if (!Double.isFinite(s[i]) || s[i] < 0) {
                throw InputException.field(file, "data.singular_values[" + (i + 1) + "]", s[i], "a finite number >= 0");
            }
        }
        for (int i = 0; i < r; i++) {
            if (!(s[i] > 0)) {
                throw InputException.field(file, "data.singular_values[" + (i + 1) + "]", s[i], "a positive number (Theorem 3.1 assumes s_1 > ... > s_m > 0)");
            }
        }
        for (int i = 1; i < r; i++) {
            if (!(s[i] < s[i - 1])) {
                throw InputException.field(file, "data.singular_values", source, "strictly decreasing values, distinct as Theorem 3.1 assumes (s_" + i + " = " + s[i - 1]
                        + ", s_" + (i + 1) + " = " + s[i] + "); repeated singular values belong in a CSV data file, where they are reported as a violated assumption");
            }
        }
        return new DataSpec(m, n, s, source, seed, null);
    }

    private static List<Double> parseLambdas(String file, JsonNode model) {
        List<Double> out = new ArrayList<>();
        if (model.has("lambda") && model.has("lambdas")) {
            throw new InputException(file + ": give either 'model.lambda' or 'model.lambdas', not both");
        }
        JsonNode l = model.has("lambdas") ? model.get("lambdas") : model.get("lambda");
        String field = model.has("lambdas") ? "model.lambdas" : "model.lambda";
        if (l == null) {
            throw new InputException(file + ": missing field 'model.lambda' (allowed: a number >= 0, or 'model.lambdas' = a list of them)");
        }
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

    private static List<LossKind> parseLosses(String file, JsonNode model) {
        List<LossKind> out = new ArrayList<>();
        JsonNode l = model.get("losses");
        if (l == null) {
            return List.of(LossKind.L, LossKind.L_PI, LossKind.L_SIGMA);
        }
        if (!l.isArray() || l.size() == 0) {
            throw InputException.field(file, "model.losses", l, "a non-empty list of \"L\", \"L_pi\", \"L_sigma\"");
        }
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

    private static Map<ClaimId, ClaimSpec> parseClaims(String file, JsonNode claims) {
        Map<ClaimId, ClaimSpec> out = new LinkedHashMap<>();
        List<String> known = ClaimId.claimFileClaims().stream().map(ClaimId::id).toList();
        if (claims == null || claims.size() == 0) {
            throw new InputException(file + ": missing table 'claims' (allowed keys: " + known + ")");
        }
        Iterator<Map.Entry<String, JsonNode>> it = claims.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            ClaimId id = ClaimId.find(e.getKey());
            if (id == null || !id.inClaimFiles()) {
                throw InputException.field(file, "claims." + e.getKey(), "(table)", "one of " + known);
            }
            JsonNode body = e.getValue();
            Map<String, SymjaFormula> formulas = new LinkedHashMap<>();
            Map<String, List<SymjaFormula>> candidates = new LinkedHashMap<>();
            Set<String> own = new java.util.LinkedHashSet<>();
            Map<String, String> fieldToFormula = new LinkedHashMap<>();
            for (ClaimId.FormulaField f : id.formulas().values()) {
                formulas.put(f.name(), SymjaFormula.parse(f.printed()));
                fieldToFormula.put(f.name(), f.name());
                fieldToFormula.put(f.candidates(), f.name());
            }
            if (body != null && body.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fit = body.fields();
                while (fit.hasNext()) {
                    Map.Entry<String, JsonNode> f = fit.next();
                    String field = "claims." + e.getKey() + "." + f.getKey();
                    String formulaName = fieldToFormula.get(f.getKey());
                    if (formulaName == null) {
                        throw InputException.field(file, field, f.getValue(), fieldToFormula.isEmpty()
                                ? "no fields (claim " + id + " takes no formula)" : "one of the fields " + new java.util.TreeSet<>(fieldToFormula.keySet()));
                    }
                    List<String> vars = id.formulas().get(formulaName).variables();
                    if (!formulaName.equals(f.getKey())) {
                        if (!f.getValue().isArray()) {
                            throw InputException.field(file, field, f.getValue(), "a list of Symja expression strings");
                        }
                        List<SymjaFormula> list = new ArrayList<>();
                        int i = 0;
                        for (JsonNode c : f.getValue()) {
                            list.add(formula(file, field + "[" + (++i) + "]", c, vars));
                        }
                        candidates.put(formulaName, list);
                    } else {
                        formulas.put(f.getKey(), formula(file, field, f.getValue(), vars));
                        own.add(f.getKey());
                    }
                }
            } else if (body != null && !body.isObject()) {
                throw InputException.field(file, "claims." + e.getKey(), body, "a table, e.g. [claims." + id + "]");
            }
            out.put(id, new ClaimSpec(id, formulas, candidates, java.util.Collections.unmodifiableSet(own)));
        }
        return out;
    }

    private static SymjaFormula formula(String file, String field, JsonNode v, List<String> variables) {
        if (!v.isTextual()) {
            throw InputException.field(file, field, v, "a Symja expression string, e.g. \"dI + (k - l)*(m - l)\"");
        }
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

    private static void unknown(String file, String prefix, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            throw InputException.field(file, prefix.isEmpty() ? "(top level)" : prefix.substring(0, prefix.length() - 1), node, "a table");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new InputException(file + ": unknown field '" + prefix + n + "' (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static JsonNode required(String file, JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw new InputException(file + ": missing field '" + name + "'");
        }
        return v;
    }

    private static String text(String file, JsonNode node, String name, String dflt) {
        JsonNode v = node.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isTextual()) {
            throw InputException.field(file, name, v, "a string");
        }
        return v.asText();
    }

    private static int intField(String file, JsonNode node, String field, String name, int min, int max, Integer dflt) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (dflt == null) {
                throw new InputException(file + ": missing field '" + field + "' (allowed: an integer in [" + min + ", " + max + "])");
            }
            return dflt;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw InputException.field(file, field, v, "an integer in [" + min + ", " + max + "]");
        }
        return v.asInt();
    }

    private static double doubleField(String file, JsonNode node, String field, String name, double min, double max, double dflt) {
        JsonNode v = node.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw InputException.field(file, field, v, "a number in [" + min + ", " + max + "]");
        }
        return v.asDouble();
    }

    private static String stem(Path p) {
        String f = p.getFileName().toString();
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }

    /**
     * The report name: the claim file's {@code name} field (the file name without extension when the field
     * is absent), so reports/NAME.md is named as the file says.
     */
    public String reportStem() {
        return name;
    }
}
