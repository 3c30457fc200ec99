package lae.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import lae.core.InputException;

/**
 * The folder that reports go to, checked before any work: so that a run that cannot write its reports (or
 * a verification without reports to compare with) fails in seconds with one line naming the option, never
 * after the computation.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Checks that reports can be written into {@code dir}: it is (or can be made) a directory and a file can
     * be created in it. Throws an {@link InputException} naming {@code option}.
     */
    public static void requireWritable(Path dir, String option) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(option + " " + dir + ": is a file, not a directory (allowed: a writable directory)");
        }
        try {
            Files.createDirectories(dir);
            Path probe = dir.resolve(".lae-write-probe-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new InputException(option + " " + dir + ": cannot write there (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ") (allowed: a writable directory)");
        }
    }

    /** Checks that {@code dir} is an existing directory ({@code what} says what it should hold). */
    public static void requireExisting(Path dir, String option, String what) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": no such directory (option " + option + ": " + what + ")");
        }
    }
}
