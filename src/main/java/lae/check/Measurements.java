package lae.check;

import lae.config.ClaimFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import lae.core.Progress;
import lae.landscape.ComponentIdentifier;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.model.RegularizedLaeLoss;
import lae.numeric.CriticalPointSolver;
import lae.numeric.HessianInertia;
import lae.numeric.Workers;

/**
 * The numeric evidence for one (loss, lambda): the Table-1 points with their gradients and
 * Hessian inertia, a dense cross-check of that inertia in the original coordinates, and the
 * critical points that Newton's method finds from perturbed Table-1 points and random starts.
 */
public final class Measurements {

    /** One Table-1 point: I, representative, gradient residual (original coordinates), inertia (singular basis). */
    public record ComponentCase(IndexSet indexSet, TableOne.Representative representative, double gradientResidual,
                                HessianInertia inertia) {
    }

    /** The dense original-coordinate inertia of a sampled case beside its singular-basis inertia. */
    public record DenseCheck(IndexSet indexSet, HessianInertia dense, HessianInertia blocks) {
        /** Both decided and equal. */
        public boolean agrees() {
            return dense.decided() && blocks.decided() && dense.ejml().sameCounts(blocks.ejml());
        }

        /** Both decided and different: a real disagreement between the two computations. */
        public boolean disagrees() {
            return dense.decided() && blocks.decided() && !dense.ejml().sameCounts(blocks.ejml());
        }
    }

    /** A Newton run: where it started, whether it converged, and where it landed. */
    public record SearchCase(String origin, IndexSet startedFrom, CriticalPointSolver.Result result,
                             ComponentIdentifier.Identification identification) {
    }

    public final LossKind kind;
    public final double lambda;
    public final int m0;
    public final List<ComponentCase> components = new ArrayList<>();
    public final List<IndexSet> absent = new ArrayList<>();
    public final List<DenseCheck> dense = new ArrayList<>();
    public final List<SearchCase> search = Collections.synchronizedList(new ArrayList<>());
    public double secondsTableOne;
    public double secondsDense;
    public double secondsNewton;

    /** Empty measurements, to be filled by a caller (tests use it to prove that each check can fail). */
    public static Measurements empty(LossKind kind, double lambda, int m0) {
        return new Measurements(kind, lambda, m0);
    }

    private Measurements(LossKind kind, double lambda, int m0) {
        this.kind = kind;
        this.lambda = lambda;
        this.m0 = m0;
    }

    /** Gradient residual: ||grad f|| / (1 + ||C||_F), dimensionless. */
    public static double gradientResidual(RegularizedLaeLoss f, LaePoint p) {
        return f.gradient(p).norm() / (1 + org.ejml.dense.row.NormOps_DDRM.normF(f.covariance()));
    }

