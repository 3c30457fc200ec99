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
        BigFraction[][] sum = zeros(r, c);
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
            return identity(emptySize);
        }
        BigFraction[][] p = letter(w.letter(0));
        for (int i = 1; i < w.length(); i++) {
            p = multiply(p, letter(w.letter(i)));
        }
        return p;
    }

    private BigFraction[][] letter(int l) {
        BigFraction[][] a = matrices[sig.symbolOf(l)];
        if (a == null) {
            throw new IllegalStateException("no value for " + sig.matrix(sig.symbolOf(l)).name());
        }
        return sig.transposed(l) ? transpose(a) : a;
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

    static boolean isZero(BigFraction[][] a) {
        for (BigFraction[] row : a) {
            for (BigFraction x : row) {
                if (!x.equals(BigFraction.ZERO)) {
                    return false;
                }
            }
        }
        return true;
    }

    static BigFraction[][] zeros(int r, int c) {
        BigFraction[][] a = new BigFraction[r][c];
        for (BigFraction[] row : a) {
            java.util.Arrays.fill(row, BigFraction.ZERO);
        }
        return a;
    }

    static BigFraction[][] identity(int n) {
        BigFraction[][] a = zeros(n, n);
        for (int i = 0; i < n; i++) {
            a[i][i] = BigFraction.ONE;
        }
        return a;
    }

    static BigFraction[][] transpose(BigFraction[][] a) {
        int r = a.length;
        int c = r == 0 ? 0 : a[0].length;
        BigFraction[][] t = new BigFraction[c][r];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    static BigFraction[][] multiply(BigFraction[][] a, BigFraction[][] b) {
        int r = a.length;
        int n = b.length;
        int c = n == 0 ? 0 : b[0].length;
        BigFraction[][] p = zeros(r, c);
        for (int i = 0; i < r; i++) {
            for (int k = 0; k < n; k++) {
                if (a[i][k].equals(BigFraction.ZERO)) {
                    continue;
                }
                for (int j = 0; j < c; j++) {
                    p[i][j] = p[i][j].add(a[i][k].multiply(b[k][j]));
                }
            }
        }
        return p;
    }

    /** The determinant, by Gaussian elimination over Q. */
    static BigFraction det(BigFraction[][] a) {
        int n = a.length;
        if (n == 0) {
            return BigFraction.ONE;
        }
        if (a[0].length != n) {
            throw new IllegalArgumentException("det of a non-square matrix");
        }
        BigFraction[][] m = new BigFraction[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        BigFraction d = BigFraction.ONE;
        for (int col = 0; col < n; col++) {
            int piv = col;
            while (piv < n && m[piv][col].equals(BigFraction.ZERO)) {
                piv++;
            }
            if (piv == n) {
                return BigFraction.ZERO;
            }
            if (piv != col) {
                BigFraction[] t = m[piv];
                m[piv] = m[col];
                m[col] = t;
                d = d.negate();
            }
            d = d.multiply(m[col][col]);
            for (int i = col + 1; i < n; i++) {
                BigFraction f = m[i][col].divide(m[col][col]);
                if (f.equals(BigFraction.ZERO)) {
                    continue;
                }
                for (int j = col; j < n; j++) {
                    m[i][j] = m[i][j].subtract(f.multiply(m[col][j]));
                }
            }
        }
        return d;
    }

    /** The adjugate (transposed cofactor matrix): adj(A) A = A adj(A) = det(A) I for every square A. */
    static BigFraction[][] adjugate(BigFraction[][] a) {
        int n = a.length;
        BigFraction[][] adj = new BigFraction[n][n];
        if (n == 1) {
            adj[0][0] = BigFraction.ONE;
            return adj;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                BigFraction[][] minor = new BigFraction[n - 1][n - 1];
                for (int p = 0, mp = 0; p < n; p++) {
                    if (p == j) {
                        continue;
                    }
                    for (int q = 0, mq = 0; q < n; q++) {
                        if (q == i) {
                            continue;
                        }
                        minor[mp][mq++] = a[p][q];
                    }
                    mp++;
                }
                BigFraction c = det(minor);
                adj[i][j] = (i + j) % 2 == 0 ? c : c.negate();
            }
        }
        return adj;
    }
}
