package lae.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;

import lae.core.Numbers;

/**
 * A benchmark's target and the figure measured against it, printed side by side:
 * {@code target: Newton <= 20 s: 14.2 s -> met}. Every {@code bench} verb states its targets this way; the fixed
 * ones are data, in the resource {@code lae/bench/targets.toml} ({@link #of}).
 *
 * @param what       what is measured ("Newton", "full census on 2 cores")
 * @param comparison how the figure must compare with the target
 * @param target     the target
 * @param unit       the unit of figure and target ("s", "%", or empty)
 */
record BenchTarget(String what, Comparison comparison, double target, String unit) {
    /** How a figure must compare with its target. */
    enum Comparison {
        BELOW("<"), AT_MOST("<="), AT_LEAST(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        boolean met(double value, double target) {
            return switch (this) {
                case BELOW -> value < target;
                case AT_MOST -> value <= target;
                case AT_LEAST -> value >= target;
            };
        }
    }

    private static final Map<String, BenchTarget> TARGETS = load();

    /**
     * The target {@code id} ("verb.key", e.g. "check.newton") of {@code lae/bench/targets.toml}.
     *
     * @throws IllegalArgumentException if there is no such target
     */
    static BenchTarget of(String id) {
        BenchTarget t = TARGETS.get(id);
        if (t == null) {
            throw new IllegalArgumentException("no bench target '" + id + "' in lae/bench/targets.toml (there are " + TARGETS.keySet() + ")");
        }
        return t;
    }

    /** A target the figure must stay below. */
    static BenchTarget below(String what, double target, String unit) {
        return new BenchTarget(what, Comparison.BELOW, target, unit);
    }

    /** A target the figure must not exceed. */
    static BenchTarget atMost(String what, double target, String unit) {
        return new BenchTarget(what, Comparison.AT_MOST, target, unit);
    }

    /** A target the figure must reach. */
    static BenchTarget atLeast(String what, double target, String unit) {
        return new BenchTarget(what, Comparison.AT_LEAST, target, unit);
    }

    /** True if {@code value} meets the target. */
    boolean met(double value) {
        return comparison.met(value, target);
    }

    /** The target, the figure (with {@code decimals} decimals) and whether it is met, on one line. */
    String judge(double value, int decimals) {
        String u = unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
        return "target: " + what + " " + comparison.symbol + " " + Numbers.general(target) + u + ": " + Numbers.fixed(value, decimals) + u
                + " -> " + (met(value) ? "met" : "NOT met");
    }

    private static Map<String, BenchTarget> load() {
        try (InputStream in = BenchTarget.class.getResourceAsStream("/lae/bench/targets.toml")) {
            if (in == null) {
                throw new IllegalStateException("resource lae/bench/targets.toml missing");
            }
            Map<String, BenchTarget> out = new HashMap<>();
            new TomlMapper().readTree(in).fields().forEachRemaining(verb -> verb.getValue().fields().forEachRemaining(e -> {
                JsonNode t = e.getValue();
                Comparison c = Comparison.valueOf(t.path("compare").asText().toUpperCase(Locale.ROOT));
                out.put(verb.getKey() + "." + e.getKey(), new BenchTarget(t.path("what").asText(), c, t.path("target").asDouble(), t.path("unit").asText()));
            }));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
