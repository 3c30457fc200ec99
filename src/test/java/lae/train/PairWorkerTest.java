package lae.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PairWorkerTest {
    @Test
    void eachPartRunsExactlyOnceWhicheverThreadTakesIt() throws Exception {
        try (PairWorker w = new PairWorker(2)) {
            Thread caller = Thread.currentThread();
            int runs = 3000;
            int[] part0 = new int[runs];
            int[] part1 = new int[runs];
            AtomicInteger onWorker = new AtomicInteger();
            for (int g = 0; g < runs; g++) {
                final int gen = g;
                if (g % 500 == 499) {
                    Thread.sleep(3); // the worker parks after a millisecond idle: the next part 1 is often taken back
                }
                w.run(p -> {
                    if (p == 0) {
                        part0[gen]++;
                    } else {
                        part1[gen]++;
                        if (Thread.currentThread() != caller) {
                            onWorker.incrementAndGet();
                        }
                        // part 1 sees part 0's work of the same run only when the caller ran both; either way
                        // the caller sees both when run returns
                    }
                }, true);
                assertThat(part0[gen]).isEqualTo(1);
                assertThat(part1[gen]).isEqualTo(1);
            }
            assertThat(onWorker.get() + w.handOvers().partsTakenBack()).isEqualTo(runs);
        }
    }

    @Test
    void serialRunsUseTheCallerAlone() {
        try (PairWorker w = new PairWorker(2)) {
            Thread caller = Thread.currentThread();
            AtomicInteger elsewhere = new AtomicInteger();
            for (int g = 0; g < 100; g++) {
                w.run(p -> {
                    if (Thread.currentThread() != caller) {
                        elsewhere.incrementAndGet();
                    }
                }, false);
            }
            assertThat(elsewhere.get()).isZero();
            assertThat(w.handOvers().partsTakenBack()).isZero();
        }
    }

    @Test
    void aWorkerSentToRestBySerialRunsTakesPartsAgainWhenTwoThreadsAreAsked() {
        // serial runs send the worker to rest (it parks at once); the next two-thread runs wake it, and each part
        // still runs exactly once, on the worker or taken back by the caller
        try (PairWorker w = new PairWorker(2)) {
            int[] parts = new int[2];
            long twoThreadRuns = 0;
            for (int g = 0; g < 2000; g++) {
                boolean parallel = (g / 50) % 2 == 1;
                twoThreadRuns += parallel ? 1 : 0;
                int[] seen = new int[2];
                w.run(p -> seen[p]++, parallel);
                assertThat(seen).containsExactly(1, 1);
                parts[0] += seen[0];
                parts[1] += seen[1];
            }
            assertThat(parts).containsExactly(2000, 2000);
            assertThat(w.handOvers().partsTakenBack()).isBetween(0L, twoThreadRuns);
        }
    }
}
