package lae.core;

import java.util.Locale;

/**
 * The one number format of every report (markdown, JSON strings, console): always {@link Locale#ROOT},
 * so a report never depends on the machine's locale.
 */
public final class Numbers {
    private Numbers() {
    }

    /** Scientific with {@code digits} digits after the point: sci(1234.5, 2) = "1.23e+03"; "-" for NaN. */
    public static String sci(double x, int digits) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + digits + "e", x);
    }

    /** sci(x, 2). */
    public static String sci(double x) {
        return sci(x, 2);
    }

    /** Fixed with {@code digits} digits after the point: fixed(3.14159, 2) = "3.14"; "-" for NaN. */
    public static String fixed(double x, int digits) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", x);
    }

    /** Up to {@code significant} significant digits, plain or scientific as %g chooses, trailing zeros removed. */
    public static String general(double x, int significant) {
        if (Double.isNaN(x)) {
            return "-";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = String.format(Locale.ROOT, "%." + significant + "g", x);
        if (s.contains("e")) {
            String[] p = s.split("e");
            return stripZeros(p[0]) + "e" + p[1];
        }
        return stripZeros(s);
    }

    /** general(x, 4). */
    public static String general(double x) {
        return general(x, 4);
    }

    /** Any String.format pattern, in Locale.ROOT. */
    public static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
