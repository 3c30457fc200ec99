package lae.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one claim for one loss, with its evidence and its strength: one row of a report and
 * one element of the "results" array of its JSON (schema in README.md). Built with {@link #of}:
 * <pre>
 *   ClaimResult.of(ClaimId.C17, "L_sigma").verdict(Verdict.FAILS, Strength.EXHAUSTIVE)
 *           .scope("m = 20, n = 30, k = 8, lambda = 10").cases(213, 140).worstResidual(120)
 *           .counterexample("...").evidence("...").build();
 * </pre>
 * Every label is earned, and the constructor refuses one that is not:
 * <ul>
 *   <li>every verdict has a scope: {@link #GENERAL} (every size the claim is about) or the configurations and sizes
 *       its evidence covers; {@code general} goes with {@link Strength#PROVED} and only with it;</li>
 *   <li>a claim about one configuration (an experiment: {@link ClaimId.Extent#CONFIGURATION}) gets HOLDS or FAILS
 *       only from evidence at that configuration ({@link Builder#atClaimConfiguration}); an instance elsewhere,
 *       whatever it shows, leaves it INCONCLUSIVE there;</li>
 *   <li>a derived verdict names its premises and is no stronger than its weakest one;</li>
 *   <li>{@link Strength#NONE} (nothing computed) gives only INCONCLUSIVE.</li>
 * </ul>
 *
 * @param claim          the claim (its id prints as reports spell it: "C17", "MB-C17")
 * @param loss           "L", "L_pi", "L_sigma", "L_synthetic" or "-" when the claim is not about one loss
 * @param reading        which reading of the claim this verdict answers
 * @param verdict        HOLDS, FAILS or INCONCLUSIVE
 * @param strength       how the verdict was obtained (proved, certified, exhaustive, sampled, observed, none)
 * @param scope          {@link #GENERAL}, or the configurations and sizes the evidence covers
 * @param casesChecked   how many cases were computed
 * @param casesFailed    how many contradicted the claim
 * @param worstResidual  the largest residual over the cases (its meaning is in {@code evidence}); NaN if none
 * @param counterexample the smallest failing case, or null
 * @param corrected      a corrected statement that was verified separately, or null
 * @param evidence       one or two sentences: what was computed, on which sizes, and why this verdict
 * @param premises       the verdicts a derived verdict rests on (empty for a verdict computed directly)
 */
public record ClaimResult(ClaimId claim, String loss, Reading reading, Verdict verdict, Strength strength, String scope,
                          int casesChecked, int casesFailed, double worstResidual, String counterexample,
                          String corrected, String evidence, List<Premise> premises) {

    /** The scope of a verdict whose evidence covers every size the claim is about. */
    public static final String GENERAL = "general";

    /** The loss of a verdict about no single loss. */
    public static final String NO_LOSS = "-";

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(evidence, "evidence");
        premises = List.copyOf(premises);
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException(claim + " " + loss + ": a verdict needs a scope (general, or the sizes it covers)");
        }
        if ((strength == Strength.PROVED) != GENERAL.equals(scope)) {
            throw new IllegalArgumentException(claim + " " + loss + ": strength " + strength.label() + " with scope '" + scope
                    + "' (proved goes with scope general, and only with it)");
        }
        if (claim.definition().scope().extent() == ClaimId.Extent.CONFIGURATION && verdict != Verdict.INCONCLUSIVE
                && !scope.startsWith(claim.definition().scope().text())) {
            throw new IllegalArgumentException(claim + " " + loss + ": " + verdict + " from evidence at '" + scope
                    + "', but the claim is about " + claim.definition().scope().text() + " (evidence elsewhere leaves it INCONCLUSIVE)");
        }
        if (strength == Strength.NONE && verdict != Verdict.INCONCLUSIVE) {
            throw new IllegalArgumentException(claim + " " + loss + ": " + verdict + " with nothing computed");
        }
        for (Premise p : premises) {
            if (strength.ordinal() < p.strength().ordinal()) {
                throw new IllegalArgumentException(claim + " " + loss + ": derived verdict " + strength.label()
                        + " is stronger than its premise " + p.claim() + " (" + p.strength().label() + ")");
            }
        }
    }

    /** A builder for the verdict on {@code claim} for {@code loss} (reading as printed, no cases, no residual, no premises). */
    public static Builder of(ClaimId claim, String loss) {
        return new Builder(claim, loss);
    }

    /** A builder that starts from this verdict. */
    public Builder toBuilder() {
        return new Builder(claim, loss).reading(reading).verdict(verdict, strength).scope(scope)
                .cases(casesChecked, casesFailed).worstResidual(worstResidual).counterexample(counterexample).corrected(corrected)
                .evidence(evidence).premises(premises);
    }

    /** The same verdict under another reading. */
    public ClaimResult withReading(Reading newReading) {
        return toBuilder().reading(newReading).build();
    }

    /** "HOLDS (sampled)": the verdict with its strength, the way every report shows it. */
    public String verdictWithStrength() {
        return verdict + " (" + strength.label() + ")";
    }

    /** Whether this verdict was derived from other verdicts. */
    public boolean derived() {
        return !premises.isEmpty();
    }

    /** Builds a {@link ClaimResult}; verdict, strength, scope and evidence are required. */
    public static final class Builder {
        private final ClaimId claim;
        private final String loss;
        private Reading reading = Reading.AS_PRINTED;
        private Verdict verdict;
        private Strength strength;
        private int casesChecked;
        private int casesFailed;
        private double worstResidual = Double.NaN;
        private String counterexample;
        private String corrected;
        private String evidence;
        private String scope;
        private final List<Premise> premises = new ArrayList<>();

        private Builder(ClaimId claim, String loss) {
            this.claim = claim;
            this.loss = loss;
        }

        /** The reading the verdict answers (default: as printed). */
        public Builder reading(Reading r) {
            this.reading = r;
            return this;
        }

        /** HOLDS, FAILS or INCONCLUSIVE, and how it was obtained: a verdict never comes without its strength. */
        public Builder verdict(Verdict v, Strength s) {
            this.verdict = v;
            this.strength = s;
            return this;
        }

        /** {@link ClaimResult#GENERAL} (only with PROVED), or the configurations and sizes the evidence covers. */
        public Builder scope(String s) {
            this.scope = s;
            return this;
        }

        /**
         * The evidence was computed at the configuration the claim is about ({@link ClaimId#scope()}), with these
         * details (or none): the scope is that configuration's text, then the details.
         */
        public Builder atClaimConfiguration(String details) {
            String base = claim.definition().scope().text();
            this.scope = details == null || details.isBlank() ? base : base + "; " + details;
            return this;
        }

        /** The verdicts this one is derived from. */
        public Builder premises(List<Premise> ps) {
            premises.clear();
            premises.addAll(ps);
            return this;
        }

        /** One more verdict this one is derived from. */
        public Builder premise(Premise p) {
            premises.add(p);
            return this;
        }

        /** How many cases were computed, and how many contradicted the claim. */
        public Builder cases(int checked, int failed) {
            this.casesChecked = checked;
            this.casesFailed = failed;
            return this;
        }

        /** The largest residual over the cases (NaN: none). */
        public Builder worstResidual(double r) {
            this.worstResidual = r;
            return this;
        }

        /** The smallest failing case, or null. */
        public Builder counterexample(String c) {
            this.counterexample = c;
            return this;
        }

        /** A corrected statement verified separately, or null. */
        public Builder corrected(String c) {
            this.corrected = c;
            return this;
        }

        /** What was computed, on which sizes, and why this verdict. */
        public Builder evidence(String e) {
            this.evidence = e;
            return this;
        }

        /** The verdict row. */
        public ClaimResult build() {
            return new ClaimResult(claim, loss, reading, verdict, strength, scope, casesChecked, casesFailed, worstResidual,
                    counterexample, corrected, evidence, premises);
        }
    }
}
