package lae.algebra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hipparchus.fraction.BigFraction;

import com.fasterxml.jackson.databind.JsonNode;

import lae.config.TomlReader;
import lae.config.TomlTable;
import lae.core.InputException;

/**
 * A claim file read for the exact-algebra verb: the fields of the toolkit's claim files that the algebra needs,
 * read EXACTLY. Numbers are read as the decimal they spell (0.1 is 1/10, never the nearest double), strings as exact
 * expressions ({@link ExactExpression}: "1/3", "(21 - i)/5"). Anything without an exact rational value is refused with
 * an {@link InputException} naming the file and the field, before any work.
 *
 * <pre>
 *   name = "NAME"                  # the report's name (default: the file name)
 *   description = "..."
 *   [data]
 *   m = 3                          # X is m x n
 *   n = 4
 *   singular_values = [3, 2, 1]    # min(m, n) exact numbers, or an exact expression in i (and m, n), e.g. "(4 - i)/2"
 *   seed = 42                      # accepted and unused: the algebra works in the principal basis, where U does not enter
 *   [model]
 *   k = 2                          # 1 &lt;= k &lt;= m
 *   lambda = 3                     # or lambdas = [2, 5]; exact
 *   losses = ["L", "L_pi", "L_sigma", "L_synthetic(1/200)", "L_nonuniform(1, 2)", "L_tied"]
 *   [algebra]                      # optional
 *   strategy = "auto"              # auto | complex | real-slice
 *   timeout_seconds = 120          # per Singular run
 * </pre>
 * The tables {@code [search]} and {@code [claims]} of the numeric checks are accepted and ignored (the engine decides
 * which claims its computation answers). A CSV data file ({@code data.csv}) is refused: its spectrum is not exact.
 *
 * <p>Why not the numeric checks' {@code ClaimFile} (package check): it reads numbers as doubles, refuses the synthetic loss and m = 1, and
 * requires a {@code [claims]} table of the numeric checks; the format here is the same, read exactly.
 */
public final class AlgebraClaimFile {
    /** Largest number of parameters (2km) accepted: beyond it a Groebner basis is out of reach (see docs/algebra.md). */
    public static final int MAX_PARAMETERS = 48;

    private static final Set<String> TOP = Set.of("name", "description", "data", "model", "algebra", "search", "claims");
    private static final Set<String> DATA = Set.of("m", "n", "singular_values", "seed", "csv");
    private static final Set<String> MODEL = Set.of("k", "lambda", "lambdas", "losses", "w_sigma");
    private static final Set<String> ALGEBRA = Set.of("strategy", "timeout_seconds");

    public final Path path;
    public final String name;
    public final String description;
    public final ExactData data;
    public final Model model;
    private final AlgebraEngine.Options options;

    /**
     * The file's [model] table, read exactly.
     *
     * @param k       the latent dimension
     * @param lambdas the regularization weights, exact
     * @param losses  the loss names as written
     */
    public record Model(int k, List<BigFraction> lambdas, List<String> losses) {
    }

