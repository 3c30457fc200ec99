package lae.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.config.ClaimData;
import lae.config.ClaimFile;
import lae.core.ClaimId;
import lae.core.InputException;
import lae.core.Progress;
import lae.landscape.PredictedInertia;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.model.LossMember;
import lae.symbolic.SymjaFormula;

/**
 * The census of a claim file's configuration: every loss and lambda, the formulas against it, the dense sample,
 * timings.
 *
 * @param parts one per (lambda, loss), in the order run
 * @param notes remarks for the report (a loss skipped)
 */
public record CensusRun(ClaimFile file, DataMatrix data, List<Part> parts, Map<String, Double> timings, List<String> notes,
                        int sample, long seed, int threads) {

    /** One loss at one lambda: its census, the formulas checked against it, its dense cross-check. */
    public record Part(LossKind kind, double lambda, Census census, List<Census.FormulaCheck> checks, DenseCrossCheck dense) {
    }

    /** A formula to check: the claim, its role (printed, corrected, candidate), the quantity (index, nullity). */
    record Formula(ClaimId claim, String role, String quantity, CountFormula formula) {
    }

    /** The losses of {@code --losses} (comma-separated), or the claim file's when none are given. */
    public static List<LossKind> parseLosses(String csv, ClaimFile cf) {
        if (csv == null || csv.isBlank()) {
            return cf.losses;
        }
        List<LossKind> out = new ArrayList<>();
        for (String t : csv.split(",")) {
            try {
                out.add(LossKind.parse(t));
            } catch (IllegalArgumentException e) {
                throw new InputException("--losses: '" + t.trim() + "' is not allowed (allowed: L, L_pi, L_sigma)");
            }
        }
        return out;
    }

    /** Runs the census of every loss and lambda of {@code cf}, with a dense sample of {@code sample} components per loss. */
    public static CensusRun run(ClaimFile cf, List<LossKind> losses, int sample, long seed, int threads, Progress progress) {
        if (sample < 0) {
            throw new InputException("--sample = " + sample + " is not allowed (allowed: an integer >= 0)");
        }
        DataMatrix data = ClaimData.load(cf);
        if (data.m() > 63) {
            throw new InputException(cf.path + ": field 'data.m' = " + data.m()
                    + " is not allowed for the census (allowed: m <= 63; larger m needs the sampled census, not done)");
        }
        List<Part> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long t0 = System.nanoTime();
        double tCensus = 0;
        double tDense = 0;
        double tFormulas = 0;
        double[] s = data.singularValues();
        for (double lambda : cf.lambdas) {
            for (LossKind kind : losses) {
                if (kind == LossKind.SYNTHETIC) {
                    notes.add("L_synthetic skipped: Table 1 has no row for it.");
                    continue;
                }
                Census c = Census.run(TableOne.of(LossMember.of(kind, lambda), s), cf.k, threads, progress);
                tCensus += c.seconds();
                long f0 = System.nanoTime();
                List<Census.FormulaCheck> checks = new ArrayList<>();
                for (Formula f : formulas(cf, kind)) {
                    CountFormula prepared = f.formula().prepare(data.m(), data.n(), cf.k, data.m0(lambda), lambda, c.universe());
                    checks.add(c.check(f.claim(), f.role(), f.quantity(), prepared));
                }
                tFormulas += (System.nanoTime() - f0) / 1e9;
                DenseCrossCheck d = DenseCrossCheck.run(c, data, sample, seed, threads, progress);
                tDense += d.seconds();
                parts.add(new Part(kind, lambda, c, List.copyOf(checks), d));
            }
        }
        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("census", tCensus);
        timings.put("formulas", tFormulas);
        timings.put("dense_cross_check", tDense);
        timings.put("total", (System.nanoTime() - t0) / 1e9);
        return new CensusRun(cf, data, List.copyOf(parts), timings, List.copyOf(notes), sample, seed, threads);
    }

    /** The printed (or the claim file's) formulas, the toolkit's corrections ({@link PredictedInertia}), the file's candidates. */
    static List<Formula> formulas(ClaimFile cf, LossKind kind) {
        LossMember member = LossMember.of(kind, 0);
        String nullField = kind == LossKind.L_SIGMA ? "formula_V" : "formula_F";
        List<Formula> out = new ArrayList<>();
        ClaimFile.ClaimSpec c17 = cf.claims.get(ClaimId.C17);
        ClaimFile.ClaimSpec c16 = cf.claims.get(ClaimId.C16);
        SymjaFormula idx = c17 != null && c17.formula("formula") != null ? c17.formula("formula")
                : SymjaFormula.parse(ClaimId.C17.definition().formulas().get("formula").printed());
        SymjaFormula nul = c16 != null && c16.formula(nullField) != null ? c16.formula(nullField)
                : SymjaFormula.parse(ClaimId.C16.definition().formulas().get(nullField).printed());
        out.add(new Formula(ClaimId.C17, "printed", "index", CountFormula.symja(idx)));
        out.add(new Formula(ClaimId.C16, "printed", "nullity", CountFormula.symja(nul)));
        out.add(new Formula(ClaimId.C17, "corrected", "index", CountFormula.symja(PredictedInertia.indexFormula(member))));
        out.add(new Formula(ClaimId.C16, "corrected", "nullity", CountFormula.symja(PredictedInertia.nullityFormula(member))));
        if (c17 != null) {
            for (SymjaFormula f : c17.candidates("formula")) {
                out.add(new Formula(ClaimId.C17, "candidate", "index", CountFormula.symja(f)));
            }
        }
        if (c16 != null) {
            for (SymjaFormula f : c16.candidates(nullField)) {
                out.add(new Formula(ClaimId.C16, "candidate", "nullity", CountFormula.symja(f)));
            }
        }
        return out;
    }

    /** The number of components over every part. */
    public int totalComponents() {
        return parts.stream().mapToInt(p -> p.census().size()).sum();
    }

    /** The command that reproduces the census, without its options. */
    public String command() {
        return "./lae census " + relativePath(file.path);
    }

    /** p relative to the working directory when it is inside it, else absolute. */
    public static String relativePath(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
