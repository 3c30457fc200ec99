package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The probing rule of {@link ParallelChoice}, driven by given step times (nothing is timed here). */
class ParallelChoiceTest {
    /** Runs steps whose time per point is {@code par} on two threads and {@code ser} on one; counts parallel steps. */
    static int run(ParallelChoice c, int steps, double par, double ser) {
        int parallel = 0;
        for (int i = 0; i < steps; i++) {
            boolean p = c.next();
            parallel += p ? 1 : 0;
            c.record(p ? par : ser);
        }
        return parallel;
    }

    @Test
    void theFirstProbeAlternatesAndKeepsTheFasterMode() {
        ParallelChoice c = new ParallelChoice();
        for (int i = 0; i < 2 * (ParallelChoice.PROBE + 1); i++) {
            assertThat(c.next()).isEqualTo(i % 2 == 1);
            // the first pair is not counted: a slow wake-up of the worker does not decide
            c.record(i == 1 ? 1000.0 : c.next() ? 1.5 : 1.0);
        }
        assertThat(c.parallel()).isFalse();
        int parallel = run(c, (int) ParallelChoice.MIN_GAP, 1.5, 1.0);
        assertThat(parallel).isZero();
    }

    @Test
    void aProbeEndsAtTheFirstHopelessTwoThreadStep() {
        // a busy machine: a two-thread step waits for the scheduler (50 per point against 1)
        ParallelChoice c = new ParallelChoice();
        assertThat(run(c, 4, 50.0, 1.0)).isEqualTo(2);
        assertThat(c.parallel()).isFalse();
        assertThat(run(c, (int) ParallelChoice.MIN_GAP, 50.0, 1.0)).isZero();
        // the next probe ends as early, and the one after comes twice as late
        assertThat(run(c, 4, 50.0, 1.0)).isEqualTo(2);
        assertThat(run(c, 2 * (int) ParallelChoice.MIN_GAP, 50.0, 1.0)).isZero();
        assertThat(run(c, 4, 50.0, 1.0)).isEqualTo(2);
    }

    @Test
    void aConfirmedChoiceIsProbedLessOftenAndAChangeIsFollowedWithinAGap() {
        int probe = 2 * (ParallelChoice.PROBE + 1);
        int perProbe = ParallelChoice.PROBE + 1;
        int gap = (int) ParallelChoice.MIN_GAP;
        ParallelChoice c = new ParallelChoice();
        // two threads faster: a probe, then 2 MIN_GAP steps on two threads (the choice was confirmed)
        assertThat(run(c, probe, 1.0, 2.0)).isEqualTo(perProbe);
        assertThat(run(c, 2 * gap, 1.0, 2.0)).isEqualTo(2 * gap);
        // the machine changes, one thread becomes faster: the next probe switches, MIN_GAP steps follow on one
        assertThat(run(c, probe, 3.0, 2.0)).isEqualTo(perProbe);
        assertThat(c.parallel()).isFalse();
        assertThat(run(c, gap, 3.0, 2.0)).isZero();
        // a confirming probe doubles the gap each time, up to MAX_GAP
        assertThat(run(c, probe, 3.0, 2.0)).isEqualTo(perProbe);
        assertThat(run(c, 2 * gap, 3.0, 2.0)).isZero();
        int parallel = run(c, 100_000, 3.0, 2.0);
        int probes = parallel / perProbe;
        assertThat(parallel % perProbe).isZero();
        // gaps 1024, 2048, 4096, 4096, ...: probes start at 0, 1042, 3108 and 7222 + 4114 j, j = 0..22
        assertThat(probes).isEqualTo(26);
    }

    @Test
    void stepsSlowerThanTheOtherModeStartAProbeAtOnce() {
        ParallelChoice c = new ParallelChoice();
        run(c, 2 * (ParallelChoice.PROBE + 1), 1.0, 2.0);
        assertThat(c.parallel()).isTrue();
        // noise: single slow steps, or steps slower by less than the margin, do not start a probe
        for (int i = 0; i < 100; i++) {
            boolean p = c.next();
            assertThat(p).isTrue();
            c.record(i % 10 < 6 ? 2.9 : i % 10 == 7 ? 4.0 : 1.0);
        }
        // another process takes the second core: two threads now cost 3.5 per point, one thread still 2
        int parallel = run(c, ParallelChoice.SLOW + 2 * (ParallelChoice.PROBE + 1) + 50, 3.5, 2.0);
        assertThat(parallel).isEqualTo(ParallelChoice.SLOW + ParallelChoice.PROBE + 1);
        assertThat(c.parallel()).isFalse();
    }
}
