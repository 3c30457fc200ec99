package lae.algebra;

/**
 * The computer algebra engine (Singular) failed: it is not installed, it exited with an error, it ran
 * past its time limit, or it answered something the toolkit did not ask for. The message is one line
 * (Singular's standard error is summarised, never dumped).
 */
public final class SingularException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the engine could not answer. */
    public enum Kind {
        /** Singular is not installed (or not executable). */
        ABSENT,
        /** The computation ran past its time limit and was killed. */
        TIMEOUT,
        /** Singular exited with an error, or its answer could not be read. */
        FAILED
    }

    private final Kind kind;

    /** A failure of kind FAILED. */
    public SingularException(String message) {
        this(Kind.FAILED, message);
    }

    /** A failure of the given kind. */
    public SingularException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Why the engine failed. */
    public Kind kind() {
        return kind;
    }
}
