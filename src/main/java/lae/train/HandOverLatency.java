package lae.train;

/**
 * The round-trip time of a hand-over between two threads that spin on volatile fields, as {@link PairWorker}
 * hands each phase of a two-thread step to its worker and waits for it to finish (two round trips per step,
 * 626 per Fashion-MNIST epoch). It is a reading of where the machine placed the two threads: on this kind of
 * machine (two virtual cores) about 80 ns when they are near, about 500 ns when far and about 30 ns when the
 * host runs both on one physical core (two threads then compute no faster than one), changing within
 * minutes; every cache line that one thread writes and the other then reads (the partial sums of phase A,
 * the coefficients of phase C) crosses that distance. It does not tell everything: in one JVM the same
 * two-thread epoch has run in 48 and in 66 ms at either reading, the cores' own speed changing too. A
 * benchmark prints it beside its figures.
 */
public final class HandOverLatency {
    private static final int BURST = 256;

    private volatile long ping;
    private volatile long pong;
    private volatile boolean stop;

    private HandOverLatency() {
    }

    /**
     * The median over bursts of {@value #BURST} round trips of the mean round trip in nanoseconds, measured for
     * at most about {@code seconds}; NaN when not one burst completed (the second thread never ran).
     */
    public static double medianNanos(double seconds) {
        return new HandOverLatency().measure(seconds);
    }

    private double measure(double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        Thread other = new Thread(() -> {
            long seen = 0;
            while (!stop) {
                long p = ping;
                if (p != seen) {
                    seen = p;
                    pong = p;
                } else {
                    Thread.onSpinWait();
                }
            }
        }, "lae-hand-over");
        other.setDaemon(true);
        other.start();
        double[] bursts = new double[1024];
        int count = 0;
        long i = 0;
        try {
            outer:
            while (count < bursts.length && System.nanoTime() < deadline) {
                long t0 = System.nanoTime();
                for (int r = 0; r < BURST; r++) {
                    ping = ++i;
                    int spins = 0;
                    while (pong != i) {
                        if ((++spins & 1023) == 0 && System.nanoTime() > deadline) {
                            break outer;
                        }
                        Thread.onSpinWait();
                    }
                }
                bursts[count++] = (System.nanoTime() - t0) / (double) BURST;
            }
        } finally {
            stop = true;
        }
        try {
            other.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (count == 0) {
            return Double.NaN;
        }
        double[] sorted = java.util.Arrays.copyOf(bursts, count);
        java.util.Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : 0.5 * (sorted[count / 2 - 1] + sorted[count / 2]);
    }
}
