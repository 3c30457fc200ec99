package lae.symbolic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.hipparchus.fraction.BigFraction;

/**
 * An element of the free algebra with involution over \(R = \mathbb{Q}[\text{scalars}]\) ({@link ScalarPolynomial}):
 * a finite \(R\)-linear combination of well-typed words ({@link FreeWord}) of one shape \((r, c)\) in symbolic sizes.
 * The words are the paths of the quiver whose vertices are the dimensions and whose arrows are the letters,
 * i.e. this is the path algebra of that quiver with the anti-involution of {@link FreeSignature}; the empty word at
 * a vertex \(d\) is the identity \(I_d\).
 *
 * <p><b>Why an identity here holds for matrices of every size.</b> Assign to every dimension a size, to every
 * matrix symbol a real matrix of its shape (symmetric where declared), to every scalar a real number. Every
 * operation of this class (sum, product of compatible shapes, scalar multiple, transpose, substitution) is mapped
 * to the same operation on the matrices: the assignment extends to a homomorphism of algebras with involution from
 * the typed free algebra to matrices, because the free algebra satisfies no relation but associativity,
 * distributivity, centrality of scalars and the rules of the transpose, all of which matrices satisfy. Hence an
 * element that is 0 here, or that {@link RewritingSystem} reduces to 0 using relations the matrices satisfy, is 0 for
 * every assignment of every size: the identity holds for all matrices of all compatible sizes.
 *
 * <p><b>Dimension 1.</b> A matrix of shape \(1 \times 1\) is a number: it commutes with everything and equals its
 * transpose. When the literal dimension {@code 1} occurs, every word is put into the form
 * \(w = p \, u_1 u_2 \cdots u_t \, s\), cut at each vertex 1 that the path visits: \(p\) up to the first visit,
 * \(s\) from the last, the \(u_i\) closed words at 1 between consecutive visits, which become central
 * variables of the coefficient ring (each the smaller of \(u_i, u_i^T\)). The word kept is \(p s\). This is again
 * valid for matrices (it only uses that \(1 \times 1\) matrices are scalars), so the soundness argument above still holds.
 *
 * <p>Immutable.
 */
public final class FreeElement {
    private final FreeSignature sig;
    private final String rows;
    private final String cols;
    private final TreeMap<FreeWord, ScalarPolynomial> terms;

    private FreeElement(FreeSignature sig, String rows, String cols, TreeMap<FreeWord, ScalarPolynomial> terms) {
        this.sig = sig;
        this.rows = rows;
        this.cols = cols;
        this.terms = terms;
    }

    public static FreeElement zero(FreeSignature sig, String rows, String cols) {
        return new FreeElement(sig, rows, cols, new TreeMap<>());
    }

    /** {@code c I_d}. */
    public static FreeElement scalar(FreeSignature sig, String d, ScalarPolynomial c) {
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        if (!c.isZero()) {
            t.put(FreeWord.EMPTY, c);
        }
        return new FreeElement(sig, d, d, t);
    }

    /** The matrix symbol {@code i}, or its transpose. */
    public static FreeElement letter(FreeSignature sig, int i, boolean transposed) {
        int l = sig.letter(i, transposed);
        return of(sig, sig.rows(l), sig.cols(l), Map.of(FreeWord.of(l), ScalarPolynomial.ONE));
    }

    /** The combination of the given words (each must have the shape rows x cols); put into canonical form. */
    public static FreeElement of(FreeSignature sig, String rows, String cols, Map<FreeWord, ScalarPolynomial> words) {
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        for (var e : words.entrySet()) {
            addCanonical(sig, t, e.getKey(), e.getValue());
        }
        return new FreeElement(sig, rows, cols, t);
    }

    public FreeSignature signature() {
        return sig;
    }

    public String rows() {
        return rows;
    }

    public String cols() {
        return cols;
    }

