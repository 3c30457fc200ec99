package lae.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import lae.config.TomlReader;
import lae.core.InputException;
import lae.data.ImageDatasets;
import lae.model.DataMatrix;
import lae.landscape.NonUniformTableOne;
import lae.landscape.TiedTableOne;
import lae.model.NeighbourKind;
import lae.model.NeighbourLoss;

/**
 * A claim file of a neighbouring paper ({@code checks/bao2020/}, {@code checks/kunin2019/}), read for
 * {@code ./lae neighbours}; its folder ({@code bao2020} or {@code kunin2019}) names the paper whose claims the report
 * answers. The format of the toolkit's claim files, with the neighbours' losses (so that {@code ./lae algebra} reads the
 * same file at small sizes; its optional {@code [algebra]} table is accepted and ignored here):
 * <pre>
 *   name = "NAME"
 *   description = "..."
 *   [data]
 *   m = 20
 *   n = 30
 *   singular_values = [4.0, 3.8, ...] # min(m, n) numbers, decreasing; the census works in the principal basis
 *   # or, instead of m, n, singular_values: dataset = "fashion-mnist" (the centred test set's spectrum)
 *   [model]
 *   k = 8
 *   lambda = 1                        # the weights of L_nonuniform are l_j lambda; L_tied weighs ||W||^2 by 2 lambda
 *   losses = ["L_nonuniform(1/2, 3/2, ...)", "L_tied"]
 *   [search]                          # optional
 *   random_starts = 40                # Newton from random starts (L_nonuniform)
 *   dense_sample = 12                 # predicted points whose dense Hessian is compared with the blocks
 *   sampled_matchings = 300           # beyond the exhaustive limit: random matchings (L_tied: index sets) checked by blocks
 *   descent_runs = 10                 # full-batch gradient descent from small random starts (BAO-1, training reading)
 *   seed = 7
 * </pre>
 * Bad input is refused with an {@link InputException} naming the file and the field (exit 2).
 */
public final class NeighbourClaimFile {
    private static final Set<String> TOP = Set.of("name", "description", "data", "model", "search", "algebra");
    private static final Set<String> DATA = Set.of("m", "n", "singular_values", "seed", "dataset");
    private static final Set<String> MODEL = Set.of("k", "lambda", "losses");
    private static final Set<String> SEARCH = Set.of("random_starts", "dense_sample", "sampled_matchings", "descent_runs", "seed");

    public final Path path;
    public final String name;
    public final String description;
    public final String paper;
    public final int m;
    public final int n;
    /** s_1 &gt;= s_2 &gt;= ... (min(m, n) values). */
    public final double[] singularValues;
    /** Where the singular values come from (the list, or the dataset). */
    public final String source;
    public final int k;
    public final double lambda;
    public final List<NeighbourLoss> losses;
    public final int randomStarts;
    public final int denseSample;
    public final int sampledMatchings;
    /** Full-batch gradient-descent runs (BAO-1's training reading; 0: none). */
    public final int descentRuns;
    public final long seed;

