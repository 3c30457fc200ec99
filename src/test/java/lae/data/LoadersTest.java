package lae.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static lae.data.IdxBytes.gzip;
import static lae.data.IdxBytes.idx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.core.InputException;

/** IDX and CIFAR-10 loaders on files generated here: good, truncated, wrong magic, wrong size. */
class LoadersTest {
    @TempDir
    Path dir;

    static byte[] pixels(int n) {
        byte[] p = new byte[n];
        for (int i = 0; i < n; i++) {
            p[i] = (byte) (i * 37);
        }
        return p;
    }

    @Test
    void readsRawAndGzipIdxImagesWithLabels() throws IOException {
        byte[] img = idx(IdxFile.MAGIC_IMAGES, new int[] {3, 2, 4}, pixels(24));
        byte[] lab = idx(IdxFile.MAGIC_LABELS, new int[] {3}, new byte[] {7, 0, 9});
        Path ri = Files.write(dir.resolve("img"), img);
        Path gi = Files.write(dir.resolve("img.gz"), gzip(img));
        Path rl = Files.write(dir.resolve("lab"), lab);
        LabelledImages raw = IdxFile.readImages(ri, rl);
        LabelledImages gz = IdxFile.readImages(gi, rl);
        assertThat(raw.count()).isEqualTo(3);
        assertThat(raw.height()).isEqualTo(2);
        assertThat(raw.width()).isEqualTo(4);
        assertThat(raw.labels()).containsExactly(7, 0, 9);
        assertThat(raw.pixels()[5]).isEqualTo(((5 * 37) & 0xff) / 255.0);
        assertThat(gz.pixels()).isEqualTo(raw.pixels());
    }

    @Test
    void rejectsTruncatedIdx() throws IOException {
        byte[] img = idx(IdxFile.MAGIC_IMAGES, new int[] {3, 2, 4}, pixels(23));
        Path p = Files.write(dir.resolve("short"), img);
        assertThatThrownBy(() -> IdxFile.read(p, IdxFile.MAGIC_IMAGES)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated").hasMessageContaining("short");
        byte[] full = gzip(idx(IdxFile.MAGIC_IMAGES, new int[] {3, 2, 4}, pixels(24)));
        Path g = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(full, full.length - 12));
        assertThatThrownBy(() -> IdxFile.read(g, IdxFile.MAGIC_IMAGES)).isInstanceOf(InputException.class)
                .hasMessageContaining("cut.gz");
        Path header = Files.write(dir.resolve("header"), Arrays.copyOf(img, 9));
        assertThatThrownBy(() -> IdxFile.read(header, IdxFile.MAGIC_IMAGES)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsWrongMagicAndTrailingBytes() throws IOException {
        Path labelsAsImages = Files.write(dir.resolve("lab"), idx(IdxFile.MAGIC_LABELS, new int[] {3}, new byte[3]));
        assertThatThrownBy(() -> IdxFile.read(labelsAsImages, IdxFile.MAGIC_IMAGES)).isInstanceOf(InputException.class)
                .hasMessageContaining("magic").hasMessageContaining("0x00000801").hasMessageContaining("0x00000803");
        Path longer = Files.write(dir.resolve("long"), idx(IdxFile.MAGIC_LABELS, new int[] {3}, new byte[4]));
        assertThatThrownBy(() -> IdxFile.read(longer, IdxFile.MAGIC_LABELS)).isInstanceOf(InputException.class)
                .hasMessageContaining("1 bytes past");
        assertThatThrownBy(() -> IdxFile.read(dir.resolve("missing"), IdxFile.MAGIC_LABELS))
                .isInstanceOf(InputException.class).hasMessageContaining("no such file");
    }

    static byte[] cifar(int records) {
        byte[] b = new byte[records * Cifar10Binary.RECORD];
        for (int r = 0; r < records; r++) {
            int o = r * Cifar10Binary.RECORD;
            b[o] = (byte) (r % 10);
            for (int p = 0; p < Cifar10Binary.PIXELS; p++) {
                b[o + 1 + p] = (byte) 200;                              // red
                b[o + 1 + Cifar10Binary.PIXELS + p] = (byte) 100;       // green
                b[o + 1 + 2 * Cifar10Binary.PIXELS + p] = (byte) (p % 256); // blue
            }
        }
        return b;
    }

    @Test
    void readsCifarRecordsAsCcir601Luma() throws IOException {
        Path p = Files.write(dir.resolve("small.bin"), cifar(3));
        LabelledImages im = Cifar10Binary.read(p);
        assertThat(im.count()).isEqualTo(3);
        assertThat(im.dimension()).isEqualTo(1024);
        assertThat(im.labels()).containsExactly(0, 1, 2);
        double expected = (0.299 * 200 + 0.587 * 100 + 0.114 * 7) / 255.0;
        assertThat(im.pixels()[1024 + 7]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void rejectsCifarOfWrongSize() throws IOException {
        Path p = Files.write(dir.resolve("odd.bin"), Arrays.copyOf(cifar(2), 2 * Cifar10Binary.RECORD - 1));
        assertThatThrownBy(() -> Cifar10Binary.read(p)).isInstanceOf(InputException.class)
                .hasMessageContaining("odd.bin").hasMessageContaining("3073");
        Path t = Files.write(dir.resolve("test_batch.bin"), cifar(2));
        assertThatThrownBy(() -> Cifar10Binary.read(t)).isInstanceOf(InputException.class)
                .hasMessageContaining("10000");
        Path e = Files.write(dir.resolve("empty.bin"), new byte[0]);
        assertThatThrownBy(() -> Cifar10Binary.read(e)).isInstanceOf(InputException.class);
    }

    /** A sparse file of {@code bytes} bytes (no disk used): the size a loader must refuse before reading. */
    Path sparse(String name, long bytes) throws IOException {
        Path p = dir.resolve(name);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }

    @Test
    void filesOverTheLimitsAreRefusedBeforeReadingNamingTheSize() throws IOException {
        Path csv = sparse("huge.csv", CsvMatrix.MAX_BYTES + 1);
        assertThatThrownBy(() -> CsvMatrix.read(csv)).isInstanceOf(InputException.class)
                .hasMessageContaining("huge.csv").hasMessageContaining("data.csv").hasMessageContaining("at most " + CsvMatrix.MAX_BYTES);
        Path bin = sparse("huge.bin", Cifar10Binary.MAX_BYTES + Cifar10Binary.RECORD);
        assertThatThrownBy(() -> Cifar10Binary.read(bin)).isInstanceOf(InputException.class)
                .hasMessageContaining("huge.bin").hasMessageContaining("at most " + Cifar10Binary.MAX_BYTES);
    }
}
