package lae.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A report that could not be written: the disk is full, the folder became unwritable, or the file system
 * refused otherwise. Its message is one line naming the path and the reason; the CLI prints it and exits
 * with code 4. Whoever throws it has removed its temporary files, and the reports already in place are
 * those of the previous run.
 */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    private OutputException(Path path, String message, IOException cause) {
        super(message, cause);
        this.path = path;
    }

    /** The failure to write {@code path} with {@code cause}. */
    public static OutputException of(Path path, IOException cause) {
        return new OutputException(path, path + ": cannot write (" + reason(cause) + ")", cause);
    }

    /** The path that could not be written. */
    public Path path() {
        return path;
    }

    /** The file system's reason in words, without a stack or class names. */
    static String reason(IOException e) {
        String m = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String text = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "no space left on the device: the disk is full";
        }
        if (lower.contains("quota")) {
            return "disk quota exceeded";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("read-only")) {
            return "permission denied: " + text;
        }
        return text;
    }
}
