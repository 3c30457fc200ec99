package lae.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import lae.core.InputException;

/**
 * Reader of the IDX format of MNIST and Fashion-MNIST (LeCun et al.; Xiao et al. [2017]), raw or
 * gzip-compressed (detected from the gzip magic bytes 1f 8b, not from the file name).
 *
 * <p>Layout: a 4-byte big-endian magic number {@code 0x00 0x00 T D} with T = 0x08 (unsigned bytes,
 * the only type used by these data sets) and D the number of dimensions, then D big-endian 32-bit
 * sizes, then exactly prod(sizes) bytes. Anything else (wrong magic, a wrong number of dimensions,
 * fewer or more data bytes than the sizes announce) is an {@link InputException} naming the file.
 */
public final class IdxFile {
    /** Magic number of an IDX file of unsigned bytes with 3 dimensions (images n x rows x cols). */
    public static final int MAGIC_IMAGES = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with 1 dimension (labels). */
    public static final int MAGIC_LABELS = 0x00000801;
    /** Refuse absurd sizes before allocating (2^31 - 1 bytes is Java's array limit). */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 8L;

    private final int[] sizes;
    private final byte[] data;

    private IdxFile(int[] sizes, byte[] data) {
        this.sizes = sizes;
        this.data = data;
    }

    /** The sizes of the dimensions, as the header gives them. */
    public int[] sizes() {
        return sizes.clone();
    }

    /** The data bytes, unsigned, in the file's order. */
    public byte[] data() {
        return data;
    }

    /** Reads an IDX file whose magic number must equal {@code expectedMagic}. */
    public static IdxFile read(Path file, int expectedMagic) {
        byte[] bytes = readAllMaybeGzip(file);
        if (bytes.length < 4) {
            throw new InputException(file + ": truncated IDX file: " + bytes.length
                    + " bytes, fewer than the 4-byte magic number");
        }
        int magic = readInt(bytes, 0);
        if (magic != expectedMagic) {
            throw new InputException(file + ": field 'magic' = 0x" + lae.core.Numbers.format("%08x", magic)
                    + " is not allowed (allowed: 0x" + lae.core.Numbers.format("%08x", expectedMagic) + ", "
                    + describe(expectedMagic) + ")");
        }
        int dims = magic & 0xff;
        int header = 4 + 4 * dims;
        if (bytes.length < header) {
            throw new InputException(file + ": truncated IDX file: " + bytes.length + " bytes, header needs " + header);
        }
        int[] sizes = new int[dims];
        long total = 1;
        for (int d = 0; d < dims; d++) {
            sizes[d] = readInt(bytes, 4 + 4 * d);
            if (sizes[d] <= 0) {
                throw InputException.field(file.toString(), "size[" + d + "]", sizes[d], "1 .. 2^31-1");
            }
            total *= sizes[d];
            if (total > MAX_BYTES) {
                throw InputException.field(file.toString(), "sizes", Arrays.toString(sizes), "a product below 2^31");
            }
        }
        long actual = bytes.length - header;
        if (actual < total) {
            throw new InputException(file + ": truncated IDX file: sizes " + Arrays.toString(sizes) + " announce "
                    + total + " data bytes but only " + actual + " follow the header");
        }
        if (actual > total) {
            throw new InputException(file + ": IDX file has " + (actual - total) + " bytes past the "
                    + total + " data bytes announced by sizes " + Arrays.toString(sizes));
        }
        return new IdxFile(sizes, Arrays.copyOfRange(bytes, header, bytes.length));
    }

    /**
     * Images and labels of an IDX pair, pixels scaled to [0, 1] (divided by 255, the usual Keras
     * convention that the paper's code follows).
     */
    public static LabelledImages readImages(Path imagesFile, Path labelsFile) {
        IdxFile images = read(imagesFile, MAGIC_IMAGES);
        IdxFile labels = read(labelsFile, MAGIC_LABELS);
        int n = images.sizes[0];
        if (labels.sizes[0] != n) {
            throw new InputException(labelsFile + ": field 'size[0]' = " + labels.sizes[0]
                    + " is not allowed (allowed: " + n + ", the number of images in " + imagesFile + ")");
        }
        int h = images.sizes[1];
        int w = images.sizes[2];
        double[] px = new double[images.data.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = (images.data[i] & 0xff) / 255.0;
        }
        int[] lab = new int[n];
        for (int i = 0; i < n; i++) {
            lab[i] = labels.data[i] & 0xff;
        }
        return new LabelledImages(px, lab, h, w, imagesFile + " (" + n + " images " + h + "x" + w
                + ", pixels / 255)");
    }

    private static String describe(int magic) {
        if (magic == MAGIC_IMAGES) {
            return "unsigned-byte images with 3 dimensions";
        }
        if (magic == MAGIC_LABELS) {
            return "unsigned-byte labels with 1 dimension";
        }
        return "IDX";
    }

    private static int readInt(byte[] b, int off) {
        return ((b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
    }

    static byte[] readAllMaybeGzip(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                try (InputStream gz = new GZIPInputStream(raw, 1 << 16)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                    gz.transferTo(out);
                    return out.toByteArray();
                } catch (EOFException | ZipException e) {
                    throw new InputException(file + ": truncated or corrupt gzip stream (" + e.getMessage() + ")");
                }
            }
            return raw.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
