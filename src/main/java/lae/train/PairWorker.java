package lae.train;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs a task on two threads, the caller's (part 0) and one persistent daemon worker (part 1), and
 * returns when both halves are done. Hand-over is by spinning on a volatile generation counter: a
 * phase lasts tens of microseconds, too short for an executor's queue and park/unpark. Part 1 goes to
 * whichever thread claims it first: the worker when it sees the task, or the caller when it has finished
 * part 0 and the worker has not started (the worker's core busy elsewhere, or the worker still waking).
 * So the caller never waits for a worker that is not running; it waits only for a part 1 already under
 * way, spinning {@value #SPINS} times and then yielding. Either way each part is run whole by one thread,
 * so the result does not depend on who ran it. The worker, waiting for
 * work, spins for a millisecond (longer than the gaps between the phases of consecutive steps, and than
 * a whole step run on the caller alone) and then parks until the next task unparks it. With {@code parts == 1}, or when
 * asked to, the caller runs both parts itself, and the worker rests: it parks at once instead of spinning, so that
 * the caller's steps on one thread run as they would with no worker at all (a spinning worker takes the other
 * core, or the same physical core's other half).
 */
final class PairWorker implements AutoCloseable {
    static final int SPINS = 1 << 14;
    static final long SPIN_NANOS = 1_000_000;
    /** The guard timeout of a park between tasks. */
    static final long PARK_NANOS = 1_000_000;
    /** The guard timeout of a park while the worker rests (the caller runs both parts). */
    static final long REST_PARK_NANOS = 100_000_000;

    private final int parts;
    private final Thread thread;
    private volatile IntConsumer task;
    private volatile int started;
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger claimed = new AtomicInteger(); // the last generation whose part 1 was claimed
    private long taken;                                         // part 1s the caller took (caller thread only)
    private long waited;                                        // nanoseconds the caller waited for the worker
    private volatile boolean closed;
    private volatile boolean parked;
    private volatile boolean resting;
    private volatile Throwable failure;

    PairWorker(int parts) {
        if (parts != 1 && parts != 2) {
            throw new IllegalArgumentException("parts must be 1 or 2, got " + parts);
        }
        this.parts = parts;
        if (parts == 2) {
            thread = new Thread(this::loop, "lae-train-worker");
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    int parts() {
        return parts;
    }

    /**
     * What the caller's hand-overs have cost so far.
     *
     * @param partsTakenBack how many times the caller ran part 1 itself because the worker had not started it
     * @param waitedNanos    nanoseconds the caller has spent waiting for the worker to finish part 1
     */
    record HandOvers(long partsTakenBack, long waitedNanos) {
    }

    /** The caller's hand-overs so far (read on the caller's thread, which alone counts them). */
    HandOvers handOvers() {
        return new HandOvers(taken, waited);
    }

    /**
     * Runs {@code task.accept(0)} here and {@code task.accept(1)} on the worker, or here after part 0 when the
     * worker has not started it, and returns when both are done; or, when {@code parallel} is false or there
     * is no worker, both here, part 0 first.
     */
    void run(IntConsumer t, boolean parallel) {
        if (parts == 1 || !parallel) {
            if (thread != null && !resting) {
                resting = true;
            }
            t.accept(0);
            t.accept(1);
            return;
        }
        if (resting) {
            resting = false;
        }
        int gen = started;
        task = t;
        started = gen + 1;
        if (parked) {
            LockSupport.unpark(thread);
        }
        t.accept(0);
        if (claimed.compareAndSet(gen, gen + 1)) {
            taken++;
            t.accept(1);
            return;
        }
        int spins = 0;
        long w0 = System.nanoTime();
        while (finished.get() != gen + 1) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        waited += System.nanoTime() - w0;
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("training worker failed: " + f, f);
        }
    }

    private void loop() {
        int seen = 0;
        while (true) {
            int spins = 0;
            long since = System.nanoTime();
            while (started == seen) {
                if (closed) {
                    return;
                }
                if (!resting && ((++spins & 1023) != 0 || System.nanoTime() - since < SPIN_NANOS)) {
                    Thread.onSpinWait();
                } else {
                    // run() unparks when it sees the flag; it reads it after publishing the task, and the task
                    // is checked again after the flag is set, so a wake-up cannot be missed (the timeout is a guard;
                    // a resting worker's is long, so that it does not wake a thousand times a second to take the
                    // core from the caller on a loaded machine)
                    parked = true;
                    if (started == seen && !closed) {
                        LockSupport.parkNanos(resting ? REST_PARK_NANOS : PARK_NANOS);
                    }
                    parked = false;
                }
            }
            seen++;
            if (!claimed.compareAndSet(seen - 1, seen)) {
                continue; // the caller took part 1 of this generation
            }
            try {
                task.accept(1);
            } catch (Throwable e) {
                failure = e;
            }
            finished.set(seen);
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }
}
