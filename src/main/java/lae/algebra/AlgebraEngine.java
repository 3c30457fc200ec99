package lae.algebra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hipparchus.fraction.BigFraction;

import lae.core.Progress;

/**
 * The exact-algebra engine: the critical variety of a loss of the family on exact data, decomposed into primes over
 * Q by Singular, each prime analysed in Java ({@link ComponentAnalysis}).
 *
 * <p>Two strategies:
 * <ul>
 *   <li>{@link Strategy#COMPLEX}: the minimal associated primes of the whole gradient ideal J (with the balance
 *       equations added when they lie in J): every component of the complex critical variety;</li>
 *   <li>{@link Strategy#REAL_SLICE}: the cases of {@link RealSlice}, each decomposed separately (up to
 *       {@code threads} Singular processes at once): every real critical point up to O(k), but not every complex
 *       component.</li>
 * </ul>
 * {@link Strategy#AUTO} takes COMPLEX when k = 1 or the loss has no O(k) symmetry with balance, REAL_SLICE otherwise.
 */
public final class AlgebraEngine {
    /** How the variety is computed. */
    public enum Strategy { AUTO, COMPLEX, REAL_SLICE;

        /** "complex" or "real-slice". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** Parses "auto", "complex", "real-slice". */
        public static Strategy parse(String s) {
            for (Strategy x : values()) {
                if (x.label().equals(s)) {
                    return x;
                }
            }
            throw new IllegalArgumentException("unknown strategy '" + s + "' (allowed: auto, complex, real-slice)");
        }
    }

    /**
     * @param strategy how to compute
     * @param timeout  the time limit of each Singular run
     * @param threads  Singular processes at once (slice cases)
     */
    public record Options(Strategy strategy, Duration timeout, int threads) {
        /** AUTO, 120 s per run, 2 processes. */
        public static Options defaults() {
            return new Options(Strategy.AUTO, Duration.ofSeconds(120), 2);
        }
    }

    private AlgebraEngine() {
    }

    /** True if Singular is installed here ({@link SingularProcess#available}). */
    public static boolean available() {
        return SingularProcess.available();
    }

    /** The strategy AUTO chooses. */
    public static Strategy resolve(Strategy s, LossMember loss) {
        if (s != Strategy.AUTO) {
            return s;
        }
        return loss.balancedAtCriticalPoints() && loss.k() >= 2 ? Strategy.REAL_SLICE : Strategy.COMPLEX;
    }

