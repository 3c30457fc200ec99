package lae.symbolic;

/**
 * The value of an expression of {@link FreeExpressionParser}, with its type: a central scalar, a multiple of an
 * identity whose size is not yet known ({@code lam I}), a matrix of a known shape ({@link FreeElement}), or a trace
 * polynomial ({@link TraceForm}). The operations check shapes: a sum needs equal shapes, a product needs equal inner sizes
 * (a \(1 \times 1\) matrix multiplies anything, as a number), a scalar is added to a matrix only as {@code lam I} (or to a
 * \(1 \times 1\) matrix). A mismatch is refused with an {@link IllegalArgumentException} naming both shapes, so that a typo
 * cannot turn into a "proof" of a meaningless identity. The components: the signature, the kind, and the scalar (of a
 * SCALAR or IDENTITY value), the matrix (MATRIX) or the trace polynomial (TRACE), the others null.
 *
 * @param sig    the signature the value lives in
 * @param kind   what the value is
 * @param scalar the scalar of a SCALAR or IDENTITY value
 * @param matrix the matrix of a MATRIX value
 * @param trace  the trace polynomial of a TRACE value
 */
public record FreeValue(FreeSignature sig, Kind kind, ScalarPolynomial scalar, FreeElement matrix, TraceForm trace) {
    /** What a value is: a central scalar, a multiple of an identity, a matrix, or a trace polynomial. */
    public enum Kind { SCALAR, IDENTITY, MATRIX, TRACE }

    /** Refuses a value whose part for its kind is missing. */
    public FreeValue {
        Object part = switch (kind) {
            case SCALAR, IDENTITY -> scalar;
            case MATRIX -> matrix;
            case TRACE -> trace;
        };
        if (sig == null || part == null) {
            throw new IllegalArgumentException("a " + kind + " value needs its signature and its part");
        }
    }

    public static FreeValue scalar(FreeSignature sig, ScalarPolynomial p) {
        return new FreeValue(sig, Kind.SCALAR, p, null, null);
    }

    /** {@code p I} of a size still unknown. */
    public static FreeValue identity(FreeSignature sig, ScalarPolynomial p) {
        return new FreeValue(sig, Kind.IDENTITY, p, null, null);
    }

    public static FreeValue matrix(FreeElement e) {
        return new FreeValue(e.signature(), Kind.MATRIX, null, e, null);
    }

    public static FreeValue trace(FreeSignature sig, TraceForm t) {
        return new FreeValue(sig, Kind.TRACE, null, null, t);
    }

    /** "a k x m matrix", "a scalar", ... for messages. */
    public String describe() {
        return switch (kind) {
            case SCALAR -> "a scalar";
            case IDENTITY -> "a multiple of I";
            case MATRIX -> "a " + matrix.shape() + " matrix";
            case TRACE -> "a trace";
        };
    }

    private boolean isUnitMatrix() {
        return kind == Kind.MATRIX && matrix.rows().equals(FreeSignature.UNIT) && matrix.cols().equals(FreeSignature.UNIT);
    }

    /** A scalar, a multiple of I, or a 1 x 1 matrix, as a central scalar; null otherwise. */
    private ScalarPolynomial asCentral() {
        if (kind == Kind.SCALAR) {
            return scalar;
        }
        if (isUnitMatrix()) {
            return matrix.asScalar();
        }
        return null;
    }

    public FreeValue plus(FreeValue o) {
        if (kind == Kind.SCALAR && scalar.isZero()) {
            return o;
        }
        if (o.kind == Kind.SCALAR && o.scalar.isZero()) {
            return this;
        }
        if (kind == Kind.MATRIX && o.kind == Kind.MATRIX) {
            if (!matrix.rows().equals(o.matrix.rows()) || !matrix.cols().equals(o.matrix.cols())) {
                throw new IllegalArgumentException("shape mismatch: cannot add " + describe() + " and " + o.describe());
            }
            return matrix(matrix.plus(o.matrix));
        }
        if (kind == Kind.MATRIX && o.kind == Kind.IDENTITY) {
            return matrix(matrix.plus(squareIdentity(matrix, o.scalar, o)));
        }
        if (kind == Kind.IDENTITY && o.kind == Kind.MATRIX) {
            return o.plus(this);
        }
        if (kind == Kind.IDENTITY && o.kind == Kind.IDENTITY) {
            return identity(sig, scalar.plus(o.scalar));
        }
        if (kind == Kind.SCALAR && o.kind == Kind.SCALAR) {
            return scalar(sig, scalar.plus(o.scalar));
        }
        if (isUnitMatrix() && o.kind == Kind.SCALAR) {
            return matrix(matrix.plus(FreeElement.scalar(matrix.signature(), FreeSignature.UNIT, o.scalar)));
        }
        if (kind == Kind.SCALAR && o.isUnitMatrix()) {
            return o.plus(this);
        }
        if (kind == Kind.TRACE || o.kind == Kind.TRACE) {
            return trace(sig, asTrace(this, o).plus(asTrace(o, this)));
        }
        throw new IllegalArgumentException("cannot add " + describe() + " and " + o.describe()
                + (kind == Kind.SCALAR || o.kind == Kind.SCALAR ? " (a scalar times the identity is written lam I)" : ""));
    }

