package lae.job;

import lae.explore.FullBatchAdam;
import lae.model.LossKind;
import lae.train.AdamTrainer;
import lae.train.TrainingConfig;

/**
 * The training engine's full-batch Adam, given to the explorer (which does not import the training engine): the
 * synthetic loss at the explorer's weight and lambda, Keras's initialisation from the seed, every epoch handed to
 * the explorer's watcher with ||W1 - W2^T||_F.
 */
public final class ExplorerAdam implements FullBatchAdam {
    /** The one instance. */
    public static final ExplorerAdam INSTANCE = new ExplorerAdam();

    private ExplorerAdam() {
    }

    @Override
    public int train(double[] x, int m, int n, double lambda, double wSigma, int k, int epochs, long seed, EpochWatcher watcher) {
        TrainingConfig cfg = TrainingConfig.of(LossKind.SYNTHETIC, lambda, wSigma, k, epochs, 0, seed);
        return AdamTrainer.train(x, m, n, cfg, (epoch, theta, loss) ->
                watcher.epochDone(epoch, theta, Math.sqrt(AdamTrainer.gapSq(theta, k, m)))).epochsCompleted();
    }
}
