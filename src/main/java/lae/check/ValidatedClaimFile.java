package lae.check;

import lae.config.ClaimData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ejml.data.DMatrixRMaj;

import lae.config.ClaimFile;
import lae.core.InputException;
import lae.model.DataMatrix;
import lae.model.LossKind;

/**
 * A claim file whose work may start: its sizes are within {@link ResourceLimits}, its data are loaded (once:
 * the engines that run the file take them from here), and its formulas have a value on the cases where
 * they will be evaluated ({@link FormulaDryRun}). Bad input is refused with an {@link InputException} (one
 * line) before any work.
 *
 * @param file    the claim file
 * @param data    its data matrix
 * @param partial its formulas without a value at some cases (each such case counts as a failure of the formula)
 */
public record ValidatedClaimFile(ClaimFile file, DataMatrix data, List<FormulaDryRun.PartialFormula> partial) {
    /** Copies the list. */
    public ValidatedClaimFile {
        partial = List.copyOf(partial);
    }

    /**
     * Validates one claim file for a check: size estimate (refused unless {@code force}), data, formula dry
     * run. A data file's sizes are checked before its SVD (itself O(m^2 n)), with every s_j taken as above every
     * lambda (m0 = m, the most components the file can have), and again after it.
     */
    public static ValidatedClaimFile forCheck(ClaimFile cf, boolean force) {
        DataMatrix data;
        if (cf.data.csv() == null) {
            ResourceLimits.requireCheckFeasible(cf, cf.data.m(), cf.data.n(), cf.data.singularValues(), force);
            data = ClaimData.load(cf);
        } else {
            DMatrixRMaj raw = ClaimData.readCsv(cf);
            double[] s = new double[raw.numRows];
            Arrays.fill(s, Double.MAX_VALUE);
            ResourceLimits.requireCheckFeasible(cf, raw.numRows, raw.numCols, s, force);
            data = ClaimData.fromCsv(cf, raw);
            ResourceLimits.requireCheckFeasible(cf, data.m(), data.n(), data.singularValues(), force);
        }
        return new ValidatedClaimFile(cf, data, FormulaDryRun.run(cf, data));
    }

    /**
     * Validates the claim files of one run before any of them is computed: distinct names, then
     * {@link #forCheck} for each. Formulas without a value at some cases are passed to {@code warn}, one
     * line each ("lae: warning: FILE: field ... has no value at 3 of its 525 cases, e.g. at l=1: ...").
     */
    public static List<ValidatedClaimFile> forChecks(List<ClaimFile> files, boolean force, Consumer<String> warn) {
        requireDistinctNames(files);
        List<ValidatedClaimFile> out = new ArrayList<>();
        for (ClaimFile cf : files) {
            ValidatedClaimFile v = forCheck(cf, force);
            v.warn(warn);
            out.add(v);
        }
        return out;
    }

    /**
     * Validates a census of {@code cf} on {@code losses} with a dense sample of {@code sample} components per
     * loss: data, the census's time ({@link ResourceLimits#requireCensusFeasible}, refused unless {@code
     * force}), the formula dry run (partial formulas to {@code warn}).
     */
    public static ValidatedClaimFile forCensus(ClaimFile cf, List<LossKind> losses, int sample, boolean force, Consumer<String> warn) {
        DataMatrix data = cf.data.csv() == null ? ClaimData.load(cf) : ClaimData.fromCsv(cf, ClaimData.readCsv(cf));
        ResourceLimits.requireCensusFeasible(cf, data.m(), data.singularValues(), losses, sample, force);
        ValidatedClaimFile v = new ValidatedClaimFile(cf, data, FormulaDryRun.run(cf, data));
        v.warn(warn);
        return v;
    }

    /** Two claim files of one run with the same {@code name} would overwrite each other's report. */
    static void requireDistinctNames(List<ClaimFile> files) {
        Map<String, ClaimFile> seen = new HashMap<>();
        for (ClaimFile f : files) {
            ClaimFile other = seen.putIfAbsent(f.reportStem(), f);
            if (other != null) {
                throw new InputException(f.path + ": field 'name' = '" + f.reportStem() + "' is also the name of " + other.path
                        + " (allowed: a name used by one claim file per run, since it names the report files)");
            }
        }
    }

    private void warn(Consumer<String> warn) {
        for (FormulaDryRun.PartialFormula r : partial) {
            warn.accept("lae: warning: " + file.path + ": " + r.describe());
        }
    }
}
