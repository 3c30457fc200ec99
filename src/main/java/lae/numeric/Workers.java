package lae.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same worker (which takes its own share of the work) on several threads and waits for all. */
public final class Workers {
    private Workers() {
    }

    /**
     * Runs {@code worker} on {@code threads} threads (inline when threads &lt;= 1); a failure of any
     * becomes an IllegalStateException naming {@code what}.
     */
    public static void run(int threads, Runnable worker, String what) {
        if (threads <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                fs.add(pool.submit(worker));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
