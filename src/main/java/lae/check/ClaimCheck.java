package lae.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import lae.config.ClaimFile;
import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Tolerance;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.DataMatrix;
import lae.model.LossKind;
import lae.numeric.HessianInertia;
import lae.symbolic.SymjaFormula;

/**
 * One claim's check: turns the {@link Measurements} of a claim file into the verdict on one claim for
 * one loss, and says on which cases the claim's formulas are evaluated (the dry run before any work
 * evaluates a claim file's formulas there). Subclasses are named after what they test; {@link ClaimChecks}
 * lists them by claim id. The shared helpers here: where a case is, the strength of a verdict over
 * components, the inertia of a component, and the search for a corrected formula.
 */
abstract class ClaimCheck {
    protected final ClaimFile cf;
    protected final DataMatrix data;
    protected final AssumptionViolations violations;
    private final ClaimId claim;

    ClaimCheck(CheckContext context, ClaimId claim) {
        this.cf = context.file();
        this.data = context.data();
        this.violations = context.violations();
        this.claim = claim;
    }

    /** The claim this check answers. */
    final ClaimId claim() {
        return claim;
    }

    /** The verdict for this loss (kind and ms are those of the loss; checks about no single loss ignore them), or null if the claim does not apply. */
    abstract ClaimResult check(ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms);

    /**
     * Feeds to {@code sink} every binding of the variables at which this check evaluates the formula of
     * {@code field} ({@code candidate}: one of its candidate corrections, evaluated also where a correction is
     * verified). A claim without formula fields has none.
     */
    void formulaCases(String field, boolean candidate, Consumer<Map<String, Double>> sink) {
    }

    /**
     * The configuration this claim file's checks computed on (a verdict's scope): its name, m, n, k and lambdas,
     * and for a census limited by max_index_set_size, that limit.
     */
    protected String scope() {
        StringBuilder lambdas = new StringBuilder();
        for (double l : cf.lambdas) {
            lambdas.append(lambdas.length() > 0 ? ", " : "").append(fmt(l));
        }
        return Numbers.format("%s: m = %d, n = %d, k = %d, lambda = %s%s", cf.name, data.m(), data.n(), cf.k, lambdas,
                cf.maxIndexSetSize < cf.k ? ", |I| <= " + cf.maxIndexSetSize : "");
    }

    protected String where(LossKind kind, double lambda, IndexSet set) {
        return Numbers.format("%s, m=%d, n=%d, k=%d, lambda=%s, I=%s", kind.label(), data.m(), data.n(), cf.k, fmt(lambda), set);
    }

    /** The builder of this check's verdict for {@code loss}, with its claim, verdict, strength and this claim file's {@link #scope} set. */
    protected ClaimResult.Builder result(String loss, Verdict verdict, Strength strength) {
        return ClaimResult.of(claim, loss).verdict(verdict).strength(strength).scope(scope());
    }

    /**
     * The sampled verdict for {@code loss} of a claim tested at converged Newton points ({@link #searchVerdict}), with the
     * tally's cases, worst residual and counterexample, and the evidence followed by {@link #undecidedWhy}.
     */
    protected ClaimResult searchResult(String loss, CaseTally tally, String evidence) {
        return result(loss, searchVerdict(tally.cases(), tally.failed(), tally.worst()), Strength.SAMPLED)
                .cases(tally.cases(), tally.failed())
                .worstResidual(tally.worst())
                .counterexample(tally.counterexample())
                .evidence(evidence + undecidedWhy(tally.cases(), tally.failed(), tally.worst())).build();
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

    protected ClaimResult inconclusiveIfAssumptionsFail(String loss, int cases, Strength strength) {
        List<String> v = violations.forLoss(loss);
        if (v.isEmpty()) {
            return null;
        }
        return result(loss, Verdict.INCONCLUSIVE, strength)
                .cases(cases, 0)
                .evidence("the theorem's assumptions are violated by this input: " + String.join("; ", v)).build();
    }

    /**
     * The strength of a verdict over Table-1 components: exhaustive when every index set with |I| <= k
     * was enumerated, sampled when the claim file limits |I| (max_index_set_size < k) and so leaves
     * components out.
     */
    protected Strength componentStrength() {
        return cf.maxIndexSetSize >= cf.k ? Strength.EXHAUSTIVE : Strength.SAMPLED;
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
