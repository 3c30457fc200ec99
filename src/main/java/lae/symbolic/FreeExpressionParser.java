package lae.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hipparchus.fraction.BigFraction;

/**
 * Parses the small expression syntax of the free-algebra checker into a {@link FreeValue}:
 * <pre>
 *   expr   := ['-'] term (('+' | '-') term)*
 *   term   := factor (['*'] factor)*          juxtaposition is the (non-commutative) product
 *   factor := atom ("'" | "^T" | "^" INTEGER)* ['/' INTEGER]
 *   atom   := INTEGER | NAME | "I" | "tr" "(" expr ")" | "(" expr ")"
 * </pre>
 * {@code X'} (or {@code X^T}) is the transpose, {@code I} the identity (its size is inferred from what it is added
 * to or multiplied with), {@code tr} the trace. Names are case-sensitive (unlike Symja's): a matrix symbol, a scalar
 * symbol, or a definition ({@code let}) of {@link FreeAlgebra}; {@code resolve} answers their values. Shapes are
 * checked by {@link FreeValue} as the value is built; an unknown name, a malformed expression or a shape mismatch is
 * refused with an {@link IllegalArgumentException} naming the position.
 *
 * <p>Example: {@code d H g1 + (W1 C g2 + g2' C W1') adj W1 C - lam I}.
 */
public final class FreeExpressionParser {
    private final String text;
    private final Function<String, FreeValue> resolve;
    private final FreeSignature sig;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private int pos;

    private FreeExpressionParser(String text, FreeSignature sig, Function<String, FreeValue> resolve) {
        this.text = text;
        this.sig = sig;
        this.resolve = resolve;
        tokenize();
    }

    /** Parses {@code text}; {@code resolve} gives the value of a name (null if unknown). */
    public static FreeValue parse(String text, FreeSignature sig, Function<String, FreeValue> resolve) {
        FreeExpressionParser p = new FreeExpressionParser(text, sig, resolve);
        if (p.tokens.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        FreeValue v = p.expr();
        if (p.pos < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.pos) + "'");
        }
        return v;
    }

    private void tokenize() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetter(c)) {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            } else if ("+-*/'^()".indexOf(c) >= 0) {
                i++;
            } else {
                throw new IllegalArgumentException("'" + text + "': unexpected character '" + c + "' at " + (i + 1));
            }
            tokens.add(text.substring(s, i));
            starts.add(s);
        }
    }

    private IllegalArgumentException error(String msg) {
        int at = pos < starts.size() ? starts.get(pos) + 1 : text.length() + 1;
        return new IllegalArgumentException("'" + text + "': " + msg + " at " + at);
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean accept(String t) {
        if (t.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!accept(t)) {
            throw error("expected '" + t + "'");
        }
    }

    private FreeValue expr() {
        boolean neg = accept("-");
        FreeValue v = term();
        if (neg) {
            v = v.negate();
        }
        while (true) {
            if (accept("+")) {
                v = combine(v, term(), true);
            } else if (accept("-")) {
                v = combine(v, term(), false);
            } else {
                return v;
            }
        }
    }

    private FreeValue combine(FreeValue a, FreeValue b, boolean plus) {
        try {
            return plus ? a.plus(b) : a.minus(b);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private boolean startsFactor(String t) {
        return t != null && (t.equals("(") || Character.isLetterOrDigit(t.charAt(0)));
    }

    private FreeValue term() {
        FreeValue v = factor();
        while (true) {
            if (accept("*")) {
                v = multiply(v, factor());
            } else if (startsFactor(peek())) {
                v = multiply(v, factor());
            } else {
                return v;
            }
        }
    }

    private FreeValue multiply(FreeValue a, FreeValue b) {
        try {
            return a.times(b);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private FreeValue factor() {
        FreeValue v = atom();
        while (true) {
            if (accept("'")) {
                v = v.transpose();
            } else if ("^".equals(peek())) {
                pos++;
                String t = peek();
                if ("T".equals(t)) {
                    pos++;
                    v = v.transpose();
                } else if (t != null && Character.isDigit(t.charAt(0))) {
                    pos++;
                    try {
                        v = v.power(Integer.parseInt(t));
                    } catch (IllegalArgumentException e) {
                        throw error(e.getMessage());
                    }
                } else {
                    throw error("expected T or a positive integer after '^'");
                }
            } else {
                break;
            }
        }
        if (accept("/")) {
            String t = peek();
            if (t == null || !Character.isDigit(t.charAt(0))) {
                throw error("only division by a positive integer is supported");
            }
            pos++;
            v = v.times(FreeValue.scalar(sig, ScalarPolynomial.constant(new BigFraction(BigInteger.ONE, new BigInteger(t)))));
        }
        return v;
    }

    private FreeValue atom() {
        String t = peek();
        if (t == null) {
            throw error("unexpected end of expression");
        }
        if (accept("(")) {
            FreeValue v = expr();
            expect(")");
            return v;
        }
        if (Character.isDigit(t.charAt(0))) {
            pos++;
            return FreeValue.scalar(sig, ScalarPolynomial.constant(new BigFraction(new BigInteger(t))));
        }
        if (!Character.isLetter(t.charAt(0))) {
            throw error("unexpected '" + t + "'");
        }
        pos++;
        if (t.equals("I")) {
            return FreeValue.identity(sig, ScalarPolynomial.ONE);
        }
        if (t.equals("tr")) {
            expect("(");
            FreeValue v = expr();
            expect(")");
            try {
                return v.traceOf();
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage());
            }
        }
        FreeValue v = resolve.apply(t);
        if (v == null) {
            pos--;
            throw error("unknown name '" + t + "' (names are case-sensitive)");
        }
        return v;
    }
}
