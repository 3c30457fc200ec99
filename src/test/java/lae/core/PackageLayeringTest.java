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
 * The layering of docs/architecture.md, enforced: every package of {@code lae} uses only the packages its row
 * below allows, so that data flow one way (cli -&gt; job -&gt; engines -&gt; mathematics -&gt; model, core under all)
 * and no engine imports another sideways (census does not import check; explore does not import train; explore
 * may use census, the engine it is built on). A new package must be given its row here. Dependencies are read from
 * the sources: imports and fully qualified names {@code lae.PKG.Class}.
 */
class PackageLayeringTest {
    private static final Set<String> MATHEMATICS = Set.of("core", "model", "data", "report", "symbolic", "config", "landscape",
            "numeric", "topology");
    /** Each package and the packages it may use. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("model", Set.of("core")),
            Map.entry("data", Set.of("core")),
            Map.entry("report", Set.of("core")),
            Map.entry("symbolic", Set.of("core", "model", "report")),
            Map.entry("config", Set.of("core", "data", "model", "symbolic")),
            Map.entry("landscape", Set.of("core", "model")),
            Map.entry("numeric", Set.of("core", "model")),
            Map.entry("topology", Set.of("core", "model", "landscape", "report", "symbolic")),
            Map.entry("check", MATHEMATICS),
            Map.entry("census", MATHEMATICS),
            Map.entry("algebra", MATHEMATICS),
            Map.entry("train", MATHEMATICS),
            Map.entry("explore", union(MATHEMATICS, Set.of("census"))),
            Map.entry("job", union(MATHEMATICS, Set.of("check", "census", "explore", "train", "algebra"))),
            Map.entry("cli", union(MATHEMATICS, Set.of("check", "census", "explore", "train", "algebra", "job"))));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
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
    void everyPackageUsesOnlyWhatItsLayerAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        graph().forEach((pkg, deps) -> {
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                violations.add(pkg + " has no row in the layering (add it to ALLOWED and docs/architecture.md)");
                return;
            }
            for (String d : deps) {
                if (!d.equals(pkg) && !allowed.contains(d)) {
                    violations.add(pkg + " -> " + d);
                }
            }
        });
        assertThat(violations).as("imports the layering does not allow").isEmpty();
    }

    @Test
    void theLayeringItselfHasNoCycle() {
        Map<String, Set<String>> g = new TreeMap<>(ALLOWED);
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            findCycle(g, start, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertThat(cycles).isEmpty();
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
