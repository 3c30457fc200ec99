package lae.check;

import lae.config.ClaimData;
import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Progress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.data.CsvMatrix;
import lae.model.DataMatrix;
import lae.model.LossKind;

/** Runs one claim file: data, measurements for every loss and lambda, verdicts, timings. */
public final class CheckRun {
    public final ClaimFile file;
    public final DataMatrix data;
    public final List<Measurements> measurements = new ArrayList<>();
    public final List<ClaimResult> results;
    public final Map<String, Double> timings = new LinkedHashMap<>();
    public final AssumptionViolations violations;

    private CheckRun(ClaimFile file, DataMatrix data, List<ClaimResult> results, AssumptionViolations violations) {
        this.file = file;
        this.data = data;
        this.results = results;
        this.violations = violations;
    }

    public static DataMatrix loadData(ClaimFile cf) {
        return ClaimData.of(cf, CsvMatrix::read);
    }

    public static CheckRun run(ClaimFile cf, Progress progress) {
        long t0 = System.nanoTime();
        DataMatrix data = loadData(cf);
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
        CheckRun run = new CheckRun(cf, data, results, violations);
        run.measurements.addAll(ms);
        run.timings.put("table1_inertia", tTable);
        run.timings.put("dense_cross_check", tDense);
        run.timings.put("newton", tNewton);
        run.timings.put("verdicts", (t2 - t1) / 1e9);
        run.timings.put("total", (t2 - t0) / 1e9);
        return run;
    }

    public String command() {
        return "./lae check " + relative(file.path);
    }

    static String relative(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
