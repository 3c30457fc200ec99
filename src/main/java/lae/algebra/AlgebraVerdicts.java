package lae.algebra;

import lae.core.Reading;
import lae.core.ClaimId;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

import lae.core.Strength;
import lae.core.Verdict;

/**
 * The verdicts that an exact critical variety decides, each certified on its configuration (the scope), drawn from
 * the computation ({@link LandscapeFacts}), never from constants:
 * <ul>
 *   <li>L, L_pi, L_sigma: C15 (the real critical set is the union of Table 1's images) and C16 (its components and
 *       their dimensions); L_sigma also C9 (every real critical point has W1 = W2^T);</li>
 *   <li>L_synthetic(w), w &gt; 0: C29 in its landscape reading (every real critical point transposed at this w) and C30
 *       (the precise form of the conjecture: transposed, and on the synthetic Table 1);</li>
 *   <li>L_sigma with m = n = k = 1: C5, C6, C7, C8, the 1-D picture of Section 2 ({@code proofs/critical_1d.m});</li>
 *   <li>L_nonuniform and L_tied: the completeness of the toolkit's classifications BAO-T1 and KUNIN-T1
 *       ({@link NeighbourCompleteness}).</li>
 * </ul>
 * Where the engine could not compute (Singular absent, a time limit), every verdict is INCONCLUSIVE with strength
 * none and the reason; where a component's real points are not decided, the verdicts that depend on it are
 * INCONCLUSIVE.
 */
public final class AlgebraVerdicts {
    private AlgebraVerdicts() {
    }

    /** The verdicts of one loss at one lambda. */
    public static List<AlgebraVerdict> of(LossLandscape l) {
        LandscapeFacts f = new LandscapeFacts(l);
        List<AlgebraVerdict> out = new ArrayList<>();
        LossMember loss = l.loss();
        boolean oneD = l.data().m() == 1 && l.data().n() == 1 && l.k() == 1;
        switch (loss.kind()) {
            case L, L_PI -> {
                out.add(c15(f));
                out.add(c16(f));
            }
            case L_SIGMA -> {
                if (oneD) {
                    out.addAll(oneDimensional(f));
                }
                out.add(symmetry(f, ClaimId.C9, Reading.AS_PRINTED, "every real critical point of L_sigma has W1 = W2^T"));
                out.add(c15(f));
                out.add(c16(f));
            }
            case L_SYNTHETIC -> {
                if (loss.w().signum() > 0) {
                    out.add(c29(f));
                    out.add(c30(f));
                }
            }
            case L_NONUNIFORM -> out.add(NeighbourCompleteness.nonUniform(l));
            case L_TIED -> out.add(NeighbourCompleteness.tied(l));
            default -> {
            }
        }
        return out;
    }

    private static AlgebraVerdict row(LandscapeFacts f, ClaimId claim, Reading reading, Verdict v, Strength s, int failed, String counterexample,
                                      String corrected, String evidence) {
        LossLandscape l = f.landscape;
        return new AlgebraVerdict(claim, l.loss().name(), reading, v, s, l.scope(), l.components().size(), failed, counterexample, corrected, evidence);
    }

    /** The INCONCLUSIVE row when the variety could not be computed or checked, else null. */
    private static AlgebraVerdict notComputed(LandscapeFacts f, ClaimId claim, Reading reading) {
        LossLandscape l = f.landscape;
        if (!f.complete()) {
            String why = switch (l.status()) {
                case ABSENT -> l.reason();
                case TIMEOUT -> "the decomposition did not finish: " + l.reason();
                default -> "the engine failed: " + l.reason();
            };
            return row(f, claim, reading, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, "No critical variety: " + why + ".");
        }
        if (!f.inconsistencies.isEmpty()) {
            return row(f, claim, reading, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null,
                    "The engine's own cross-checks failed (" + String.join("; ", f.inconsistencies) + "), so no verdict is drawn.");
        }
        return null;
    }

