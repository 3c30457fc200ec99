package lae.cli;

import static lae.data.IdxBytes.gzip;
import static lae.data.IdxBytes.idx;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.train.AdamTrainer;
import picocli.CommandLine;

/**
 * {@code lae bench train} end to end on generated images (100 of 28 x 28, so it runs in seconds): every
 * setting is timed for the epochs asked, in turns; the target is not judged on data it is not set for;
 * the one-thread floor is printed when there are two threads; the artificial runs follow.
 */
class BenchTrainTest {
    @TempDir
    Path dir;

    @Test
    void timesEverySettingForTheEpochsAskedAndJudgesTheTargetOnlyOnItsData() throws IOException {
        int n = 100;
        int m = 28 * 28;
        byte[] px = new byte[n * m];
        java.util.Random r = new java.util.Random(5);
        r.nextBytes(px);
        byte[] labels = new byte[n];
        Files.write(dir.resolve("t10k-images-idx3-ubyte.gz"), gzip(idx(0x803, new int[] {n, 28, 28}, px)));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(idx(0x801, new int[] {n}, labels)));

        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = Lae.commandLine().execute("bench", "train", "--epochs", "3", "--data", dir.toString());
        } finally {
            System.setOut(saved);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        saved.print(out);
        assertThat(code).isZero();
        assertThat(out).contains("fashion-mnist keras-decay (biases, uncentred): m=784 n=100 k=9 batch 32, 3 epochs:")
                .contains("fashion-mnist constant (centred): m=784 n=100 k=9 batch 32, 3 epochs:")
                .contains("target <= 0.035 s/epoch: not judged (it is set for the 10,000 test images of 784 pixels)")
                .doesNotContain("s/epoch: met").doesNotContain("NOT met").contains("artificial: 4 losses x 4000 full-batch epochs");
        if (AdamTrainer.threadsFor(m, 32, 9) == 2) {
            assertThat(out).contains("fashion-mnist constant (centred), one thread: m=784 n=100 k=9 batch 32, 3 epochs:")
                    .contains("on two threads the same setting ran");
        }
    }

    @Test
    void rejectsEpochsOutsideTheAllowedRangeBeforeAnyWork() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cl = Lae.commandLine();
        cl.setErr(new java.io.PrintWriter(err));
        int code = cl.execute("bench", "train", "--epochs", "0", "--data", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).contains("--epochs = 0").contains("allowed: an integer from 1 to 100000")
                .doesNotContain("\n");
    }
}
