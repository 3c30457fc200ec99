package lae.core;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import lae.core.ClaimId.Definition;
import lae.core.ClaimId.FormulaField;
import lae.core.ClaimId.Scope;
import lae.core.ClaimId.Section;

/**
 * The claim registry as {@link ClaimId#RESOURCE} defines it: every claim's {@link Definition} and every section's
 * heading, read and checked once. Besides the checks of {@link TomlResource} (a table per constant, known fields, each
 * value of its kind), it refuses two claims with one id, a formula that names a list of variables the resource does not
 * have or a field twice, losses or formulas on a claim that claim files do not test, and a sentence reading that is not
 * among the claim's readings.
 */
final class ClaimRegistry {
    private static final Set<String> CLAIM_FIELDS = Set.of("id", "section", "title", "statement", "catalogue", "engines", "losses",
            "formulas", "readings", "sentence_readings", "scope");
    private static final Set<String> SCOPE_FIELDS = Set.of("extent", "text");
    private static final Set<String> FORMULA_FIELDS = Set.of("name", "printed", "candidates", "variables");

    private final Map<ClaimId, Definition> claims;
    private final Map<Section, String> headings;
    private final Set<Section> neighbours;

    private ClaimRegistry(Map<ClaimId, Definition> claims, Map<Section, String> headings, Set<Section> neighbours) {
        this.claims = claims;
        this.headings = headings;
        this.neighbours = neighbours;
    }

    /** The registry that {@code toml} defines: tables [formula_variables], [default_scope], [sections.*], [claims.*]. */
    static ClaimRegistry read(TomlResource toml) {
        Map<Section, String> headings = new EnumMap<>(Section.class);
        Set<Section> neighbours = EnumSet.noneOf(Section.class);
        toml.constants("sections", Section.class, Set.of("heading", "neighbour")).forEach((s, e) -> {
            headings.put(s, e.text("heading"));
            if (e.flag("neighbour")) {
                neighbours.add(s);
            }
        });
        TomlResource.Entry vars = toml.table("formula_variables", null);
        Map<String, List<String>> variables = new LinkedHashMap<>();
        vars.fields().forEach(name -> variables.put(name, vars.list(name, Function.identity(), null)));
        Scope everySize = scope(toml.table("default_scope", SCOPE_FIELDS));
        Map<ClaimId, Definition> claims = new EnumMap<>(ClaimId.class);
        Map<String, ClaimId> ids = new HashMap<>();
        toml.constants("claims", ClaimId.class, CLAIM_FIELDS).forEach((c, e) -> {
            Definition d = definition(c, e, variables, everySize);
            ClaimId other = ids.put(d.id().toLowerCase(Locale.ROOT), c);
            if (other != null) {
                throw e.malformed("id", "= \"" + d.id() + "\" is the id of " + other.name() + " too");
            }
            claims.put(c, d);
        });
        return new ClaimRegistry(claims, headings, neighbours);
    }

    private static Definition definition(ClaimId c, TomlResource.Entry e, Map<String, List<String>> variables, Scope everySize) {
        Set<ClaimEngine> engines = EnumSet.copyOf(e.list("engines", TomlResource.byName(ClaimEngine.class), null));
        List<String> losses = e.list("losses", Function.identity(), List.of());
        Map<String, FormulaField> formulas = new LinkedHashMap<>();
        for (TomlResource.Entry f : e.tables("formulas", FORMULA_FIELDS)) {
            FormulaField field = new FormulaField(f.text("name"), f.text("printed"), f.text("candidates"),
                    f.value("variables", name -> listOf(variables, name)));
            if (formulas.put(field.name(), field) != null) {
                throw e.malformed("formulas", "name the field '" + field.name() + "' twice");
            }
        }
        if (!engines.contains(ClaimEngine.CLAIM_FILE) && !(losses.isEmpty() && formulas.isEmpty())) {
            throw e.malformed(losses.isEmpty() ? "formulas" : "losses", "are for claims that claim files test (engine claim_file)");
        }
        List<Reading> readings = e.list("readings", Reading::parse, List.of(Reading.AS_PRINTED));
        List<Reading> sentence = e.list("sentence_readings", Reading::parse, readings);
        if (!readings.containsAll(sentence)) {
            throw e.malformed("sentence_readings", "are not all among the readings " + readings);
        }
        TomlResource.Entry scope = e.table("scope", SCOPE_FIELDS);
        return new Definition(e.text("id", c.name()), e.value("section", TomlResource.byName(Section.class)), e.text("title"),
                e.text("statement"), e.text("catalogue"), engines, losses, formulas, readings, sentence,
                scope == null ? everySize : scope(scope));
    }

    private static Scope scope(TomlResource.Entry e) {
        return new Scope(e.value("extent", TomlResource.byName(ClaimId.Extent.class)), e.text("text"));
    }

    private static List<String> listOf(Map<String, List<String>> variables, String name) {
        List<String> v = variables.get(name);
        if (v == null) {
            throw new IllegalArgumentException("allowed: the lists of [formula_variables], " + String.join(", ", variables.keySet()));
        }
        return v;
    }

    /** The definition of {@code c}. */
    Definition definition(ClaimId c) {
        return claims.get(c);
    }

    /** The heading of {@code s}. */
    String heading(Section s) {
        return headings.get(s);
    }

    /** Whether {@code s} is a neighbouring paper's section. */
    boolean neighbour(Section s) {
        return neighbours.contains(s);
    }
}