    public String shape() {
        return rows + " x " + cols;
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    /** The words (canonical form) and their coefficients, smallest word first. */
    public Map<FreeWord, ScalarPolynomial> terms() {
        return Collections.unmodifiableMap(terms);
    }

    /** The largest word (degree-lexicographic), or null for 0. */
    public FreeWord leadingWord() {
        return terms.isEmpty() ? null : terms.lastKey();
    }

    public FreeElement plus(FreeElement o) {
        requireShape(o, "add");
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>(terms);
        o.terms.forEach((w, c) -> add(t, w, c));
        return new FreeElement(sig, rows, cols, t);
    }

    public FreeElement minus(FreeElement o) {
        return plus(o.negate());
    }

    public FreeElement negate() {
        return times(ScalarPolynomial.constant(-1));
    }

    public FreeElement times(ScalarPolynomial c) {
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        terms.forEach((w, x) -> add(t, w, x.times(c)));
        return new FreeElement(sig, rows, cols, t);
    }

    /** The matrix product {@code this . o}; the inner sizes must be equal. */
    public FreeElement times(FreeElement o) {
        if (!cols.equals(o.rows)) {
            throw new IllegalArgumentException("cannot multiply a " + shape() + " matrix by a " + o.shape() + " matrix");
        }
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        for (var a : terms.entrySet()) {
            for (var b : o.terms.entrySet()) {
                addCanonical(sig, t, a.getKey().concat(b.getKey()), a.getValue().times(b.getValue()));
            }
        }
        return new FreeElement(sig, rows, o.cols, t);
    }

    /** The transpose (the anti-involution). */
    public FreeElement transpose() {
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        terms.forEach((w, c) -> addCanonical(sig, t, sig.transpose(w), c));
        return new FreeElement(sig, cols, rows, t);
    }

    /** Applies {@code f} to every coefficient (an R-linear map when f is). */
    public FreeElement mapCoefficients(Function<ScalarPolynomial, ScalarPolynomial> f) {
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        terms.forEach((w, c) -> add(t, w, f.apply(c)));
        return new FreeElement(sig, rows, cols, t);
    }

    /**
     * Substitutes an element for matrix symbols (the algebra homomorphism fixing the other letters; a transposed
     * letter gets the transposed value). Each value must have its symbol's shape.
     */
    public FreeElement substitute(Map<Integer, FreeElement> values) {
        for (var v : values.entrySet()) {
            FreeSignature.MatrixSymbol s = sig.matrix(v.getKey());
            if (!v.getValue().rows.equals(s.rows()) || !v.getValue().cols.equals(s.cols())) {
                throw new IllegalArgumentException("cannot substitute a " + v.getValue().shape() + " matrix for " + s.name()
                        + ", which is " + s.rows() + " x " + s.cols());
            }
        }
        FreeElement r = zero(sig, rows, cols);
        for (var e : terms.entrySet()) {
            FreeWord w = e.getKey();
            FreeElement prod = scalar(sig, rows, ScalarPolynomial.ONE);
            for (int i = 0; i < w.length(); i++) {
                int l = w.letter(i);
                FreeElement v = values.get(sig.symbolOf(l));
                FreeElement f = v == null ? of(sig, sig.rows(l), sig.cols(l), Map.of(FreeWord.of(l), ScalarPolynomial.ONE))
                        : (sig.transposed(l) ? v.transpose() : v);
                prod = i == 0 ? f : prod.times(f);
            }
            // a closed word at 1 in the coefficient: substitute inside it and read the 1 x 1 result as a scalar
            ScalarPolynomial c = e.getValue().substitute(x -> x.isWord() ? wordElement(x.word()).substitute(values).asScalar() : null);
            r = r.plus(prod.times(c));
        }
        return r;
    }

    private FreeElement wordElement(FreeWord w) {
        TreeMap<FreeWord, ScalarPolynomial> t = new TreeMap<>();
        t.put(w, ScalarPolynomial.ONE);
        // raw (not canonicalised): substitute() canonicalises the products it forms
        return new FreeElement(sig, sig.rows(w.letter(0)), sig.cols(w.letter(w.length() - 1)), t);
    }

    /** A 1 x 1 element as a central scalar (its words are all empty after the cut at dimension 1). */
    public ScalarPolynomial asScalar() {
        if (!rows.equals(FreeSignature.UNIT) || !cols.equals(FreeSignature.UNIT)) {
            throw new IllegalArgumentException("a " + shape() + " matrix is not a scalar");
        }
        ScalarPolynomial s = ScalarPolynomial.ZERO;
        for (var e : terms.entrySet()) {
            if (!e.getKey().isEmpty()) {
                throw new IllegalStateException("1 x 1 element with a non-empty word " + sig.format(e.getKey()));
            }
            s = s.plus(e.getValue());
        }
        return s;
    }

    private void requireShape(FreeElement o, String what) {
        if (!rows.equals(o.rows) || !cols.equals(o.cols)) {
            throw new IllegalArgumentException("cannot " + what + " a " + shape() + " matrix and a " + o.shape() + " matrix");
        }
    }

    static void add(TreeMap<FreeWord, ScalarPolynomial> t, FreeWord w, ScalarPolynomial c) {
        if (c.isZero()) {
            return;
        }
        ScalarPolynomial s = t.containsKey(w) ? t.get(w).plus(c) : c;
        if (s.isZero()) {
            t.remove(w);
        } else {
            t.put(w, s);
        }
    }

    /** Adds c w in canonical form (the cut at dimension 1). */
    static void addCanonical(FreeSignature sig, TreeMap<FreeWord, ScalarPolynomial> t, FreeWord w, ScalarPolynomial c) {
        if (!sig.hasUnit() || w.isEmpty()) {
            add(t, w, c);
            return;
        }
        Cut cut = cut(sig, w);
        add(t, cut.outer(), c.times(cut.factor()));
    }

    /** A word cut at dimension 1: the outer word p s and the product of the central closed words between. */
    record Cut(FreeWord outer, ScalarPolynomial factor) {
    }

    /** The cut of {@code w} at the vertices 1 it visits (see the class comment). */
    static Cut cut(FreeSignature sig, FreeWord w) {
        int n = w.length();
        List<Integer> ones = new ArrayList<>();
        for (int p = 0; p <= n; p++) {
            String v = p < n ? sig.rows(w.letter(p)) : sig.cols(w.letter(n - 1));
            if (v.equals(FreeSignature.UNIT)) {
                ones.add(p);
            }
        }
        if (ones.size() < 2) {
            return new Cut(w, ScalarPolynomial.ONE);
        }
        ScalarPolynomial f = ScalarPolynomial.ONE;
        for (int i = 0; i + 1 < ones.size(); i++) {
            FreeWord u = w.sub(ones.get(i), ones.get(i + 1));
            f = f.times(ScalarPolynomial.variable(ScalarPolynomial.Variable.word(canonicalClosed(sig, u))));
        }
        FreeWord outer = w.sub(0, ones.get(0)).concat(w.sub(ones.get(ones.size() - 1), n));
        return new Cut(outer, f);
    }

    /** A closed word at 1 is a number, equal to its transpose: the smaller of the two represents it. */
    static FreeWord canonicalClosed(FreeSignature sig, FreeWord u) {
        FreeWord t = sig.transpose(u);
        return t.compareTo(u) < 0 ? t : u;
    }

    /** "2 W1 C W1' J - lam J + d I" (largest word first). */
    public String format() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (var e : terms.descendingMap().entrySet()) {
            String w = e.getKey().isEmpty() ? "I" : sig.format(e.getKey());
            ScalarPolynomial c = e.getValue();
            String cs = c.format(sig::format);
            boolean single = c.terms().size() == 1;
            SignedSum.append(sb, SignedSum.term(cs, single, w));
        }
        return sb.toString();
    }

    static String number(BigFraction a) {
        return a.getDenominator().equals(java.math.BigInteger.ONE) ? a.getNumerator().toString()
                : a.getNumerator() + "/" + a.getDenominator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreeElement e && rows.equals(e.rows) && cols.equals(e.cols) && terms.equals(e.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
