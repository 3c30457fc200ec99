package lae.model;

import java.util.Arrays;

/**
 * A finite sequence of ints that is a value: equal, hashed and printed by its entries, the base of the toolkit's
 * integer keys (an index set's indices, a free word's letters, a monomial's exponents). It lives below the packages
 * that use it (landscape, symbolic, algebra) so that they share it. The subclass owns the array and never changes it
 * after construction; instances of different subclasses are never equal.
 */
public abstract class IntTuple {
    private final int[] entries;
    private final int hash;

    /** Wraps {@code entries} (not copied: the subclass hands over an array nobody changes afterwards). */
    protected IntTuple(int[] entries) {
        this.entries = entries;
        this.hash = Arrays.hashCode(entries);
    }

    /** Shortlex order: a shorter tuple first, tuples of one length entry by entry. */
    protected final int compareShortlex(IntTuple o) {
        if (entries.length != o.entries.length) {
            return Integer.compare(entries.length, o.entries.length);
        }
        return Arrays.compare(entries, o.entries);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && hash == ((IntTuple) o).hash && Arrays.equals(entries, ((IntTuple) o).entries);
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    /** The entries as {@link Arrays#toString(int[])} prints them. */
    @Override
    public String toString() {
        return Arrays.toString(entries);
    }
}
