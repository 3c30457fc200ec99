package lae.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * (the index flags such a pair). Temporary files are created with the default permissions (the umask
 * applies), so reports are as readable as any other file the user writes.
 */
public final class AtomicFiles {
    private AtomicFiles() {
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
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                Path tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out.write(e.getValue());
                }
                moves.add(new Path[] {tmp, target});
            }
            for (Path[] mv : moves) {
                try {
                    Files.move(mv[0], mv[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException ex) {
                    Files.move(mv[0], mv[1], StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + ex.getMessage(), ex);
        } finally {
            for (Path[] mv : moves) {
                try {
                    Files.deleteIfExists(mv[0]);
                } catch (IOException ignored) {
                    // best effort: a stray temporary file is harmless and hidden
                }
            }
        }
    }
}
