package lae.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages under {@code lae} form no cycle (design.md: data flows one way, core under all), and
 * core depends on no other package of the toolkit. Dependencies are read from the sources: imports
 * and fully qualified names {@code lae.PKG.Class}.
 */
class PackageCyclesTest {
    private static final Pattern REF = Pattern.compile("\\blae\\.([a-z]+)\\.[A-Z]");

    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        Path root = Path.of("src/main/java/lae");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                Set<String> deps = g.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REF.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        deps.add(m.group(1));
                    }
                }
            }
        }
        return g;
    }

    @Test
    void packagesFormNoCycle() throws IOException {
        Map<String, Set<String>> g = graph();
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            findCycle(g, start, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertThat(cycles).as("package dependency graph " + g).isEmpty();
    }

    @Test
    void coreDependsOnNothingElse() throws IOException {
        assertThat(graph().get("core")).isEmpty();
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> g = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")));
        List<String> cycles = new ArrayList<>();
        findCycle(g, "a", "a", new ArrayList<>(List.of("a")), cycles);
        assertThat(cycles).containsExactly("a -> b -> c -> a");
    }

    private static void findCycle(Map<String, Set<String>> g, String start, String at, List<String> path, List<String> out) {
        for (String next : g.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                out.add(String.join(" -> ", path) + " -> " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                findCycle(g, start, next, path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
