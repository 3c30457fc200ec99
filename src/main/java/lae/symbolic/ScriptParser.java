package lae.symbolic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Symja proof script into top-level statements: a statement ends at a {@code ;} that is
 * outside brackets, strings and {@code (* comments *)} (nested comments allowed). Comments are
 * dropped and lines joined with a space, so a statement may span lines.
 */
public final class ScriptParser {
    private ScriptParser() {
    }

    /** A statement and the 1-based line where it starts. */
    public record Statement(String source, int line) {
    }

    public static List<Statement> split(String text) {
        List<Statement> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        int comment = 0;
        boolean inString = false;
        int line = 1;
        int startLine = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (ch == '\n') {
                line++;
            }
            if (comment > 0) {
                if (ch == '(' && next == '*') {
                    comment++;
                    i++;
                } else if (ch == '*' && next == ')') {
                    comment--;
                    i++;
                }
                continue;
            }
            if (inString) {
                cur.append(ch);
                if (ch == '\\' && i + 1 < text.length()) {
                    cur.append(next);
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
                continue;
            }
            if (ch == '(' && next == '*') {
                comment = 1;
                i++;
                continue;
            }
            if (ch == '"') {
                inString = true;
            } else if (ch == '(' || ch == '{' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == '}' || ch == ']') {
                depth--;
                if (depth < 0) {
                    throw new IllegalArgumentException("line " + line + ": unbalanced '" + ch + "'");
                }
            } else if (ch == ';' && depth == 0) {
                add(out, cur, startLine);
                cur.setLength(0);
                startLine = -1;
                continue;
            }
            if (!Character.isWhitespace(ch) && startLine < 0) {
                startLine = line;
            }
            cur.append(ch == '\n' || ch == '\r' || ch == '\t' ? ' ' : ch);
        }
        if (comment > 0) {
            throw new IllegalArgumentException("unterminated comment at end of script");
        }
        if (inString) {
            throw new IllegalArgumentException("unterminated string at end of script");
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced brackets at end of script (statement starting line " + startLine + ")");
        }
        add(out, cur, startLine);
        return out;
    }

    private static void add(List<Statement> out, StringBuilder cur, int startLine) {
        String s = cur.toString().trim();
        if (!s.isEmpty()) {
            out.add(new Statement(s.replaceAll("\\s+", " "), startLine));
        }
    }
}
