package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KernelThroughputTest {
    @Test
    void readsAPositiveRateOnOneThreadAndOnTwo() {
        KernelThroughput.Reading r = KernelThroughput.measure(0.15);
        // a rate, whatever the machine's speed: positive and finite (a broken count gives 0 or NaN); no bound on
        // the speed itself, which a loaded machine can make as low as it likes
        assertThat(r.oneThread()).isPositive().isFinite();
        assertThat(r.twoThreads()).isPositive().isFinite();
        assertThat(r.ratio()).isEqualTo(r.twoThreads() / r.oneThread());
    }
}
