package lae.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.LossKind;
import lae.numeric.HessianInertia;
import lae.symbolic.SymjaFormula;

/**
 * One claim's check: turns the {@link Measurements} of a claim file into the verdict on one claim for
 * one loss, and says on which cases the claim's formulas are evaluated (the dry run before any work
 * evaluates a claim file's formulas there). A check holds no state: what it works on comes with each call
 * as a {@link CheckContext} (the claim, the claim file, its data), which also builds its verdicts. Subclasses
 * are named after what they test; {@link ClaimChecks} lists them by claim id. The shared helpers here: the
 * converged Newton points and the inertia of a component, a formula's value, the verdict of a search.
 */
abstract class ClaimCheck {

    /** The verdict for this loss (kind and ms are those of the loss; checks about no single loss ignore them), or null if the claim does not apply. */
    abstract ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms);

    /**
     * Feeds to {@code sink} every binding of the variables at which this check evaluates the formula of
     * {@code field} ({@code candidate}: one of its candidate corrections, evaluated also where a correction is
     * verified). A claim without formula fields has none.
     */
    void formulaCases(CheckContext on, String field, boolean candidate, Consumer<Map<String, Double>> sink) {
    }

    /** A converged Newton point of a claim file's search, with the lambda and m0 of the measurements it belongs to. */
    record ConvergedPoint(double lambda, int m0, Measurements.SearchCase search) {
    }

    /** Every converged Newton point of {@code ms}, in the order of the measurements and their search. */
    static List<ConvergedPoint> convergedPoints(List<Measurements> ms) {
        List<ConvergedPoint> out = new ArrayList<>();
        for (Measurements m : ms) {
            for (Measurements.SearchCase sc : m.search) {
                if (sc.result().converged()) {
                    out.add(new ConvergedPoint(m.lambda, m.m0, sc));
                }
            }
        }
        return out;
    }

    /** A component's inertia: from the identity representative, else the random one; null if neither decides or they disagree. */
    record Component(IndexSet set, HessianInertia inertia, String reason, boolean randomUndecided) {
    }

    static List<Component> components(Measurements m) {
        Map<IndexSet, HessianInertia[]> byset = new java.util.LinkedHashMap<>();
        for (Measurements.ComponentCase c : m.components) {
            byset.computeIfAbsent(c.indexSet(), x -> new HessianInertia[2])[c.representative().ordinal()] = c.inertia();
        }
        List<Component> out = new ArrayList<>();
        byset.forEach((set, two) -> {
            HessianInertia id = two[TableOne.Representative.IDENTITY.ordinal()];
            HessianInertia rnd = two[TableOne.Representative.RANDOM.ordinal()];
            boolean rndUndecided = rnd != null && !rnd.decided();
            if (id != null && id.decided() && rnd != null && rnd.decided() && !id.ejml().sameCounts(rnd.ejml())) {
                out.add(new Component(set, null, "identity " + id.ejml() + " and random representative " + rnd.ejml() + " disagree", false));
            } else if (id != null && id.decided()) {
                out.add(new Component(set, id, null, rndUndecided));
            } else if (rnd != null && rnd.decided()) {
                out.add(new Component(set, rnd, null, false));
            } else {
                out.add(new Component(set, null, id == null ? "no identity representative" : id.undecidedReason(), rndUndecided));
            }
        });
        return out;
    }

    /** "printed" for the paper's formula, "claim file's" for the user's own ({@link ClaimFile.ClaimSpec#origin}). */
    static String label(ClaimFile.ClaimSpec spec, String field) {
        return spec.isPrinted(field) ? "printed" : "claim file's";
    }

    /** The formula's value, or NaN where it has none (so that it matches no measurement). */
    static double valueOrNaN(SymjaFormula f, Map<String, Double> b) {
        try {
            return f.evaluate(b);
        } catch (SymjaFormula.Undefined u) {
            return Double.NaN;
        }
    }

    /**
     * The verdict of a claim tested at converged Newton points: INCONCLUSIVE without one, FAILS with a witness
     * (a residual above {@link Tolerance#WITNESS_MIN}), INCONCLUSIVE when the worst residual is between the two
     * tolerances, HOLDS when every residual is within {@link Tolerance#NEWTON_MEMBER} ({@link #undecidedWhy} says why
     * it is INCONCLUSIVE).
     */
    static Verdict searchVerdict(int cases, int failed, double worst) {
        return cases == 0 ? Verdict.INCONCLUSIVE : failed > 0 ? Verdict.FAILS : worst > Tolerance.NEWTON_MEMBER.value() ? Verdict.INCONCLUSIVE : Verdict.HOLDS;
    }

    /** Why a search-based verdict is INCONCLUSIVE: no converged point, or a residual between the two tolerances. */
    static String undecidedWhy(int cases, int failed, double worst) {
        if (cases == 0) {
            return " INCONCLUSIVE: no Newton run converged, so there is no point to test (set search.random_starts or perturbed_starts).";
        }
        if (failed == 0 && worst > Tolerance.NEWTON_MEMBER.value()) {
            return " INCONCLUSIVE: the worst residual " + sci(worst) + " is above the membership tolerance " + sci(Tolerance.NEWTON_MEMBER.value())
                    + " but not above the witness threshold " + sci(Tolerance.WITNESS_MIN.value()) + ": too close to call either way.";
        }
        return "";
    }

    static String sci(double v) {
        return Numbers.sci(v);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
