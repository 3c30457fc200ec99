package lae.train;

/**
 * Data whose every entry is a byte code scaled and shifted: x[i m + j] = fl(c_ij / 255 - o_j) for bytes
 * c_ij and per-feature offsets o_j, bit for bit. Images stored as bytes are such data: pixels / 255
 * (o = 0), and the same centred by the mean pixel (o = the mean, subtracted in one rounding, as
 * {@link PrincipalDirections#centred} does). Holding the codes instead of the doubles is eight times
 * smaller: Fashion-MNIST's 10,000 test images are 7.8 MB of codes against 63 MB of doubles, so that a
 * training step reads its batch rows from the cache instead of memory, and gives the same doubles.
 *
 * <p>{@link #gather} first touches every cache line of the batch rows' columns, all rows in turn (up to
 * the machine's number of outstanding misses at once), then decodes them: each row read in turn would
 * wait for its lines one row at a time. The measurements behind this are in {@code docs/train.md}.
 */
public final class BytePixels {
    /** c / 255 for every byte c, as the images' loaders compute pixels. */
    private static final double[] LEVELS = new double[256];

    static {
        for (int c = 0; c < 256; c++) {
            LEVELS[c] = c / 255.0;
        }
    }

    private final byte[] codes;    // n x m
    private final double[] offset; // m
    private final int m;

    private BytePixels(byte[] codes, double[] offset, int m) {
        this.codes = codes;
        this.offset = offset;
        this.m = m;
    }

    /**
     * The codes of x (n x m, row-major) with offsets o (null: zero): null when some entry is not fl(c / 255 - o_j)
     * for any byte c, bit for bit.
     */
    public static BytePixels of(double[] x, int m, double[] offset) {
        if (m < 1 || x.length % m != 0 || (offset != null && offset.length != m)) {
            throw new IllegalArgumentException("data of length " + x.length + " are not rows of " + m
                    + (offset == null ? "" : " with " + offset.length + " offsets"));
        }
        double[] o = offset == null ? new double[m] : offset.clone();
        byte[] codes = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            int c = code(x[i], o[i % m]);
            if (c < 0) {
                return null;
            }
            codes[i] = (byte) c;
        }
        return new BytePixels(codes, o, m);
    }

    /** The byte c with fl(c / 255 - o) == v bit for bit, or -1. */
    private static int code(double v, double o) {
        double guess = (v + o) * 255.0;
        if (!(guess > -1.5 && guess < 256.5)) {
            return -1;
        }
        long bits = Double.doubleToRawLongBits(v);
        int c0 = (int) Math.round(guess);
        for (int c = Math.max(0, c0 - 1); c <= Math.min(255, c0 + 1); c++) {
            if (Double.doubleToRawLongBits(LEVELS[c] - o) == bits) {
                return c;
            }
        }
        return -1;
    }

    /** The length of a row. */
    public int m() {
        return m;
    }

    /** The number of rows. */
    public int n() {
        return codes.length / m;
    }

    /**
     * out[i][j0..j1) = the columns j0..j1 of the data row starting at offset {@code rowStart[i]} (a multiple of
     * m), for i &lt; count: the cache lines of all those rows touched first, then decoded. Returns a number
     * that depends on the touched bytes, for the caller to keep (so that the touching is not optimised away).
     */
    long gather(int[] rowStart, int count, int j0, int j1, double[][] out) {
        final byte[] cd = codes;
        long sink = 0;
        for (int j = j0; j < j1; j += 64) {
            for (int i = 0; i < count; i++) {
                sink += cd[rowStart[i] + j];
            }
        }
        for (int i = 0; i < count; i++) {
            sink += cd[rowStart[i] + j1 - 1];
        }
        final double[] lv = LEVELS;
        final double[] o = offset;
        for (int i = 0; i < count; i++) {
            final double[] row = out[i];
            final int s = rowStart[i];
            for (int j = j0; j < j1; j++) {
                row[j] = lv[cd[s + j] & 0xff] - o[j];
            }
        }
        return sink;
    }
}
