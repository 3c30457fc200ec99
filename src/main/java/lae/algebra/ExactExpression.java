package lae.algebra;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

import org.hipparchus.fraction.BigFraction;

/**
 * Evaluates an arithmetic expression exactly over the rationals: numbers (integers, and decimal
 * literals read as the exact decimal they spell: {@code 0.1} is 1/10), the given variables, {@code + - * /},
 * parentheses and {@code ^} with an integer exponent. Anything else (a function such as {@code Sqrt}, a
 * constant such as {@code Pi}, a non-integer power, a division by zero) has no exact rational value and
 * is refused with an {@link IllegalArgumentException} saying why; the claim-file reader turns it into a
 * one-line input error.
 *
 * <p>Grammar (recursive descent): expr := term (('+' | '-') term)*; term := unary (('*' | '/') unary)*;
 * unary := '-' unary | '+' unary | power; power := atom ('^' unary)?; atom := number | name | '(' expr ')'.
 */
public final class ExactExpression {
    private final String text;
    private final Map<String, BigFraction> variables;
    private int pos;

    private ExactExpression(String text, Map<String, BigFraction> variables) {
        this.text = text;
        this.variables = variables;
    }

    /** The exact value of {@code text} with the given variable values (names are case-sensitive). */
    public static BigFraction evaluate(String text, Map<String, BigFraction> variables) {
        ExactExpression e = new ExactExpression(text, variables);
        BigFraction v = e.expr();
        e.skip();
        if (e.pos < text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(e.pos) + "' at position " + (e.pos + 1));
        }
        return v;
    }

    /** The exact value of a decimal or fraction literal such as "0.1", "3", "-2.5e-3" or "1/200". */
    public static BigFraction literal(String text) {
        return evaluate(text, Map.of());
    }

    /** The exact value of a decimal number (its literal digits, not the nearest double). */
    public static BigFraction of(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    private BigFraction expr() {
        return leftAssociative('+', BigFraction::add, '-', BigFraction::subtract, this::term);
    }

    private BigFraction term() {
        return leftAssociative('*', BigFraction::multiply, '/', ExactExpression::divide, this::unary);
    }

    /** operand ((first | second) operand)*, folded from the left: one level of the grammar's binary operators. */
    private BigFraction leftAssociative(char first, BinaryOperator<BigFraction> firstOp, char second,
            BinaryOperator<BigFraction> secondOp, Supplier<BigFraction> operand) {
        BigFraction v = operand.get();
        while (true) {
            skip();
            if (peek(first)) {
                pos++;
                v = firstOp.apply(v, operand.get());
            } else if (peek(second)) {
                pos++;
                v = secondOp.apply(v, operand.get());
            } else {
                return v;
            }
        }
    }

    private static BigFraction divide(BigFraction v, BigFraction d) {
        if (d.signum() == 0) {
            throw new IllegalArgumentException("division by zero");
        }
        return v.divide(d);
    }

    private BigFraction unary() {
        skip();
        if (peek('-')) {
            pos++;
            return unary().negate();
        }
        if (peek('+')) {
            pos++;
            return unary();
        }
        return power();
    }

    private BigFraction power() {
        BigFraction base = atom();
        skip();
        if (!peek('^')) {
            return base;
        }
        pos++;
        BigFraction e = unary();
        if (!e.getDenominator().equals(BigInteger.ONE) || e.getNumerator().bitLength() > 16) {
            throw new IllegalArgumentException("the power ^" + e + " is not a small integer (no exact rational value in general)");
        }
        int k = e.getNumerator().intValue();
        if (base.signum() == 0 && k < 0) {
            throw new IllegalArgumentException("division by zero (0^" + k + ")");
        }
        return k >= 0 ? base.pow(k) : base.reciprocal().pow(-k);
    }

    private BigFraction atom() {
        skip();
        if (pos >= text.length()) {
            throw new IllegalArgumentException("the expression ends where a number, a variable or '(' was expected");
        }
        char ch = text.charAt(pos);
        if (ch == '(') {
            pos++;
            BigFraction v = expr();
            skip();
            if (!peek(')')) {
                throw new IllegalArgumentException("missing ')'");
            }
            pos++;
            return v;
        }
        if (Character.isDigit(ch) || ch == '.') {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                    pos++;
                }
                if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            try {
                return of(new BigDecimal(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text.substring(start, pos) + "' is not a number");
            }
        }
        if (Character.isLetter(ch)) {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            String name = text.substring(start, pos);
            skip();
            if (peek('(') || peek('[')) {
                throw new IllegalArgumentException("the function " + name + " has no exact rational value in general; only + - * / ^ (integer powers) are exact");
            }
            BigFraction v = variables.get(name);
            if (v == null) {
                throw new IllegalArgumentException("unknown name '" + name + "' (allowed: " + (variables.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(variables.keySet())))
                        + "; constants such as Pi or E are not rational)");
            }
            return v;
        }
        throw new IllegalArgumentException("unexpected '" + ch + "' at position " + (pos + 1));
    }

    private boolean peek(char ch) {
        return pos < text.length() && text.charAt(pos) == ch;
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
