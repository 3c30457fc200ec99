package lae.train;

import java.util.ArrayList;
import java.util.List;

import lae.core.ClaimResult;
import lae.numeric.Schedule;
import lae.report.ReportDocument;

/**
 * Section 4.2: artificial data X = U Sigma V^T (m = 20, n = 30, Sigma_ii = (21 - i)/5), k = 8, lambda = 10
 * (so m0 = 5), full-batch Adam for 4000 epochs on L, L_pi, L_sigma and the synthetic loss (w_sigma = 0.5,
 * 0.05, 0.005), under each {@link Schedule} and several seeds: Figure 3, Figure 4, and two verdicts per claim
 * C27, C28, C29. In layers: the configuration ({@link ArtificialSetup}), the runs ({@link AdamTrainer}), the
 * measurements ({@link ArtificialRun}), the verdict rules ({@link ArtificialLandscapeVerdicts},
 * {@link ArtificialTrainingVerdicts}) and the document ({@link ArtificialReport}).
 */
public final class ArtificialExperiment {
    private ArtificialExperiment() {
    }

    /** Runs every schedule and seed the options ask for and returns the report "train/artificial". */
    public static ReportDocument run(TrainOptions o) {
        ArtificialSetup s = ArtificialSetup.of(o);
        double[] x = ArtificialSetup.rowsOf(s.data().x());
        List<ArtificialRun> runs = new ArrayList<>();
        long t0 = System.nanoTime();
        double newtonSeconds = 0;
        o.progress().start("artificial: train and polish", s.runs().size());
        for (TrainingConfig c : s.runs()) {
            TrainingResult r = AdamTrainer.train(x, ArtificialSetup.M, ArtificialSetup.N, c, null);
            long tn = System.nanoTime();
            runs.add(ArtificialRun.measure(s.data(), c, r, s.m0()));
            newtonSeconds += (System.nanoTime() - tn) / 1e9;
            o.progress().step();
        }
        o.progress().done();
        double totalSeconds = (System.nanoTime() - t0) / 1e9;

        List<ClaimResult> results = new ArrayList<>(ArtificialLandscapeVerdicts.verdicts(runs, s.m0()));
        for (Schedule.Kind kind : o.schedules()) {
            results.addAll(ArtificialTrainingVerdicts.verdicts(ArtificialRun.select(runs, kind), s.m0(), kind));
        }
        return ArtificialReport.document(o, s, runs, results, totalSeconds - newtonSeconds, newtonSeconds);
    }
}
