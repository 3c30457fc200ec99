package lae.job;

import lae.check.CheckDocument;
import lae.check.CheckRun;
import lae.check.ValidatedClaimFile;
import lae.config.ClaimFile;
import lae.core.Progress;
import lae.model.DataMatrix;
import lae.report.ReportDocument;
import lae.topology.TopologyReport;

/**
 * The two reports of one claim file, computed from the same data: its check report (the check engine:
 * Table-1 points, Hessians, Newton runs, verdicts) and its topology report (the closed-form census and the
 * Morse-Bott test of the classification).
 */
public final class ClaimFileReports {
    private ClaimFileReports() {
    }

    /** The check report of a validated claim file; the check announces itself and its phases to {@code progress}. */
    public static ReportDocument check(ValidatedClaimFile file, Progress progress) {
        ClaimFile cf = file.file();
        progress.phase("checking " + cf.path + " (" + cf.name + ")");
        return CheckDocument.of(CheckRun.run(cf, file.data(), progress));
    }

    /** The topology report of claim file {@code cf} on its data {@code data} (of which it reads the sizes and singular values). */
    public static ReportDocument topology(ClaimFile cf, DataMatrix data) {
        return TopologyReport.document(new TopologyReport.Inputs(cf.reportStem(), "./lae topology " + cf.relativePath(), data.m(), data.n(),
                cf.k, cf.lambdas, cf.losses, data.singularValues()));
    }
}
