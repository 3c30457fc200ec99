package lae.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * A proof script's verdict per (claim, loss), from its printed steps. The verdict is FAILS over INCONCLUSIVE over
 * HOLDS of the printed steps; a failure is as strong as its (exact) counterexample; a verdict that holds is as strong as
 * its weakest printed step, so it is {@link Strength#PROVED} only when every printed step is ({@link StepScope}). The
 * evidence says what that covers: for a proved verdict, the scope of its steps and the facts the script states were used
 * by hand ({@code ProofArgument}); otherwise the sizes or instances the printed steps were checked at, and the general
 * argument as an argument by hand.
 */
final class ProofClaims {
    private ProofClaims() {
    }

    static List<ClaimResult> of(String name, List<ProofStep> steps, List<String[]> arguments) {
        Map<String, List<ProofStep>> groups = new LinkedHashMap<>();
        for (ProofStep s : steps) {
            groups.computeIfAbsent(s.claim() + "\u0000" + s.loss() + "\u0000" + s.reading(), k -> new ArrayList<>()).add(s);
        }
        List<ClaimResult> out = new ArrayList<>();
        for (List<ProofStep> g : groups.values()) {
            List<ProofStep> printed = g.stream().filter(ProofStep::isPrinted).collect(Collectors.toList());
            if (printed.isEmpty()) {
                continue;
            }
            Verdict v = Verdict.HOLDS;
            int failed = 0;
            ProofStep firstFail = null;
            for (ProofStep s : printed) {
                v = v.and(s.verdict());
                if (s.verdict() == Verdict.FAILS) {
                    failed++;
                    if (firstFail == null) {
                        firstFail = s;
                    }
                }
            }
            String counter = firstFail == null ? null
                    : "step " + firstFail.index() + " (" + firstFail.text() + "): computed " + StepJudge.shorten(firstFail.computed(), 200)
                    + ", expected " + StepJudge.shorten(firstFail.expected(), 200)
                    + (firstFail.counterexample() != null ? ", e.g. at " + firstFail.counterexample() : "");
            List<String> corrected = g.stream().filter(s -> s.isCorrected() && s.verdict() == Verdict.HOLDS)
                    .map(ProofStep::text).collect(Collectors.toList());
            long lemmas = g.stream().filter(s -> s.role().equals("lemma")).count();
            Strength strength = firstFail != null ? firstFail.strength()
                    : printed.stream().map(ProofStep::strength).reduce(Strength.PROVED, Strength::weakest);
            ProofStep first = g.get(0);
            String evidence = "proofs/" + name + ".m: " + printed.size() + " step(s) testing the claim as printed ("
                    + (printed.size() - failed) + " hold, " + failed + " fail)"
                    + (corrected.isEmpty() ? "" : ", " + corrected.size() + " corrected statement(s) verified")
                    + (lemmas == 0 ? "" : ", " + lemmas + " supporting lemma(s)")
                    + "; exact symbolic / rational computation"
                    + (v == Verdict.HOLDS ? "; " + scopeText(printed, strength, byHand(arguments, first), first.claim()) : "")
                    + " (report reports/proofs/" + name + ".md).";
            String scope = strength == Strength.PROVED ? ClaimResult.GENERAL
                    : firstFail != null ? stepScope(List.of(firstFail), name) : stepScope(printed, name);
            if (first.claim().definition().scope().extent() == ClaimId.Extent.CONFIGURATION && v != Verdict.INCONCLUSIVE) {
                // an instance elsewhere neither refutes nor confirms a claim about one configuration
                evidence = "What proofs/" + name + ".m computed is at " + scope + ", not at what " + first.claim() + " is about ("
                        + first.claim().definition().scope().text() + "): there it "
                        + (v == Verdict.FAILS ? "contradicts the claim's wording (" + counter + ")" : "agrees with the claim")
                        + ", which neither refutes nor confirms the claim at its configuration. " + evidence;
                v = Verdict.INCONCLUSIVE;
                counter = null;
                corrected = List.of();
            }
            out.add(ClaimResult.of(first.claim(), first.loss())
                    .reading(first.reading())
                    .verdict(v, strength).scope(scope)
                    .cases(printed.size(), failed)
                    .counterexample(counter)
                    .corrected(corrected.isEmpty() ? null : String.join("; ", corrected))
                    .evidence(evidence).build());
        }
        return out;
    }

    /** The sizes and instances these steps were checked at, as a verdict's scope. */
    static String stepScope(List<ProofStep> steps, String name) {
        Set<String> at = new LinkedHashSet<>();
        List<String> unnamed = new ArrayList<>();
        for (ProofStep s : steps) {
            if (s.scope().isEmpty()) {
                unnamed.add(Integer.toString(s.index()));
            } else {
                at.add(s.scope().startsWith("at ") ? s.scope().substring(3) : s.scope());
            }
        }
        if (!unnamed.isEmpty()) {
            at.add("the instances of proofs/" + name + ".m step" + (unnamed.size() == 1 ? " " : "s ") + String.join(", ", unnamed));
        }
        return String.join("; ", at);
    }

    private static List<String> byHand(List<String[]> arguments, ProofStep first) {
        List<String> r = new ArrayList<>();
        for (String[] a : arguments) {
            if (a[0].equals(first.claim().id() + "|" + first.reading()) && a[1].equals(first.loss())) {
                r.add(a[2]);
            }
        }
        return r;
    }

    private static String scopeText(List<ProofStep> printed, Strength strength, List<String> byHand, lae.core.ClaimId claim) {
        String hand = byHand.isEmpty() ? "" : String.join(" ", byHand);
        if (strength == Strength.PROVED) {
            Set<String> scopes = new LinkedHashSet<>();
            printed.forEach(s -> scopes.add(s.scope()));
            return "every printed step is proved (" + String.join("; ", scopes) + ")"
                    + (hand.isEmpty() ? "" : ". By hand (the argument that combines them and the standard facts it uses, not checked by the toolkit): " + hand);
        }
        Set<String> at = new LinkedHashSet<>();
        List<String> unnamed = new ArrayList<>();
        for (ProofStep s : printed) {
            if (s.strength() != Strength.PROVED) {
                if (s.scope().isEmpty()) {
                    unnamed.add(Integer.toString(s.index()));
                } else {
                    at.add(s.scope());
                }
            }
        }
        if (!unnamed.isEmpty()) {
            at.add("the instances named in step" + (unnamed.size() == 1 ? " " : "s ") + String.join(", ", unnamed));
        }
        return strength.label() + ", not proved for what " + claim.id() + " is about (" + claim.definition().scope().text()
                + "): printed steps checked at " + String.join("; ", at)
                + ". The general argument, by hand: " + (hand.isEmpty() ? "none stated in the script" : hand);
    }
}
