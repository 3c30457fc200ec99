package lae.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/** IDX files written in tests: a magic number and sizes, big-endian, then the data; optionally gzipped. */
public final class IdxBytes {
    private IdxBytes() {
    }

    /** The bytes of an IDX file: magic, each size, then the data. */
    public static byte[] idx(int magic, int[] sizes, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, magic);
        for (int s : sizes) {
            writeInt(out, s);
        }
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** The bytes gzipped, as the distributed Fashion-MNIST files are. */
    public static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
