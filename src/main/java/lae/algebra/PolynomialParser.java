package lae.algebra;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hipparchus.fraction.BigFraction;

/**
 * Reads a polynomial as Singular prints it over the rationals ({@code string(p)} in a ring of
 * characteristic 0): terms joined by {@code +} and {@code -}, each term a product of a rational
 * coefficient {@code 7} or {@code 4/9} and powers {@code name^k} joined by {@code *}, e.g.
 * {@code 2*a_1_3*b_2_2+27*b_2_1-4/9*a_2_2^2+3}. No parentheses, no floating point: anything else is a
 * {@link SingularException} (the engine's answer was not what the toolkit asked for).
 */
public final class PolynomialParser {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    /** A parser for polynomials over these variable names (in this order). */
    public PolynomialParser(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    /** The variable names. */
    public List<String> names() {
        return names;
    }

    /** Parses {@code text}; throws {@link SingularException} naming the text if it is not a polynomial of this ring. */
    public Polynomial parse(String text) {
        String s = text.replace(" ", "").replace("\n", "");
        if (s.isEmpty()) {
            throw new SingularException("empty polynomial in Singular's output");
        }
        int n = names.size();
        TreeMap<Monomial, BigFraction> terms = new TreeMap<>(java.util.Comparator.reverseOrder());
        int i = 0;
        while (i < s.length()) {
            int sign = 1;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                sign = s.charAt(i) == '-' ? -1 : 1;
                i++;
            }
            int end = i;
            while (end < s.length() && s.charAt(end) != '+' && s.charAt(end) != '-') {
                end++;
            }
            if (end == i) {
                throw bad(text, "an empty term");
            }
            BigFraction coefficient = new BigFraction(sign);
            int[] e = new int[n];
            for (String factor : s.substring(i, end).split("\\*", -1)) {
                if (factor.isEmpty()) {
                    throw bad(text, "an empty factor");
                }
                if (Character.isDigit(factor.charAt(0))) {
                    coefficient = coefficient.multiply(number(text, factor));
                } else {
                    String[] p = factor.split("\\^", -1);
                    Integer v = index.get(p[0]);
                    if (v == null || p.length > 2) {
                        throw bad(text, "the factor '" + factor + "' (variables: " + names + ")");
                    }
                    e[v] += p.length == 2 ? exponent(text, p[1]) : 1;
                }
            }
            Polynomial.addTo(terms, Monomial.of(e), coefficient);
            i = end;
        }
        return Polynomial.wrap(n, terms);
    }

    private static BigFraction number(String text, String f) {
        String[] p = f.split("/", -1);
        try {
            if (p.length == 1) {
                return new BigFraction(new BigInteger(p[0]));
            }
            if (p.length == 2) {
                return new BigFraction(new BigInteger(p[0]), new BigInteger(p[1]));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(text, "the coefficient '" + f + "'");
        }
        throw bad(text, "the coefficient '" + f + "'");
    }

    private static int exponent(String text, String f) {
        try {
            int k = Integer.parseInt(f);
            if (k >= 1) {
                return k;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(text, "the exponent '" + f + "'");
    }

    private static SingularException bad(String text, String what) {
        String shown = text.length() > 120 ? text.substring(0, 117) + "..." : text;
        return new SingularException("cannot read a polynomial from Singular's output '" + shown + "': " + what);
    }
}
