package lae.train;

/**
 * Whether the steps of a training run use the second thread of a {@link MiniBatchLaeLoss}, decided by
 * timing steps of the run itself. The result of a step does not depend on it, so the choice may change
 * at any step and costs nothing but time.
 *
 * <p>Rule. A probe runs {@value #PROBE} steps on one thread and {@value #PROBE} on two, alternately, one
 * thread first (interleaved, so that a change in the machine's load during the probe affects both
 * alike), after one uncounted pair of the same kind whose two-thread step wakes the worker (parked while
 * steps ran on one thread; waking it can take longer than a step), and keeps the mode with the smaller
 * total time per data point; the steps until the next probe use it. A probe ends early, keeping one thread, as soon as its two-thread steps have taken more than
 * twice as long as its one-thread steps: on a busy machine a two-thread step waits for the scheduler to
 * run the worker, which can take milliseconds, a hundred times a step's work. The first
 * probe starts at the first step; the next one starts {@value #MIN_GAP} steps after a probe that changed
 * the choice, and twice as many steps after one that confirmed it, up to {@value #MAX_GAP}; or at once,
 * when {@value #SLOW} consecutive steps in the chosen mode took more than 1.5 times as long per point as
 * the other mode did in the last probe (the machine changed: another process took the second core, say;
 * the margin keeps the ordinary spread of step times, some tens of per cent here, from starting probes). The cost of probing
 * is at most {@value #PROBE} + 1 steps in the slower mode per {@value #MIN_GAP} steps, and a wrong choice
 * lasts {@value #SLOW} steps once it shows.
 *
 * <p>Why a measurement. Two threads hand each phase over by spinning, which pays only when both threads
 * actually run: when the other core is busy (another process, or this one's other work) the hand-over
 * waits for the scheduler and a step can take several times longer than on one thread. No static figure
 * predicts that: the system load average counts this process's own recent threads, lags the machine's
 * state by about a minute, and says nothing about how the two threads' memory traffic competes.
 */
final class ParallelChoice {
    /** Steps per mode in one probe. */
    static final int PROBE = 8;
    /** Steps between the end of a probe that changed the choice and the next probe. */
    static final long MIN_GAP = 256;
    /** The largest number of steps between probes. */
    static final long MAX_GAP = 4096;
    /** Consecutive steps 1.5 times slower than the other mode's probe that start a probe at once. */
    static final int SLOW = 4;

    private boolean parallel = true;
    private long step;
    private long probeStart;
    private long gap = MIN_GAP;
    private double parallelTime;
    private double serialTime;
    private double otherTime = Double.POSITIVE_INFINITY; // per point, the mode not chosen, in the last probe
    private int slow;

    /** Steps in a probe: the uncounted pair, then PROBE counted pairs. */
    private static final int LENGTH = 2 * (PROBE + 1);

    /** Whether the next step should use two threads. */
    boolean next() {
        long into = step - probeStart;
        if (into >= 0 && into < LENGTH) {
            return (into & 1) == 1;
        }
        return parallel;
    }

    /**
     * Records the step just run, in the mode {@link #next} gave for it.
     *
     * @param nanosPerPoint its wall-clock time divided by its batch size
     */
    void record(double nanosPerPoint) {
        long into = step - probeStart;
        if (into >= 2 && into < LENGTH) {
            if ((into & 1) == 1) {
                parallelTime += nanosPerPoint;
            } else {
                serialTime += nanosPerPoint;
            }
            boolean hopeless = (into & 1) == 1 && parallelTime > 2 * serialTime;
            if (into == LENGTH - 1 || hopeless) {
                boolean choice = parallelTime < serialTime;
                int pairs = (int) ((into - 1) / 2);
                gap = choice == parallel ? Math.min(2 * gap, MAX_GAP) : MIN_GAP;
                parallel = choice;
                otherTime = (choice ? serialTime : parallelTime) / pairs;
                probeStart = step + 1 + gap;
                parallelTime = 0;
                serialTime = 0;
                slow = 0;
            }
        } else if (into < 0) {
            slow = nanosPerPoint > 1.5 * otherTime ? slow + 1 : 0;
            if (slow >= SLOW) {
                gap = MIN_GAP;
                probeStart = step + 1;
                slow = 0;
            }
        }
        step++;
    }

    /** The current choice (the mode of the steps between probes). */
    boolean parallel() {
        return parallel;
    }
}
