package lae.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import lae.core.Numbers;
import lae.core.Progress;
import lae.job.MainJob;

/**
 * {@code lae bench report}: the wall time of the main job (every claim file, its topology report and
 * every proof script, as {@code ./lae report} computes them) against the target of 60 s on 2 cores. It
 * does the work of {@code report --verify}, which writes nothing, and also says whether the committed
 * reports matched.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class BenchReportCommand implements Callable<Integer> {
    @Mixin OutputOption out;

    /** Runs the main job on checks/ and proofs/, compares with the reports in OUT, and prints the wall time beside the target. */
    @Override
    public Integer call() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        long t0 = System.nanoTime();
        MainJob.Plan plan = MainJob.plan(Path.of("checks"), Path.of("proofs"), false, System.err::println);
        CommittedReports committed = new CommittedReports(out.existing("the committed reports to compare with"));
        MainJob.run(plan, Progress.NONE, committed);
        List<String> differences = committed.differencesWithIndex();
        double seconds = (System.nanoTime() - t0) / 1e9;
        differences.forEach(d -> System.out.println("verify: DIFFERS " + d));
        System.out.println(Numbers.format("bench report: %.1f s wall (%d cores, load average %.2f before the run); %s; the committed reports %s",
                seconds, Runtime.getRuntime().availableProcessors(), load, BenchTarget.of("report.wall").judge(seconds, 1),
                differences.isEmpty() ? "match" : "differ (see above)"));
        return 0;
    }
}