    private static String undecidedText(LandscapeFacts f) {
        return f.undecided.size() + " component(s) without a real-point certificate (" + LandscapeFacts.describe(f.undecided.get(0)) + ")";
    }

    /** C15: the real critical set is the union of the printed Table-1 images. */
    static AlgebraVerdict c15(LandscapeFacts f) {
        AlgebraVerdict nc = notComputed(f, ClaimId.C15, Reading.AS_PRINTED);
        if (nc != null) {
            return nc;
        }
        LossLandscape l = f.landscape;
        if (!f.offTable.isEmpty()) {
            Component c = f.offTable.get(0);
            return row(f, ClaimId.C15, Reading.AS_PRINTED, Verdict.FAILS, Strength.CERTIFIED, f.offTable.size(), LandscapeFacts.describe(c), null,
                    f.census() + "; a component with real points lies on no Table-1 family of a predicted index set.");
        }
        if (!f.undecided.isEmpty()) {
            return row(f, ClaimId.C15, Reading.AS_PRINTED, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, f.census() + "; " + undecidedText(f) + ".");
        }
        if (!f.missing.isEmpty()) {
            return row(f, ClaimId.C15, Reading.AS_PRINTED, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, f.census()
                    + "; no component with real points was identified for the predicted index set(s) " + f.missing + " although their Table-1 points are critical: the computation is incomplete.");
        }
        String identified = f.census() + "; every one lies on the Table-1 family of its index set (the family's equations reduce to 0 modulo the prime), "
                + "and the index sets with real points are exactly Table 1's: " + f.realIndexSets() + ".";
        if (!TableOneFamily.sumType(l.loss())) {
            List<Integer> witness = f.predicted.stream().filter(s -> !s.isEmpty() && s.size() < l.k()).findFirst().orElse(null);
            if (witness != null) {
                GradientIdeal full = GradientIdeal.of(l.loss(), l.data().covarianceDiagonal(), l.k());
                RadicalPoint p = TableOnePoint.offPrinted(full, witness);
                boolean critical = full.gradient().stream().allMatch(p::vanishes);
                if (critical) {
                    int dim = TableOneFamily.familyDimension(l.loss(), l.k(), witness.size());
                    return row(f, ClaimId.C15, Reading.AS_PRINTED, Verdict.FAILS, Strength.CERTIFIED, 1,
                            "I = " + Component.setText(witness) + ": (W1, W2) with " + ComponentAnalysis.pointText(full.names(), p)
                                    + " is critical (exact gradient 0) and W2 W1 = U_I D U_I^T fixes its index set, but its decoder is not the printed U_I A G^+ "
                                    + "for G = W1 U_I A^-1: it is outside the printed image; its component has dimension " + dim + " = 2kl - l^2 > kl = "
                                    + (l.k() * witness.size()),
                            "the critical set is the disjoint union over |I| <= k of {(G A U_I^T, U_I A H) : G in F_I, H G = I_l}, A = (I_l + lambda Sigma_I^-2)^(-1/2)"
                                    + " (A = I for L), of dimension 2kl - l^2; the printed image is its subset H = G^+ (certified on the same instance: every real component is such a family)",
                            identified + " For 0 < l < k the family {(G A U_I^T, U_I A H) : H G = I_l} is larger than the printed image (H = G^+).");
                }
            }
        }
        return row(f, ClaimId.C15, Reading.AS_PRINTED, Verdict.HOLDS, Strength.CERTIFIED, 0, null, null, identified
                + (TableOneFamily.sumType(l.loss()) ? " On the sum type the family is Table 1's image {O T U_I^T : O in V_I}." : ""));
    }

