package lae.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Progress;
import lae.model.DataMatrix;
import lae.model.LossKind;

/**
 * The check of one claim file: the measurements for every loss and lambda, the verdicts, the timings.
 *
 * @param file         the claim file
 * @param data         its data matrix
 * @param measurements per lambda, per loss (in the file's order)
 * @param results      one verdict per claim and loss
 * @param timings      seconds per phase, and the total
 * @param violations   the theorem's assumptions that the data violate
 */
public record CheckRun(ClaimFile file, DataMatrix data, List<Measurements> measurements, List<ClaimResult> results,
                       Map<String, Double> timings, AssumptionViolations violations) {
    /** Copies the lists and the timings (in their order). */
    public CheckRun {
        measurements = List.copyOf(measurements);
        results = List.copyOf(results);
        timings = Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** Checks the claims of {@code cf} on its data {@code data}, reporting each phase to {@code progress}. */
    public static CheckRun run(ClaimFile cf, DataMatrix data, Progress progress) {
        long t0 = System.nanoTime();
        AssumptionViolations violations = AssumptionViolations.of(cf, data);
        List<Measurements> ms = new ArrayList<>();
        double tTable = 0;
        double tDense = 0;
        double tNewton = 0;
        for (double lambda : cf.lambdas) {
            for (LossKind kind : cf.losses) {
                Measurements m = Measurements.run(cf, data, kind, lambda, progress);
                ms.add(m);
                tTable += m.secondsTableOne;
                tDense += m.secondsDense;
                tNewton += m.secondsNewton;
            }
        }
        long t1 = System.nanoTime();
        List<ClaimResult> results = new ClaimEvaluator(cf, data, ms, violations).evaluate();
        long t2 = System.nanoTime();
        Map<String, Double> timings = new LinkedHashMap<>();
        timings.put("table1_inertia", tTable);
        timings.put("dense_cross_check", tDense);
        timings.put("newton", tNewton);
        timings.put("verdicts", (t2 - t1) / 1e9);
        timings.put("total", (t2 - t0) / 1e9);
        return new CheckRun(cf, data, ms, results, timings, violations);
    }

    /** The command that reproduces the check's report. */
    public String command() {
        return "./lae check " + file.relativePath();
    }
}
