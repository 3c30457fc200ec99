package lae.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lae.core.ClaimId;
import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/**
 * A claim file (TOML) in {@code checks/}: a data configuration and the claims to test on it, as parsed and
 * validated field by field by {@link ClaimFileParser} (the format is documented in README.md). Immutable.
 */
public final class ClaimFile {
    /** The variables of the singular-value expression of {@code data.singular_values}. */
    public static final List<String> SPECTRUM_VARIABLES = List.of("i", "m", "n");
    /** The origin of a formula that is the paper's, as printed. */
    public static final String PRINTED_ORIGIN = "printed";
    /** The origin of a formula that the claim file states in place of the printed one. */
    public static final String OWN_ORIGIN = "claim file";

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

    /**
     * Where X comes from: singular values (list or expression in i) with a seed, or a CSV file (then m and n
     * are -1 and the singular values null until the data are read).
     */
    public record DataSpec(int m, int n, double[] singularValues, String singularValuesSource, long seed, Path csv) {
        /** The singular values as given (a copy), or null for a CSV file. */
        @Override
        public double[] singularValues() {
            return singularValues == null ? null : singularValues.clone();
        }
    }

    /**
     * A claim to test, with its formula (the printed one unless overridden) and candidate corrections.
     * {@code ownFormulas} holds the formula fields ("formula", "formula_F", ...) that the claim file set
     * itself: such a formula is the user's, not the paper's, and must not be labelled "printed".
     */
    public record ClaimSpec(ClaimId id, Map<String, SymjaFormula> formulas, Map<String, List<SymjaFormula>> candidates,
                            Set<String> ownFormulas) {
        /** Copies the maps, so that a parsed claim cannot change. */
        public ClaimSpec {
            formulas = Collections.unmodifiableMap(new LinkedHashMap<>(formulas));
            candidates = Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
            ownFormulas = Set.copyOf(ownFormulas);
        }

        /** The formula of {@code field} (the printed one unless the claim file replaced it), or null. */
        public SymjaFormula formula(String field) {
            return formulas.get(field);
        }

        /** The candidate corrections of {@code field}'s formula, in the claim file's order. */
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

    /** The search section of a claim file: index sets, Newton starts, the dense sample and the seed. */
    record Search(int maxIndexSetSize, int randomStarts, int perturbedStarts, int denseSample, long seed) {
    }

    /** The model section of a claim file: k, the lambdas, w_sigma and the losses. */
    record Model(int k, List<Double> lambdas, double wSigma, List<LossKind> losses) {
    }

    ClaimFile(Path path, String name, String description, DataSpec data, Model model, Search search, Map<ClaimId, ClaimSpec> claims) {
        this.path = path;
        this.name = name;
        this.description = description;
        this.data = data;
        this.k = model.k();
        this.lambdas = List.copyOf(model.lambdas());
        this.wSigma = model.wSigma();
        this.losses = List.copyOf(model.losses());
        this.maxIndexSetSize = search.maxIndexSetSize();
        this.randomStarts = search.randomStarts();
        this.perturbedStarts = search.perturbedStarts();
        this.denseSample = search.denseSample();
        this.searchSeed = search.seed();
        this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /**
     * Reads and validates a claim file ({@link ClaimFileParser}); a problem is an {@link lae.core.InputException}
     * naming the file, the field and the allowed range.
     */
    public static ClaimFile load(Path path) {
        return ClaimFileParser.parse(path);
    }

    /**
     * The report name: the claim file's {@code name} field (the file name without extension when the field
     * is absent), so reports/NAME.md is named as the file says.
     */
    public String reportStem() {
        return name;
    }

    /** The file's path as a reproduce command prints it: relative to the working directory when below it. */
    public String relativePath() {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