    /** C16: each component has the dimension of F_I (k l) or V_I (k l - l(l+1)/2). */
    static AlgebraVerdict c16(LandscapeFacts f) {
        AlgebraVerdict nc = notComputed(f, ClaimId.C16, Reading.AS_PRINTED);
        if (nc != null) {
            return nc;
        }
        LossLandscape l = f.landscape;
        if (!f.offTable.isEmpty() || !f.undecided.isEmpty() || !f.missing.isEmpty()) {
            return row(f, ClaimId.C16, Reading.AS_PRINTED, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null,
                    "The real critical set is not identified with the Table-1 families (see C15), so the component dimensions are not read off.");
        }
        List<String> measured = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (List<Integer> set : f.predicted) {
            int lsize = set.size();
            int dim = TableOneFamily.familyDimension(l.loss(), l.k(), lsize);
            int printed = TableOneFamily.printedDimension(l.loss(), l.k(), lsize);
            String complexDims = complexDimensions(l, set);
            measured.add(Component.setText(set) + ": " + dim + (complexDims.isEmpty() ? "" : " (complex " + complexDims + ")"));
            if (dim != printed) {
                wrong.add("I = " + Component.setText(set) + " (l = " + lsize + "): dimension " + dim + ", printed " + printed);
            }
            if (!complexDims.isEmpty() && !complexDims.equals(String.valueOf(dim))) {
                return row(f, ClaimId.C16, Reading.AS_PRINTED, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, "The prime(s) of I = "
                        + Component.setText(set) + " have complex dimension " + complexDims + ", not the dimension " + dim + " of the real family: not decided.");
            }
        }
        String how = "Each real component is one Table-1 family (C15), a single orbit of " + (TableOneFamily.sumType(l.loss())
                ? "O(k), diffeomorphic to the Stiefel manifold V_l(R^k) of dimension kl - l(l+1)/2"
                : "GL_k, {(G A U_I^T, U_I A H) : H G = I_l}, of dimension 2kl - l^2")
                + "; the families of different I are disjoint (W2 W1 differs). Dimensions per I: " + String.join("; ", measured)
                + (l.strategy() == AlgebraEngine.Strategy.REAL_SLICE ? " (in the slices these components are zero-dimensional: the slice meets each orbit in finitely many points)"
                : " (the complex dimension of the prime(s), from Singular, agrees)") + ".";
        if (!wrong.isEmpty()) {
            return row(f, ClaimId.C16, Reading.AS_PRINTED, Verdict.FAILS, Strength.CERTIFIED, wrong.size(), wrong.get(0),
                    "each component is {(G A U_I^T, U_I A H) : G in F_I, H G = I_l}, of dimension 2kl - l^2 (= kl only when l = k or l = 0)", how);
        }
        return row(f, ClaimId.C16, Reading.AS_PRINTED, Verdict.HOLDS, Strength.CERTIFIED, 0, null, null, how);
    }

    private static String complexDimensions(LossLandscape l, List<Integer> set) {
        if (l.strategy() != AlgebraEngine.Strategy.COMPLEX) {
            return "";
        }
        return String.join(", ", l.components().stream().filter(c -> c.real() && set.equals(c.indexSet())).map(c -> String.valueOf(c.dimension())).distinct().toList());
    }

    /** Every real critical point symmetric (C9, C6, and C29's landscape reading). */
    static AlgebraVerdict symmetry(LandscapeFacts f, ClaimId claim, Reading reading, String statement) {
        AlgebraVerdict nc = notComputed(f, claim, reading);
        if (nc != null) {
            return nc;
        }
        Boolean s = f.symmetric();
        if (Boolean.FALSE.equals(s)) {
            Component c = f.asymmetricWitness();
            return row(f, claim, reading, Verdict.FAILS, Strength.CERTIFIED, f.realAsymmetric.size(), LandscapeFacts.describe(c) + "; W1 - W2^T is not in its prime "
                    + "(Groebner basis checked), so, the prime being zero-dimensional over Q, no point of it is symmetric", null,
                    f.census() + "; claim: " + statement + ".");
        }
        if (s == null) {
            return row(f, claim, reading, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, f.census() + "; " + (f.undecidedNotSymmetric.isEmpty()
                    ? "a component with real points is not contained in {W1 = W2^T} and is not zero-dimensional: whether its real points are symmetric is not decided"
                    : undecidedText(f)) + ".");
        }
        return row(f, claim, reading, Verdict.HOLDS, Strength.CERTIFIED, 0, null, null, f.census() + "; every component with real points lies in {W1 = W2^T} "
                + "(every entry of W1 - W2^T reduces to 0 modulo its prime), and every other component has a certificate that it has no real point: " + statement + ".");
    }

