package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The probing rule of {@link ParallelChoice}, driven by given step times (nothing is timed here). */
class ParallelChoiceTest {
    static final int BLOCK = ParallelChoice.WARM + ParallelChoice.PROBE;
    static final int PROBE_STEPS = 2 * BLOCK;

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
    void aProbeTimesABlockOnOneThreadThenABlockOnTwoAndKeepsTheSmallerMedian() {
        ParallelChoice c = new ParallelChoice();
        for (int i = 0; i < PROBE_STEPS; i++) {
            boolean two = c.next();
            assertThat(two).isEqualTo(i >= BLOCK);
            int pos = two ? i - BLOCK : i;
            // the first step of each block is not counted (a slow wake-up of the worker does not decide), and one
            // interrupted two-thread step does not either: medians, not totals
            double t = pos < ParallelChoice.WARM ? 1000.0 : two ? (pos == 3 ? 40.0 : 1.5) : 1.0;
            c.record(t);
        }
        assertThat(c.parallel()).isFalse();
        assertThat(c.evidence().probes()).isEqualTo(1);
        assertThat(c.evidence().twoThreadChoices()).isZero();
        assertThat(c.evidence().oneThreadMedian()).isEqualTo(1.0);
        assertThat(c.evidence().twoThreadMedian()).isEqualTo(1.5);
        assertThat(run(c, (int) ParallelChoice.MIN_GAP, 1.5, 1.0)).isZero();
    }

    @Test
    void theChoiceNeverKeepsTheSlowerPathForLong() {
        // the user's bench: one thread 0.034 s an epoch, two threads 0.058; two threads had run 59 % of the steps
        ParallelChoice c = new ParallelChoice();
        int steps = 313 * 200;
        int parallel = run(c, steps, 0.058, 0.034);
        assertThat(c.parallel()).isFalse();
        assertThat(c.evidence().twoThreadChoices()).isZero();
        // only the probes' two-thread blocks ran on two threads (the last probe may be under way)
        assertThat(parallel).isBetween((int) c.evidence().probes() * BLOCK, (int) (c.evidence().probes() + 1) * BLOCK);
        assertThat(parallel / (double) steps).isLessThan(0.01);
        // and the other way round: two threads faster, two threads nearly always
        ParallelChoice d = new ParallelChoice();
        int two = run(d, steps, 0.034, 0.058);
        assertThat(d.parallel()).isTrue();
        assertThat(two / (double) steps).isGreaterThan(0.99);
    }

    @Test
    void aProbeEndsAfterTwoHopelessTwoThreadStepsInARow() {
        // a busy machine: a two-thread step waits for the scheduler (50 per point against 1)
        int early = BLOCK + ParallelChoice.WARM + ParallelChoice.HOPELESS_STEPS;
        int twoThreadSteps = ParallelChoice.WARM + ParallelChoice.HOPELESS_STEPS;
        ParallelChoice c = new ParallelChoice();
        assertThat(run(c, early, 50.0, 1.0)).isEqualTo(twoThreadSteps);
        assertThat(c.parallel()).isFalse();
        assertThat(c.evidence().probes()).isEqualTo(1);
        assertThat(run(c, (int) ParallelChoice.MIN_GAP, 50.0, 1.0)).isZero();
        // the next probe ends as early, and the one after comes twice as late
        assertThat(run(c, early, 50.0, 1.0)).isEqualTo(twoThreadSteps);
        assertThat(run(c, 2 * (int) ParallelChoice.MIN_GAP, 50.0, 1.0)).isZero();
        assertThat(run(c, early, 50.0, 1.0)).isEqualTo(twoThreadSteps);
        // one slow two-thread step alone does not end a probe
        ParallelChoice d = new ParallelChoice();
        for (int i = 0; i < PROBE_STEPS; i++) {
            boolean two = d.next();
            d.record(two && i == BLOCK + ParallelChoice.WARM ? 50.0 : two ? 0.5 : 1.0);
        }
        assertThat(d.parallel()).isTrue();
        assertThat(d.evidence().probes()).isEqualTo(1);
    }

    @Test
    void aConfirmedChoiceIsProbedLessOftenAndAChangeIsFollowedWithinAGap() {
        int gap = (int) ParallelChoice.MIN_GAP;
        ParallelChoice c = new ParallelChoice();
        // two threads faster: a probe, then 2 MIN_GAP steps on two threads (the choice was confirmed)
        assertThat(run(c, PROBE_STEPS, 1.0, 2.0)).isEqualTo(BLOCK);
        assertThat(run(c, 2 * gap, 1.0, 2.0)).isEqualTo(2 * gap);
        // the machine changes, one thread becomes faster: the next probe switches, MIN_GAP steps follow on one
        assertThat(run(c, PROBE_STEPS, 3.0, 2.0)).isEqualTo(BLOCK);
        assertThat(c.parallel()).isFalse();
        assertThat(run(c, gap, 3.0, 2.0)).isZero();
        // a confirming probe doubles the gap each time, up to MAX_GAP
        assertThat(run(c, PROBE_STEPS, 3.0, 2.0)).isEqualTo(BLOCK);
        assertThat(run(c, 2 * gap, 3.0, 2.0)).isZero();
        long before = c.evidence().probes();
        int parallel = run(c, 100_000, 3.0, 2.0);
        assertThat(parallel % BLOCK).isZero();
        assertThat(c.evidence().probes() - before).isEqualTo(parallel / BLOCK);
        // gaps 1024, 2048, 4096, 4096, ...: probes start at 0, 1042, 3108 and 7222 + 4114 j, j = 0..22
        assertThat(parallel / BLOCK).isEqualTo(26);
    }

    @Test
    void stepsSlowerThanTheOtherModeStartAProbeAtOnce() {
        ParallelChoice c = new ParallelChoice();
        run(c, PROBE_STEPS, 1.0, 2.0);
        assertThat(c.parallel()).isTrue();
        // noise: single slow steps, or steps slower by less than the margin, do not start a probe
        for (int i = 0; i < 100; i++) {
            boolean p = c.next();
            assertThat(p).isTrue();
            c.record(i % 10 < 6 ? 2.9 : i % 10 == 7 ? 4.0 : 1.0);
        }
        // another process takes the second core: two threads now cost 3.5 per point, one thread still 2
        int parallel = run(c, ParallelChoice.SLOW + PROBE_STEPS + 50, 3.5, 2.0);
        assertThat(parallel).isEqualTo(ParallelChoice.SLOW + BLOCK);
        assertThat(c.parallel()).isFalse();
        assertThat(c.evidence().probes()).isEqualTo(2);
    }

    @Test
    void twoThreadsAreKeptOnlyWhenClearlyFaster() {
        // the worker hardly scheduled: two-thread steps take what one-thread steps take, or a little less
        ParallelChoice even = new ParallelChoice();
        run(even, PROBE_STEPS, 1.0, 1.0);
        assertThat(even.parallel()).isFalse();
        ParallelChoice slightly = new ParallelChoice();
        run(slightly, PROBE_STEPS, 0.95, 1.0);
        assertThat(slightly.parallel()).isFalse();
        ParallelChoice clearly = new ParallelChoice();
        run(clearly, PROBE_STEPS, 0.8, 1.0);
        assertThat(clearly.parallel()).isTrue();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ParallelChoice.median(new double[] {4, 1, 3, 2, 99}, 4)).isEqualTo(2.5);
        assertThat(ParallelChoice.median(new double[] {4, 1, 3}, 3)).isEqualTo(3.0);
    }
}
