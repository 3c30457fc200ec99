package lae.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ReportDocument} as {@code DIR/NAME.md}, {@code DIR/NAME.json} and its figures, as
 * one set ({@link AtomicFiles#writeAll}): figures first, then the markdown, the JSON last. The only
 * place where reports reach the disk.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** The written paths: markdown and JSON. */
    public record Written(Path markdown, Path json) {
    }

    /** Writes {@code d} under {@code dir} (figures, markdown, then JSON, as one set) and returns the markdown and JSON paths. */
    public static Written write(ReportDocument d, Path dir) {
        ObjectNode tree = JsonRenderer.tree(d);
        String id = JsonRenderer.contentId(tree);
        tree.put("content_id", id);
        Path md = dir.resolve(d.name() + ".md");
        Path json = dir.resolve(d.name() + ".json");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (ReportDocument.Figure f : d.figures()) {
            files.put(md.resolveSibling(f.file()), f.png());
        }
        files.put(md, MarkdownRenderer.render(d, id).getBytes(StandardCharsets.UTF_8));
        files.put(json, JsonRenderer.toText(tree).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(files);
        return new Written(md, json);
    }
}
