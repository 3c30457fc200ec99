package lae.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import lae.core.Numbers;
import lae.core.Progress;
import lae.symbolic.ProofRunner;

/**
 * Proof scripts run one after the other on a thread of their own, beside other work: the scripts are
 * single-threaded Symja, while the claim files' Newton runs use every core but not all the time, so the
 * overlap shortens the main job's wall time and changes nothing else (the results are collected in the
 * scripts' order).
 */
final class ProofThread {
    /** Stack of the proof thread: Symja recurses deeply (the launcher gives the main thread -Xss8m). */
    private static final long STACK_BYTES = 64L << 20;

    private final CompletableFuture<List<ProofRunner.ScriptResult>> results = new CompletableFuture<>();

    private ProofThread() {
    }

    /** Starts running {@code scripts} (in order) on a daemon thread with a large stack, announcing each finished script to {@code progress}. */
    static ProofThread start(List<Path> scripts, Progress progress) {
        ProofThread p = new ProofThread();
        Thread thread = new Thread(null, () -> {
            try {
                List<ProofRunner.ScriptResult> out = new ArrayList<>();
                for (Path script : scripts) {
                    ProofRunner.ScriptResult r = ProofRunner.run(script);
                    out.add(r);
                    progress.phase("proof script " + out.size() + "/" + scripts.size() + " done: " + r.name() + " ("
                            + r.steps().size() + " steps, " + Numbers.fixed(r.seconds(), 1) + " s)");
                }
                p.results.complete(out);
            } catch (Throwable e) {
                p.results.completeExceptionally(e);
            }
        }, "lae-proofs", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return p;
    }

    /** Waits for every script; a script's failure (an input error, or running out of memory or stack) is rethrown as it was thrown. */
    List<ProofRunner.ScriptResult> join() {
        try {
            return results.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err; // out of memory or stack: the CLI answers these in one line (exit 4), as on the main thread
            }
            throw e;
        }
    }
}
