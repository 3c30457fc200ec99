package lae.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import lae.core.Progress;

/**
 * Progress on standard error: a progress bar (me.tongfei:progressbar) on a terminal; one line per
 * phase and per counted task when not on a terminal (CI, pipes), so a long run is never silent;
 * nothing with --quiet.
 */
final class ConsoleProgress implements Progress {
    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private long started;
    private String task;

    ConsoleProgress(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public synchronized void phase(String message) {
        if (!quiet) {
            System.err.println("lae: " + message);
        }
    }

    @Override
    public synchronized void start(String task, long total) {
        if (quiet || total == 0) {
            return;
        }
        this.task = task;
        this.started = System.nanoTime();
        if (!terminal) {
            System.err.println("lae: " + task + " (" + total + ") ...");
            return;
        }
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    @Override
    public synchronized void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
        }
    }

    @Override
    public synchronized void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        } else if (!quiet && !terminal && task != null) {
            System.err.println("lae: " + task + " done in " + lae.core.Numbers.fixed((System.nanoTime() - started) / 1e9, 1) + " s");
        }
        task = null;
    }
}
