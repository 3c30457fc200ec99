package lae.core;

/**
 * A data resource of the toolkit itself (the claim registry {@code claims.toml}, the tolerances {@code tolerances.toml})
 * is missing or malformed: a defect of the build, not of the user's input. Its message is one line naming the resource,
 * the key and what is wrong; the class that reads the resource fails to initialise with it.
 */
public final class ResourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error {@code message}, which names the resource and the key. */
    public ResourceException(String message) {
        super(message);
    }
}
