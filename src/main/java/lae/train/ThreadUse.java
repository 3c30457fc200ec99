package lae.train;

import java.util.Locale;

/**
 * How a training loss used its threads over a stretch of calls ({@link MiniBatchLaeLoss#threadUse()}), and the
 * evidence its thread choice ({@link ParallelChoice}) decided on.
 *
 * @param threads          the threads the loss may use (1 or 2)
 * @param calls            steps and evaluations
 * @param twoThreadCalls   those that ran on two threads
 * @param partsTakenBack   phases of two-thread calls whose second part the caller ran itself (the worker not started)
 * @param secondsWaited    seconds the caller waited for the worker's part of two-thread phases
 * @param probes           probes of the thread choice (both modes timed back to back)
 * @param twoThreadChoices probes that chose two threads
 * @param oneThreadMedian  the last probe's median step time per data point on one thread (ns), NaN before one
 * @param twoThreadMedian  the same on two threads (ns), NaN before a probe
 */
public record ThreadUse(int threads, long calls, long twoThreadCalls, long partsTakenBack, double secondsWaited,
                        long probes, long twoThreadChoices, double oneThreadMedian, double twoThreadMedian) {

    /** The counts since {@code earlier} (of the same loss); the medians stay the last probe's. */
    public ThreadUse since(ThreadUse earlier) {
        return new ThreadUse(threads, calls - earlier.calls, twoThreadCalls - earlier.twoThreadCalls,
                partsTakenBack - earlier.partsTakenBack, secondsWaited - earlier.secondsWaited, probes - earlier.probes,
                twoThreadChoices - earlier.twoThreadChoices, oneThreadMedian, twoThreadMedian);
    }

    /** The share of the calls that ran on two threads (0 without calls). */
    public double twoThreadShare() {
        return calls == 0 ? 0.0 : (double) twoThreadCalls / calls;
    }

    /** The share of the two-thread phases (two per call) whose second part the caller ran itself (0 without any). */
    public double takenBackShare() {
        return twoThreadCalls == 0 ? 0.0 : partsTakenBack / (2.0 * twoThreadCalls);
    }

    /** What the thread choice decided on: the probes and the last probe's medians, or why there was no choice. */
    public String evidence() {
        if (threads < 2) {
            return "one thread: no choice";
        }
        if (probes == 0 && Double.isNaN(oneThreadMedian)) {
            return "no probe: every call on two threads (the choice by timing was off)";
        }
        return String.format(Locale.ROOT, "%d probes, %d of them chose two threads; the last probe's median step: %.0f ns "
                + "per data point on one thread, %.0f on two", probes, twoThreadChoices, oneThreadMedian, twoThreadMedian);
    }
}
