package lae.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lae.core.Numbers;

/**
 * The figures of runs over seeds as the reports give them: min / median / max (NaN sorts last), the smallest
 * and the mean of a vector, a vector as fixed-point text or as a JSON list, and a JSON number that is null
 * when not finite.
 */
final class SeedSpread {
    private SeedSpread() {
    }

    /** {min, median, max} of v (the median the upper middle value for an even count; NaN sorts last). */
    static double[] minMedianMax(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return new double[] {s[0], s[s.length / 2], s[s.length - 1]};
    }

    /** The smallest entry (+infinity for none). */
    static double min(double[] v) {
        double x = Double.POSITIVE_INFINITY;
        for (double d : v) {
            x = Math.min(x, d);
        }
        return x;
    }

    /** The mean of the entries. */
    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** "[0.999, 0.998]": every entry with {@code digits} decimals. */
    static String list(double[] v, int digits) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Numbers.fixed(v[i], digits));
        }
        return sb.append("]").toString();
    }

    /** The entries as a list, for JSON. */
    static List<Double> toList(double[] v) {
        List<Double> l = new ArrayList<>();
        for (double d : v) {
            l.add(d);
        }
        return l;
    }

    /** v, or null when it is not finite (JSON has no NaN). */
    static Object finite(double v) {
        return Double.isFinite(v) ? (Object) v : null;
    }
}
