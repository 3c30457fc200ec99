package lae.algebra;

import lae.core.ClaimId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

import lae.core.Strength;
import lae.core.Verdict;

/**
 * The engine on Singular's recorded answers ({@link RecordedSingular}): scripts, parsing, the Java analysis of every
 * component, certificates and verdicts, with no Singular on the machine. Each expected verdict is what the
 * mathematics says at that instance; the last tests make sure the verdict logic can fail.
 */
class RecordedVerdictsTest {
    private static RecordedSingular.Config config(String name) {
        return RecordedSingular.CONFIGS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static AlgebraVerdict verdict(List<AlgebraVerdict> vs, ClaimId claim) {
        return vs.stream().filter(v -> v.claim().equals(claim)).findFirst().orElseThrow();
    }

    @Test
    void scriptAndAnswerFormats() {
        List<String> names = List.of("a_1_1", "b_1_1");
        PolynomialParser p = new PolynomialParser(names);
        String script = Decomposition.script(names, List.of(p.parse("2*a_1_1-3*b_1_1^2")));
        assertThat(script).contains("ring R = 0, (a_1_1,b_1_1), dp;").contains("minAssGTZ(J)").contains("-3*b_1_1^2+2*a_1_1;")
                .contains("system(\"random\", 271828)");
        Decomposition.Result r = Decomposition.parse("@component\n@dim 0\n@degree 2\n@gen a_1_1-b_1_1\n@gen 2*b_1_1^2-1\n@cpu 12\n@end\n", names, 0.5);
        assertThat(r.primes()).hasSize(1);
        assertThat(r.primes().get(0).degree()).isEqualTo(2);
        assertThat(r.cpuSeconds()).isEqualTo(0.012);
        assertThatThrownBy(() -> Decomposition.parse("@component\n@dim 0\n@degree 1\n@gen a_1_1\n", names, 0)).isInstanceOf(SingularException.class).hasMessageContaining("@end");
        assertThatThrownBy(() -> Decomposition.parse("@component\n@gen a_1_1\n@end\n", names, 0)).isInstanceOf(SingularException.class);
        assertThat(SingularProcess.firstError("@x\n   ? can not convert $INVALID$(xq) -> matrix\n   ? error occurred in or before\n", ""))
                .isEqualTo("can not convert $INVALID$(xq) -> matrix");
        assertThat(SingularProcess.firstError("@component\n@end\n", "")).isNull();
    }

    @Test
    void oneDimensionalSumLossIsSection2sPicture() {
        LossLandscape below = RecordedSingular.landscape(config("m1-sum-lambda2"));
        assertThat(below.components()).hasSize(3);
        // origin (1 real point), w1 = w2 with 2 w^2 = 1 (2 real points), w1 = -w2 with 2 w^2 = -3 (none)
        assertThat(below.components().stream().map(c -> c.realPoints().count()).toList()).containsExactlyInAnyOrder(1, 2, 0);
        List<AlgebraVerdict> vs = AlgebraVerdicts.of(below);
        for (ClaimId c : List.of(ClaimId.C5, ClaimId.C6, ClaimId.C7, ClaimId.C9, ClaimId.C15, ClaimId.C16)) {
            assertThat(verdict(vs, c).verdict()).as(c.id()).isEqualTo(Verdict.HOLDS);
            assertThat(verdict(vs, c).strength()).isEqualTo(Strength.CERTIFIED);
        }
        assertThat(vs.stream().noneMatch(v -> v.claim().equals(ClaimId.C8))).as("C8 is about lambda > x^2 only").isTrue();
        LossLandscape above = RecordedSingular.landscape(config("m1-sum-lambda5"));
        AlgebraVerdict c8 = verdict(AlgebraVerdicts.of(above), ClaimId.C8);
        assertThat(c8.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(c8.scope()).isEqualTo("m = 1, n = 1, k = 1, s = (2), lambda = 5");
    }

    @Test
    void productLossFailsC15AndC16AsPrintedWithTheCorrectedDimension() {
        LossLandscape l = RecordedSingular.landscape(config("m3-k2-product"));
        assertThat(l.components()).hasSize(7);
        assertThat(l.components()).allMatch(Component::critical).allMatch(Component::basisChecked).allMatch(Component::real);
        // I = {i}: dimension 2kl - l^2 = 3 (printed kl = 2); I = {i, j}: 4; the origin: 0
        assertThat(l.components().stream().map(Component::dimension).sorted().toList()).containsExactly(0, 3, 3, 3, 4, 4, 4);
        List<AlgebraVerdict> vs = AlgebraVerdicts.of(l);
        AlgebraVerdict c15 = verdict(vs, ClaimId.C15);
        assertThat(c15.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c15.counterexample()).contains("I = {1}").contains("b_1_2 = 1");
        assertThat(c15.corrected()).contains("H G = I_l").contains("2kl - l^2");
        AlgebraVerdict c16 = verdict(vs, ClaimId.C16);
        assertThat(c16.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c16.counterexample()).isEqualTo("I = {1} (l = 1): dimension 3, printed 2");
        assertThat(l.tableOne()).allMatch(t -> Boolean.TRUE.equals(t.onComponent()));
    }

    @Test
    void sumLossAndSyntheticSliceAreCertified() {
        LossLandscape s = RecordedSingular.landscape(config("m3-k1-sum"));
        List<AlgebraVerdict> vs = AlgebraVerdicts.of(s);
        assertThat(verdict(vs, ClaimId.C9).verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(verdict(vs, ClaimId.C15).verdict()).isEqualTo(Verdict.HOLDS);
        // the complex family of I = {3} (t_3^2 = 1 - 3/1 < 0) exists but has no real point
        assertThat(s.components()).anyMatch(c -> List.of(3).equals(c.indexSet()) && c.realPoints().status() == RealPoints.Status.NO);
        LossLandscape y = RecordedSingular.landscape(config("m3-k2-synthetic"));
        assertThat(y.strategy()).isEqualTo(AlgebraEngine.Strategy.REAL_SLICE);
        assertThat(y.decided()).isTrue();
        List<AlgebraVerdict> ys = AlgebraVerdicts.of(y);
        // C29 is about Figure 4's configuration: this instance leaves it INCONCLUSIVE, with the certified fact in the evidence
        assertThat(verdict(ys, ClaimId.C29).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(verdict(ys, ClaimId.C29).strength()).isEqualTo(Strength.CERTIFIED);
        assertThat(verdict(ys, ClaimId.C29).evidence()).contains("every real critical point is transposed");
        assertThat(verdict(ys, ClaimId.C30).verdict()).isEqualTo(Verdict.HOLDS);
        // real families: {}, {1}, {2}, {1, 2}; real dimension kl - l(l+1)/2 with k = 2: 0, 1, 1, 1
        assertThat(y.components().stream().filter(Component::real).map(Component::realDimension).toList()).containsExactlyInAnyOrder(0, 1, 1, 1);
    }

    @Test
    void aReplayedAnswerToAnotherQuestionIsRefused() {
        RecordedSingular.Config c = config("m1-sum-lambda2");
        LossMember other = LossMember.parse("L_sigma", new BigFraction(3), 1);
        assertThatThrownBy(() -> AlgebraEngine.analyze(other, c.data(), AlgebraEngine.Options.defaults(), lae.core.Progress.NONE,
                RecordedSingular.replay(c.fixture()))).isInstanceOf(IllegalStateException.class).hasMessageContaining("no recorded answer");
    }

    @Test
    void aComponentThatDoesNotContainTheGradientMakesEveryVerdictInconclusive() {
        RecordedSingular.Config c = config("m1-sum-lambda2");
        AlgebraEngine.Decomposer wrong = (names, gens, t) -> {
            PolynomialParser p = new PolynomialParser(names);
            return new Decomposition.Result(List.of(new Decomposition.Prime(0, 2, List.of(p.parse("a_1_1-2*b_1_1"), p.parse("2*b_1_1^2-1")))), 0, 0);
        };
        LossLandscape l = AlgebraEngine.analyze(c.member(), c.data(), AlgebraEngine.Options.defaults(), lae.core.Progress.NONE, wrong);
        assertThat(l.components().get(0).critical()).isFalse();
        assertThat(AlgebraVerdicts.of(l)).filteredOn(v -> !v.claim().equals(ClaimId.C7)).allMatch(v -> v.verdict() == Verdict.INCONCLUSIVE);
    }

    @Test
    void anAsymmetricRealComponentFailsTheTransposeTheorem() {
        LossLandscape real = RecordedSingular.landscape(config("m1-sum-lambda2"));
        Component sym = real.components().stream().filter(c -> Integer.valueOf(2).equals(c.realPoints().count())).findFirst().orElseThrow();
        Component fake = new Component(sym.piece(), 0, 2, sym.basis(), true, true, false, null, null, null,
                new RealPoints(RealPoints.Status.YES, 2, "real root count", "(constructed for the test)"));
        LossLandscape l = new LossLandscape(real.loss(), real.data(), real.k(), real.strategy(), real.status(), null,
                List.of(real.components().get(0), fake), real.tableOne(), 0, 0);
        List<AlgebraVerdict> vs = AlgebraVerdicts.of(l);
        assertThat(verdict(vs, ClaimId.C9).verdict()).isEqualTo(Verdict.FAILS);
        assertThat(verdict(vs, ClaimId.C15).verdict()).isEqualTo(Verdict.FAILS);
        // and an undecided component makes them INCONCLUSIVE, never HOLDS
        Component undecided = new Component(sym.piece(), 1, 4, sym.basis(), true, true, false, null, null, null, RealPoints.undecided("test"));
        LossLandscape u = new LossLandscape(real.loss(), real.data(), real.k(), real.strategy(), real.status(), null,
                List.of(real.components().get(0), sym, undecided), real.tableOne(), 0, 0);
        assertThat(verdict(AlgebraVerdicts.of(u), ClaimId.C9).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void withoutTheEngineEveryVerdictIsInconclusiveWithStrengthNone() {
        RecordedSingular.Config c = config("m3-k1-sum");
        AlgebraEngine.Decomposer absent = (n, g, t) -> {
            throw new SingularException(SingularException.Kind.ABSENT, SingularProcess.absentReason());
        };
        LossLandscape l = AlgebraEngine.analyze(c.member(), c.data(), AlgebraEngine.Options.defaults(), lae.core.Progress.NONE, absent);
        assertThat(l.status()).isEqualTo(LossLandscape.Status.ABSENT);
        assertThat(AlgebraVerdicts.of(l)).isNotEmpty().allMatch(v -> v.verdict() == Verdict.INCONCLUSIVE && v.strength() == Strength.NONE
                && v.evidence().contains("apt-get install singular"));
    }
}
