package lae.core;

import java.util.Objects;

/**
 * The verdict on one claim for one loss, with its evidence and its strength: one row of a report and
 * one element of the "results" array of its JSON (schema in README.md). Built with {@link #of}:
 * <pre>
 *   ClaimResult.of(ClaimId.C17, "L_sigma").verdict(Verdict.FAILS).strength(Strength.EXHAUSTIVE)
 *           .cases(213, 140).worstResidual(120).counterexample("...").evidence("...").build();
 * </pre>
 *
 * @param claim          the claim (its id prints as reports spell it: "C17", "MB-C17")
 * @param loss           "L", "L_pi", "L_sigma", "L_synthetic" or "-" when the claim is not about one loss
 * @param reading        which reading of the claim this verdict answers
 * @param verdict        HOLDS, FAILS or INCONCLUSIVE
 * @param strength       how the verdict was obtained (proved, certified, exhaustive, sampled, observed, none)
 * @param casesChecked   how many cases were computed
 * @param casesFailed    how many contradicted the claim
 * @param worstResidual  the largest residual over the cases (its meaning is in {@code evidence}); NaN if none
 * @param counterexample the smallest failing case, or null
 * @param corrected      a corrected statement that was verified separately, or null
 * @param evidence       one or two sentences: what was computed, on which sizes, and why this verdict
 */
public record ClaimResult(ClaimId claim, String loss, Reading reading, Verdict verdict, Strength strength,
                          int casesChecked, int casesFailed, double worstResidual, String counterexample,
                          String corrected, String evidence) {

    /** The loss of a verdict about no single loss. */
    public static final String NO_LOSS = "-";

    public ClaimResult {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A builder for the verdict on {@code claim} for {@code loss} (reading as printed, no cases, no residual). */
    public static Builder of(ClaimId claim, String loss) {
        return new Builder(claim, loss);
    }

    /** A builder that starts from this verdict. */
    public Builder toBuilder() {
        return new Builder(claim, loss).reading(reading).verdict(verdict).strength(strength).cases(casesChecked, casesFailed)
                .worstResidual(worstResidual).counterexample(counterexample).corrected(corrected).evidence(evidence);
    }

    /** The same verdict under another reading. */
    public ClaimResult withReading(Reading newReading) {
        return toBuilder().reading(newReading).build();
    }

    /** "HOLDS (sampled)": the verdict with its strength, the way every report shows it. */
    public String verdictWithStrength() {
        return verdict + " (" + strength.label() + ")";
    }

    /** Builds a {@link ClaimResult}; verdict, strength and evidence are required. */
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

        private Builder(ClaimId claim, String loss) {
            this.claim = claim;
            this.loss = loss;
        }

        /** The reading the verdict answers (default: as printed). */
        public Builder reading(Reading r) {
            this.reading = r;
            return this;
        }

        /** HOLDS, FAILS or INCONCLUSIVE. */
        public Builder verdict(Verdict v) {
            this.verdict = v;
            return this;
        }

        /** How the verdict was obtained. */
        public Builder strength(Strength s) {
            this.strength = s;
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
            return new ClaimResult(claim, loss, reading, verdict, strength, casesChecked, casesFailed, worstResidual,
                    counterexample, corrected, evidence);
        }
    }
}
