package lae.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import lae.core.InputException;

/**
 * The limits on the text of a claim file, checked before it is parsed or any work starts, so that an
 * oversized or too deeply nested input is refused in one line naming the file and the field (exit 2)
 * instead of exhausting the stack or being copied into reports: the file's size, the TOML nesting depth,
 * the description, each formula's length and parenthesis depth, and the number of candidates per list.
 * The values are in the README's table of limits.
 */
public final class InputLimits {
    /** The largest claim file, in bytes (the shipped ones are under 2 KiB). */
    public static final long FILE_BYTES = 64 * 1024;
    /** The deepest nesting of TOML arrays and inline tables (a table header counts as one level). */
    public static final int TOML_DEPTH = 8;
    /** The longest {@code description}, in characters. */
    public static final int DESCRIPTION_CHARS = 2000;
    /** The longest formula (and {@code data.singular_values} expression), in characters. */
    public static final int FORMULA_CHARS = 500;
    /** The deepest nesting of parentheses and brackets in a formula. */
    public static final int FORMULA_DEPTH = 40;
    /** The most candidates in one list. */
    public static final int CANDIDATES = 50;

    private InputLimits() {
    }

    /** Refuses a claim-file path that is a directory, missing, or larger than {@link #FILE_BYTES}. */
    static void requireClaimFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new InputException(path + ": is a directory, not a claim file (expected a TOML file, e.g. checks/section-4.2.toml)");
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(path + ": claim file not found (expected a TOML file, e.g. checks/section-4.2.toml)");
        }
        requireSize(path, FILE_BYTES, "claim file");
    }

    /** Refuses a file larger than {@code max} bytes, naming what it is. */
    static void requireSize(Path path, long max, String what) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new InputException(path + ": cannot read the " + what + " (" + e.getClass().getSimpleName() + ")");
        }
        if (size > max) {
            throw new InputException(path + ": the " + what + " has " + size + " bytes (allowed: at most " + max + ")");
        }
    }

    /** Refuses TOML text whose arrays and inline tables nest deeper than {@link #TOML_DEPTH}, naming the line. */
    static void requireTomlDepth(String file, String text) {
        int depth = 0;
        int line = 1;
        String quote = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                if (quote != null && quote.length() == 1) {
                    quote = null;
                }
                continue;
            }
            if (quote != null) {
                if (c == '\\' && quote.charAt(0) == '"') {
                    i++;
                } else if (text.startsWith(quote, i)) {
                    i += quote.length() - 1;
                    quote = null;
                }
                continue;
            }
            if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += quote.length() - 1;
            } else if (c == '[' || c == '{') {
                if (++depth > TOML_DEPTH) {
                    throw new InputException(file + ": line " + line + ": arrays and inline tables nested deeper than " + TOML_DEPTH
                            + " levels (allowed: at most " + TOML_DEPTH + ")");
                }
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
    }

    /** Refuses a description longer than {@link #DESCRIPTION_CHARS}. */
    static void requireDescription(String file, String description) {
        if (description.length() > DESCRIPTION_CHARS) {
            throw new InputException(file + ": field 'description' has " + description.length() + " characters (allowed: at most "
                    + DESCRIPTION_CHARS + ")");
        }
    }

    /** Refuses a formula longer than {@link #FORMULA_CHARS} or nested deeper than {@link #FORMULA_DEPTH}. */
    static void requireFormula(String file, String field, String formula) {
        if (formula.length() > FORMULA_CHARS) {
            throw new InputException(file + ": field '" + field + "' has " + formula.length() + " characters (allowed: a formula of at most "
                    + FORMULA_CHARS + ")");
        }
        int depth = 0;
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            if (c == '(' || c == '[') {
                if (++depth > FORMULA_DEPTH) {
                    throw new InputException(file + ": field '" + field + "' has parentheses nested deeper than " + FORMULA_DEPTH
                            + " levels (allowed: at most " + FORMULA_DEPTH + ")");
                }
            } else if (c == ')' || c == ']') {
                depth--;
            }
        }
    }

    /** Refuses a candidate list longer than {@link #CANDIDATES}. */
    static void requireCandidates(String file, String field, int count) {
        if (count > CANDIDATES) {
            throw new InputException(file + ": field '" + field + "' has " + count + " candidates (allowed: at most " + CANDIDATES + ")");
        }
    }
}
