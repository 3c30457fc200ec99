package lae.algebra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.fraction.BigFraction;

import lae.core.Progress;

/**
 * Singular's answers recorded once (by {@link #main}, on a machine with Singular) and replayed in the tests that must
 * run without it: each answer is keyed by a hash of the script it answers, so a change in the generated script makes
 * the replay fail loudly instead of silently answering another question.
 */
final class RecordedSingular {
    static final Path DIR = Path.of("src/test/resources/lae/algebra");

    private RecordedSingular() {
    }

    /** The configurations recorded: name, m, n, k, singular values, lambda, loss. */
    record Config(String name, int m, int n, int k, List<Integer> s, String lambda, String loss) {
        ExactData data() {
            return new ExactData(m, n, s.stream().map(BigFraction::new).toList(), s.toString());
        }

        LossMember member() {
            return LossMember.parse(loss, ExactExpression.literal(lambda), k);
        }

        Path fixture() {
            return DIR.resolve(name + ".singular.txt");
        }
    }

    static final List<Config> CONFIGS = List.of(
            new Config("m1-sum-lambda2", 1, 1, 1, List.of(2), "2", "L_sigma"),
            new Config("m1-sum-lambda5", 1, 1, 1, List.of(2), "5", "L_sigma"),
            new Config("m3-k1-sum", 3, 4, 1, List.of(3, 2, 1), "3", "L_sigma"),
            new Config("m3-k2-product", 3, 4, 2, List.of(3, 2, 1), "3", "L_pi"),
            new Config("m3-k2-synthetic", 3, 4, 2, List.of(3, 2, 1), "3", "L_synthetic(1/2)"));

    static String key(String script) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A decomposer that answers from the recorded file (and fails on a script it has no answer for). */
    static AlgebraEngine.Decomposer replay(Path fixture) {
        Map<String, String> answers = new LinkedHashMap<>();
        try {
            String key = null;
            StringBuilder b = new StringBuilder();
            for (String line : Files.readAllLines(fixture)) {
                if (line.startsWith("@@script ")) {
                    if (key != null) {
                        answers.put(key, b.toString());
                    }
                    key = line.substring(9).trim();
                    b.setLength(0);
                } else {
                    b.append(line).append('\n');
                }
            }
            if (key != null) {
                answers.put(key, b.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (names, generators, timeout) -> {
            String k = key(Decomposition.script(names, generators));
            String out = answers.get(k);
            if (out == null) {
                throw new IllegalStateException("no recorded answer for script " + k + " in " + fixture + ": re-record with RecordedSingular.main");
            }
            return Decomposition.parse(out, names, 0);
        };
    }

    /** The landscape of a recorded configuration, replayed. */
    static LossLandscape landscape(Config c) {
        return AlgebraEngine.analyze(c.member(), c.data(), AlgebraEngine.Options.defaults(), Progress.NONE, replay(c.fixture()));
    }

    /** Records every configuration with Singular: {@code mvn test-compile} then run this class with the test classpath. */
    public static void main(String[] args) throws IOException {
        for (Config c : CONFIGS) {
            StringBuilder file = new StringBuilder();
            AlgebraEngine.Decomposer recording = (names, generators, timeout) -> {
                String script = Decomposition.script(names, generators);
                SingularProcess.Run run = SingularProcess.run(script, timeout);
                synchronized (file) {
                    file.append("@@script ").append(key(script)).append('\n').append(run.stdout().replaceAll("@cpu \\d+", "@cpu 0"));
                    if (!run.stdout().endsWith("\n")) {
                        file.append('\n');
                    }
                }
                return Decomposition.parse(run.stdout(), names, run.wallSeconds());
            };
            AlgebraEngine.analyze(c.member(), c.data(), AlgebraEngine.Options.defaults(), Progress.NONE, recording);
            Files.writeString(c.fixture(), file.toString());
            System.out.println(c.fixture() + ": " + file.length() + " characters");
        }
    }
}
