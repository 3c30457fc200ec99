package lae.symbolic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.hipparchus.fraction.BigFraction;

/**
 * The coefficient ring of the free algebra {@link FreeElement}: commutative polynomials with rational
 * coefficients in <em>central</em> variables, \(R = \mathbb{Q}[z_1, \dots, z_r]\).
 *
 * <p>A central variable is either a named scalar of a proof (\(\lambda\), \(\det H\), \(\lambda_\sigma\), ...), which
 * stands for a real number, i.e. for a scalar multiple of the identity of whatever size it multiplies, or a
 * <em>closed word at a dimension 1</em>: a product of matrices of shape \(1 \times 1\) (for instance
 * \(a^T C a\) when \(a\) is \(m \times 1\)). A \(1 \times 1\) matrix is a number, so it commutes with every matrix and
 * equals its own transpose; {@link FreeElement} moves such words into the coefficients (see there).
 *
 * <p>Immutable. Monomials are kept in a {@link TreeMap} so that equal polynomials print equally.
 */
public final class ScalarPolynomial {
    /** A central variable: a named scalar ({@code word == null}) or a closed word at dimension 1 (canonical: the smaller of it and its transpose). */
    public record Variable(String name, FreeWord word) implements Comparable<Variable> {
        public static Variable named(String name) {
            return new Variable(Objects.requireNonNull(name), null);
        }

        public static Variable word(FreeWord w) {
            return new Variable(null, Objects.requireNonNull(w));
        }

        public boolean isWord() {
            return word != null;
        }

        @Override
        public int compareTo(Variable o) {
            if (isWord() != o.isWord()) {
                return isWord() ? 1 : -1;
            }
            return isWord() ? word.compareTo(o.word) : name.compareTo(o.name);
        }
    }

    /** A monomial: variables with positive exponents, sorted. */
    public record Monomial(SortedMap<Variable, Integer> powers) implements Comparable<Monomial> {
        static final Monomial ONE = new Monomial(new TreeMap<>());

        static Monomial of(Variable v) {
            TreeMap<Variable, Integer> p = new TreeMap<>();
            p.put(v, 1);
            return new Monomial(p);
        }

        Monomial times(Monomial o) {
            if (o.powers.isEmpty()) {
                return this;
            }
            if (powers.isEmpty()) {
                return o;
            }
            TreeMap<Variable, Integer> p = new TreeMap<>(powers);
            o.powers.forEach((v, e) -> p.merge(v, e, Integer::sum));
            return new Monomial(p);
        }

        public int degree() {
            int d = 0;
            for (int e : powers.values()) {
                d += e;
            }
            return d;
        }

        @Override
        public SortedMap<Variable, Integer> powers() {
            return Collections.unmodifiableSortedMap(powers);
        }

        @Override
        public int compareTo(Monomial o) {
            int c = Integer.compare(o.degree(), degree());
            if (c != 0) {
                return c;
            }
            var a = powers.entrySet().iterator();
            var b = o.powers.entrySet().iterator();
            while (a.hasNext() && b.hasNext()) {
                var x = a.next();
                var y = b.next();
                c = x.getKey().compareTo(y.getKey());
                if (c != 0) {
                    return c;
                }
                c = Integer.compare(y.getValue(), x.getValue());
                if (c != 0) {
                    return c;
                }
            }
            return Boolean.compare(a.hasNext(), b.hasNext());
        }
    }

    public static final ScalarPolynomial ZERO = new ScalarPolynomial(new TreeMap<>());
    public static final ScalarPolynomial ONE = constant(BigFraction.ONE);

    private final TreeMap<Monomial, BigFraction> terms;

    private ScalarPolynomial(TreeMap<Monomial, BigFraction> terms) {
        this.terms = terms;
    }

