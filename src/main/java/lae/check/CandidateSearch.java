package lae.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import lae.config.ClaimFile;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.model.LossKind;
import lae.numeric.HessianInertia;
import lae.symbolic.SymjaFormula;

/**
 * The search for a corrected count formula among a claim file's candidates, keeping every outcome: a
 * candidate is accepted only if it matches every decided case of this configuration and then every
 * decided component of {@link IndependentConfiguration}; a rejected one is recorded with the first
 * case where it fails (or has no value), so that a report can say which candidates were tried and why
 * they were rejected, instead of dropping them silently.
 *
 * <p>Agreement is to 1e-9: the measured counts are integers and a formula's value is exact up to
 * Symja's numeric evaluation of rationals (relative 1e-16), so 1e-9 separates "equal" from "off by
 * one" with a margin of many orders.
 */
public final class CandidateSearch {

    private CandidateSearch() {
    }

    /** One candidate: accepted, or rejected with where and why. */
    public record Outcome(String source, boolean accepted, String reason) {
        /** The candidate and its outcome, for the evidence. */
        public String describe() {
            return source + (accepted ? ": accepted" : ": rejected, " + reason);
        }
    }

    /**
     * The first accepted candidate's corrected statement (null if none) and every candidate tried up to
     * and including it, in the claim file's order.
     */
    public record Result(String corrected, List<Outcome> outcomes) {
        /** The candidates rejected, in order. */
        public List<Outcome> rejected() {
            return outcomes.stream().filter(o -> !o.accepted()).toList();
        }

        /** " Candidates rejected: A: rejected, ...; B: ..." for a claim's evidence, or "" when none was rejected. */
        public String rejectedSummary() {
            List<Outcome> r = rejected();
            if (r.isEmpty()) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (Outcome o : r) {
                parts.add(o.describe());
            }
            return " Candidates rejected: " + String.join("; ", parts) + ".";
        }
    }

    /**
     * Searches {@code spec}'s candidates for {@code field} against the decided cases ({@code measured[i][0]}
     * at {@code bindings.get(i)}) and then the independent configuration for {@code kind}.
     */
    public static Result countFormula(ClaimFile.ClaimSpec spec, String field, LossKind kind, List<double[]> measured,
                                      List<Map<String, Double>> bindings, ToIntFunction<HessianInertia> measure, String what) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SymjaFormula cand : spec.candidates(field)) {
            String here = firstMismatch(cand, measured, bindings);
            if (here != null) {
                outcomes.add(new Outcome(cand.source(), false, "here: " + here));
                continue;
            }
            List<IndependentConfiguration.Case> ind = IndependentConfiguration.cases().get(kind);
            int ok = 0;
            String there = null;
            for (IndependentConfiguration.Case c : ind) {
                if (!c.inertia().decided()) {
                    continue;
                }
                Map<String, Double> b = Bindings.of(IndependentConfiguration.M, IndependentConfiguration.N, IndependentConfiguration.K,
                        c.indexSet(), IndependentConfiguration.m0(), IndependentConfiguration.LAMBDA);
                String why = mismatch(cand, b, measure.applyAsInt(c.inertia()));
                if (why == null) {
                    ok++;
                } else if (there == null) {
                    there = "I=" + c.indexSet() + ": " + why;
                }
            }
            if (there != null || ok == 0) {
                outcomes.add(new Outcome(cand.source(), false, "on the independent configuration: "
                        + (there != null ? there : "no decided component to verify it on")));
                continue;
            }
            outcomes.add(new Outcome(cand.source(), true, null));
            String corrected = Numbers.format("%s = %s: matches all %d decided cases here and all %d components of the %s.",
                    what, cand.source(), measured.size(), ok, IndependentConfiguration.describe());
            return new Result(corrected, outcomes);
        }
        return new Result(null, outcomes);
    }

    private static String firstMismatch(SymjaFormula cand, List<double[]> measured, List<Map<String, Double>> bindings) {
        for (int i = 0; i < measured.size(); i++) {
            String why = mismatch(cand, bindings.get(i), measured.get(i)[0]);
            if (why != null) {
                Map<String, Double> b = bindings.get(i);
                return "at l=" + (long) (double) b.get("l") + ", dI=" + (long) (double) b.get("dI") + ": " + why;
            }
        }
        return null;
    }

    /** Null if the candidate's value equals {@code measured}, else why not. */
    private static String mismatch(SymjaFormula cand, Map<String, Double> b, double measured) {
        try {
            double v = cand.evaluate(b);
            return Math.abs(v - measured) <= Tolerance.FORMULA_AGREE.value() ? null : "gives " + Numbers.general(v) + ", measured " + (long) measured;
        } catch (SymjaFormula.Undefined u) {
            return "no value (" + u.reason() + "), measured " + (long) measured;
        }
    }
}
