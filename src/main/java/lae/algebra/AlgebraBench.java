package lae.algebra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.hipparchus.fraction.BigFraction;

import lae.core.Numbers;
import lae.core.Progress;

/**
 * The figures of {@code ./lae bench algebra}: the time of the exact critical variety per loss and size, beside the
 * targets of issue 22, and the frontier (the largest sizes each loss decomposes within the limit on the machine's
 * cores). Data: s_i = m + 1 - i (i = 1..m), n = m + 1, lambda = 3 (so L_sigma has m0 = m - 1 &lt; m).
 */
public final class AlgebraBench {
    /** The targets: every loss at (3, 1) plus L and L_pi at (3, 2) in total, and each slow loss at (3, 2). */
    public static final double TARGET_SMALL_TOTAL = 10;
    public static final double TARGET_EACH = 60;

    /** The losses of the bench. */
    public static final List<String> LOSSES = List.of("L", "L_pi", "L_sigma", "L_synthetic(1/2)", "L_synthetic(1/20)", "L_synthetic(1/200)",
            "L_synthetic(1/2000)");

    private AlgebraBench() {
    }

    /** One timed analysis. */
    public record Measurement(String loss, int m, int k, String strategy, String status, double wallSeconds, double cpuSeconds, int components,
                              boolean decided) {
        /** True if it finished within {@code limit} seconds with every component decided. */
        public boolean within(double limit) {
            return status.equals("COMPLETE") && decided && wallSeconds <= limit;
        }

        String line() {
            return Numbers.format("%-20s m = %d, k = %d  %-10s %8.2f s wall %8.2f s Singular CPU  %3d components%s", loss, m, k, strategy, wallSeconds,
                    cpuSeconds, components, status.equals("COMPLETE") ? (decided ? "" : ", some undecided") : "  " + status.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The data of size m: s_i = m + 1 - i, n = m + 1. */
    public static ExactData data(int m) {
        List<BigFraction> s = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            s.add(new BigFraction(m + 1 - i));
        }
        return new ExactData(m, m + 1, s, "m + 1 - i");
    }

    /** Times {@code loss} at (m, k) with a limit per Singular run and 2 processes. */
    public static Measurement measure(String loss, int m, int k, double limitSeconds) {
        LossMember member = LossMember.parse(loss, new BigFraction(3), k);
        AlgebraEngine.Options o = new AlgebraEngine.Options(AlgebraEngine.Strategy.AUTO, Duration.ofMillis((long) (limitSeconds * 1000)), 2);
        LossLandscape l = AlgebraEngine.analyze(member, data(m), o, Progress.NONE);
        return new Measurement(loss, m, k, l.strategy().label(), l.status().name(), l.wallSeconds(), l.cpuSeconds(), l.components().size(), l.decided());
    }

    /** The targets of issue 22, each figure printed beside its target. */
    public static void targets(Consumer<String> out) {
        double total = 0;
        out.accept("targets (s = (3, 2, 1), lambda = 3, 2 Singular processes):");
        for (String loss : LOSSES) {
            Measurement x = measure(loss, 3, 1, TARGET_EACH);
            total += x.wallSeconds();
            out.accept("  " + x.line());
        }
        for (String loss : List.of("L", "L_pi")) {
            Measurement x = measure(loss, 3, 2, TARGET_EACH);
            total += x.wallSeconds();
            out.accept("  " + x.line());
        }
        out.accept(Numbers.format("  every loss at (3, 1) and L, L_pi at (3, 2): %.2f s in total (target < %.0f s: %s)", total, TARGET_SMALL_TOTAL,
                total < TARGET_SMALL_TOTAL ? "met" : "MISSED"));
        for (String loss : LOSSES.subList(2, LOSSES.size())) {
            Measurement x = measure(loss, 3, 2, TARGET_EACH);
            out.accept("  " + x.line() + Numbers.format("   (target <= %.0f s: %s)", TARGET_EACH, x.within(TARGET_EACH) ? "met" : "MISSED"));
        }
    }

    /**
     * The frontier: for each loss and each k = 1..maxK, m = k + 1, k + 2, ... up to maxM until a size is not decided
     * within {@code limit} seconds; prints every attempt and the largest sizes reached.
     */
    public static void frontier(List<String> losses, int maxM, int maxK, double limit, Consumer<String> out) {
        out.accept(Numbers.format("frontier (largest (m, k) decided within %.0f s on 2 Singular processes; s_i = m + 1 - i, lambda = 3):", limit));
        for (String loss : losses) {
            List<String> reached = new ArrayList<>();
            for (int k = 1; k <= maxK; k++) {
                int best = -1;
                for (int m = Math.max(k + 1, 2); m <= maxM; m++) {
                    if (2 * k * m > AlgebraClaimFile.MAX_PARAMETERS) {
                        break;
                    }
                    Measurement x = measure(loss, m, k, limit);
                    out.accept("  " + x.line());
                    if (!x.within(limit)) {
                        break;
                    }
                    best = m;
                }
                reached.add(best < 0 ? "k = " + k + ": none" : "(m, k) = (" + best + ", " + k + ")");
            }
            out.accept("  " + loss + ": " + String.join("; ", reached));
        }
    }
}
