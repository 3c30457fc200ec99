package lae.train;

import java.util.List;
import java.util.Map;

import lae.data.LabelledImages;

/**
 * What Section 4.1's experiment measured on one data set: the data's principal directions, the landscape check
 * of the Table-1 minimum at each latent dimension and lambda ({@link SumLossMinimum}, by {@link ImageSetup#key}),
 * and every trained run against PCA, with the time each part took.
 *
 * @param images           the data set
 * @param pca              its principal directions
 * @param lambdaEff        lambda_eff of each lambda of the setup, in order
 * @param minima           the landscape checks
 * @param runs             the runs: per schedule, seed, lambda and latent dimension
 * @param pcaSeconds       the time of the principal directions
 * @param landscapeSeconds the time of the landscape checks
 * @param trainSeconds     the time of training and measuring
 */
record ImageMeasurements(LabelledImages images, PrincipalDirections pca, double[] lambdaEff,
                         Map<String, SumLossMinimum.Result> minima, List<ImageRun> runs, double pcaSeconds,
                         double landscapeSeconds, double trainSeconds) {
}
