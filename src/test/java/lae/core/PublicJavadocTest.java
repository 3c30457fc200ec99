package lae.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the mathematical packages (model, numeric, landscape, topology,
 * algebra) has Javadoc: what it computes, the mathematics, the source. A declaration counts as documented
 * when the nearest non-annotation line above it closes a Javadoc comment; an {@code @Override} of a
 * documented interface method counts too (its documentation is inherited). Record components are
 * documented by the record's {@code @param} tags and are not declarations here.
 */
class PublicJavadocTest {
    static final List<String> PACKAGES = List.of("model", "numeric", "landscape", "topology", "algebra");
    private static final Pattern PUBLIC_MEMBER = Pattern.compile(
            "^\\s+public\\s+(static\\s+)?(final\\s+)?(synchronized\\s+)?(<[^>]+>\\s+)?[\\w<>\\[\\],.? ]*\\(.*");
    private static final Pattern TYPE_DECL = Pattern.compile("^\\s*public\\s+.*\\b(class|interface|enum|record)\\b.*");

    static List<String> undocumented(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean member = PUBLIC_MEMBER.matcher(line).matches() && !line.contains(" record ") && !line.contains(" class ")
                    && !line.contains(" enum ") && !line.contains(" interface ") && !line.contains("=");
            boolean type = TYPE_DECL.matcher(line).matches();
            if (!member && !type) {
                continue;
            }
            int j = i - 1;
            boolean override = false;
            while (j >= 0 && lines.get(j).trim().startsWith("@")) {
                override |= lines.get(j).trim().startsWith("@Override");
                j--;
            }
            if (override) {
                continue;
            }
            if (j < 0 || !lines.get(j).trim().endsWith("*/") || !javadocAbove(lines, j)) {
                out.add((i + 1) + ": " + line.trim());
            }
        }
        return out;
    }

    private static boolean javadocAbove(List<String> lines, int end) {
        for (int j = end; j >= 0; j--) {
            String t = lines.get(j).trim();
            if (t.startsWith("/**")) {
                return true;
            }
            if (t.startsWith("/*")) {
                return false;
            }
        }
        return false;
    }

    @Test
    void everyPublicDeclarationOfTheMathematicalPackagesHasJavadoc() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = Path.of("src/main/java/lae", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String u : undocumented(Files.readAllLines(f))) {
                        found.add(f + ":" + u);
                    }
                }
            }
        }
        assertThat(found).as("public declarations without Javadoc").isEmpty();
    }

    @Test
    void anUndocumentedMethodIsFound() {
        List<String> src = List.of("public final class A {", "    /** Documented. */", "    public int a() {", "    }",
                "    public int b() {", "    }", "    @Override", "    public String toString() {", "    }", "}");
        assertThat(undocumented(src)).containsExactly("1: public final class A {", "5: public int b() {");
    }
}
