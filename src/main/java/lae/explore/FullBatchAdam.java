package lae.explore;

/**
 * Full-batch Adam on the synthetic loss, as the training engine runs it, seen epoch by epoch: what the explorer
 * needs to set Adam beside its Newton census. The explorer does not train by itself (training is the train
 * engine's job); the caller composing the two engines supplies an implementation.
 */
@FunctionalInterface
public interface FullBatchAdam {
    /** For a run that uses the explorer's Newton census only: training is refused. */
    FullBatchAdam NONE = (x, m, n, lambda, wSigma, k, epochs, seed, watcher) -> {
        throw new IllegalStateException("this explorer was built without a trainer (Newton census only)");
    };

    /** Sees the parameters after every completed epoch. */
    @FunctionalInterface
    interface EpochWatcher {
        /**
         * Epoch {@code epoch} (1-based) has ended.
         *
         * @param theta         (W1, W2^T) row-major, k x m each; not to be kept or modified
         * @param transposeGap  ||W1 - W2^T||_F at the end of the epoch
         */
        void epochDone(int epoch, double[] theta, double transposeGap);
    }

    /**
     * Trains L_synthetic(w_sigma) at {@code lambda} with k latent units, full batch, for {@code epochs} epochs from
     * the initialisation of {@code seed}, on the n x m row-major data {@code x}.
     *
     * @return the number of epochs completed (fewer than asked when the loss became non-finite)
     */
    int train(double[] x, int m, int n, double lambda, double wSigma, int k, int epochs, long seed, EpochWatcher watcher);
}
