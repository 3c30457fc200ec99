package lae.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A benchmark figure is printed beside its target with whether it is met, by the target's own comparison. */
class BenchTargetTest {
    @Test
    void eachComparisonJudgesItsBoundary() {
        BenchTarget below = BenchTarget.below("total", 30, "s");
        assertThat(below.met(29.9)).isTrue();
        assertThat(below.met(30)).isFalse();
        BenchTarget atMost = BenchTarget.atMost("Newton", 20, "s");
        assertThat(atMost.met(20)).isTrue();
        assertThat(atMost.met(20.01)).isFalse();
        BenchTarget atLeast = BenchTarget.atLeast("converged starts", 90, "%");
        assertThat(atLeast.met(90)).isTrue();
        assertThat(atLeast.met(89.9)).isFalse();
        assertThat(atLeast.met(Double.NaN)).isFalse();
    }

    @Test
    void theLineGivesTargetFigureAndJudgement() {
        assertThat(BenchTarget.atMost("Newton", 20, "s").judge(14.25, 1)).isEqualTo("target: Newton <= 20 s: 14.3 s -> met");
        assertThat(BenchTarget.below("wall time", 60, "s").judge(61, 1)).isEqualTo("target: wall time < 60 s: 61.0 s -> NOT met");
        assertThat(BenchTarget.atLeast("converged starts", 90, "%").judge(97.5, 1)).isEqualTo("target: converged starts >= 90%: 97.5% -> met");
        assertThat(BenchTarget.atLeast("converged of 220", 219, "").judge(220, 0)).isEqualTo("target: converged of 220 >= 219: 220 -> met");
    }

    @Test
    void theFixedTargetsAreReadFromTheirResource() {
        assertThat(BenchTarget.of("check.newton")).isEqualTo(BenchTarget.atMost("Newton", 20, "s"));
        assertThat(BenchTarget.of("explore.converged")).isEqualTo(BenchTarget.atLeast("converged starts", 90, "%"));
        assertThat(BenchTarget.of("census.full").judge(9.5, 2)).isEqualTo("target: full census on 2 cores < 10 s: 9.50 s -> met");
        assertThat(BenchTarget.of("report.wall").judge(61, 1)).isEqualTo("target: wall time < 60 s: 61.0 s -> NOT met");
        assertThatThrownBy(() -> BenchTarget.of("census.nothing")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("census.nothing");
    }
}
