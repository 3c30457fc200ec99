package lae.core;

import java.util.List;

/** The losses a claim-file claim is checked on (in a claim file's order). */
public record ClaimLosses(List<String> names) implements ClaimId.Trait {
}
