package lae.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import lae.core.InputException;

/**
 * Reader of the CIFAR-10 binary batch format (Krizhevsky [2009]): a sequence of records of
 * 1 label byte (0..9) followed by 3072 pixel bytes, the 1024 red values of the 32 x 32 image row by
 * row, then the 1024 green, then the 1024 blue. {@code test_batch.bin} holds exactly 10,000 records.
 *
 * <p>Images are converted to greyscale by the CCIR 601 luma weights (Section 4.1, Fischer [2010]):
 * Y = 0.299 R + 0.587 G + 0.114 B, then divided by 255, giving 1024-dimensional vectors in [0, 1].
 */
public final class Cifar10Binary {
    public static final int SIDE = 32;
    public static final int PIXELS = SIDE * SIDE;
    public static final int RECORD = 1 + 3 * PIXELS;
    /** Records in each of the official batch files, test_batch.bin included. */
    public static final int RECORDS_PER_BATCH = 10_000;

    /** The largest file read: six official batches (the whole data set); larger files are refused before reading. */
    public static final long MAX_BYTES = 6L * RECORDS_PER_BATCH * RECORD;

    private Cifar10Binary() {
    }

    /**
     * Reads a CIFAR-10 binary file. Its size must be a positive multiple of 3073 bytes; a file named
     * like an official batch ({@code test_batch.bin}, {@code data_batch_N.bin}) must hold exactly
     * 10,000 records.
     */
    public static LabelledImages read(Path file) {
        byte[] b;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(file + ": field 'size' = " + size + " bytes is not allowed (allowed: at most " + MAX_BYTES
                        + " = 6 batches of 10,000 records, read before any work)");
            }
            b = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString();
        boolean official = name.equals("test_batch.bin") || name.matches("data_batch_[1-5]\\.bin");
        if (b.length == 0 || b.length % RECORD != 0) {
            throw new InputException(file + ": field 'size' = " + b.length + " bytes is not allowed (allowed: a positive "
                    + "multiple of " + RECORD + " = 1 label byte + 3072 pixel bytes per record"
                    + (official ? "; " + (long) RECORDS_PER_BATCH * RECORD + " for " + name : "") + ")");
        }
        int n = b.length / RECORD;
        if (official && n != RECORDS_PER_BATCH) {
            throw new InputException(file + ": field 'records' = " + n + " is not allowed (allowed: "
                    + RECORDS_PER_BATCH + " for " + name + ", i.e. " + (long) RECORDS_PER_BATCH * RECORD + " bytes)");
        }
        double[] px = new double[n * PIXELS];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int off = i * RECORD;
            int label = b[off] & 0xff;
            if (label > 9) {
                throw InputException.field(file.toString(), "label of record " + i, label, "0 .. 9");
            }
            labels[i] = label;
            for (int p = 0; p < PIXELS; p++) {
                double r = b[off + 1 + p] & 0xff;
                double g = b[off + 1 + PIXELS + p] & 0xff;
                double bl = b[off + 1 + 2 * PIXELS + p] & 0xff;
                px[i * PIXELS + p] = luma(r, g, bl) / 255.0;
            }
        }
        return new LabelledImages(px, labels, SIDE, SIDE, file + " (" + n + " images 32x32, CCIR 601 luma / 255)");
    }

    /** CCIR 601 luma: Y = 0.299 R + 0.587 G + 0.114 B. */
    public static double luma(double r, double g, double b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }
}
