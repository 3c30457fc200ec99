package lae.core;

/**
 * A problem with the user's input (claim file, data file, command-line value). Its message is one
 * line naming the file, the field and the allowed range; the CLI prints it and exits with code 2.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    /** "FILE: field 'FIELD' = VALUE: WHAT (allowed: RANGE)". */
    public static InputException field(String file, String field, Object value, String allowed) {
        return new InputException(file + ": field '" + field + "' = " + value + " is not allowed (allowed: " + allowed + ")");
    }
}
