package lae.cli;

import lae.core.Numbers;

/**
 * A benchmark's target and the figure measured against it, printed side by side:
 * {@code target: Newton <= 20 s: 14.2 s -> met}. Every {@code bench} verb states its targets this way.
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
}
