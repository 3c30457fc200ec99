package lae.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;


/**
 * Writes files so that a reader sees either the old or the new content, never a partial one. A set of
 * files (a report's markdown, JSON and figures) is first written completely to temporary files beside
 * their targets, then renamed into place one after the other, the JSON last; so an interruption leaves
 * at worst a new markdown beside an old JSON, which the content id in the markdown's footer exposes
 * (the index flags such a pair). A failure (a full disk, a folder that became unwritable) removes every
 * temporary file and is an {@link OutputException} naming the path. Temporary files are created with the
 * default permissions (the umask applies), so reports are as readable as any other file the user writes.
 * Every byte goes through one seam, {@link Disk}, through which tests inject a full disk.
 */
public final class AtomicFiles {
    /** How a new file is opened for writing: the one seam between reports and the file system. */
    @FunctionalInterface
    public interface Disk {
        /** A stream writing the new file {@code file} (which must not exist). */
        OutputStream create(Path file) throws IOException;
    }

    /** Restores the real disk when closed ({@link #use}). */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    private static final Disk REAL = f -> Files.newOutputStream(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    private static volatile Disk disk = REAL;

    private AtomicFiles() {
    }

    /** Writes through {@code d} instead of the file system until the returned handle is closed (tests: a full disk). */
    public static Restore use(Disk d) {
        disk = d;
        return () -> disk = REAL;
    }

    /** Writes {@code content} as UTF-8 to {@code target}, atomically. */
    public static void writeString(Path target, String content) {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code target}, atomically. */
    public static void write(Path target, byte[] content) {
        Map<Path, byte[]> one = new LinkedHashMap<>();
        one.put(target, content);
        writeAll(one);
    }

    /** Writes every entry to a temporary file first, then renames them into place in iteration order. */
    public static void writeAll(Map<Path, byte[]> files) {
        List<Path> temporary = new ArrayList<>();
        List<Path[]> moves = new ArrayList<>();
        Path at = null;
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                at = target;
                Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                temporary.add(tmp);
                create(tmp, e.getValue());
                moves.add(new Path[] {tmp, target});
            }
            for (Path[] mv : moves) {
                at = mv[1];
                move(mv[0], mv[1]);
            }
        } catch (IOException ex) {
            throw OutputException.of(at, ex);
        } finally {
            temporary.forEach(AtomicFiles::deleteQuietly);
        }
    }

    /** Writes the new file {@code file} (creating its folder) through the {@link Disk}; a partial file is removed. */
    static void create(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = disk.create(file)) {
            out.write(content);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Renames {@code from} to {@code to}, replacing it, atomically where the file system can. */
    static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more can be done; the caller reports the failure that brought it here
        }
    }
}
