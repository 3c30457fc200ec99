package lae.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;

/**
 * The reader's errata: from every verdict row of every current report, one headline verdict per claim, with its
 * strength and scope, and a summary of the paper's claims by verdict and strength.
 *
 * <p>The rules, in two steps:
 * <ol>
 *   <li>per loss and reading, the rows of every report combine into one verdict: FAILS if any report found a
 *       counterexample (with the strongest failing evidence and its scope), otherwise HOLDS if any found it to hold
 *       (the strongest such evidence and its scope), otherwise INCONCLUSIVE;</li>
 *   <li>per claim, the headline combines the readings its printed sentence is about ({@link ClaimId#sentenceReadings()};
 *       all readings when none of those has a verdict): FAILS if one of them fails (the strongest failing evidence),
 *       HOLDS only if every one of them holds, as strong as the weakest of them and with the scopes of all, otherwise
 *       INCONCLUSIVE.</li>
 * </ol>
 * A claim holds as strongly as its weakest part: partial evidence (the predicted components of a classification,
 * another reading) never raises its headline.
 */
public final class Errata {
    private static final int SCOPE_CHARS = 120;

    private Errata() {
    }

    /**
     * The combined verdict of one loss and reading of a claim: its strength (the strongest evidence for the verdict),
     * the scopes of the rows with that evidence, the report of the first of them, and how many rows were combined.
     */
    public record Combined(String loss, Reading reading, Verdict verdict, Strength strength, String scope, String report,
                           int rows) {
    }

    /** A claim's headline verdict, with the combinations it comes from. */
    public record Headline(ClaimId claim, Verdict verdict, Strength strength, String scope, List<Combined> parts) {
    }

    /** One verdict row and the report it is in. */
    public record Row(ClaimResult result, String report) {
    }

    /** The combined verdict per loss and reading (in the order of first appearance). */
    public static List<Combined> combine(List<Row> rows) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            byKey.computeIfAbsent(r.result().loss() + "\u0000" + r.result().reading(), k -> new ArrayList<>()).add(r);
        }
        List<Combined> out = new ArrayList<>();
        for (List<Row> rs : byKey.values()) {
            Verdict v = rs.stream().anyMatch(x -> x.result().verdict() == Verdict.FAILS) ? Verdict.FAILS
                    : rs.stream().anyMatch(x -> x.result().verdict() == Verdict.HOLDS) ? Verdict.HOLDS : Verdict.INCONCLUSIVE;
            Row best = null;
            for (Row x : rs) {
                if (x.result().verdict() == v && (best == null || x.result().strength().ordinal() < best.result().strength().ordinal())) {
                    best = x;
                }
            }
            ClaimResult b = best.result();
            Set<String> scopes = new LinkedHashSet<>();
            for (Row x : rs) {
                if (x.result().verdict() == v && x.result().strength() == b.strength()) {
                    scopes.add(x.result().scope());
                }
            }
            out.add(new Combined(b.loss(), b.reading(), v, b.strength(), String.join("; ", scopes), best.report(), rs.size()));
        }
        return out;
    }

    /** The headline of {@code claim} from its rows; null when it has none. */
    public static Headline headline(ClaimId claim, List<Row> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<Combined> all = combine(rows);
        List<Combined> parts = all.stream().filter(c -> claim.definition().sentenceReadings().contains(c.reading())).toList();
        if (parts.isEmpty()) {
            parts = all;
        }
        Combined failing = null;
        for (Combined c : parts) {
            if (c.verdict() == Verdict.FAILS && (failing == null || c.strength().ordinal() < failing.strength().ordinal())) {
                failing = c;
            }
        }
        if (failing != null) {
            return new Headline(claim, Verdict.FAILS, failing.strength(), failing.scope(), all);
        }
        if (parts.stream().allMatch(c -> c.verdict() == Verdict.HOLDS)) {
            Strength weakest = parts.stream().map(Combined::strength).reduce(Strength.PROVED, Strength::weakest);
            Set<String> scopes = new LinkedHashSet<>();
            parts.forEach(c -> scopes.add(c.scope()));
            return new Headline(claim, Verdict.HOLDS, weakest, String.join("; ", scopes), all);
        }
        Combined open = parts.stream().filter(c -> c.verdict() == Verdict.INCONCLUSIVE).findFirst().orElse(parts.get(0));
        return new Headline(claim, Verdict.INCONCLUSIVE, open.strength(), open.scope(), all);
    }

    /** The paper's claims counted by headline verdict (rows) and strength (columns), with totals. */
    public static List<List<String>> summary(List<Headline> headlines, int claims) {
        Map<Verdict, int[]> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, new int[Strength.values().length]);
        }
        int judged = 0;
        for (Headline h : headlines) {
            if (h != null && h.claim().ofPaper()) {
                counts.get(h.verdict())[h.strength().ordinal()]++;
                judged++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            List<String> row = new ArrayList<>();
            row.add("**" + v + "**");
            int total = 0;
            for (Strength s : Strength.values()) {
                int n = counts.get(v)[s.ordinal()];
                total += n;
                row.add(n == 0 ? "-" : Integer.toString(n));
            }
            row.add(Integer.toString(total));
            rows.add(row);
        }
        List<String> none = new ArrayList<>();
        none.add("no verdict yet");
        for (int i = 0; i < Strength.values().length; i++) {
            none.add("");
        }
        none.add(Integer.toString(claims - judged));
        rows.add(none);
        return rows;
    }

    /** The header of {@link #summary}. */
    public static List<String> summaryHeader() {
        List<String> h = new ArrayList<>();
        h.add("verdict");
        for (Strength s : Strength.values()) {
            h.add(s.label());
        }
        h.add("claims");
        return h;
    }

    /** "L: FAILS; L_pi (landscape): HOLDS": every combination of a headline, short. */
    public static String parts(Headline h) {
        List<String> out = new ArrayList<>();
        for (Combined c : h.parts()) {
            String key = ("-".equals(c.loss()) ? "" : c.loss()) + (c.reading() == Reading.AS_PRINTED ? "" : " (" + c.reading() + ")");
            out.add((key.isBlank() ? "" : key.strip() + ": ") + c.verdict() + (c.rows() > 1 ? " (" + c.rows() + " reports)" : ""));
        }
        return String.join("; ", out);
    }

    /** A scope, cut to a table cell's length (the detail section has it whole). */
    public static String shortScope(String scope) {
        return scope.length() <= SCOPE_CHARS ? scope : scope.substring(0, SCOPE_CHARS - 3) + "...";
    }
}
