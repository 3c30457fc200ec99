package lae.symbolic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbols of a free algebra with involution and their shapes: matrix symbols with a shape
 * \((r, c)\) in <em>symbolic sizes</em> (named dimensions {@code m, k, n}, independent of each other, or the
 * literal dimension {@code 1}), optionally declared symmetric (\(S^T = S\)), and central scalar symbols.
 *
 * <p>A letter is a matrix symbol or its transpose; a word is well-typed (a product of matrices of compatible
 * shapes for every choice of the sizes) when the column dimension of each letter is the row dimension of the
 * next. The transpose is the anti-involution \((x_1 \cdots x_n)^T = x_n^T \cdots x_1^T\), \(x^{TT} = x\), with
 * \(S^T = S\) for symmetric symbols; it fixes scalars.
 *
 * <p>Append-only: a symbol's index never changes, so words stay valid when symbols are added (the direction
 * letters of {@link FreeAlgebra#gradient}).
 */
public final class FreeSignature {
    /** The literal dimension 1: a 1 x 1 matrix is a number (see {@link FreeElement}). */
    public static final String UNIT = "1";

    /** A matrix symbol of shape rows x cols. */
    public record MatrixSymbol(String name, String rows, String cols, boolean symmetric) {
    }

    private final List<MatrixSymbol> matrices = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Set<String> scalars = new LinkedHashSet<>();
    private final Set<String> dims = new LinkedHashSet<>();

    /** Declares a dimension name (a symbolic size) or the literal 1. */
    public void addDimension(String d) {
        if (!d.equals(UNIT) && !d.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("a size is a name (m, k, n) or the literal 1, got '" + d + "'");
        }
        dims.add(d);
    }

    /** Declares a matrix symbol; returns its index. */
    public int addMatrix(String name, String rows, String cols, boolean symmetric) {
        checkNew(name);
        addDimension(rows);
        addDimension(cols);
        if (symmetric && !rows.equals(cols)) {
            throw new IllegalArgumentException("matrix " + name + ": only a square matrix can be symmetric, it is " + rows + " x " + cols);
        }
        matrices.add(new MatrixSymbol(name, rows, cols, symmetric));
        index.put(name, matrices.size() - 1);
        return matrices.size() - 1;
    }

    public void addScalar(String name) {
        checkNew(name);
        scalars.add(name);
    }

    private void checkNew(String name) {
        if (index.containsKey(name) || scalars.contains(name)) {
            throw new IllegalArgumentException("symbol " + name + " is declared twice");
        }
        if (name.equals("I") || name.equals("tr") || name.equals("adj") || name.equals("det")) {
            throw new IllegalArgumentException("'" + name + "' is reserved (I is the identity, tr the trace, adj and det are for 'evaluate')");
        }
    }

    public boolean isMatrix(String name) {
        return index.containsKey(name);
    }

    public boolean isScalar(String name) {
        return scalars.contains(name);
    }

    public int matrixIndex(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown matrix symbol " + name);
        }
        return i;
    }

    public MatrixSymbol matrix(int i) {
        return matrices.get(i);
    }

    public int matrixCount() {
        return matrices.size();
    }

    public Set<String> scalars() {
        return Collections.unmodifiableSet(scalars);
    }

    public Set<String> dimensions() {
        return Collections.unmodifiableSet(dims);
    }

    /** True if the literal dimension 1 occurs (then 1 x 1 words are central: {@link FreeElement}). */
    public boolean hasUnit() {
        return dims.contains(UNIT);
    }

    /** The letter of symbol {@code i}, transposed or not (a symmetric symbol is its own transpose). */
    public int letter(int i, boolean transposed) {
        return 2 * i + (transposed && !matrices.get(i).symmetric() ? 1 : 0);
    }

    public int symbolOf(int letter) {
        return letter >> 1;
    }

    public boolean transposed(int letter) {
        return (letter & 1) == 1;
    }

    public int transposeLetter(int letter) {
        return matrices.get(letter >> 1).symmetric() ? letter : letter ^ 1;
    }

    public String rows(int letter) {
        MatrixSymbol s = matrices.get(letter >> 1);
        return transposed(letter) ? s.cols() : s.rows();
    }

    public String cols(int letter) {
        MatrixSymbol s = matrices.get(letter >> 1);
        return transposed(letter) ? s.rows() : s.cols();
    }

    /** The transpose of a word: reversed, each letter transposed. */
    public FreeWord transpose(FreeWord w) {
        int n = w.length();
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = transposeLetter(w.letter(n - 1 - i));
        }
        return new FreeWord(r);
    }

    /** "W1 C W1'" (the empty word prints as "I"). */
    public String format(FreeWord w) {
        if (w.isEmpty()) {
            return "I";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            int l = w.letter(i);
            sb.append(matrices.get(l >> 1).name()).append(transposed(l) ? "'" : "");
        }
        return sb.toString();
    }
}
