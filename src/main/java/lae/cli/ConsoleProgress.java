package lae.cli;

import lae.check.Measurements;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on standard error (me.tongfei:progressbar); silent when --quiet. */
final class ConsoleProgress implements Measurements.Progress {
    private final boolean quiet;
    private ProgressBar bar;

    ConsoleProgress(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public synchronized void start(String task, int total) {
        if (quiet || total == 0 || System.console() == null) {
            return;
        }
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    @Override
    public synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
