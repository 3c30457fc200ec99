package lae.algebra;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Singular (W. Decker, G.-M. Greuel, G. Pfister, H. Schoenemann, <i>Singular 4.3</i>, www.singular.uni-kl.de)
 * on a generated script as a subprocess: {@code Singular -q --no-warn --no-rc FILE}, standard input empty.
 *
 * <p>Hygiene: the script is written to a temporary file that is deleted whatever happens; standard output and
 * standard error are read on their own threads (no pipe can fill and block the engine); a run that passes its
 * time limit is killed together with every process it started, and reported as a {@link SingularException} of
 * kind TIMEOUT; Singular's error lines ("? ...", which Singular prints and then continues) make the run FAILED, with
 * the first of them as the one-line reason.
 *
 * <p>The executable is {@code Singular} on the PATH, or the file named by the environment variable
 * {@code LAE_SINGULAR}.
 */
public final class SingularProcess {
    /** What to install where Singular is absent (Debian, Ubuntu). */
    public static final String INSTALL = "apt-get install singular";

    private static volatile Boolean available;

    private SingularProcess() {
    }

    /** What a run printed, and how long it took. */
    public record Run(String stdout, double wallSeconds) {
    }

    /** The executable: $LAE_SINGULAR, else "Singular" found on the PATH, else null. */
    public static Path executable() {
        String override = System.getenv("LAE_SINGULAR");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, "Singular");
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * True if Singular is installed and answers a trivial script correctly (probed once per JVM, within 20 s).
     */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            boolean ok;
            try {
                ok = executable() != null && run("print(\"@probe \" + string(2 + 3));\n", Duration.ofSeconds(20)).stdout().contains("@probe 5");
            } catch (SingularException e) {
                ok = false;
            }
            available = a = ok;
        }
        return a;
    }

    /** One line for reports and the console: why algebra verdicts are INCONCLUSIVE here. */
    public static String absentReason() {
        return "Singular is not installed (install it with: " + INSTALL + ")";
    }

    /**
     * Runs {@code script} (a {@code quit;} is appended) and returns its standard output. Throws a
     * {@link SingularException}: ABSENT (no executable), TIMEOUT (killed after {@code timeout}), FAILED (non-zero
     * exit, or an error line in its output).
     */
    public static Run run(String script, Duration timeout) {
        return run(script, timeout, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** {@link #run(String, Duration)} with the script written to a temporary file in {@code scriptFolder}. */
    static Run run(String script, Duration timeout, Path scriptFolder) {
        Path exe = executable();
        if (exe == null) {
            throw new SingularException(SingularException.Kind.ABSENT, absentReason());
        }
        Path file = null;
        Process process = null;
        long t0 = System.nanoTime();
        try {
            file = Files.createTempFile(scriptFolder, "lae-algebra-", ".sing");
            Files.writeString(file, script + "\nquit;\n", StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(exe.toString(), "-q", "--no-warn", "--no-rc", file.toString());
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists() ? new File("/dev/null") : file.toFile()));
            process = pb.start();
            Reader out = new Reader(process.getInputStream());
            Reader err = new Reader(process.getErrorStream());
            out.start();
            err.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new SingularException(SingularException.Kind.TIMEOUT, "Singular ran past its time limit of "
                        + timeout.toSeconds() + " s and was stopped");
            }
            out.join();
            err.join();
            String stdout = out.text();
            String stderr = err.text();
            String error = firstError(stdout, stderr);
            if (process.exitValue() != 0 || error != null) {
                throw new SingularException("Singular failed (exit " + process.exitValue() + "): "
                        + (error != null ? error : summary(stderr)));
            }
            return new Run(stdout, (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new SingularException("cannot run Singular: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SingularException(SingularException.Kind.TIMEOUT, "interrupted while Singular was running");
        } finally {
            if (process != null && process.isAlive()) {
                kill(process);
            }
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete the temporary script " + file, e);
                }
            }
        }
    }

    /** Kills the process and every process it started, and waits for them. */
    private static void kill(Process process) {
        List<ProcessHandle> tree = new ArrayList<>();
        process.toHandle().descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle h : tree) {
                h.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // the processes were told to die; nothing more can be done here
        }
    }

    /** The first error line Singular printed ("? ..."), trimmed, or null. */
    static String firstError(String stdout, String stderr) {
        for (String text : List.of(stdout, stderr)) {
            for (String line : text.split("\n")) {
                String t = line.trim();
                if (t.startsWith("?")) {
                    return t.substring(1).trim();
                }
            }
        }
        return null;
    }

    private static String summary(String stderr) {
        for (String line : stderr.split("\n")) {
            if (!line.isBlank()) {
                String t = line.trim();
                return t.length() > 200 ? t.substring(0, 197) + "..." : t;
            }
        }
        return "no message";
    }

    /** Reads a stream to its end on its own thread. */
    private static final class Reader extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Reader(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                in.transferTo(buffer);
            } catch (IOException e) {
                // the process was killed; what was read so far is kept
            }
        }

        String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
