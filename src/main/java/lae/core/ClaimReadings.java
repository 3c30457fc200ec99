package lae.core;

import java.util.List;

/**
 * The readings a claim's verdicts come in, and the ones its printed sentence is about (the errata's headline verdict
 * comes from those).
 *
 * @param readings every reading the toolkit gives the claim
 * @param sentence the readings the printed sentence is about
 */
public record ClaimReadings(List<Reading> readings, List<Reading> sentence) implements ClaimId.Trait {
}
