package lae.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * A TOML resource of the toolkit's own data (the claim registry, the tolerances), read once from the class path, whose
 * tables are checked field by field: a missing table, a constant of an enum without its table or a table without its
 * constant, an unknown field or a malformed value is a {@link ResourceException} naming the resource and the key. Not
 * for the user's input (claim files are read by {@code config.TomlReader}, within its limits).
 */
final class TomlResource {
    private final String resource;
    private final JsonNode root;

    private TomlResource(String resource, JsonNode root) {
        this.resource = resource;
        this.root = root;
    }

    /** The resource at {@code path} on the class path ("lae/core/claims.toml"), UTF-8. */
    static TomlResource load(String path) {
        try (InputStream in = TomlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new ResourceException(path + ": not on the class path");
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ResourceException(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The TOML {@code text}, named {@code resource} in errors. */
    static TomlResource parse(String resource, String text) {
        try {
            return new TomlResource(resource, new TomlMapper().readTree(text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ResourceException(resource + ": not valid TOML" + (at == null ? "" : " (line " + at.getLineNr() + ")") + ": "
                    + e.getOriginalMessage());
        }
    }

    /** The top-level table {@code key}, whose fields may be only {@code fields} (null: any). */
    Entry table(String key, Set<String> fields) {
        return new Entry(resource, "[" + key + "]", root.get(key), fields);
    }

    /**
     * The table {@code key} with one sub-table per constant of {@code type}, named as the constant, each with only
     * {@code fields}: refuses a constant without its table and a table without its constant.
     */
    <E extends Enum<E>> Map<E, Entry> constants(String key, Class<E> type, Set<String> fields) {
        Entry table = table(key, null);
        Map<E, Entry> out = new EnumMap<>(type);
        for (Iterator<Map.Entry<String, JsonNode>> it = table.node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            E constant = Stream.of(type.getEnumConstants()).filter(c -> c.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new ResourceException(resource + ": [" + key + "." + e.getKey() + "] has no constant in "
                            + type.getName()));
            out.put(constant, new Entry(resource, "[" + key + "." + e.getKey() + "]", e.getValue(), fields));
        }
        for (E c : type.getEnumConstants()) {
            if (!out.containsKey(c)) {
                throw new ResourceException(resource + ": the constant " + type.getName() + "." + c.name() + " has no table ["
                        + key + "." + c.name() + "]");
            }
        }
        return out;
    }

    /** Reads a constant of {@code type} by its name, in any case ("claim_file" for CLAIM_FILE). */
    static <E extends Enum<E>> Function<String, E> byName(Class<E> type) {
        return s -> Stream.of(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("allowed: " + Stream.of(type.getEnumConstants())
                        .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    /** One table of the resource: its fields, read with the key in every error. */
    static final class Entry {
        private final String resource;
        private final String key;
        private final JsonNode node;

        private Entry(String resource, String key, JsonNode node, Set<String> fields) {
            this.resource = resource;
            this.key = key;
            this.node = node;
            if (node == null || !node.isObject()) {
                throw new ResourceException(resource + ": " + key + " is missing or not a table");
            }
            if (fields != null) {
                for (String f : fields()) {
                    if (!fields.contains(f)) {
                        throw malformed(f, "is not a field here (allowed: " + String.join(", ", new TreeSet<>(fields)) + ")");
                    }
                }
            }
        }

        /** The names of the fields, in the resource's order. */
        List<String> fields() {
            List<String> out = new ArrayList<>();
            node.fieldNames().forEachRemaining(out::add);
            return out;
        }

        /** The string {@code field}, which must be there. */
        String text(String field) {
            JsonNode v = node.get(field);
            if (v == null) {
                throw malformed(field, "is missing");
            }
            if (!v.isTextual() || v.textValue().isBlank()) {
                throw malformed(field, "is not a non-empty string");
            }
            return v.textValue();
        }

        /** The string {@code field}, or {@code ifAbsent} when it is not there. */
        String text(String field, String ifAbsent) {
            return node.has(field) ? text(field) : ifAbsent;
        }

        /** The string {@code field} (which must be there) as {@code parse} reads it; its IllegalArgumentException says what is allowed. */
        <T> T value(String field, Function<String, T> parse) {
            String t = text(field);
            try {
                return parse.apply(t);
            } catch (IllegalArgumentException e) {
                throw malformed(field, "= \"" + t + "\" is not allowed (" + e.getMessage() + ")");
            }
        }

        /** The boolean {@code field}, false when it is not there. */
        boolean flag(String field) {
            JsonNode v = node.get(field);
            if (v != null && !v.isBoolean()) {
                throw malformed(field, "is not true or false");
            }
            return v != null && v.booleanValue();
        }

        /**
         * The array of strings {@code field}, each as {@code parse} reads it; {@code ifAbsent} when it is not there (null: it
         * must be there).
         */
        <T> List<T> list(String field, Function<String, T> parse, List<T> ifAbsent) {
            JsonNode v = node.get(field);
            if (v == null && ifAbsent != null) {
                return ifAbsent;
            }
            if (v == null || !v.isArray() || v.isEmpty()) {
                throw malformed(field, v == null ? "is missing" : "is not a non-empty array of strings");
            }
            List<T> out = new ArrayList<>();
            for (JsonNode e : v) {
                if (!e.isTextual()) {
                    throw malformed(field, "is not a non-empty array of strings");
                }
                try {
                    out.add(parse.apply(e.textValue()));
                } catch (IllegalArgumentException x) {
                    throw malformed(field, "holds \"" + e.textValue() + "\", which is not allowed (" + x.getMessage() + ")");
                }
            }
            return List.copyOf(out);
        }

        /** The inline table {@code field} with only {@code fields}, or null when it is not there. */
        Entry table(String field, Set<String> fields) {
            return node.has(field) ? new Entry(resource, key + " " + field, node.get(field), fields) : null;
        }

        /** The array of inline tables {@code field}, each with only {@code fields}; empty when it is not there. */
        List<Entry> tables(String field, Set<String> fields) {
            JsonNode v = node.get(field);
            if (v == null) {
                return List.of();
            }
            if (!v.isArray() || v.isEmpty()) {
                throw malformed(field, "is not a non-empty array of tables");
            }
            List<Entry> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                out.add(new Entry(resource, key + " " + field + "[" + (i + 1) + "]", v.get(i), fields));
            }
            return out;
        }

        /** The error "RESOURCE: [KEY] FIELD WHAT". */
        ResourceException malformed(String field, String what) {
            return new ResourceException(resource + ": " + key + " " + field + " " + what);
        }
    }
}
