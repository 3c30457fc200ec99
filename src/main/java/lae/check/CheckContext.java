package lae.check;

import lae.config.ClaimFile;
import lae.model.DataMatrix;

/**
 * What every claim check of one claim file works on: the claim file, its data and the theorem's assumptions
 * that the data violate.
 *
 * @param file       the claim file
 * @param data       its data matrix
 * @param violations the hypotheses of Theorem 3.1 that the input violates
 */
record CheckContext(ClaimFile file, DataMatrix data, AssumptionViolations violations) {
}
