package lae.symbolic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.hipparchus.fraction.BigFraction;

/**
 * An instance of a free algebra at fixed sizes, in exact rational arithmetic: a size for every dimension, a random
 * integer matrix for every matrix symbol (symmetric where declared), a random positive integer for every scalar, and
 * for the symbols that {@link FreeAlgebra} says how to evaluate ({@code evaluate J = adj(H)}, {@code evaluate d = det(H)})
 * the computed value. It evaluates elements, scalars and traces exactly: the fixed-size cross-check of the free-algebra
 * checker (an identity whose normal form is 0 must vanish here) and the search for a matrix counterexample when the
 * normal form is not 0 (a non-zero value here is an exact counterexample, at the sizes {@link #describe} prints).
 */
public final class FreeInstance {
    private final FreeSignature sig;
    private final Map<String, Integer> sizes;
    private final BigFraction[][][] matrices;
    private final Map<String, BigFraction> scalars = new LinkedHashMap<>();

    FreeInstance(FreeSignature sig, Map<String, Integer> sizes) {
        this.sig = sig;
        this.sizes = sizes;
        this.matrices = new BigFraction[sig.matrixCount()][][];
    }

    /** Random integer entries in [-3, 3] and scalars in [1, 7]. */
    static FreeInstance random(FreeSignature sig, Map<String, Integer> sizes, Random rnd) {
        FreeInstance x = new FreeInstance(sig, sizes);
        for (int i = 0; i < sig.matrixCount(); i++) {
            FreeSignature.MatrixSymbol s = sig.matrix(i);
            int r = x.size(s.rows());
            int c = x.size(s.cols());
            BigFraction[][] a = new BigFraction[r][c];
            for (int p = 0; p < r; p++) {
                for (int q = 0; q < c; q++) {
                    if (s.symmetric() && q < p) {
                        a[p][q] = a[q][p];
                    } else {
                        a[p][q] = new BigFraction(rnd.nextInt(7) - 3);
                    }
                }
            }
            x.matrices[i] = a;
        }
        for (String name : sig.scalars()) {
            x.scalars.put(name, new BigFraction(1 + rnd.nextInt(7)));
        }
        return x;
    }

    int size(String dim) {
        if (dim.equals(FreeSignature.UNIT)) {
            return 1;
        }
        Integer n = sizes.get(dim);
        if (n == null) {
            throw new IllegalStateException("no size for " + dim);
        }
        return n;
    }

    void setMatrix(int symbol, BigFraction[][] value) {
        matrices[symbol] = value;
    }

    void setScalar(String name, BigFraction value) {
        scalars.put(name, value);
    }

    /** The value of an element (a matrix of its shape at these sizes). */
    public BigFraction[][] evaluate(FreeElement e) {
        int r = size(e.rows());
        int c = size(e.cols());
        BigFraction[][] sum = RationalMatrices.zeros(r, c);
        for (var t : e.terms().entrySet()) {
            BigFraction coef = evaluate(t.getValue());
            BigFraction[][] w = word(t.getKey(), r);
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    sum[i][j] = sum[i][j].add(w[i][j].multiply(coef));
                }
            }
        }
        return sum;
    }

    /** The value of a central scalar (closed words at 1 are evaluated as 1 x 1 products). */
    public BigFraction evaluate(ScalarPolynomial p) {
        return p.evaluate(v -> v.isWord() ? word(v.word(), 1)[0][0] : scalarValue(v.name()));
    }

    /** The value of a trace polynomial. */
    public BigFraction evaluate(TraceForm t) {
        BigFraction s = evaluate(t.constant());
        for (var x : t.classes().entrySet()) {
            FreeWord w = x.getKey();
            BigFraction[][] m = word(w, size(sig.rows(w.letter(0))));
            BigFraction tr = BigFraction.ZERO;
            for (int i = 0; i < m.length; i++) {
                tr = tr.add(m[i][i]);
            }
            s = s.add(tr.multiply(evaluate(x.getValue())));
        }
        return s;
    }

    private BigFraction scalarValue(String name) {
        BigFraction v = scalars.get(name);
        if (v == null) {
            throw new IllegalStateException("no value for the scalar " + name);
        }
        return v;
    }

    /** The product of a word's letters (the identity of size {@code emptySize} for the empty word). */
    BigFraction[][] word(FreeWord w, int emptySize) {
        if (w.isEmpty()) {
            return RationalMatrices.identity(emptySize);
        }
        BigFraction[][] p = letter(w.letter(0));
        for (int i = 1; i < w.length(); i++) {
            p = RationalMatrices.multiply(p, letter(w.letter(i)));
        }
        return p;
    }

    private BigFraction[][] letter(int l) {
        BigFraction[][] a = matrices[sig.symbolOf(l)];
        if (a == null) {
            throw new IllegalStateException("no value for " + sig.matrix(sig.symbolOf(l)).name());
        }
        return sig.transposed(l) ? RationalMatrices.transpose(a) : a;
    }

    /** "m = 2, k = 1" and the values (shortened). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sizes.forEach((d, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(d).append(" = ").append(n));
        for (int i = 0; i < matrices.length; i++) {
            sb.append("; ").append(sig.matrix(i).name()).append(" = ").append(format(matrices[i]));
        }
        scalars.forEach((n, v) -> sb.append("; ").append(n).append(" = ").append(FreeElement.number(v)));
        return StepJudge.shorten(sb.toString(), 600);
    }

    /** "m = 2, k = 1, n = 2". */
    public String sizesText() {
        StringBuilder sb = new StringBuilder();
        sizes.forEach((d, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(d).append(" = ").append(n));
        return sb.toString();
    }

    static String format(BigFraction[][] a) {
        if (a == null) {
            return "?";
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < a.length; i++) {
            sb.append(i == 0 ? "{" : ", {");
            for (int j = 0; j < a[i].length; j++) {
                sb.append(j == 0 ? "" : ", ").append(FreeElement.number(a[i][j]));
            }
            sb.append('}');
        }
        return sb.append('}').toString();
    }
}
