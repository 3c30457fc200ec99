package lae.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * reports/README.md: one line per claim with its verdicts (per report and loss) and links, built
 * from every JSON report (schema lae-report/1) under reports/, except the sub-indexes index.json
 * (which repeat the verdicts of their directory).
 */
public final class ReportIndex {
    private ReportIndex() {
    }

    public static void write(Path reports, List<String> commands) {
        Map<String, List<String>> byClaim = new TreeMap<>((a, b) -> {
            int x = Integer.parseInt(a.replaceAll("\\D", "0"));
            int y = Integer.parseInt(b.replaceAll("\\D", "0"));
            return x != y ? Integer.compare(x, y) : a.compareTo(b);
        });
        List<String> reportsSeen = new ArrayList<>();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json") && !x.getFileName().toString().equals("index.json")).sorted().toList()) {
                JsonNode root;
                try {
                    root = ReportJson.MAPPER.readTree(p.toFile());
                } catch (IOException e) {
                    continue;
                }
                if (!ReportJson.SCHEMA.equals(root.path("schema").asText())) {
                    continue;
                }
                String md = reports.relativize(p).toString().replaceAll("\\.json$", ".md");
                String label = root.path("name").asText(md);
                reportsSeen.add("[" + label + "](" + md + ") (" + root.path("kind").asText() + "): `" + root.path("command").asText() + "`");
                for (JsonNode r : root.path("results")) {
                    String claim = r.path("claim").asText();
                    String loss = r.path("loss").asText();
                    byClaim.computeIfAbsent(claim, c -> new ArrayList<>())
                            .add(r.path("verdict").asText() + " " + ("-".equals(loss) ? "" : loss + " ") + "[" + label + "](" + md + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder b = new StringBuilder("# Verdicts on the claims of the paper\n\n");
        b.append("Written by `./lae report`. One line per claim of `claims.md` (ids C1..C30); each entry is a verdict, the loss it is about, and the report with its evidence.\n\n");
        b.append("| claim | verdicts |\n|---|---|\n");
        Map<String, List<String>> ordered = new LinkedHashMap<>(byClaim);
        ordered.forEach((claim, v) -> b.append("| ").append(claim).append(" | ").append(String.join("; ", v)).append(" |\n"));
        b.append("\n## Reports\n\n");
        reportsSeen.forEach(r -> b.append("- ").append(r).append("\n"));
        if (!commands.isEmpty()) {
            b.append("\n## Commands run\n\n");
            commands.forEach(c -> b.append("- `").append(c).append("`\n"));
        }
        AtomicFiles.writeString(reports.resolve("README.md"), b.toString());
    }
}