    private static FreeElement squareIdentity(FreeElement m, ScalarPolynomial p, FreeValue id) {
        if (!m.rows().equals(m.cols())) {
            throw new IllegalArgumentException("shape mismatch: cannot add " + id.describe() + " to a " + m.shape() + " matrix (not square)");
        }
        return FreeElement.scalar(m.signature(), m.rows(), p);
    }

    private static TraceForm asTrace(FreeValue v, FreeValue other) {
        if (v.kind == Kind.TRACE) {
            return v.trace;
        }
        ScalarPolynomial c = v.asCentral();
        if (c == null) {
            throw new IllegalArgumentException("cannot add " + v.describe() + " and " + other.describe());
        }
        return TraceForm.scalar(v.sig, c);
    }

    public FreeValue negate() {
        return times(scalar(sig, ScalarPolynomial.constant(-1)));
    }

    public FreeValue minus(FreeValue o) {
        return plus(o.negate());
    }

    /** The product {@code this o} (matrix product, or scalar multiple). */
    public FreeValue times(FreeValue o) {
        ScalarPolynomial a = kind == Kind.SCALAR ? scalar : null;
        ScalarPolynomial b = o.kind == Kind.SCALAR ? o.scalar : null;
        if (a != null) {
            return o.scaled(a);
        }
        if (b != null) {
            return scaled(b);
        }
        if (kind == Kind.TRACE || o.kind == Kind.TRACE) {
            throw new IllegalArgumentException("cannot multiply " + describe() + " by " + o.describe() + " (only linear combinations of traces are supported)");
        }
        if (kind == Kind.IDENTITY && o.isUnitMatrix()) {
            // h I with h a 1 x 1 matrix: a number times an identity of a size still unknown
            return identity(sig, scalar.times(o.matrix.asScalar()));
        }
        if (o.kind == Kind.IDENTITY && isUnitMatrix()) {
            return identity(sig, o.scalar.times(matrix.asScalar()));
        }
        if (kind == Kind.IDENTITY) {
            return o.scaled(scalar);
        }
        if (o.kind == Kind.IDENTITY) {
            return scaled(o.scalar);
        }
        if (matrix.cols().equals(o.matrix.rows())) {
            return matrix(matrix.times(o.matrix));
        }
        if (isUnitMatrix()) {
            return o.scaled(matrix.asScalar());
        }
        if (o.isUnitMatrix()) {
            return scaled(o.matrix.asScalar());
        }
        throw new IllegalArgumentException("shape mismatch: cannot multiply " + describe() + " by " + o.describe());
    }

    private FreeValue scaled(ScalarPolynomial c) {
        return switch (kind) {
            case SCALAR -> scalar(sig, scalar.times(c));
            case IDENTITY -> identity(sig, scalar.times(c));
            case MATRIX -> matrix(matrix.times(c));
            case TRACE -> trace(sig, trace.times(c));
        };
    }

    public FreeValue transpose() {
        return kind == Kind.MATRIX ? matrix(matrix.transpose()) : this;
    }

    public FreeValue power(int e) {
        if (e < 1) {
            throw new IllegalArgumentException("only positive integer powers are supported, got " + e);
        }
        if (kind == Kind.MATRIX && !matrix.rows().equals(matrix.cols())) {
            throw new IllegalArgumentException("cannot take a power of " + describe() + " (not square)");
        }
        if (kind == Kind.TRACE) {
            throw new IllegalArgumentException("cannot take a power of a trace");
        }
        FreeValue r = this;
        for (int i = 1; i < e; i++) {
            r = r.times(this);
        }
        return r;
    }

    public FreeValue traceOf() {
        if (kind == Kind.MATRIX) {
            return trace(sig, TraceForm.of(matrix));
        }
        throw new IllegalArgumentException("tr of " + describe() + " is not supported (the argument of tr must be a square matrix of known shape)");
    }
}
