package lae.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The toolkit's one parallel-map helper: independent work on a fixed pool of threads, each result in its place,
 * so that a result never depends on the number of threads or on their timing.
 */
public final class Workers {
    private Workers() {
    }

    /**
     * Runs {@code worker} on {@code threads} threads (inline when threads &lt;= 1); each copy takes its own share of
     * the work (typically from a shared counter). A failure of any becomes an IllegalStateException naming
     * {@code what}.
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

    /**
     * [task(0), ..., task(n - 1)], computed on up to {@link Runtime#availableProcessors()} daemon threads, in that
     * order whatever the order of completion. A RuntimeException of a task is rethrown as it is (so a typed exception
     * keeps its type); any other failure becomes an IllegalStateException.
     */
    public static <T> List<T> map(int n, IntFunction<T> task) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
        if (threads == 1) {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(task.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lae-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                final int j = i;
                fs.add(pool.submit(() -> task.apply(j)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> fu : fs) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
