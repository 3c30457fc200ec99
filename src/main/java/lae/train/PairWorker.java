package lae.train;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs a task on two threads, the caller's (part 0) and one persistent daemon worker (part 1), and
 * returns when both halves are done. Hand-over is by spinning on a volatile generation counter for
 * a few microseconds, then yielding: a batch step lasts about a hundred microseconds, too short for
 * an executor's queue and park/unpark. With {@code parts == 1}, or when asked to, the caller runs both
 * parts itself; the worker then spins, yields, and finally sleeps in steps of 200 microseconds.
 */
final class PairWorker implements AutoCloseable {
    private static final int SPINS = 1 << 14;

    private final int parts;
    private final Thread thread;
    private volatile IntConsumer task;
    private volatile int started;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile boolean closed;
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
     * Runs {@code task.accept(0)} here and {@code task.accept(1)} on the worker and waits for both; or, when
     * {@code parallel} is false or there is no worker, both here, part 0 first.
     */
    void run(IntConsumer t, boolean parallel) {
        if (parts == 1 || !parallel) {
            t.accept(0);
            t.accept(1);
            return;
        }
        int gen = started;
        task = t;
        started = gen + 1;
        t.accept(0);
        int spins = 0;
        while (finished.get() != gen + 1) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable f = failure;
        if (f != null) {
            throw new IllegalStateException("training worker failed: " + f, f);
        }
    }

    private void loop() {
        int seen = 0;
        while (true) {
            int spins = 0;
            while (started == seen) {
                if (closed) {
                    return;
                }
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else if (spins < 2 * SPINS) {
                    Thread.yield();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
            }
            seen++;
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
    }
}
