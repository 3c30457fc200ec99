package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KernelThroughputTest {
    @Test
    void readsAPositiveRateOnOneThreadAndOnTwo() {
        KernelThroughput.Reading r = KernelThroughput.measure(0.15);
        // at least a tenth of a gigaflop: far below any machine this runs on, far above a broken count
        assertThat(r.oneThread()).isGreaterThan(1e8).isFinite();
        assertThat(r.twoThreads()).isGreaterThan(1e8).isFinite();
        assertThat(r.ratio()).isEqualTo(r.twoThreads() / r.oneThread());
    }
}
