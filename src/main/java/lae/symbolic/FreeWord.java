package lae.symbolic;

import java.util.Arrays;

import lae.model.IntTuple;

/**
 * A word (monomial) of the free algebra: a finite sequence of letters, each letter a matrix symbol or its
 * transpose, encoded by {@link FreeSignature} as {@code 2 * symbol + (transposed ? 1 : 0)}. The empty word is
 * the identity matrix (of the size its position demands).
 *
 * <p>Words are ordered <em>degree-lexicographically</em>: a shorter word is smaller, words of one length compare
 * letter by letter. This is a well-order compatible with concatenation (\(u &lt; v \Rightarrow a u b &lt; a v b\)),
 * i.e. a semigroup order with the descending chain condition, which is what Bergman's diamond lemma needs for
 * the reductions of {@link RewritingSystem} to terminate.
 */
public final class FreeWord extends IntTuple implements Comparable<FreeWord> {
    public static final FreeWord EMPTY = new FreeWord(new int[0]);

    private final int[] letters;

    FreeWord(int[] letters) {
        super(letters);
        this.letters = letters;
    }

    public static FreeWord of(int... letters) {
        return new FreeWord(letters.clone());
    }

    public int length() {
        return letters.length;
    }

    public boolean isEmpty() {
        return letters.length == 0;
    }

    public int letter(int i) {
        return letters[i];
    }

    public FreeWord concat(FreeWord o) {
        if (o.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return o;
        }
        int[] r = Arrays.copyOf(letters, letters.length + o.letters.length);
        System.arraycopy(o.letters, 0, r, letters.length, o.letters.length);
        return new FreeWord(r);
    }

    /** Letters {@code from} (inclusive) to {@code to} (exclusive). */
    public FreeWord sub(int from, int to) {
        if (from == 0 && to == letters.length) {
            return this;
        }
        return new FreeWord(Arrays.copyOfRange(letters, from, to));
    }

    /** The first position at or after {@code from} where {@code p} occurs as a subword, or -1. */
    public int indexOf(FreeWord p, int from) {
        outer:
        for (int i = from; i + p.letters.length <= letters.length; i++) {
            for (int j = 0; j < p.letters.length; j++) {
                if (letters[i + j] != p.letters[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** True if the last {@code n} letters of this word are the first {@code n} of {@code o}. */
    public boolean suffixIsPrefixOf(FreeWord o, int n) {
        if (n > letters.length || n > o.letters.length) {
            return false;
        }
        for (int j = 0; j < n; j++) {
            if (letters[letters.length - n + j] != o.letters[j]) {
                return false;
            }
        }
        return true;
    }

    /** This word rotated left by {@code r}: letters r..end, then 0..r-1. */
    public FreeWord rotate(int r) {
        if (r == 0 || letters.length == 0) {
            return this;
        }
        int[] x = new int[letters.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = letters[(i + r) % x.length];
        }
        return new FreeWord(x);
    }

    int[] letters() {
        return letters;
    }

    @Override
    public int compareTo(FreeWord o) {
        return compareShortlex(o);
    }
}
