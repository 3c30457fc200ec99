package lae.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import lae.core.Progress;
import lae.core.Strength;
import lae.core.Verdict;

/** The exact engine certifies the neighbours' classifications, and refuses a variety that differs from them. */
class NeighbourCompletenessTest {
    private static LossLandscape analyze(String file) {
        Assumptions.assumeTrue(SingularProcess.available(), "Singular is not installed (" + SingularProcess.INSTALL + ")");
        AlgebraClaimFile cf = AlgebraClaimFile.load(Path.of(file));
        LossMember loss = LossMember.parse(cf.model.losses().get(0), cf.model.lambdas().get(0), cf.model.k());
        return AlgebraEngine.analyze(loss, cf.data, AlgebraEngine.Options.defaults(), Progress.NONE);
    }

    @Test
    void theNonUniformCriticalSetIsCertifiedAndAMissingPointIsCaught() {
        LossLandscape l = analyze("checks/bao2020/bao2020-m3-k2.toml");
        AlgebraVerdict v = NeighbourCompleteness.nonUniform(l);
        assertThat(v.verdict()).as(v.evidence()).isEqualTo(Verdict.HOLDS);
        assertThat(v.strength()).isEqualTo(Strength.CERTIFIED);
        List<Component> fewer = new ArrayList<>(l.components());
        fewer.removeIf(c -> c.real() && c.degree() == 2);
        fewer.add(l.components().stream().filter(c -> c.real() && c.degree() == 2).findFirst().orElseThrow());
        fewer.removeIf(c -> c.real() && c.degree() == 1 && c.productDiagonal().stream().allMatch("0"::equals));
        LossLandscape broken = new LossLandscape(l.loss(), l.data(), l.k(), l.strategy(), l.status(), l.reason(), fewer, l.tableOne(), 0, 0);
        AlgebraVerdict w = NeighbourCompleteness.nonUniform(broken);
        assertThat(w.verdict()).as(w.evidence()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void theTiedCriticalSetIsCertifiedAtKOne() {
        AlgebraVerdict v = NeighbourCompleteness.tied(analyze("checks/kunin2019/kunin2019-m3-k1.toml"));
        assertThat(v.verdict()).as(v.evidence()).isEqualTo(Verdict.HOLDS);
        assertThat(v.strength()).isEqualTo(Strength.CERTIFIED);
    }
}
