package lae.train;

import java.util.Arrays;

/**
 * Whether the steps of a training run use the second thread of a {@link MiniBatchLaeLoss}, decided by timing
 * steps of the run itself in both modes, in the conditions each mode runs in. The result of a step does not
 * depend on it, so the choice may change at any step and costs nothing but time.
 *
 * <p>Rule. A probe runs {@value #WARM} + {@value #PROBE} consecutive steps on one thread, then {@value #WARM} +
 * {@value #PROBE} on two; the first {@value #WARM} of each block are not counted (the first one-thread step
 * fetches the worker's half of the arrays into the caller's caches, the first two-thread step wakes the worker
 * and moves that half back). It keeps two threads only when the median time per data point of their counted
 * steps is below {@value #GAIN} times that of the one-thread steps (a median, so that one step that the scheduler
 * interrupted does not decide; a margin, because two threads cost a second core and, when the worker is hardly
 * scheduled, run no faster than one while its spinning takes CPU time from the caller), and the steps until the
 * next probe use that mode. The blocks are consecutive because the modes are measured as they then run: a one-thread
 * step between two-thread steps finds the worker spinning (taking the other core) and its data in the other
 * core's caches, which alternating the modes step by step had charged to the one-thread steps, so that two
 * threads were kept while one thread alone ran the same setting faster. While the steps run on one thread the
 * worker rests ({@link PairWorker}: it parks at once).
 *
 * <p>A probe ends early, keeping one thread, as soon as {@value #HOPELESS_STEPS} counted two-thread steps in a row
 * have each taken more than {@value #HOPELESS} times the one-thread median: on a busy machine a two-thread step
 * waits for the scheduler to run the worker, which can take milliseconds, a hundred times a step's work. The
 * first probe starts at the first step; the next one starts {@value #MIN_GAP} steps after a probe that changed the
 * choice, and twice as many steps after one that confirmed it, up to {@value #MAX_GAP}; or at once, when
 * {@value #SLOW} consecutive steps in the chosen mode took more than {@value #SLOW_MARGIN} times the other mode's
 * median of the last probe (the machine changed: another process took the second core, say; the margin keeps
 * the ordinary spread of step times, some tens of per cent, from starting probes). The cost of probing is at
 * most {@value #WARM} + {@value #PROBE} steps in the slower mode per {@value #MIN_GAP} steps, and a wrong choice
 * lasts {@value #SLOW} steps once it shows.
 *
 * <p>Why a measurement. Two threads hand each phase over by spinning, which pays only when both threads actually
 * run: when the other core is busy (another process, or this one's other work) the hand-over waits for the
 * scheduler and a step can take several times longer than on one thread. No static figure predicts that: the
 * system load average counts this process's own recent threads, lags the machine's state by about a minute,
 * and says nothing about how the two threads' memory traffic competes.
 */
final class ParallelChoice {
    /** Uncounted steps at the start of each block of a probe. */
    static final int WARM = 1;
    /** Counted steps per mode in one probe. */
    static final int PROBE = 8;
    /** Steps between the end of a probe that changed the choice and the next probe. */
    static final long MIN_GAP = 256;
    /** The largest number of steps between probes. */
    static final long MAX_GAP = 4096;
    /** Consecutive steps slower than the other mode's median by {@link #SLOW_MARGIN} that start a probe at once. */
    static final int SLOW = 4;
    /** How much slower than the other mode's median a step must be to count as slow. */
    static final double SLOW_MARGIN = 1.5;
    /** How many times the one-thread median a two-thread step must take to count as hopeless. */
    static final double HOPELESS = 2;
    /** Consecutive hopeless two-thread steps that end a probe. */
    static final int HOPELESS_STEPS = 2;
    /** Two threads are kept only when their median step takes less than this times the one-thread median. */
    static final double GAIN = 0.9;

    /** Steps in one block of a probe. */
    private static final int BLOCK = WARM + PROBE;

    private boolean parallel = true;
    private long step;
    private long probeStart;
    private long gap = MIN_GAP;
    private final double[] oneThread = new double[PROBE];
    private final double[] twoThreads = new double[PROBE];
    private int ones;
    private int twos;
    private int hopeless;
    private double otherMedian = Double.POSITIVE_INFINITY; // per point, the mode not chosen, in the last probe
    private int slow;
    private long probes;
    private long twoThreadChoices;
    private double oneMedian = Double.NaN;
    private double twoMedian = Double.NaN;

    /** Whether the next step should use two threads. */
    boolean next() {
        long into = step - probeStart;
        if (into >= 0 && into < 2 * BLOCK) {
            return into >= BLOCK;
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
        if (into >= 0 && into < 2 * BLOCK) {
            probeStep((int) into, nanosPerPoint);
        } else if (into < 0) {
            slow = nanosPerPoint > SLOW_MARGIN * otherMedian ? slow + 1 : 0;
            if (slow >= SLOW) {
                gap = MIN_GAP;
                probeStart = step + 1;
                slow = 0;
            }
        }
        step++;
    }

    private void probeStep(int into, double nanosPerPoint) {
        boolean two = into >= BLOCK;
        int pos = two ? into - BLOCK : into;
        if (pos < WARM) {
            return;
        }
        if (!two) {
            oneThread[ones++] = nanosPerPoint;
            return;
        }
        twoThreads[twos++] = nanosPerPoint;
        double one = median(oneThread, ones);
        hopeless = nanosPerPoint > HOPELESS * one ? hopeless + 1 : 0;
        if (twos == PROBE || hopeless >= HOPELESS_STEPS) {
            decide(one, median(twoThreads, twos));
        }
    }

    private void decide(double one, double two) {
        boolean choice = two < GAIN * one;
        gap = choice == parallel ? Math.min(2 * gap, MAX_GAP) : MIN_GAP;
        parallel = choice;
        otherMedian = choice ? one : two;
        probeStart = step + 1 + gap;
        probes++;
        twoThreadChoices += choice ? 1 : 0;
        oneMedian = one;
        twoMedian = two;
        ones = 0;
        twos = 0;
        hopeless = 0;
        slow = 0;
    }

    /** The median of the first {@code count} values (the mean of the middle two when the count is even). */
    static double median(double[] values, int count) {
        double[] v = Arrays.copyOf(values, count);
        Arrays.sort(v);
        return count % 2 == 1 ? v[count / 2] : 0.5 * (v[count / 2 - 1] + v[count / 2]);
    }

    /** The current choice (the mode of the steps between probes). */
    boolean parallel() {
        return parallel;
    }

    /** What the choice has decided on so far. */
    Evidence evidence() {
        return new Evidence(probes, twoThreadChoices, oneMedian, twoMedian);
    }

    /**
     * What the choice decided on.
     *
     * @param probes           the probes completed
     * @param twoThreadChoices the probes that chose two threads
     * @param oneThreadMedian  the last probe's median time per data point on one thread (ns), NaN before the first
     * @param twoThreadMedian  the same on two threads
     */
    record Evidence(long probes, long twoThreadChoices, double oneThreadMedian, double twoThreadMedian) {
        /** No choice was made: no probe. */
        static final Evidence NONE = new Evidence(0, 0, Double.NaN, Double.NaN);
    }
}
