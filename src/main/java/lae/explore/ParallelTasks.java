package lae.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.HessianInertia;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent tasks on a fixed pool, keeping their order (the explorer's starts and Adam runs). */
public final class ParallelTasks {
    private ParallelTasks() {
    }

    /** Runs task(0..n-1) on up to availableProcessors threads, keeping the order. */
    static <T> List<T> parallel(int n, java.util.function.IntFunction<T> task) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n));
        if (threads == 1) {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(task.apply(i));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "lae-explore");
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
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }}
