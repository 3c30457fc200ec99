package lae.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

/**
 * The readers of the toolkit's own data resources (the tolerances, the claim registry) refuse a constant without its
 * table, a table without its constant and a malformed field, each with one error naming the resource and the key: the
 * cases are data, in lae/core/resource-refusals.toml (the shipped resource with one edit, and the error expected).
 */
class ResourceRefusalsTest {
    private static final String CASES = "lae/core/resource-refusals.toml";
    /** The reader of each resource, as the class that owns it calls it when it is loaded. */
    private static final Map<String, Consumer<TomlResource>> READERS = Map.of(
            Tolerance.RESOURCE, Tolerance::read,
            ClaimId.RESOURCE, ClaimRegistry::read);

    /**
     * One refusal.
     *
     * @param resource the resource as shipped
     * @param from     the text whose first occurrence is replaced
     * @param to       its replacement
     * @param error    the start of the error, after "RESOURCE: "
     */
    record Case(String resource, String from, String to, String error) {
        @Override
        public String toString() {
            return resource + ": " + error;
        }
    }

    /** The text of the class-path resource {@code path}. */
    static String text(String path) throws IOException {
        try (InputStream in = ResourceRefusalsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (JsonNode c : new TomlMapper().readTree(text(CASES)).get("case")) {
            out.add(new Case(c.get("resource").asText(), c.get("from").asText(), c.get("to").asText(), c.get("error").asText()));
        }
        return out;
    }

    @Test
    void everyResourceHasItsCasesAndIsReadAsShipped() throws IOException {
        for (String resource : READERS.keySet()) {
            assertThat(cases()).filteredOn(c -> c.resource().equals(resource)).hasSizeGreaterThanOrEqualTo(8);
            READERS.get(resource).accept(TomlResource.parse(resource, text(resource)));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReaderRefusesTheEditNamingTheResourceAndTheKey(Case c) throws IOException {
        String shipped = text(c.resource());
        assertThat(shipped).contains(c.from());
        String edited = shipped.replaceFirst(Pattern.quote(c.from()), Matcher.quoteReplacement(c.to()));
        ResourceException e = assertThrows(ResourceException.class,
                () -> READERS.get(c.resource()).accept(TomlResource.parse(c.resource(), edited)));
        assertThat(e).hasMessageStartingWith(c.resource() + ": " + c.error());
    }

    @Test
    void aResourceNotOnTheClassPathIsRefused() {
        ResourceException e = assertThrows(ResourceException.class, () -> TomlResource.load("lae/core/no-such.toml"));
        assertThat(e).hasMessage("lae/core/no-such.toml: not on the class path");
    }
}