    private NeighbourClaimFile(Path path, JsonNode root) {
        this.path = path;
        String file = path.toString();
        only(file, "", root, TOP);
        this.name = root.has("name") ? root.get("name").asText() : path.getFileName().toString().replaceAll("\\.[^.]*$", "");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw InputException.field(file, "name", "'" + name + "'", "1 to 100 letters, digits, '.', '_' or '-'");
        }
        this.description = root.path("description").asText("");
        Path folder = path.toAbsolutePath().normalize().getParent();
        this.paper = folder == null ? "" : folder.getFileName().toString();
        if (!paper.equals("bao2020") && !paper.equals("kunin2019")) {
            throw new InputException(file + ": a neighbours claim file lives in checks/bao2020/ or checks/kunin2019/ (its folder names the paper)");
        }
        JsonNode d = table(file, root, "data", DATA);
        if (d.has("dataset")) {
            if (!d.get("dataset").asText().equals("fashion-mnist") || d.has("m") || d.has("n") || d.has("singular_values")) {
                throw InputException.field(file, "data.dataset", d.get("dataset"), "\"fashion-mnist\" (the test set, centred; "
                        + "without m, n, singular_values)");
            }
            DataMatrix x = FashionCensus.load(ImageDatasets.FASHION_MNIST_DIR);
            this.m = x.m();
            this.n = x.n();
            this.singularValues = numericalRank(x);
            this.source = "Fashion-MNIST test set (" + x.origin() + "), centred";
        } else {
            this.m = integer(file, d, "data.m", 1, 4096);
            this.n = integer(file, d, "data.n", 1, 10_000_000);
            this.singularValues = listed(file, d.get("singular_values"), Math.min(m, n));
            this.source = java.util.Arrays.toString(singularValues);
        }
        JsonNode model = table(file, root, "model", MODEL);
        this.k = integer(file, model, "model.k", 1, m);
        JsonNode l = model.get("lambda");
        if (l == null || !l.isNumber() || !(l.asDouble() > 0) || Double.isInfinite(l.asDouble())) {
            throw InputException.field(file, "model.lambda", l, "a positive number");
        }
        this.lambda = l.asDouble();
        JsonNode ls = model.get("losses");
        if (ls == null || !ls.isArray() || ls.isEmpty()) {
            throw InputException.field(file, "model.losses", ls, "a non-empty list of \"L_nonuniform(l1, ..., lk)\" and \"L_tied\"");
        }
        List<NeighbourLoss> parsed = new ArrayList<>();
        for (JsonNode x : ls) {
            try {
                parsed.add(NeighbourLoss.parse(x.asText(), lambda, k));
            } catch (IllegalArgumentException e) {
                throw InputException.field(file, "model.losses", x, "\"L_nonuniform(l1, ..., lk)\" with k = " + k
                        + " exact non-negative rationals, or \"L_tied\" (" + e.getMessage() + ")");
            }
        }
        this.losses = List.copyOf(parsed);
        for (NeighbourLoss loss : losses) {
            try {
                if (loss.kind() == NeighbourKind.L_TIED) {
                    TiedTableOne.of(covarianceDiagonal(), lambda, k);
                } else {
                    NonUniformTableOne.of(covarianceDiagonal(), loss.weightArray());
                }
            } catch (IllegalArgumentException e) {
                throw InputException.field(file, "model.losses", loss.name(), "a loss in the classification's generic case ("
                        + e.getMessage() + ")");
            }
        }
        JsonNode s = root.has("search") ? table(file, root, "search", SEARCH) : null;
        this.randomStarts = s == null || !s.has("random_starts") ? 40 : integer(file, s, "search.random_starts", 0, 100_000);
        this.denseSample = s == null || !s.has("dense_sample") ? 12 : integer(file, s, "search.dense_sample", 0, 10_000);
        this.sampledMatchings = s == null || !s.has("sampled_matchings") ? 300 : integer(file, s, "search.sampled_matchings", 0, 1_000_000);
        this.descentRuns = s == null || !s.has("descent_runs") ? 0 : integer(file, s, "search.descent_runs", 0, 1000);
        this.seed = s == null || !s.has("seed") ? 7 : s.get("seed").asLong();
    }

    private static double[] listed(String file, JsonNode sv, int r) {
        if (sv == null || !sv.isArray() || sv.size() != r) {
            throw InputException.field(file, "data.singular_values", sv, "a list of min(m, n) = " + r + " numbers");
        }
        double[] s = new double[sv.size()];
        for (int i = 0; i < sv.size(); i++) {
            s[i] = sv.get(i).asDouble(Double.NaN);
            if (!sv.get(i).isNumber() || !(s[i] >= 0) || (i > 0 && s[i] > s[i - 1])) {
                throw InputException.field(file, "data.singular_values", sv, "non-negative numbers in decreasing order");
            }
        }
        return s;
    }

    /** The singular values, those at or below max(m, n) eps s_1 (rounding noise of a zero) set to 0, as FashionCensus does. */
    private static double[] numericalRank(DataMatrix x) {
        double[] s = x.singularValues();
        double cut = Math.max(x.m(), x.n()) * Math.ulp(1.0) * s[0];
        for (int i = 0; i < s.length; i++) {
            s[i] = s[i] <= cut ? 0 : s[i];
        }
        return s;
    }

    /** Reads and validates the claim file at {@code path}. */
    public static NeighbourClaimFile load(Path path) {
        JsonNode root = TomlReader.read(path);
        return new NeighbourClaimFile(path, root);
    }

    /** sigma_i = s_i^2, padded with zeros to m entries (the principal basis's covariance diagonal). */
    public double[] covarianceDiagonal() {
        double[] c = new double[m];
        for (int i = 0; i < singularValues.length; i++) {
            c[i] = singularValues[i] * singularValues[i];
        }
        return c;
    }

    /** "m = 20, n = 30, k = 8, s = (...)": the configuration as scopes print it. */
    public String scope() {
        return name + ": m = " + m + ", n = " + n + ", k = " + k;
    }

    private static JsonNode table(String file, JsonNode root, String name, Set<String> allowed) {
        JsonNode t = root.get(name);
        if (t == null || !t.isObject()) {
            throw new InputException(file + ": missing table '[" + name + "]'");
        }
        only(file, name + ".", t, allowed);
        return t;
    }

    private static void only(String file, String prefix, JsonNode t, Set<String> allowed) {
        for (Iterator<String> it = t.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new InputException(file + ": unknown field '" + prefix + f + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static int integer(String file, JsonNode t, String field, int min, int max) {
        JsonNode v = t.get(field.substring(field.indexOf('.') + 1));
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw InputException.field(file, field, v, "an integer in [" + min + ", " + max + "]");
        }
        return v.asInt();
    }
}
