package lae.train;

import java.util.Locale;

/**
 * The round-trip time of a hand-over between two threads that spin on volatile fields, as {@link PairWorker}
 * hands each phase of a two-thread step to its worker and waits for it to finish (two round trips per step,
 * 626 per Fashion-MNIST epoch). It is a reading of where the machine placed the two threads (on this kind of
 * machine, two virtual cores: about 80 ns near, about 500 ns far, about 30 ns on one physical core; see
 * {@code docs/train.md}); every cache line that one thread writes and the other then reads crosses that
 * distance. A benchmark prints it beside its figures.
 */
public final class HandOverLatency {
    /** Round trips per burst; the reading is the median over bursts of a burst's mean round trip. */
    static final int BURST = 256;
    private static final int MAX_BURSTS = 1024;

    private volatile long ping;
    private volatile long pong;
    private volatile boolean stop;

    private HandOverLatency() {
    }

    /**
     * One reading: the median over bursts of the mean round trip, or why there is none.
     *
     * @param medianNanos the median over bursts of a burst's mean round trip (ns); NaN when not measured
     * @param bursts      the bursts it is the median of (a burst cut short by the deadline counts when no whole
     *                    burst completed)
     * @param roundTrips  the round trips timed
     * @param notMeasured null when measured, else the reason
     */
    public record Reading(double medianNanos, int bursts, long roundTrips, String notMeasured) {
        /** Whether there is a figure. */
        public boolean measured() {
            return notMeasured == null;
        }

        /**
         * "83 ns round trip (median of 412 bursts, 105472 round trips)", "... (mean of 11 round trips: no burst of 256
         * completed in the time given)", or "not measured: the reason".
         */
        public String describe() {
            if (!measured()) {
                return "not measured: " + notMeasured;
            }
            return roundTrips < BURST
                    ? String.format(Locale.ROOT, "%.0f ns round trip (mean of %d round trips: no burst of %d completed in the time "
                            + "given)", medianNanos, roundTrips, BURST)
                    : String.format(Locale.ROOT, "%.0f ns round trip (median of %d bursts, %d round trips)", medianNanos, bursts,
                            roundTrips);
        }
    }

    /**
     * Measures for at most about {@code seconds}: bursts of {@value #BURST} round trips until the deadline (at most
     * {@value #MAX_BURSTS} bursts). When the deadline cuts the first burst short, the round trips it completed are
     * the sample; when not one round trip completed (the second thread was never scheduled), the reading says so.
     */
    public static Reading measure(double seconds) {
        if (!(seconds > 0)) {
            return summarize(new double[0], 0, 0, 0, seconds);
        }
        return new HandOverLatency().run(seconds);
    }

    private Reading run(double seconds) {
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
        double[] bursts = new double[MAX_BURSTS];
        int count = 0;
        long i = 0;
        int done = 0;
        long t0 = 0;
        try {
            outer:
            while (count < bursts.length && System.nanoTime() < deadline) {
                t0 = System.nanoTime();
                for (done = 0; done < BURST; done++) {
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
                done = 0;
            }
        } finally {
            stop = true;
        }
        long partialNanos = System.nanoTime() - t0;
        try {
            other.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return summarize(bursts, count, done, partialNanos, seconds);
    }

    /**
     * The reading from {@code count} whole bursts' mean round trips, or, with none, from the {@code partialTrips}
     * round trips of a burst cut short after {@code partialNanos}; not measured, with the reason, when neither
     * has a round trip.
     */
    static Reading summarize(double[] burstMeans, int count, long partialTrips, long partialNanos, double seconds) {
        if (count > 0) {
            return new Reading(ParallelChoice.median(burstMeans, count), count, (long) count * BURST, null);
        }
        if (partialTrips > 0) {
            return new Reading(partialNanos / (double) partialTrips, 1, partialTrips, null);
        }
        String why = !(seconds > 0) ? "no time was given to measure"
                : String.format(Locale.ROOT, "the second thread completed no hand-over within %.2f s (it was not scheduled: the "
                        + "machine's cores were taken)", seconds);
        return new Reading(Double.NaN, 0, 0, why);
    }
}
