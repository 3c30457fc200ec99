package lae.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import lae.core.InputException;

/**
 * Reads a claim file's TOML text into a tree, within {@link InputLimits}. A syntax error is an
 * {@link InputException} naming the file, the line and column, and the key being read there (with its
 * table, e.g. {@code model.k}); the TOML library's own wording about its internals (classes, settings) is
 * never shown.
 */
public final class TomlReader {
    private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^\\s*([A-Za-z0-9_.\"' -]+?)\\s*=");
    private static final Pattern INTERNAL = Pattern.compile("\\s*\\((from|at|through reference chain)[^)]*\\)|`[^`]*`");

    private TomlReader() {
    }

    /** The tree of the claim file at {@code path} (a regular file within the size limit). */
    public static JsonNode read(Path path) {
        return read(path, new TomlMapper());
    }

    /**
     * {@link #read(Path)} with floats kept as exact decimals ({@code BigDecimal}), for claim files whose numbers are
     * exact data (the algebra engine's).
     */
    public static JsonNode readExact(Path path) {
        TomlMapper mapper = new TomlMapper();
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        return read(path, mapper);
    }

    private static JsonNode read(Path path, TomlMapper mapper) {
        InputLimits.requireClaimFile(path);
        String file = path.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not valid TOML: the file is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the claim file (" + e.getClass().getSimpleName() + ")");
        }
        InputLimits.requireTomlDepth(file, text);
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not valid TOML" + where(text, e.getLocation()) + ": " + reason(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": not valid TOML: " + reason(e.getMessage()));
        }
    }

    /** ", line L, column C (key TABLE.KEY)" for a location in {@code text}; empty when the library gave none. */
    static String where(String text, JsonLocation at) {
        if (at == null || at.getLineNr() <= 0) {
            return "";
        }
        int line = at.getLineNr();
        List<String> lines = text.lines().toList();
        String key = line <= lines.size() ? key(lines, line - 1) : null;
        return ", line " + line + (at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : "") + (key == null ? "" : " (key '" + key + "')");
    }

    /** The key assigned on line {@code index} (0-based), prefixed by the table header above it; null if none. */
    private static String key(List<String> lines, int index) {
        Matcher header = HEADER.matcher(lines.get(index));
        if (header.matches()) {
            return header.group(1).strip();
        }
        Matcher k = KEY.matcher(lines.get(index));
        if (!k.find()) {
            return null;
        }
        String key = k.group(1).strip().replace("\"", "").replace("'", "");
        for (int i = index - 1; i >= 0; i--) {
            Matcher h = HEADER.matcher(lines.get(i));
            if (h.matches()) {
                return h.group(1).strip() + "." + key;
            }
        }
        return key;
    }

    /** The library's message without its internals, on one line. */
    private static String reason(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String first = message.lines().findFirst().orElse("").strip();
        String clean = INTERNAL.matcher(first).replaceAll("").replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? "syntax error" : clean;
    }
}
