package lae.train;

/**
 * The machine's rate of multiply-adds in the training kernel ({@link AxpyKernel#product}), data in cache,
 * on one thread and on two at once: a reading of how much of the two cores a benchmark had at the time
 * it ran. On this kind of machine (two virtual cores) the second core is at times not there: two threads
 * then reach about the rate of one, and every two-thread timing of the same moment suffers alike. A
 * benchmark prints this beside its figures so that they can be read against the machine's state.
 */
public final class KernelThroughput {
    private KernelThroughput() {
    }

    /** One reading: multiply-adds per second on one thread, and on two threads together. */
    public record Reading(double oneThread, double twoThreads) {
        /** twoThreads / oneThread: about 2 when both cores are free, about 1 when only one is. */
        public double ratio() {
            return twoThreads / oneThread;
        }
    }

    /** Measures for about {@code seconds} in all (a third on one thread, two thirds on two). */
    public static Reading measure(double seconds) {
        double one = rate(seconds / 3);
        double[] two = new double[1];
        Thread t = new Thread(() -> two[0] = rate(seconds / 3), "lae-throughput");
        t.start();
        double mine = rate(seconds / 3);
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reading(one, Double.NaN);
        }
        return new Reading(one, mine + two[0]);
    }

    /** The shapes of phase C on Fashion-MNIST (2k = 18 rows, a batch of 32, 392 columns), repeated for a while. */
    private static double rate(double seconds) {
        double[][] g = new double[18][392];
        double[][] q = new double[18][32];
        double[][] x = new double[32][392];
        java.util.Random r = new java.util.Random(1);
        for (double[] row : q) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextGaussian();
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextDouble();
            }
        }
        long per = 18L * 32 * 392;
        long count = 0;
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        long now;
        do {
            for (int rep = 0; rep < 50; rep++) {
                AxpyKernel.product(g, 0, 18, q, 0, 0, x, 0, 32, 0, 392, false);
            }
            count += 50;
            now = System.nanoTime();
        } while (now < end);
        return count * per / ((now - t0) / 1e9);
    }
}
