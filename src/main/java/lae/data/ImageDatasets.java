package lae.data;

import java.nio.file.Files;
import java.nio.file.Path;

import lae.core.InputException;

/**
 * Where the image data sets of Section 4.1 are on this machine, and how to supply them when they are not:
 * <ul>
 *   <li>Fashion-MNIST's test set (Xiao, Rasul and Vollgraf [2017]): {@code t10k-images-idx3-ubyte[.gz]} and
 *       {@code t10k-labels-idx1-ubyte[.gz]} (the names of the original distribution, which Debian's package
 *       {@value #FASHION_MNIST_PACKAGE} installs gzipped under {@code /usr/share/datasets/fashion-mnist}), in the
 *       directory given, else in that one;</li>
 *   <li>CIFAR-10's test set (Krizhevsky [2009]), binary version: {@value #CIFAR10_TEST_BATCH}, the file given or
 *       in the directory given; no package installs it, so without one it is absent.</li>
 * </ul>
 * A location given by the user that holds no such files is bad input ({@link InputException}, naming the
 * option {@code --data}); a default location that holds none makes the data set absent, with the reason and
 * how to supply it ({@link Location#absent()}).
 */
public final class ImageDatasets {
    /** Where Debian's package {@value #FASHION_MNIST_PACKAGE} installs the Fashion-MNIST files. */
    public static final Path FASHION_MNIST_DIR = Path.of("/usr/share/datasets/fashion-mnist");
    /** Debian's package of Fashion-MNIST. */
    public static final String FASHION_MNIST_PACKAGE = "dataset-fashion-mnist";
    /** The test images, gzipped as the package installs them first, then raw. */
    static final String[] FASHION_IMAGES = {"t10k-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte"};
    /** The test labels, gzipped first, then raw. */
    static final String[] FASHION_LABELS = {"t10k-labels-idx1-ubyte.gz", "t10k-labels-idx1-ubyte"};
    /** The file of CIFAR-10's binary test set. */
    public static final String CIFAR10_TEST_BATCH = "test_batch.bin";

    private ImageDatasets() {
    }

    /** A data set's kind: how its files are read. */
    public enum Format {
        /** An IDX pair, images then labels ({@link IdxFile}). */
        IDX,
        /** One CIFAR-10 binary batch, labels inside ({@link Cifar10Binary}). */
        CIFAR10_BINARY
    }

    /**
     * Where a data set's files are, or why they are not there.
     *
     * @param format how the files are read
     * @param images the images (the CIFAR-10 batch), or null when absent
     * @param labels the labels of an IDX pair, or null (CIFAR-10, or absent)
     * @param absent null when found, else the reason and how to supply the data set
     */
    public record Location(Format format, Path images, Path labels, String absent) {
        /** Whether the files are there. */
        public boolean found() {
            return absent == null;
        }

        /**
         * The images and labels (pixels / 255; CIFAR-10 in CCIR 601 luma).
         *
         * @throws InputException when the data set is absent (the message says how to supply it), or a file is not
         *                        what its format needs
         */
        public LabelledImages read() {
            if (!found()) {
                throw new InputException(absent);
            }
            return format == Format.IDX ? IdxFile.readImages(images, labels) : Cifar10Binary.read(images);
        }
    }

    /**
     * Fashion-MNIST's test set in {@code data}, or in {@link #FASHION_MNIST_DIR} when {@code data} is null.
     *
     * @throws InputException when {@code data} is given and holds no test images and labels
     */
    public static Location fashionMnist(Path data) {
        Path dir = data != null ? data : FASHION_MNIST_DIR;
        Path images = firstExisting(dir, FASHION_IMAGES);
        Path labels = firstExisting(dir, FASHION_LABELS);
        if (images != null && labels != null) {
            return new Location(Format.IDX, images, labels, null);
        }
        if (data != null) {
            throw new InputException(dir + ": field '--data' names no directory with t10k-images-idx3-ubyte[.gz] and "
                    + "t10k-labels-idx1-ubyte[.gz] (allowed: the Fashion-MNIST directory, e.g. " + FASHION_MNIST_DIR + ")");
        }
        return new Location(Format.IDX, null, null, "the Fashion-MNIST test set is absent: no t10k-images-idx3-ubyte[.gz] and "
                + "t10k-labels-idx1-ubyte[.gz] under " + dir + ". Supply it with `apt-get install " + FASHION_MNIST_PACKAGE
                + "` (Debian, installs " + FASHION_MNIST_DIR + ") or `--data DIR` naming a directory with those two files");
    }

    /**
     * CIFAR-10's binary test set: {@code data} itself, or {@value #CIFAR10_TEST_BATCH} in it when it is a
     * directory; absent when {@code data} is null.
     *
     * @throws InputException when {@code data} is given and names no such file
     */
    public static Location cifar10(Path data) {
        if (data == null) {
            return new Location(Format.CIFAR10_BINARY, null, null, "the CIFAR-10 test set is not installed on this machine "
                    + "and no --data was given. Supply `--data FILE` naming the binary test batch `" + CIFAR10_TEST_BATCH
                    + "` (10,000 records of 3,073 bytes: 1 label byte, then 1,024 red, 1,024 green and 1,024 blue pixel bytes, "
                    + "30,730,000 bytes in all; in `cifar-10-batches-bin/` of the CIFAR-10 binary version), or `--data DIR` "
                    + "naming the directory that holds it");
        }
        Path file = Files.isDirectory(data) ? data.resolve(CIFAR10_TEST_BATCH) : data;
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": field '--data' names no file (allowed: the CIFAR-10 binary " + CIFAR10_TEST_BATCH
                    + " or the directory holding it)");
        }
        return new Location(Format.CIFAR10_BINARY, file, null, null);
    }

    /** The first of {@code names} that is a regular file in {@code dir}, or null. */
    static Path firstExisting(Path dir, String... names) {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
