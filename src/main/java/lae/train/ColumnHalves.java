package lae.train;

import java.util.function.IntConsumer;

/**
 * The thread split of a training step: the columns 0..m-1 (the data dimension) in two fixed halves, part 0
 * [0, split) and part 1 [split, m), split = m/2 rounded down to a multiple of four; each phase of a step runs
 * part by part, on the caller's thread alone (part 0, then part 1) or on two ({@link PairWorker}: part 1 on
 * the worker), as {@link ParallelChoice} decides from the step times when timing is on. A part never reads
 * another part's columns nor, with two threads, another part's arrays, and each number is computed by the
 * same operations in the same order either way: the result depends neither on the number of threads nor on
 * which steps used two.
 *
 * <p>Every array of a part ends in {@value #PAD} unused doubles (a cache line), so that no cache line holds
 * data of both parts whatever objects the allocator or the collector puts next to them.
 */
final class ColumnHalves implements AutoCloseable {
    /** Doubles (a cache line) of unused space at the end of every array of a part. */
    static final int PAD = 8;

    private final int m;
    private final int split;
    private final PairWorker worker;
    private ParallelChoice choice;   // null: every call on all the threads there are
    private boolean current;         // the mode of the call under way
    private long calls;
    private long twoThreadCalls;
    private long stepStart;

    /** @param threads 1 or 2 */
    ColumnHalves(int m, int threads) {
        this.m = m;
        this.split = (m / 2) & ~3;
        this.worker = new PairWorker(threads);
    }

    /** The first column of part {@code part}. */
    int lo(int part) {
        return part == 0 ? 0 : split;
    }

    /** One past the last column of part {@code part}. */
    int hi(int part) {
        return part == 0 ? split : m;
    }

    /** The first column of part 1. */
    int split() {
        return split;
    }

    /** 1 or 2. */
    int threads() {
        return worker.parts();
    }

    /**
     * From now on each training step uses one thread or two as {@link ParallelChoice} decides from the times of
     * the steps; the choice is kept from one training run to the next. Nothing changes with one thread.
     */
    void chooseByTiming() {
        if (choice == null && worker.parts() == 2) {
            choice = new ParallelChoice();
        }
    }

    /** Whether the next evaluation (not a training step) will use two threads. */
    boolean parallel() {
        return worker.parts() == 2 && (choice == null || choice.parallel());
    }

    /** Starts a training step: its mode, as the choice says, and its clock. */
    void startStep() {
        count(choice != null ? choice.next() : parallel());
        if (choice != null) {
            stepStart = System.nanoTime();
        }
    }

    /** Ends the training step of {@code points} data points: its time goes to the choice. */
    void endStep(int points) {
        if (choice != null) {
            choice.record((System.nanoTime() - stepStart) / (double) points);
        }
    }

    /** Starts an evaluation (no training step): the current choice, nothing timed. */
    void startEvaluation() {
        count(parallel());
    }

    private void count(boolean two) {
        current = two && worker.parts() == 2;
        calls++;
        if (current) {
            twoThreadCalls++;
        }
    }

    /** Runs {@code phase} on part 0 and part 1, on the mode of the call under way. */
    void run(IntConsumer phase) {
        worker.run(phase, current);
    }

    /** How the calls so far used the threads, with the choice's evidence. */
    ThreadUse use() {
        ParallelChoice.Evidence e = choice == null ? ParallelChoice.Evidence.NONE : choice.evidence();
        PairWorker.HandOvers h = worker.handOvers();
        return new ThreadUse(worker.parts(), calls, twoThreadCalls, h.partsTakenBack(), h.waitedNanos() / 1e9,
                e.probes(), e.twoThreadChoices(), e.oneThreadMedian(), e.twoThreadMedian());
    }

    @Override
    public void close() {
        worker.close();
    }
}
