package lae.data;

import static lae.data.IdxBytes.gzip;
import static lae.data.IdxBytes.idx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.core.InputException;

/** Where the image data sets are found, on directories made here: the names, the order, absent against bad input. */
class ImageDatasetsTest {
    @TempDir
    Path dir;

    void writeFashion(String images, String labels, boolean gz) throws IOException {
        byte[] img = idx(IdxFile.MAGIC_IMAGES, new int[] {2, 2, 2}, new byte[] {0, 51, 102, (byte) 255, 1, 2, 3, 4});
        byte[] lab = idx(IdxFile.MAGIC_LABELS, new int[] {2}, new byte[] {4, 9});
        Files.write(dir.resolve(images), gz ? gzip(img) : img);
        Files.write(dir.resolve(labels), gz ? gzip(lab) : lab);
    }

    @Test
    void findsFashionMnistUnderTheDebianNamesGzippedFirstThenRaw() throws IOException {
        writeFashion("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", false);
        ImageDatasets.Location raw = ImageDatasets.fashionMnist(dir);
        assertThat(raw.found()).isTrue();
        assertThat(raw.images()).isEqualTo(dir.resolve("t10k-images-idx3-ubyte"));
        assertThat(raw.read().labels()).containsExactly(4, 9);
        writeFashion("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", true);
        ImageDatasets.Location gz = ImageDatasets.fashionMnist(dir);
        assertThat(gz.images()).isEqualTo(dir.resolve("t10k-images-idx3-ubyte.gz"));
        assertThat(gz.labels()).isEqualTo(dir.resolve("t10k-labels-idx1-ubyte.gz"));
        assertThat(gz.read().pixels()).containsExactly(raw.read().pixels());
    }

    @Test
    void aGivenDirectoryWithoutTheFilesIsBadInputNamingTheOption() throws IOException {
        Files.write(dir.resolve("t10k-images-idx3-ubyte.gz"), new byte[] {1}); // the labels are missing
        assertThatThrownBy(() -> ImageDatasets.fashionMnist(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("--data").hasMessageContaining("t10k-labels-idx1-ubyte[.gz]")
                .hasMessageContaining(ImageDatasets.FASHION_MNIST_DIR.toString());
    }

    @Test
    void theDefaultFashionMnistIsEitherFoundOrAbsentWithHowToInstallIt() {
        ImageDatasets.Location at = ImageDatasets.fashionMnist(null);
        if (at.found()) {
            assertThat(at.images().getParent()).isEqualTo(ImageDatasets.FASHION_MNIST_DIR);
        } else {
            assertThat(at.absent()).contains("apt-get install dataset-fashion-mnist").contains("--data DIR");
            assertThatThrownBy(at::read).isInstanceOf(InputException.class).hasMessageContaining("absent");
        }
    }

    @Test
    void cifarIsAbsentWithoutDataAndSaysHowToSupplyIt() {
        ImageDatasets.Location at = ImageDatasets.cifar10(null);
        assertThat(at.found()).isFalse();
        assertThat(at.absent()).contains("--data FILE").contains("test_batch.bin").contains("30,730,000 bytes");
        assertThatThrownBy(at::read).isInstanceOf(InputException.class).hasMessageContaining("test_batch.bin");
    }

    @Test
    void cifarIsTheFileGivenOrTestBatchInTheDirectoryGiven() throws IOException {
        assertThatThrownBy(() -> ImageDatasets.cifar10(dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("--data").hasMessageContaining("test_batch.bin");
        Path batch = Files.write(dir.resolve("test_batch.bin"), new byte[1]);
        assertThat(ImageDatasets.cifar10(dir).images()).isEqualTo(batch);
        Path other = Files.write(dir.resolve("mine.bin"), new byte[1]);
        ImageDatasets.Location at = ImageDatasets.cifar10(other);
        assertThat(at.found()).isTrue();
        assertThat(at.images()).isEqualTo(other);
        assertThat(at.format()).isEqualTo(ImageDatasets.Format.CIFAR10_BINARY);
    }
}
