package lae.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import lae.core.ResourceException;

/**
 * A broken data resource of the build (claims.toml, tolerances.toml) stops the class that reads it; the command says so
 * in one line naming the resource and the key, however the failed initialisation reaches it.
 */
class ResourceErrorTest {
    @Test
    void aFailedInitialisationIsOneLineNamingTheResourceAndTheKey() {
        ResourceException cause = new ResourceException("lae/core/claims.toml: [claims.C1] title is missing");
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class lae.core.ClaimId");
        later.initCause(new ExceptionInInitializerError(cause));
        for (Throwable t : new Throwable[] {new ExceptionInInitializerError(cause), later, new RuntimeException(later)}) {
            assertThat(Lae.internalError(t)).startsWith("lae: internal error: lae.core.ResourceException: "
                    + "lae/core/claims.toml: [claims.C1] title is missing (at ").doesNotContain("\n");
        }
        assertThat(Lae.internalError(new IllegalStateException("x"))).startsWith("lae: internal error: java.lang.IllegalStateException: x");
    }
}
