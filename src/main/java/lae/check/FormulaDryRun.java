package lae.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import lae.config.ClaimFile;
import lae.core.InputException;
import lae.model.DataMatrix;
import lae.symbolic.SymjaFormula;

/**
 * Evaluates every formula of a claim file (formula, formula_F, formula_V and their candidates) before any
 * work, on every case where its claim's check will evaluate it ({@link ClaimCheck#formulaCases}: the ranges
 * are the check's knowledge, not this class's). A formula without a value at every case is refused
 * ({@link InputException}: file, field, formula, the problem at an example case); the formulas without a
 * value at some cases are returned, and the check counts those cases as failures of the formula, naming
 * each.
 */
public final class FormulaDryRun {
    private FormulaDryRun() {
    }

    /** A formula without a value at some of its cases: how many cases, how many without a value, an example. */
    public record PartialFormula(String field, String source, String origin, int cases, int undefined, String example) {
        /** One line for the user or the report. */
        public String describe() {
            return "field '" + field + "' = '" + source + "' (" + origin + ") has no value at " + undefined + " of its " + cases
                    + " cases, e.g. " + example + "; those cases count as failures of the formula";
        }
    }

    /** Dry-runs every formula of {@code cf} on its data; returns the formulas without a value at some cases. */
    public static List<PartialFormula> run(ClaimFile cf, DataMatrix data) {
        AssumptionViolations violations = AssumptionViolations.of(cf, data);
        List<PartialFormula> partial = new ArrayList<>();
        for (ClaimFile.ClaimSpec spec : cf.claims.values()) {
            ClaimCheck check = ClaimChecks.of(spec.id());
            CheckContext on = new CheckContext(spec.id(), cf, data, violations);
            for (String field : fields(spec)) {
                List<SymjaFormula> all = new ArrayList<>();
                List<String> names = new ArrayList<>();
                if (spec.formula(field) != null) {
                    all.add(spec.formula(field));
                    names.add("claims." + spec.id() + "." + field);
                }
                int i = 0;
                for (SymjaFormula c : spec.candidates(field)) {
                    all.add(c);
                    names.add("claims." + spec.id() + "." + field.replace("formula", "candidates") + "[" + (++i) + "]");
                }
                for (int j = 0; j < all.size(); j++) {
                    boolean candidate = j > 0 || spec.formula(field) == null;
                    Tally t = new Tally(all.get(j));
                    check.formulaCases(on, field, candidate, t);
                    if (t.cases > 0 && t.undefined == t.cases) {
                        throw new InputException(cf.path + ": field '" + names.get(j) + "' = '" + all.get(j).source() + "' cannot be evaluated: "
                                + "no value at any of the " + t.cases + " cases of this configuration, e.g. " + t.example
                                + " (allowed: a formula with a real value for the variables of the claim)");
                    }
                    if (t.undefined > 0) {
                        partial.add(new PartialFormula(names.get(j), all.get(j).source(), candidate ? "candidate" : spec.origin(field),
                                t.cases, t.undefined, t.example));
                    }
                }
            }
        }
        return partial;
    }

    /** The formula fields of a claim: its formulas, then fields that have only candidates. */
    private static List<String> fields(ClaimFile.ClaimSpec spec) {
        List<String> out = new ArrayList<>(spec.formulas().keySet());
        for (String f : spec.candidates().keySet()) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Counts cases and undefined ones, keeping the first undefined as the example. */
    private static final class Tally implements Consumer<Map<String, Double>> {
        final SymjaFormula formula;
        int cases;
        int undefined;
        String example;

        Tally(SymjaFormula formula) {
            this.formula = formula;
        }

        @Override
        public void accept(Map<String, Double> b) {
            cases++;
            try {
                formula.evaluate(b);
            } catch (SymjaFormula.Undefined u) {
                undefined++;
                if (example == null) {
                    Map<String, Double> own = new LinkedHashMap<>();
                    b.forEach((k, v) -> {
                        if (formula.variables().contains(k.toLowerCase(Locale.ROOT))) {
                            own.put(k, v);
                        }
                    });
                    example = (own.isEmpty() ? "every case" : "at " + SymjaFormula.describe(own)) + ": " + u.reason();
                }
            }
        }
    }
}