    /** The measurements of loss {@code kind} at {@code lambda} on {@code cf}'s configuration, each phase reported to {@code progress}. */
    public static Measurements run(ClaimFile cf, DataMatrix data, LossKind kind, double lambda, Progress progress) {
        DataMatrix basis = data.inSingularBasis();
        double[] s = data.singularValues();
        int m = data.m();
        int k = cf.k;
        Measurements out = new Measurements(kind, lambda, data.m0(lambda));
        RegularizedLaeLoss f = RegularizedLaeLoss.of(kind, lambda, cf.wSigma, data.covariance(), k);
        RegularizedLaeLoss fb = RegularizedLaeLoss.of(kind, lambda, cf.wSigma, basis.covariance(), k);

        // Table 1: every I with |I| <= max size, plus the top sets {1..k} and {1..min(k, m0)}
        List<IndexSet> sets = IndexSet.allUpTo(m, cf.maxIndexSetSize);
        for (IndexSet top : List.of(IndexSet.first(k), IndexSet.first(Math.min(k, out.m0)))) {
            if (!sets.contains(top)) {
                sets.add(top);
            }
        }
        long t0 = System.nanoTime();
        List<IndexSet> present = new ArrayList<>();
        for (IndexSet set : sets) {
            if (TableOne.exists(kind, s, lambda, set)) {
                present.add(set);
            } else {
                out.absent.add(set);
            }
        }
        progress.start(kind.label() + " lambda=" + lambda + ": Table 1", present.size());
        List<ComponentCase> cases = parallel(present.size(), i -> {
            IndexSet set = present.get(i);
            List<ComponentCase> two = new ArrayList<>(2);
            for (TableOne.Representative rep : TableOne.Representative.values()) {
                Random rnd = new Random(cf.searchSeed * 1_000_003L + set.hashCode() * 31L + rep.ordinal());
                var g = TableOne.representative(rep, kind, k, set.size(), rnd);
                LaePoint p = TableOne.point(kind, data.u(), s, lambda, set, g);
                LaePoint pb = TableOne.point(kind, basis.u(), s, lambda, set, g);
                two.add(new ComponentCase(set, rep, gradientResidual(f, p), HessianInertia.of(fb.hessian(pb))));
            }
            progress.step();
            return two;
        });
        out.components.addAll(cases);
        progress.done();
        out.secondsTableOne = (System.nanoTime() - t0) / 1e9;

        // dense cross-check in the original coordinates on a seeded sample (random representatives)
        long t1 = System.nanoTime();
        Random pick = new Random(cf.searchSeed + 17);
        List<ComponentCase> random = out.components.stream().filter(c -> c.representative() == TableOne.Representative.RANDOM).toList();
        int nDense = Math.min(cf.denseSample, random.size());
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < random.size(); i++) {
            chosen.add(i);
        }
        Collections.shuffle(chosen, pick);
        List<Integer> sample = chosen.subList(0, nDense);
        progress.start(kind.label() + " lambda=" + lambda + ": dense cross-check", nDense);
        out.dense.addAll(parallel(nDense, i -> {
            ComponentCase c = random.get(sample.get(i));
            Random rnd = new Random(cf.searchSeed * 1_000_003L + c.indexSet().hashCode() * 31L + TableOne.Representative.RANDOM.ordinal());
            var g = TableOne.representative(TableOne.Representative.RANDOM, kind, k, c.indexSet().size(), rnd);
            LaePoint p = TableOne.point(kind, data.u(), s, lambda, c.indexSet(), g);
            progress.step();
            return List.of(new DenseCheck(c.indexSet(), HessianInertia.of(f.hessian(p)), c.inertia()));
        }));
        progress.done();
        out.secondsDense = (System.nanoTime() - t1) / 1e9;

        // Newton: perturbed Table-1 points, then random starts
        long t2 = System.nanoTime();
        CriticalPointSolver solver = new CriticalPointSolver(CriticalPointSolver.Options.defaults().withStep(CriticalPointSolver.Step.GEODESIC_ACCELERATION));
        ComponentIdentifier identifier = new ComponentIdentifier(kind, data, lambda);
        int nPert = present.isEmpty() ? 0 : cf.perturbedStarts;
        int nRand = cf.randomStarts;
        progress.start(kind.label() + " lambda=" + lambda + ": Newton", nPert + nRand);
        List<SearchCase> found = parallel(nPert + nRand, i -> {
            Random rnd = new Random(cf.searchSeed * 7919L + i * 104729L + kind.ordinal());
            LaePoint start;
            IndexSet from = null;
            String origin;
            if (i < nPert) {
                from = present.get(rnd.nextInt(present.size()));
                var g = TableOne.representative(TableOne.Representative.RANDOM, kind, k, from.size(), rnd);
                LaePoint p = TableOne.point(kind, data.u(), s, lambda, from, g);
                double[] v = p.toVector();
                double eps = 1e-3 * (1 + p.norm()) / Math.sqrt(v.length);
                for (int j = 0; j < v.length; j++) {
                    v[j] += eps * rnd.nextGaussian();
                }
                start = LaePoint.fromVector(v, m, k);
                origin = "perturbed " + from;
            } else {
                double[] v = new double[2 * m * k];
                double sd = 1 / Math.sqrt(m);
                for (int j = 0; j < v.length; j++) {
                    v[j] = sd * rnd.nextGaussian();
                }
                start = LaePoint.fromVector(v, m, k);
                origin = "random #" + (i - nPert);
            }
            CriticalPointSolver.Result r = solver.solve(f, start);
            progress.step();
            return List.of(new SearchCase(origin, from, r, r.converged() ? identifier.identify(r.point()) : null));
        });
        out.search.addAll(found);
        progress.done();
        out.secondsNewton = (System.nanoTime() - t2) / 1e9;
        return out;
    }

    /** Runs task(0..n-1) on all cores ({@link Workers}: each thread takes the next task), keeping the order of results. */
    static <T> List<T> parallel(int n, IntFunction<List<T>> task) {
        Object[] parts = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Workers.run(Math.min(Runtime.getRuntime().availableProcessors(), n), () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                parts[i] = task.apply(i);
            }
        }, "a parallel measurement");
        List<T> out = new ArrayList<>();
        for (Object part : parts) {
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) part;
            out.addAll(list);
        }
        return out;
    }
}
