package lae.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import lae.core.Numbers;
import lae.core.Progress;

/**
 * Progress on standard error, the one console implementation of {@link Progress}: a progress bar
 * (me.tongfei:progressbar) on a terminal; off a terminal (CI, pipes) one line per phase and per counted
 * task, and a line with the share done every {@value #HEARTBEAT_SECONDS} s of a long one, so that a long
 * run is never silent; nothing with --quiet.
 */
final class ConsoleProgress implements Progress {
    /** Seconds between two lines of a long counted task off a terminal. */
    static final int HEARTBEAT_SECONDS = 30;

    private final boolean quiet;
    private final boolean terminal = System.console() != null;
    private ProgressBar bar;
    private long started;
    private long lastLine;
    private long total;
    private long count;
    private String task;

    ConsoleProgress(boolean quiet) {
        this.quiet = quiet;
    }

    /** One line (unless quiet). */
    @Override
    public synchronized void phase(String message) {
        if (!quiet) {
            System.err.println("lae: " + message);
        }
    }

    /** A bar on a terminal, a line otherwise (unless quiet). */
    @Override
    public synchronized void start(String task, long total) {
        if (quiet || total == 0) {
            return;
        }
        this.task = task;
        this.total = total;
        this.count = 0;
        this.started = System.nanoTime();
        this.lastLine = started;
        if (!terminal) {
            System.err.println("lae: " + task + " (" + total + ") ...");
            return;
        }
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    /** Advances the bar; off a terminal, a line when the last one is {@value #HEARTBEAT_SECONDS} s old. */
    @Override
    public synchronized void step(long n) {
        if (bar != null) {
            bar.stepBy(n);
            return;
        }
        if (task == null) {
            return;
        }
        count += n;
        long now = System.nanoTime();
        if (now - lastLine >= HEARTBEAT_SECONDS * 1_000_000_000L) {
            lastLine = now;
            System.err.println("lae: " + task + ": " + Numbers.fixed(100.0 * count / total, 0) + "% after "
                    + Numbers.fixed((now - started) / 1e9, 1) + " s");
        }
    }

    /** Closes the bar, or says how long the task took. */
    @Override
    public synchronized void done() {
        if (bar != null) {
            bar.close();
            bar = null;
        } else if (!quiet && !terminal && task != null) {
            System.err.println("lae: " + task + " done in " + Numbers.fixed((System.nanoTime() - started) / 1e9, 1) + " s");
        }
        task = null;
    }
}