    private AlgebraClaimFile(Path path, JsonNode tree) {
        this.path = path;
        String file = path.toString();
        TomlTable root = TomlTable.root(file, tree, TOP);
        String stem = path.getFileName().toString().replaceAll("\\.[^.]*$", "");
        this.name = root.text("name", stem);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw InputException.field(file, "name", "'" + name + "'", "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        this.description = root.text("description", "");
        TomlTable d = root.table("data", DATA);
        if (d.has("csv")) {
            throw InputException.field(file, "data.csv", d.get("csv"), "none for ./lae algebra: it needs exact data (m, n and exact singular_values); a CSV's spectrum is not exact");
        }
        int m = d.exactInteger("m", 1, 64);
        int n = d.exactInteger("n", 1, 1_000_000);
        this.data = new ExactData(m, n, singularValues(file, d.get("singular_values"), m, n), source(d.get("singular_values")));
        TomlTable modelTable = root.table("model", MODEL);
        if (modelTable.has("w_sigma")) {
            throw InputException.field(file, "model.w_sigma", modelTable.get("w_sigma"), "none for ./lae algebra: name the weight in the loss, e.g. losses = [\"L_synthetic(1/200)\"]");
        }
        int k = modelTable.exactInteger("k", 1, m);
        if (2 * k * m > MAX_PARAMETERS) {
            throw InputException.field(file, "model.k", k, "2 k m <= " + MAX_PARAMETERS + " parameters (here 2 k m = " + (2 * k * m)
                    + "): beyond that the Groebner bases are out of reach (docs/algebra.md, the frontier)");
        }
        this.model = new Model(k, lambdas(file, modelTable), losses(file, modelTable, k));
        TomlTable alg = root.optionalTable("algebra", ALGEBRA);
        AlgebraEngine.Strategy st = AlgebraEngine.Strategy.AUTO;
        Duration to = AlgebraEngine.Options.defaults().timeout();
        if (alg != null) {
            if (alg.has("strategy")) {
                try {
                    st = AlgebraEngine.Strategy.parse(alg.get("strategy").asText());
                } catch (IllegalArgumentException e) {
                    throw InputException.field(file, "algebra.strategy", alg.get("strategy"), "\"auto\", \"complex\" or \"real-slice\"");
                }
            }
            if (alg.has("timeout_seconds")) {
                to = Duration.ofSeconds(alg.exactInteger("timeout_seconds", 1, 86_400));
            }
        }
        this.options = new AlgebraEngine.Options(st, to, AlgebraEngine.Options.defaults().threads());
        for (String l : model.losses()) {
            for (BigFraction lambda : model.lambdas()) {
                LossMember lm = member(l, lambda);
                if (st == AlgebraEngine.Strategy.REAL_SLICE && !lm.balancedAtCriticalPoints()) {
                    throw InputException.field(file, "algebra.strategy", "\"real-slice\"", "\"auto\" or \"complex\" with loss " + lm
                            + ": the real slice needs one sum weight lambda_sigma > 0 (L_sigma, L_synthetic(w) with w > 0)");
                }
                if (lm.kind() == LossMember.Kind.L_SIGMA && lambda.signum() == 0) {
                    throw InputException.field(file, lambdaField(modelTable), 0, "lambda > 0 with loss L_sigma (the Transpose Theorem needs lambda > 0; at lambda = 0 test loss \"L\")");
                }
            }
        }
    }

    /** Reads and validates a claim file. */
    public static AlgebraClaimFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InputException(path + ": claim file not found (expected a TOML file, e.g. checks/algebra/m3-k1.toml)");
        }
        return new AlgebraClaimFile(path, TomlReader.readExact(path));
    }

    /** The loss member named {@code loss} at {@code lambda} with this file's k. */
    public LossMember member(String loss, BigFraction lambda) {
        return LossMember.parse(loss, lambda, model.k());
    }

    /** The engine's options for this file. */
    public AlgebraEngine.Options options() {
        return options;
    }

    private static List<BigFraction> singularValues(String file, JsonNode sv, int m, int n) {
        String field = "data.singular_values";
        if (sv == null) {
            throw new InputException(file + ": missing field '" + field + "' (allowed: a list of min(m, n) exact numbers, or an exact expression in i)");
        }
        int r = Math.min(m, n);
        List<BigFraction> s = new ArrayList<>();
        if (sv.isArray()) {
            if (sv.size() != r) {
                throw InputException.field(file, field, "a list of " + sv.size(), "a list of min(m, n) = " + r + " exact numbers");
            }
            for (int i = 0; i < r; i++) {
                s.add(exact(file, field + "[" + (i + 1) + "]", sv.get(i), Map.of()));
            }
        } else if (sv.isTextual()) {
            for (int i = 1; i <= r; i++) {
                s.add(exact(file, field, sv, Map.of("i", new BigFraction(i), "m", new BigFraction(m), "n", new BigFraction(n))));
            }
        } else {
            throw InputException.field(file, field, sv, "a list of exact numbers or an exact expression string in i, e.g. \"(4 - i)/2\"");
        }
        for (int i = 0; i < r; i++) {
            if (s.get(i).signum() <= 0) {
                throw InputException.field(file, field + "[" + (i + 1) + "]", LossMember.format(s.get(i)), "a positive number (Theorem 3.1 assumes s_1 > ... > s_m > 0)");
            }
            if (i > 0 && s.get(i).compareTo(s.get(i - 1)) >= 0) {
                throw InputException.field(file, field, source(sv), "strictly decreasing values (s_" + i + " = " + LossMember.format(s.get(i - 1)) + ", s_" + (i + 1)
                        + " = " + LossMember.format(s.get(i)) + "), distinct as Theorem 3.1 assumes");
            }
        }
        return s;
    }

    private static BigFraction exact(String file, String field, JsonNode v, Map<String, BigFraction> vars) {
        if (v.isNumber()) {
            return ExactExpression.of(v.decimalValue());
        }
        if (v.isTextual()) {
            try {
                return ExactExpression.evaluate(v.asText(), vars);
            } catch (IllegalArgumentException e) {
                String at = vars.containsKey("i") ? " at i = " + LossMember.format(vars.get("i")) : "";
                throw InputException.field(file, field, "'" + v.asText() + "'", "an exact rational expression (numbers, " + (vars.isEmpty() ? "" : "i, m, n, ")
                        + "+ - * / ^ with integer powers)" + at + ": " + e.getMessage());
            }
        }
        throw InputException.field(file, field, v, "an exact number or an exact expression string");
    }

    private static String source(JsonNode sv) {
        return sv == null ? "" : sv.isTextual() ? sv.asText() : sv.toString();
    }

    private static String lambdaField(TomlTable model) {
        return model.has("lambdas") ? "model.lambdas" : "model.lambda";
    }

    private static List<BigFraction> lambdas(String file, TomlTable model) {
        if (model.has("lambda") && model.has("lambdas")) {
            throw new InputException(file + ": give either 'model.lambda' or 'model.lambdas', not both");
        }
        String field = lambdaField(model);
        JsonNode l = model.get(model.has("lambdas") ? "lambdas" : "lambda");
        if (l == null) {
            throw new InputException(file + ": missing field 'model.lambda' (allowed: an exact number >= 0, or 'model.lambdas' = a list of them)");
        }
        List<BigFraction> out = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (l.isArray()) {
            l.forEach(items::add);
            if (items.isEmpty()) {
                throw InputException.field(file, field, "[]", "a non-empty list of exact numbers >= 0");
            }
        } else {
            items.add(l);
        }
        for (JsonNode x : items) {
            BigFraction v = exact(file, field, x, Map.of());
            if (v.signum() < 0) {
                throw InputException.field(file, field, LossMember.format(v), "an exact number >= 0");
            }
            out.add(v);
        }
        return out;
    }

    private static List<String> losses(String file, TomlTable model, int k) {
        JsonNode l = model.get("losses");
        if (l == null || !l.isArray() || l.size() == 0) {
            throw InputException.field(file, "model.losses", l, "a non-empty list of " + LossMember.ALLOWED);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : l) {
            try {
                out.add(LossMember.parse(x.asText(), BigFraction.ONE, k).name());
            } catch (IllegalArgumentException e) {
                throw InputException.field(file, "model.losses", x, LossMember.ALLOWED + " (" + e.getMessage() + ")");
            }
        }
        return out;
    }
}
