package lae.symbolic;

import org.matheclipse.core.interfaces.IExpr;

import lae.core.ClaimId;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * The labelling rule of proof steps: what a step's strength may be, given what was checked and what its claim is
 * about ({@link ClaimId#scope()}). It is the only place where a step becomes {@link Strength#PROVED}:
 * <ol type="a">
 *   <li>a step checked by the size-independent checker ({@link FreeAlgebra}: {@code FreeIdentity}, {@code FreeGradient})
 *       whose normal form is 0, in an algebra whose sizes are all symbolic: the identity holds for every size
 *       ({@link #forFreeAlgebra}); if a size is pinned to 1 the step covers only that case, which is the claim's whole
 *       scope only for a one-dimensional claim;</li>
 *   <li>a Symja step that the script declares {@code "general"}, that is an identity (a value and an expected value,
 *       not a condition evaluated to True), for a claim about one fixed size
 *       ({@link ClaimId.Extent#ONE_DIMENSIONAL}: C5-C8): its free symbols cover the claim's whole scope
 *       ({@link #forSymja}).</li>
 * </ol>
 * Everything else that holds exactly is {@link Strength#CERTIFIED}: a {@code "general"} step of a claim about every size is a
 * check with explicit matrices at fixed sizes (it proves nothing about other sizes), and a condition is evaluated by Symja
 * before the judge sees it (the judge cannot tell whether it was computed in free symbols or at numbers). The step's scope
 * then says at which sizes it was checked (the script's {@code "at ..."}), and the note says why it is not proved.
 */
public final class StepScope {
    private StepScope() {
    }

    /** What the script declared about a Symja step's scope: nothing, "general", or "at SIZES". */
    public enum Declared { NONE, GENERAL, AT }

    /**
     * A step's strength, its scope (the sizes or instances it covers, for reports) and a note on how the rule
     * decided (appended to the step's "how"; empty if nothing to add).
     */
    public record Label(Strength strength, String scope, String note) {
    }

    /** The label of a Symja step judged by {@link StepJudge} ({@code at}: the sizes the script states, or null). */
    public static Label forSymja(ClaimId claim, StepJudge.Judgement j, Declared declared, String at, IExpr value, IExpr expected) {
        String stated = at == null || at.isBlank() ? "" : at;
        if (j.verdict() != Verdict.HOLDS || j.strength() != Strength.CERTIFIED) {
            // a counterexample is certified, a difference that only vanished at random points is sampled
            return new Label(j.strength(), stated, "");
        }
        boolean condition = expected.isTrue() || expected.isFalse();
        ClaimId.Scope scope = claim.definition().scope();
        if (declared == Declared.GENERAL) {
            if (scope.extent() == ClaimId.Extent.ONE_DIMENSIONAL && !condition) {
                return new Label(Strength.PROVED, scope.text(), "");
            }
            if (scope.extent() == ClaimId.Extent.ONE_DIMENSIONAL) {
                return new Label(Strength.CERTIFIED, scope.text(), "declared general, but a condition is evaluated before the judge sees it "
                        + "(free symbols cannot be told from numbers): certified; state it as an identity to prove it");
            }
            return new Label(Strength.CERTIFIED, "fixed sizes (the value is " + shape(value) + ")", "declared general, but " + claim.id() + " is about "
                    + scope.text() + ": a Symja check with explicit entries covers only the sizes it was computed at (certified there); "
                    + "only the size-independent checker (FreeIdentity, FreeGradient) proves a step for every size");
        }
        // no sizes stated: the instance is the one the step's statement names (reports show no scope)
        return new Label(Strength.CERTIFIED, stated, "");
    }

    /** "a 2 x 1 matrix", "a list of 3 entries", "a scalar". */
    static String shape(IExpr v) {
        if (!v.isList()) {
            return "a scalar";
        }
        int rows = v.argSize();
        if (rows > 0 && v.getAt(1).isList()) {
            int cols = v.getAt(1).argSize();
            boolean matrix = true;
            for (int i = 1; i <= rows; i++) {
                IExpr row = v.getAt(i);
                if (!row.isList() || row.argSize() != cols || (cols > 0 && row.getAt(1).isList())) {
                    matrix = false;
                }
            }
            if (matrix) {
                return "a " + rows + " x " + cols + " matrix";
            }
        }
        return "a list of " + rows + " entries";
    }

    /** The label of a step of the size-independent checker with this verdict, in {@code algebra}. */
    public static Label forFreeAlgebra(ClaimId claim, Verdict verdict, FreeAlgebra algebra) {
        if (verdict == Verdict.FAILS) {
            // the counterexample is an exact instance at fixed sizes
            return new Label(Strength.CERTIFIED, "an exact instance", "");
        }
        if (verdict != Verdict.HOLDS) {
            return new Label(Strength.CERTIFIED, algebra.coverage().text(), "");
        }
        boolean allSizes = algebra.coverage().everySize();
        if (allSizes || claim.definition().scope().extent() == ClaimId.Extent.ONE_DIMENSIONAL) {
            return new Label(Strength.PROVED, algebra.coverage().text(), algebra.coverage().assumptions().isEmpty() ? ""
                    : "under the hypotheses " + String.join(", ", algebra.coverage().assumptions()));
        }
        return new Label(Strength.CERTIFIED, algebra.coverage().text(), "proved for " + algebra.coverage().text() + " only, a part of what " + claim.id()
                + " is about (" + claim.definition().scope().text() + "): certified for that case");
    }
}