    /** The critical variety of {@code loss} (k = loss.k() units) on {@code data}. */
    public static LossLandscape analyze(LossMember loss, ExactData data, Options options, Progress progress) {
        long t0 = System.nanoTime();
        int k = loss.k();
        List<BigFraction> c = data.covarianceDiagonal();
        Strategy strategy = resolve(options.strategy(), loss);
        if (strategy == Strategy.REAL_SLICE && !loss.balancedAtCriticalPoints()) {
            throw new IllegalArgumentException(loss + ": the real slice needs L_sigma or L_synthetic(w) with w > 0");
        }
        GradientIdeal full = new GradientIdeal(loss, c, k);
        List<LossLandscape.TableOneCheck> checks = tableOneChecks(full);
        List<Task> tasks = new ArrayList<>();
        if (strategy == Strategy.COMPLEX) {
            List<Polynomial> gens = new ArrayList<>(full.gradient());
            gens.addAll(full.balance());
            tasks.add(new Task("critical variety", full, gens));
        } else {
            for (RealSlice.Case cs : RealSlice.cases(data.m(), k)) {
                GradientIdeal ring = RealSlice.ring(loss, c, cs);
                tasks.add(new Task(cs.label(), ring, RealSlice.generators(ring, cs)));
            }
        }
        progress.phase("algebra: " + loss + " (" + strategy.label() + ", " + tasks.size() + " Singular run" + (tasks.size() == 1 ? "" : "s") + ")");
        List<Component> components = new ArrayList<>();
        double cpu = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.threads(), tasks.size())), r -> {
            Thread t = new Thread(r, "lae-singular");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Component>>> futures = new ArrayList<>();
            double[] cpuOf = new double[tasks.size()];
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    Decomposition.Result r = Decomposition.compute(task.ring.names(), task.generators, options.timeout());
                    cpuOf[index] = r.cpuSeconds();
                    List<Component> out = new ArrayList<>();
                    for (Decomposition.Prime p : r.primes()) {
                        out.add(ComponentAnalysis.analyze(task.ring, task.generators, p, task.piece, k));
                    }
                    return out;
                }));
            }
            for (Future<List<Component>> f : futures) {
                components.addAll(f.get());
            }
            for (double x : cpuOf) {
                cpu += x;
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SingularException se) {
                LossLandscape.Status st = switch (se.kind()) {
                    case ABSENT -> LossLandscape.Status.ABSENT;
                    case TIMEOUT -> LossLandscape.Status.TIMEOUT;
                    default -> LossLandscape.Status.FAILED;
                };
                return new LossLandscape(loss, data, k, strategy, st, se.getMessage(), List.of(), checks, cpu, seconds(t0));
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SingularException(SingularException.Kind.TIMEOUT, "interrupted");
        } finally {
            pool.shutdownNow();
        }
        if (strategy == Strategy.REAL_SLICE) {
            components.add(0, origin(full));
        }
        components.sort(ORDER);
        if (strategy == Strategy.COMPLEX) {
            checks = onComponents(full, checks, components);
        }
        return new LossLandscape(loss, data, k, strategy, LossLandscape.Status.COMPLETE, null, components, checks, cpu, seconds(t0));
    }

    private record Task(String piece, GradientIdeal ring, List<Polynomial> generators) {
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Components in a fixed order: by piece (as the cases are listed), dimension, degree, index set, basis. */
    static final Comparator<Component> ORDER = Comparator.comparing((Component x) -> pieceKey(x.piece()))
            .thenComparing(Component::dimension, Comparator.reverseOrder())
            .thenComparing(Component::degree)
            .thenComparing(x -> x.indexSet() == null ? "~" : x.indexSetText())
            .thenComparing(x -> x.basis().toString());

    private static String pieceKey(String piece) {
        return piece.equals("critical variety") ? "0" : piece;
    }

    /** The origin, the only real critical point with rank W2 = 0 (slice case rho = 0). */
    private static Component origin(GradientIdeal full) {
        int nv = full.names().size();
        List<Polynomial> basis = new ArrayList<>();
        for (int v = 0; v < nv; v++) {
            basis.add(Polynomial.variable(nv, v));
        }
        boolean critical = full.gradient().stream().allMatch(g -> g.constantTerm().signum() == 0);
        return new Component("slice rank 0 (the origin)", 0, 1, basis, true, critical, true, java.util.Collections.nCopies(full.m(), "0"),
                List.of(), 0, new RealPoints(RealPoints.Status.YES, 1, "table-1 point",
                "rank W2 = 0: W2 = 0, and W1 W1^T = W2^T W2 = 0 gives W1 = 0 at a real point: the origin, whose gradient is 0 (every gradient polynomial has no constant term)"));
    }

    private static List<LossLandscape.TableOneCheck> tableOneChecks(GradientIdeal full) {
        List<LossLandscape.TableOneCheck> out = new ArrayList<>();
        if (!full.loss().hasTableOne()) {
            return out;
        }
        for (List<Integer> set : TableOneFamily.predictedIndexSets(full.loss(), full.covariance(), full.k())) {
            RadicalPoint p;
            try {
                p = TableOnePoint.of(full, set);
            } catch (IllegalArgumentException e) {
                out.add(new LossLandscape.TableOneCheck(set, false, false, null, e.getMessage()));
                continue;
            }
            boolean critical = full.gradient().stream().allMatch(p::vanishes);
            out.add(new LossLandscape.TableOneCheck(set, true, critical, null, ComponentAnalysis.pointText(full.names(), p)));
        }
        return out;
    }

    private static List<LossLandscape.TableOneCheck> onComponents(GradientIdeal full, List<LossLandscape.TableOneCheck> checks, List<Component> components) {
        List<LossLandscape.TableOneCheck> out = new ArrayList<>();
        for (LossLandscape.TableOneCheck t : checks) {
            if (!t.real()) {
                out.add(t);
                continue;
            }
            RadicalPoint p = TableOnePoint.of(full, t.indexSet());
            boolean on = components.stream().anyMatch(x -> t.indexSet().equals(x.indexSet()) && x.basis().stream().allMatch(p::vanishes));
            out.add(new LossLandscape.TableOneCheck(t.indexSet(), true, t.critical(), on, t.point()));
        }
        return out;
    }
}
