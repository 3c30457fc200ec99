package lae.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import lae.model.IntTuple;

/**
 * An index set I = {i_1 &lt; ... &lt; i_l} of {1, ..., m} (1-based, as in the paper), which selects
 * the principal directions U_I and singular values Sigma_I of a Table-1 critical point.
 */
public final class IndexSet extends IntTuple implements Comparable<IndexSet> {
    private final int[] idx;

    private IndexSet(int[] sortedOneBased) {
        super(sortedOneBased);
        this.idx = sortedOneBased;
    }

    /**
     * The set of the given 1-based indices (any order).
     *
     * @throws IllegalArgumentException if an index is below 1 or repeated
     */
    public static IndexSet of(int... oneBased) {
        int[] s = oneBased.clone();
        Arrays.sort(s);
        for (int i = 0; i < s.length; i++) {
            if (s[i] < 1 || (i > 0 && s[i] == s[i - 1])) {
                throw new IllegalArgumentException("not a set of positive indices: " + Arrays.toString(oneBased));
            }
        }
        return new IndexSet(s);
    }

    /** {1, ..., l}. */
    public static IndexSet first(int l) {
        int[] s = new int[l];
        for (int i = 0; i < l; i++) {
            s[i] = i + 1;
        }
        return new IndexSet(s);
    }

    /** Every I within {1..universe} with |I| &lt;= maxSize, in order of size then lexicographic. */
    public static List<IndexSet> allUpTo(int universe, int maxSize) {
        List<IndexSet> out = new ArrayList<>();
        forEachUpTo(universe, maxSize, out::add);
        return out;
    }

    /**
     * Visits every I within {1..universe} with |I| &lt;= maxSize, in the order of {@link #allUpTo}, without keeping
     * them.
     */
    public static void forEachUpTo(int universe, int maxSize, Consumer<IndexSet> action) {
        for (int l = 0; l <= Math.min(maxSize, universe); l++) {
            int[] c = new int[l];
            for (int i = 0; i < l; i++) {
                c[i] = i + 1;
            }
            while (true) {
                action.accept(new IndexSet(c.clone()));
                int p = l - 1;
                while (p >= 0 && c[p] == universe - l + p + 1) {
                    p--;
                }
                if (p < 0) {
                    break;
                }
                c[p]++;
                for (int q = p + 1; q < l; q++) {
                    c[q] = c[q - 1] + 1;
                }
            }
        }
    }

    /** l = |I|. */
    public int size() {
        return idx.length;
    }

    /** i_j for j = 1..l. */
    public int get(int oneBasedJ) {
        return idx[oneBasedJ - 1];
    }

    /** i_1 &lt; ... &lt; i_l (1-based; a copy). */
    public int[] toArray() {
        return idx.clone();
    }

    /** Whether i is in I (1-based i). */
    public boolean contains(int oneBasedIndex) {
        return Arrays.binarySearch(idx, oneBasedIndex) >= 0;
    }

    /** The largest index in I, 0 for the empty set. */
    public int max() {
        return idx.length == 0 ? 0 : idx[idx.length - 1];
    }

    /** d_I = sum_{j=1}^{l} (i_j - j), Theorem 3.1 (printed with the sum to k; only j &lt;= l is defined). */
    public int dI() {
        int d = 0;
        for (int j = 0; j < idx.length; j++) {
            d += idx[j] - (j + 1);
        }
        return d;
    }

    /** The number of pairs i &lt; j with i in I and j not in I, j &lt;= m: the printed meaning of d_I (C18). */
    public int pairsInThenOut(int m) {
        int count = 0;
        for (int i : idx) {
            for (int j = i + 1; j <= m; j++) {
                if (!contains(j)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The number of pairs i &lt; j with i not in I and j in I. */
    public int pairsOutThenIn() {
        int count = 0;
        for (int j : idx) {
            for (int i = 1; i < j; i++) {
                if (!contains(i)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public int compareTo(IndexSet o) {
        return compareShortlex(o);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < idx.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(idx[i]);
        }
        return b.append('}').toString();
    }
}