    /**
     * C29, landscape reading: the transpose property at this w, at this instance. The claim is about Figure 4's
     * configuration, so the verdict is INCONCLUSIVE whatever the instance shows; the certified fact is in its evidence.
     */
    static AlgebraVerdict c29(LandscapeFacts f) {
        BigFraction w = f.landscape.loss().w();
        AlgebraVerdict sym = symmetry(f, ClaimId.C29, Reading.LANDSCAPE, "every real critical point of L_synthetic(" + LossMember.format(w) + ") has W1 = W2^T");
        if (sym.verdict() == Verdict.INCONCLUSIVE && sym.strength() == Strength.NONE) {
            return sym;
        }
        // C29 is about Figure 4's configuration (ClaimId.C29.scope()): an instance elsewhere neither confirms nor refutes it
        int c = w.compareTo(new BigFraction(1, 200));
        String note = "The paper reports (Figure 4: Section 4.2's data, m = 20, k = 8, in training) that the transpose property holds at w = 0.5 and 0.05 and fails at 0.005"
                + (c == 0 || w.compareTo(new BigFraction(1, 20)) == 0 || w.compareTo(new BigFraction(1, 2)) == 0 ? ""
                        : c < 0 ? "; w = " + LossMember.format(w) + " is below every printed weight" : "; it states nothing at w = " + LossMember.format(w))
                + ". This computation is about the landscape of the stated instance only, and neither confirms nor refutes the claim at m = 20. ";
        return new AlgebraVerdict(sym.claim(), sym.loss(), sym.reading(), Verdict.INCONCLUSIVE, Strength.CERTIFIED, sym.scope(), sym.casesChecked(), 0, null, null,
                note + "Certified fact at this instance: " + (sym.verdict() == Verdict.HOLDS ? "every real critical point is transposed" : "the transpose property fails in the landscape ("
                        + sym.counterexample() + ")") + ". " + sym.evidence());
    }

    /** C30 (precise form at this w and lambda): transposed, and the real critical set is the synthetic Table 1. */
    static AlgebraVerdict c30(LandscapeFacts f) {
        AlgebraVerdict nc = notComputed(f, ClaimId.C30, Reading.LANDSCAPE);
        if (nc != null) {
            return nc;
        }
        Boolean s = f.symmetric();
        String statement = "the precise form of the conjecture (docs/explore.md): every real critical point is transposed and lies on the synthetic Table 1, "
                + "W1 = W2^T = O T_I U_I^T with t_i^2 = (c_i - lambda_sigma)/(c_i + lambda_pi), I within {i : c_i > lambda_sigma}, |I| <= k, every such component present";
        if (s == null || !f.undecided.isEmpty()) {
            return row(f, ClaimId.C30, Reading.LANDSCAPE, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, f.census() + "; "
                    + (f.undecided.isEmpty() ? "the symmetry of some real component is not decided" : undecidedText(f)) + ".");
        }
        if (s && f.offTable.isEmpty() && f.missing.isEmpty()) {
            return row(f, ClaimId.C30, Reading.LANDSCAPE, Verdict.HOLDS, Strength.CERTIFIED, 0, null, null, f.census()
                    + "; every one is transposed and lies on the synthetic Table-1 family of its index set, and the index sets with real points are exactly "
                    + f.realIndexSets() + ": " + statement + ", holds at this (w, lambda).");
        }
        String failure = Boolean.FALSE.equals(s) ? LandscapeFacts.describe(f.asymmetricWitness()) + ", not transposed"
                : !f.offTable.isEmpty() ? LandscapeFacts.describe(f.offTable.get(0)) + ", on no synthetic Table-1 family"
                : "the predicted index set(s) " + f.missing + " have no real component";
        return row(f, ClaimId.C30, Reading.LANDSCAPE, Verdict.INCONCLUSIVE, Strength.CERTIFIED, 1, null, null, "The conjecture allows conditions on w and lambda, "
                + "so an instance where its precise form fails does not refute it. Certified fact at this (w, lambda): " + statement + " fails: " + failure + ".");
    }