    public static ScalarPolynomial constant(BigFraction c) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        if (!c.equals(BigFraction.ZERO)) {
            t.put(Monomial.ONE, c);
        }
        return new ScalarPolynomial(t);
    }

    public static ScalarPolynomial constant(long c) {
        return constant(new BigFraction(c));
    }

    public static ScalarPolynomial variable(Variable v) {
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        t.put(Monomial.of(v), BigFraction.ONE);
        return new ScalarPolynomial(t);
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    /** True if this is a rational constant (possibly 0). */
    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(Monomial.ONE));
    }

    /** The constant term. */
    public BigFraction constantTerm() {
        return terms.getOrDefault(Monomial.ONE, BigFraction.ZERO);
    }

    public Map<Monomial, BigFraction> terms() {
        return Collections.unmodifiableMap(terms);
    }

    /** The central variables that occur. */
    public List<Variable> variables() {
        TreeMap<Variable, Boolean> vs = new TreeMap<>();
        for (Monomial m : terms.keySet()) {
            m.powers.keySet().forEach(v -> vs.put(v, true));
        }
        return new ArrayList<>(vs.keySet());
    }

    public ScalarPolynomial plus(ScalarPolynomial o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        TreeMap<Monomial, BigFraction> t = new TreeMap<>(terms);
        o.terms.forEach((m, c) -> add(t, m, c));
        return new ScalarPolynomial(t);
    }

    public ScalarPolynomial negate() {
        return times(BigFraction.MINUS_ONE);
    }

    public ScalarPolynomial minus(ScalarPolynomial o) {
        return plus(o.negate());
    }

    public ScalarPolynomial times(BigFraction c) {
        if (c.equals(BigFraction.ZERO)) {
            return ZERO;
        }
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        terms.forEach((m, x) -> t.put(m, x.multiply(c)));
        return new ScalarPolynomial(t);
    }

    public ScalarPolynomial times(ScalarPolynomial o) {
        if (isZero() || o.isZero()) {
            return ZERO;
        }
        TreeMap<Monomial, BigFraction> t = new TreeMap<>();
        for (var a : terms.entrySet()) {
            for (var b : o.terms.entrySet()) {
                add(t, a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()));
            }
        }
        return new ScalarPolynomial(t);
    }

    public ScalarPolynomial pow(int e) {
        ScalarPolynomial r = ONE;
        for (int i = 0; i < e; i++) {
            r = r.times(this);
        }
        return r;
    }

    /**
     * Substitutes a polynomial for each variable for which {@code value} answers non-null (the others stay):
     * the ring homomorphism \(z \mapsto\) value(z).
     */
    public ScalarPolynomial substitute(Function<Variable, ScalarPolynomial> value) {
        ScalarPolynomial r = ZERO;
        for (var e : terms.entrySet()) {
            ScalarPolynomial term = constant(e.getValue());
            TreeMap<Variable, Integer> keep = new TreeMap<>();
            for (var p : e.getKey().powers.entrySet()) {
                ScalarPolynomial v = value.apply(p.getKey());
                if (v == null) {
                    keep.put(p.getKey(), p.getValue());
                } else {
                    term = term.times(v.pow(p.getValue()));
                }
            }
            TreeMap<Monomial, BigFraction> t = new TreeMap<>();
            t.put(new Monomial(keep), BigFraction.ONE);
            r = r.plus(term.times(new ScalarPolynomial(t)));
        }
        return r;
    }

    /** Evaluates with a rational value for every variable. */
    public BigFraction evaluate(Function<Variable, BigFraction> value) {
        BigFraction s = BigFraction.ZERO;
        for (var e : terms.entrySet()) {
            BigFraction t = e.getValue();
            for (var p : e.getKey().powers.entrySet()) {
                t = t.multiply(value.apply(p.getKey()).pow(p.getValue()));
            }
            s = s.add(t);
        }
        return s;
    }

    private static void add(TreeMap<Monomial, BigFraction> t, Monomial m, BigFraction c) {
        BigFraction s = t.getOrDefault(m, BigFraction.ZERO).add(c);
        if (s.equals(BigFraction.ZERO)) {
            t.remove(m);
        } else {
            t.put(m, s);
        }
    }

    /** Prints with {@code wordName} for closed words at dimension 1 (e.g. "(a' C a)"). */
    public String format(Function<FreeWord, String> wordName) {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (var e : terms.entrySet()) {
            BigFraction c = e.getValue();
            boolean neg = c.signum() < 0;
            BigFraction a = c.abs();
            sb.append(sb.length() == 0 ? (neg ? "-" : "") : (neg ? " - " : " + "));
            String mono = formatMonomial(e.getKey(), wordName);
            if (mono.isEmpty()) {
                sb.append(FreeElement.number(a));
            } else {
                if (!a.equals(BigFraction.ONE)) {
                    sb.append(FreeElement.number(a)).append(' ');
                }
                sb.append(mono);
            }
        }
        return sb.toString();
    }

    static String formatMonomial(Monomial m, Function<FreeWord, String> wordName) {
        StringBuilder sb = new StringBuilder();
        for (var p : m.powers.entrySet()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            Variable v = p.getKey();
            sb.append(v.isWord() ? "(" + wordName.apply(v.word()) + ")" : v.name());
            if (p.getValue() > 1) {
                sb.append('^').append(p.getValue());
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScalarPolynomial p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return format(FreeWord::toString);
    }
}
