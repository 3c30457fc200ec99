package lae.config;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import lae.core.InputException;

/**
 * One table of a parsed TOML file, read field by field: each reader returns the value or throws an
 * {@link InputException} naming the file, the field (with the table's prefix, e.g. {@code model.k}) and the
 * allowed range. The toolkit's claim files and the algebra's exact ones (read by {@link TomlReader#readExact}) share it.
 */
public final class TomlTable {
    private final String file;
    private final String prefix;
    private final JsonNode node;

    private TomlTable(String file, String prefix, JsonNode node) {
        this.file = file;
        this.prefix = prefix;
        this.node = node;
    }

    /** The top level of {@code file}, which may hold only the fields {@code allowed}. */
    public static TomlTable root(String file, JsonNode root, Set<String> allowed) {
        return new TomlTable(file, "", root).only(allowed);
    }

    /** The table {@code name} (required), which may hold only the fields {@code allowed}. */
    public TomlTable table(String name, Set<String> allowed) {
        return new TomlTable(file, prefix + name + ".", required(name)).only(allowed);
    }

    /** The table {@code name} if present (else null), which may hold only the fields {@code allowed}. */
    public TomlTable optionalTable(String name, Set<String> allowed) {
        return node.has(name) ? table(name, allowed) : null;
    }

    /** The claim file's path, as messages name it. */
    String file() {
        return file;
    }

    /** The field's name as messages spell it: the table's prefix and {@code name}. */
    String field(String name) {
        return prefix + name;
    }

    /** Whether the field {@code name} is present. */
    public boolean has(String name) {
        return node.has(name);
    }

    /** The raw value of {@code name}, or null. */
    public JsonNode get(String name) {
        return node.get(name);
    }

    /** The raw value of {@code name}; a missing one is refused. */
    public JsonNode required(String name) {
        return Optional.ofNullable(node.get(name)).orElseThrow(() -> new InputException(file + ": missing field '" + field(name) + "'"));
    }

    /** A string field (named without the prefix, as only the top level has them), or {@code dflt} when absent. */
    public String text(String name, String dflt) {
        JsonNode v = node.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isTextual()) {
            throw InputException.field(file, name, v, "a string");
        }
        return v.asText();
    }

    /** An integer field in [min, max]; when absent, {@code dflt} (null: the field is required). */
    int integer(String name, int min, int max, Integer dflt) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (dflt == null) {
                throw missingInteger(name, min, max);
            }
            return dflt;
        }
        if (!v.isIntegralNumber() || v.asLong() < min || v.asLong() > max) {
            throw InputException.field(file, field(name), v, "an integer in [" + min + ", " + max + "]");
        }
        return v.asInt();
    }

    /**
     * A required integer field in [min, max] of a file read exactly ({@link TomlReader#readExact}), where an integral
     * decimal such as {@code 3.0} counts as the integer it spells.
     */
    public int exactInteger(String name, int min, int max) {
        JsonNode v = node.get(name);
        if (v == null) {
            throw missingInteger(name, min, max);
        }
        BigDecimal x = v.isNumber() ? v.decimalValue() : null;
        if (x == null || x.stripTrailingZeros().scale() > 0 || x.compareTo(BigDecimal.valueOf(min)) < 0 || x.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw InputException.field(file, field(name), v, "an integer in [" + min + ", " + max + "]");
        }
        return x.intValueExact();
    }

    private InputException missingInteger(String name, int min, int max) {
        return new InputException(file + ": missing field '" + field(name) + "' (allowed: an integer in [" + min + ", " + max + "])");
    }

    /** A number field in [min, max], or {@code dflt} when absent. */
    double number(String name, double min, double max, double dflt) {
        JsonNode v = node.get(name);
        if (v == null) {
            return dflt;
        }
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw InputException.field(file, field(name), v, "a number in [" + min + ", " + max + "]");
        }
        return v.asDouble();
    }

    /** Refuses a value that is not a table, and any field not in {@code allowed}. */
    private TomlTable only(Set<String> allowed) {
        if (!node.isObject()) {
            throw InputException.field(file, prefix.isEmpty() ? "(top level)" : prefix.substring(0, prefix.length() - 1), node, "a table");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw new InputException(file + ": unknown field '" + prefix + n + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }
}
