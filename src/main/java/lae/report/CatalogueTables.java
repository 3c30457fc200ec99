package lae.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogue page of {@code docs/} ({@link ClaimCatalogue}, {@link ToleranceCatalogue}): a title and an introduction,
 * then one table per section, a section and its table starting where a row's section differs from the last row's. Every
 * cell is escaped for a markdown table (pipes, line breaks).
 */
final class CatalogueTables {
    private final StringBuilder b = new StringBuilder();
    private final List<String> header;
    private String section;

    /** The page {@code title} with its {@code introduction} (markdown paragraphs), whose tables have the columns {@code header}. */
    CatalogueTables(String title, String introduction, List<String> header) {
        this.header = List.copyOf(header);
        b.append("# ").append(title).append("\n\n").append(introduction).append('\n');
    }

    /** One row, in the section headed {@code heading}. */
    CatalogueTables row(String heading, List<String> cells) {
        if (!heading.equals(section)) {
            section = heading;
            b.append("\n## ").append(heading).append("\n\n| ").append(String.join(" | ", header)).append(" |\n|")
                    .append("---|".repeat(header.size())).append('\n');
        }
        b.append("| ").append(cells.stream().map(CatalogueTables::cell).collect(Collectors.joining(" | "))).append(" |\n");
        return this;
    }

    /** The page. */
    String markdown() {
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
