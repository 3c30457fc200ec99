package lae.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each labelling rule of {@link ClaimResult}'s constructor refuses the label it forbids and accepts the one it allows. */
class ClaimResultRulesTest {

    private static ClaimResult.Builder sampled(ClaimId claim) {
        return holds(claim, Strength.SAMPLED);
    }

    private static ClaimResult.Builder holds(ClaimId claim, Strength strength) {
        return ClaimResult.of(claim, "L_sigma").verdict(Verdict.HOLDS, strength).evidence("e");
    }

    @Test
    void everyVerdictNeedsAScope() {
        assertThatThrownBy(() -> sampled(ClaimId.C14).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a scope");
        assertThat(sampled(ClaimId.C14).scope("m = 3, k = 2").build().scope()).isEqualTo("m = 3, k = 2");
    }

    @Test
    void provedGoesWithScopeGeneralAndOnlyWithIt() {
        assertThatThrownBy(() -> holds(ClaimId.C9, Strength.PROVED).scope("k <= 2").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proved goes with scope general");
        assertThatThrownBy(() -> sampled(ClaimId.C9).scope(ClaimResult.GENERAL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proved goes with scope general");
        assertThat(holds(ClaimId.C9, Strength.PROVED).scope(ClaimResult.GENERAL).build().strength()).isEqualTo(Strength.PROVED);
    }

    @Test
    void anInstanceElsewhereCannotDecideAClaimAboutOneConfiguration() {
        // C29 is about Figure 4's configuration: a certified fact at m = n = k = 1 can neither refute nor confirm it
        ClaimResult.Builder elsewhere = ClaimResult.of(ClaimId.C29, "L_synthetic").evidence("e").scope("m = n = k = 1");
        assertThatThrownBy(() -> elsewhere.verdict(Verdict.FAILS, Strength.CERTIFIED).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INCONCLUSIVE");
        assertThatThrownBy(() -> elsewhere.verdict(Verdict.HOLDS, Strength.CERTIFIED).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(elsewhere.verdict(Verdict.INCONCLUSIVE, Strength.CERTIFIED).build().verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(ClaimResult.of(ClaimId.C29, "L_synthetic").evidence("e").verdict(Verdict.FAILS, Strength.SAMPLED)
                .atClaimConfiguration("Newton from 24 starts").build().verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void nothingComputedGivesOnlyInconclusive() {
        assertThatThrownBy(() -> holds(ClaimId.C14, Strength.NONE).scope("no data").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing computed");
        assertThat(ClaimResult.of(ClaimId.C14, "L_sigma").evidence("e").verdict(Verdict.INCONCLUSIVE, Strength.NONE).scope("no data").build().strength())
                .isEqualTo(Strength.NONE);
    }

    @Test
    void aDerivedVerdictIsNoStrongerThanItsWeakestPremise() {
        ClaimResult premise = sampled(ClaimId.C22).scope("m = 8, k = 4").build();
        assertThatThrownBy(() -> holds(ClaimId.KUNIN_2, Strength.CERTIFIED).scope("m = 8, k = 4").premise(Premise.of(premise, "r")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stronger than its premise");
        assertThat(sampled(ClaimId.KUNIN_2).scope("m = 8, k = 4").premise(Premise.of(premise, "r")).build().premises()).hasSize(1);
    }
}
