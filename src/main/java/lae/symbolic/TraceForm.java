package lae.symbolic;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trace polynomial of degree 1 in the traces: \(c_0 + \sum_i c_i \operatorname{tr}(w_i)\), with central coefficients
 * \(c_i \in R\) ({@link ScalarPolynomial}) and closed words \(w_i\) (square products: the path returns to its start),
 * normalised modulo the two rules of the trace,
 * \[ \operatorname{tr}(u v) = \operatorname{tr}(v u), \qquad \operatorname{tr}(w^T) = \operatorname{tr}(w). \]
 * Each \(\operatorname{tr}(w)\) is represented by the smallest word (degree-lexicographic) among the rotations of
 * \(w\) and of \(w^T\); rotations of a closed well-typed word are closed and well-typed. The two rules generate an action
 * of a finite group (rotations and reversal-with-transpose, a dihedral group) on the closed words of each length, and the
 * quotient of a free module by \(w \sim g w\) is free on the orbits: so the form is unique, a normal form 0 proves the
 * identity for matrices of every size, and a non-zero normal form refutes it in the free trace algebra (where nothing but
 * these rules holds). When the literal dimension 1 occurs, a trace of a word through 1 is a product of central
 * \(1 \times 1\) words and joins the constant.
 *
 * <p>{@link #derivative}: for a letter \(W\) and a direction letter \(D\) of the same shape,
 * \(\frac{d}{dt}\operatorname{tr}(w(W + tD))|_{t=0}\) is the sum over the occurrences of \(W\) (or \(W^T\)) in \(w\) of \(w\) with that
 * occurrence replaced by \(D\) (or \(D^T\)): the product rule, valid for matrices of every size. With
 * \(\frac{d}{dt} L(W + tD)|_{t=0} = \operatorname{tr}(D^T G)\) for all \(D\), \(G\) is the gradient of \(L\) in the Frobenius inner product.
 */
public final class TraceForm {
    private final FreeSignature sig;
    private final TreeMap<FreeWord, ScalarPolynomial> classes;
    private final ScalarPolynomial constant;

    private TreeMap<FreeWord, ScalarPolynomial> classesCopy() {
        return new TreeMap<>(classes);
    }

    private TraceForm(FreeSignature sig, TreeMap<FreeWord, ScalarPolynomial> classes, ScalarPolynomial constant) {
        this.sig = sig;
        this.classes = classes;
        this.constant = constant;
    }

    /** A scalar (no trace). */
    public static TraceForm scalar(FreeSignature sig, ScalarPolynomial c) {
        return new TraceForm(sig, new TreeMap<>(), c);
    }

    /** The trace of a square element. */
    public static TraceForm of(FreeElement e) {
        if (!e.rows().equals(e.cols())) {
            throw new IllegalArgumentException("the trace of a " + e.shape() + " matrix: it is not square");
        }
        FreeSignature sig = e.signature();
        TraceForm t = new TraceForm(sig, new TreeMap<>(), ScalarPolynomial.ZERO);
        for (var x : e.terms().entrySet()) {
            t = t.plus(ofWord(sig, x.getKey(), e.rows(), x.getValue()));
        }
        return t;
    }

    private static TraceForm ofWord(FreeSignature sig, FreeWord w, String vertex, ScalarPolynomial c) {
        if (w.isEmpty()) {
            if (vertex.equals(FreeSignature.UNIT)) {
                return scalar(sig, c);
            }
            throw new IllegalArgumentException("tr(I_" + vertex + ") is the size " + vertex + ": a trace of the identity is not supported");
        }
        if (sig.hasUnit()) {
            for (int p = 0; p < w.length(); p++) {
                if (sig.rows(w.letter(p)).equals(FreeSignature.UNIT)) {
                    // rotate to start at 1: a closed word at 1 is a product of central 1 x 1 words
                    FreeElement.Cut cut = FreeElement.cut(sig, w.rotate(p));
                    return scalar(sig, c.times(cut.factor()));
                }
            }
        }
        TreeMap<FreeWord, ScalarPolynomial> m = new TreeMap<>();
        m.put(canonical(sig, w), c);
        return new TraceForm(sig, m, ScalarPolynomial.ZERO);
    }

    /** The smallest of the rotations of w and of w^T. */
    static FreeWord canonical(FreeSignature sig, FreeWord w) {
        FreeWord best = w;
        FreeWord t = sig.transpose(w);
        for (int r = 0; r < w.length(); r++) {
            FreeWord a = w.rotate(r);
            FreeWord b = t.rotate(r);
            if (a.compareTo(best) < 0) {
                best = a;
            }
            if (b.compareTo(best) < 0) {
                best = b;
            }
        }
        return best;
    }

    public TraceForm plus(TraceForm o) {
        TreeMap<FreeWord, ScalarPolynomial> m = classesCopy();
        o.classes.forEach((w, c) -> FreeElement.add(m, w, c));
        return new TraceForm(sig, m, constant.plus(o.constant));
    }

    public TraceForm times(ScalarPolynomial c) {
        TreeMap<FreeWord, ScalarPolynomial> m = new TreeMap<>();
        classes.forEach((w, x) -> FreeElement.add(m, w, x.times(c)));
        return new TraceForm(sig, m, constant.times(c));
    }

    public TraceForm negate() {
        return times(ScalarPolynomial.constant(-1));
    }

    public TraceForm minus(TraceForm o) {
        return plus(o.negate());
    }

    public boolean isZero() {
        return constant.isZero() && classes.isEmpty();
    }

    public ScalarPolynomial constant() {
        return constant;
    }

    /** The trace classes (canonical words) and their coefficients. */
    public Map<FreeWord, ScalarPolynomial> classes() {
        return Collections.unmodifiableMap(classes);
    }

    /** Applies {@code f} to every coefficient and to the constant. */
    public TraceForm mapCoefficients(java.util.function.Function<ScalarPolynomial, ScalarPolynomial> f) {
        TreeMap<FreeWord, ScalarPolynomial> m = new TreeMap<>();
        classes.forEach((w, x) -> FreeElement.add(m, w, f.apply(x)));
        return new TraceForm(sig, m, f.apply(constant));
    }

    /** Reduces the word of each trace by {@code rs} (sound; with relations the trace form is not claimed unique). */
    public TraceForm reduce(RewritingSystem rs) {
        TraceForm t = scalar(sig, rs.reduceScalars(constant));
        for (var x : classes.entrySet()) {
            FreeWord w = x.getKey();
            String v = sig.rows(w.letter(0));
            FreeElement e = FreeElement.of(sig, v, v, Map.of(w, x.getValue()));
            t = t.plus(of(rs.normalForm(e)));
        }
        return t;
    }

    /**
     * The directional derivative in the direction {@code direction} of the matrix symbol {@code symbol} (both of one
     * shape): the part of the form linear in the direction after W -> W + D (the product rule, see the class comment).
     */
    public TraceForm derivative(int symbol, int direction) {
        if (sig.hasUnit()) {
            throw new IllegalArgumentException("gradients are checked at symbolic sizes only (no dimension 1)");
        }
        TraceForm d = scalar(sig, ScalarPolynomial.ZERO);
        for (var x : classes.entrySet()) {
            FreeWord w = x.getKey();
            for (int p = 0; p < w.length(); p++) {
                int l = w.letter(p);
                if (sig.symbolOf(l) == symbol) {
                    int[] a = w.letters().clone();
                    a[p] = sig.letter(direction, sig.transposed(l));
                    d = d.plus(ofWord(sig, new FreeWord(a), sig.rows(a[0]), x.getValue()));
                }
            }
        }
        return d;
    }

    /** "tr(W1' W1) lam - 2 tr(W2 W1 X X')" with the constant first. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!constant.isZero()) {
            sb.append(constant.format(sig::format));
        }
        for (var x : classes.descendingMap().entrySet()) {
            String cs = x.getValue().format(sig::format);
            boolean single = x.getValue().terms().size() == 1;
            String tr = "tr(" + sig.format(x.getKey()) + ")";
            SignedSum.append(sb, SignedSum.term(cs, single, tr));
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceForm t && classes.equals(t.classes) && constant.equals(t.constant);
    }

    @Override
    public int hashCode() {
        return classes.hashCode() * 31 + constant.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