    /** C5, C6, C7, C8 on the 1-D L_sigma (m = n = k = 1, x = s_1). */
    static List<AlgebraVerdict> oneDimensional(LandscapeFacts f) {
        LossLandscape l = f.landscape;
        List<AlgebraVerdict> out = new ArrayList<>();
        BigFraction x2 = l.data().covarianceDiagonal().get(0);
        BigFraction lambda = l.loss().lambda();
        AlgebraVerdict c15 = c15(f);
        String expect = lambda.compareTo(x2) < 0 ? "the origin and (t, t), (-t, -t) with t^2 = 1 - lambda/x^2 = " + LossMember.format(BigFraction.ONE.subtract(lambda.divide(x2)))
                : "the origin alone (no real t with t^2 = 1 - lambda/x^2 = " + LossMember.format(BigFraction.ONE.subtract(lambda.divide(x2))) + ")";
        out.add(new AlgebraVerdict(ClaimId.C5, c15.loss(), Reading.AS_PRINTED, c15.verdict(), c15.strength(), c15.scope(), c15.casesChecked(), c15.casesFailed(),
                c15.counterexample(), null, "The real critical points should be " + expect + ". " + c15.evidence()));
        out.add(symmetry(f, ClaimId.C6, Reading.AS_PRINTED, "every real critical point of the 1-D L_sigma has w1 = w2"));
        GradientIdeal g = GradientIdeal.of(l.loss(), l.data().covarianceDiagonal(), 1);
        Polynomial obj = g.objective();
        int n = g.names().size();
        Polynomial moved = obj.substitute(List.of(Polynomial.variable(n, 0).scale(new BigFraction(2)), Polynomial.variable(n, 1).scale(new BigFraction(1, 2))));
        Polynomial diff = moved.minus(obj);
        out.add(row(f, ClaimId.C7, Reading.AS_PRINTED, diff.isZero() ? Verdict.FAILS : Verdict.HOLDS, Strength.CERTIFIED, 1, diff.isZero()
                ? "L_sigma(2 w1, w2/2) = L_sigma(w1, w2) identically" : null, null,
                "L_sigma(2 w1, w2/2) - L_sigma(w1, w2) = " + diff.toSingular(g.names()) + " (exact), not identically 0: no invariance under M = 2 in GL_1."));
        if (lambda.compareTo(x2) > 0) {
            AlgebraVerdict nc = notComputed(f, ClaimId.C8, Reading.AS_PRINTED);
            if (nc != null) {
                out.add(nc);
            } else if (!f.undecided.isEmpty()) {
                out.add(row(f, ClaimId.C8, Reading.AS_PRINTED, Verdict.INCONCLUSIVE, Strength.NONE, 0, null, null, undecidedText(f) + "."));
            } else {
                boolean onlyOrigin = f.real.size() == 1 && List.of().equals(f.real.get(0).indexSet()) && f.real.get(0).dimension() == 0
                        && Integer.valueOf(1).equals(f.real.get(0).realPoints().count());
                out.add(row(f, ClaimId.C8, Reading.AS_PRINTED, onlyOrigin ? Verdict.HOLDS : Verdict.FAILS, Strength.CERTIFIED, onlyOrigin ? 0 : f.real.size(),
                        onlyOrigin ? null : f.real.stream().filter(c -> !List.of().equals(c.indexSet())).map(LandscapeFacts::describe).findFirst().orElse("more than one real point"),
                        null, "lambda = " + LossMember.format(lambda) + " > x^2 = " + LossMember.format(x2) + "; " + f.census()
                                + (onlyOrigin ? ": the only real critical point is the origin." : ".")));
            }
        }
        return out;
    }
}
