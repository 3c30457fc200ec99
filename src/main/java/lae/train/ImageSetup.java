package lae.train;

import java.util.ArrayList;
import java.util.List;

import lae.core.ClaimId;
import lae.model.LossKind;
import lae.numeric.Schedule;

/**
 * The configuration of one data set of Section 4.1: L_sigma at each lambda of {@code lambdas}, latent dimension
 * k (and 2, for the embeddings), mini-batches of {@value #BATCH}. Per schedule: <em>keras-decay</em> (the code the
 * paper builds on) trains on pixels / 255 not centred, with biases, from RandomNormal with stddev
 * {@value #PICTURE_INIT_SIGMA} for the k = 9 cell (Figure 1's weight pictures) and 0.05 otherwise;
 * <em>constant</em> (the paper's words) on the centred data without biases (Section 2 absorbs the biases by
 * centring), stddev 0.05. Both charge lambda R to every batch (Keras {@code add_loss}) unless the options say
 * otherwise ({@link BatchRegularization}).
 *
 * @param name       the data set's name, and the report's
 * @param claim      the claim it answers
 * @param figure     the figure's file name, without ".png"
 * @param k          the latent dimension of the figure
 * @param lambdas    the lambdas trained
 * @param epochs     the paper's epochs
 * @param embeddings whether k = 2 runs give the embeddings figure too
 */
record ImageSetup(String name, ClaimId claim, String figure, int k, double[] lambdas, int epochs, boolean embeddings) {
    /** Fashion-MNIST's test set: Figure 1 and the k = 2 embeddings (C25). */
    static final ImageSetup FASHION_MNIST = new ImageSetup("fashion-mnist", ClaimId.C25, "fashion-mnist-figure1", 9,
            new double[] {8}, 200, true);
    /** CIFAR-10's test set in CCIR 601 luma: Figure 2 (C26). */
    static final ImageSetup CIFAR10 = new ImageSetup("cifar10", ClaimId.C26, "cifar10-figure2", 6, new double[] {5, 15}, 400, false);
    /** Points per batch (Kunin et al.'s code). */
    static final int BATCH = 32;
    /** RandomNormal stddev in Kunin et al.'s cell that draws the k = 9 weight pictures. */
    static final double PICTURE_INIT_SIGMA = 1.0;
    /** Fashion-MNIST's classes, by label. */
    static final String[] FASHION_LABELS = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
        "Sneaker", "Bag", "Ankle boot"};

    /** The latent dimensions trained: k, and 2 for the embeddings. */
    List<Integer> ks() {
        List<Integer> ks = new ArrayList<>();
        ks.add(k);
        if (embeddings) {
            ks.add(2);
        }
        return ks;
    }

    /** The epochs of the options, or the paper's. */
    int epochs(TrainOptions o) {
        return o.epochs() == null ? epochs : o.epochs();
    }

    /** The batch size on n points. */
    static int batch(int n) {
        return Math.min(BATCH, n);
    }

    /** The schedule of this kind for the image runs (Keras decay per batch 1e-3). */
    static Schedule schedule(TrainOptions o, Schedule.Kind kind) {
        return Schedule.of(kind, o.learningRate(), Schedule.DECAY_IMAGES);
    }

    /** The run at latent dimension {@code latent}, lambda and seed under schedule {@code sc}, on n points. */
    static TrainingConfig config(TrainOptions o, Schedule sc, int latent, double lambda, long seed, int n, int epochs) {
        boolean code = sc.keras();
        double sigma = o.initSigmaOr(code && latent == 9 ? PICTURE_INIT_SIGMA : TrainingConfig.DEFAULT_INIT_SIGMA);
        return TrainingConfig.of(LossKind.L_SIGMA, lambda, 0.5, latent, epochs, batch(n), seed).withSchedule(sc)
                .withBias(code).withInitSigma(sigma).withRegularization(o.regularization());
    }

    /** The key of the landscape check at latent dimension {@code latent} and lambda. */
    static String key(int latent, double lambda) {
        return latent + "|" + lambda;
    }
}
