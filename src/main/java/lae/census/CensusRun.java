package lae.census;

import lae.core.ClaimId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.check.CheckRun;
import lae.config.ClaimFile;
import lae.core.InputException;
import lae.check.Measurements;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/** The census of a claim file's configuration: every loss and lambda, formulas, the dense sample, timings. */
public final class CensusRun {
    /** The toolkit's corrected formulas (block derivation, {@link lae.symbolic.BlockInertiaFormulas}). */
    public static final String CORRECTED_INDEX_LLPI = "dI + (k - l)*(m - l)";
    public static final String CORRECTED_INDEX_SIGMA = "dI + (k - l)*(m0 - l)";
    public static final String CORRECTED_NULLITY_LLPI = "2*k*l - l^2";
    public static final String CORRECTED_NULLITY_SIGMA = "k*l - l*(l+1)/2";

    public record Part(LossKind kind, double lambda, Census census, DenseCrossCheck dense) {
    }

    public final ClaimFile file;
    public final DataMatrix data;
    public final List<Part> parts = new ArrayList<>();
    public final Map<String, Double> timings = new LinkedHashMap<>();
    public final List<String> notes = new ArrayList<>();
    public final int sample;
    public final long seed;
    public final int threads;

    private CensusRun(ClaimFile file, DataMatrix data, int sample, long seed, int threads) {
        this.file = file;
        this.data = data;
        this.sample = sample;
        this.seed = seed;
        this.threads = threads;
    }

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

    public static CensusRun run(ClaimFile cf, List<LossKind> losses, int sample, long seed, int threads, lae.core.Progress progress) {
        if (sample < 0) {
            throw new InputException("--sample = " + sample + " is not allowed (allowed: an integer >= 0)");
        }
        DataMatrix data = CheckRun.loadData(cf);
        if (data.m() > 63) {
            throw new InputException(cf.path + ": field 'data.m' = " + data.m()
                    + " is not allowed for the census (allowed: m <= 63; larger m needs the sampled census, not done)");
        }
        CensusRun run = new CensusRun(cf, data, sample, seed, threads);
        long t0 = System.nanoTime();
        double tCensus = 0;
        double tDense = 0;
        double tFormulas = 0;
        double[] s = data.singularValues();
        for (double lambda : cf.lambdas) {
            for (LossKind kind : losses) {
                if (kind == LossKind.SYNTHETIC) {
                    run.notes.add("L_synthetic skipped: Table 1 has no row for it.");
                    continue;
                }
                Census c = Census.run(kind, lambda, s, cf.k, threads, progress);
                tCensus += c.seconds;
                long f0 = System.nanoTime();
                for (Object[] f : formulas(cf, kind)) {
                    CountFormula cfm = ((CountFormula) f[3]).prepare(data.m(), data.n(), cf.k, data.m0(lambda), lambda, c.universe);
                    c.check((ClaimId) f[0], (String) f[1], (String) f[2], cfm);
                }
                tFormulas += (System.nanoTime() - f0) / 1e9;
                DenseCrossCheck d = DenseCrossCheck.run(c, data, lambda, sample, seed, threads, progress);
                tDense += d.seconds;
                run.parts.add(new Part(kind, lambda, c, d));
            }
        }
        run.timings.put("census", tCensus);
        run.timings.put("formulas", tFormulas);
        run.timings.put("dense_cross_check", tDense);
        run.timings.put("total", (System.nanoTime() - t0) / 1e9);
        return run;
    }

    /** {claim, role, quantity, formula}: the printed (or the claim file's) formulas, the toolkit's corrections, the file's candidates. */
    static List<Object[]> formulas(ClaimFile cf, LossKind kind) {
        boolean sigma = kind == LossKind.L_SIGMA;
        List<Object[]> out = new ArrayList<>();
        ClaimFile.ClaimSpec c17 = cf.claims.get(ClaimId.C17);
        ClaimFile.ClaimSpec c16 = cf.claims.get(ClaimId.C16);
        String nullField = sigma ? "formula_V" : "formula_F";
        SymjaFormula idx = c17 != null && c17.formula("formula") != null ? c17.formula("formula")
                : SymjaFormula.parse(ClaimId.C17.formulas().get("formula").printed());
        SymjaFormula nul = c16 != null && c16.formula(nullField) != null ? c16.formula(nullField)
                : SymjaFormula.parse(ClaimId.C16.formulas().get(nullField).printed());
        out.add(new Object[] {ClaimId.C17, "printed", "index", CountFormula.symja(idx)});
        out.add(new Object[] {ClaimId.C16, "printed", "nullity", CountFormula.symja(nul)});
        out.add(new Object[] {ClaimId.C17, "corrected", "index", CountFormula.symja(sigma ? CORRECTED_INDEX_SIGMA : CORRECTED_INDEX_LLPI)});
        out.add(new Object[] {ClaimId.C16, "corrected", "nullity", CountFormula.symja(sigma ? CORRECTED_NULLITY_SIGMA : CORRECTED_NULLITY_LLPI)});
        if (c17 != null) {
            for (SymjaFormula f : c17.candidates("formula")) {
                out.add(new Object[] {ClaimId.C17, "candidate", "index", CountFormula.symja(f)});
            }
        }
        if (c16 != null) {
            for (SymjaFormula f : c16.candidates(nullField)) {
                out.add(new Object[] {ClaimId.C16, "candidate", "nullity", CountFormula.symja(f)});
            }
        }
        return out;
    }

    public int totalComponents() {
        return parts.stream().mapToInt(p -> p.census().size()).sum();
    }

    public String command() {
        return "./lae census " + relative(file.path);
    }

    public static String relativePath(java.nio.file.Path p) {
        return relative(p);
    }

    static String relative(java.nio.file.Path p) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
