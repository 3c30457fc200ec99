package lae.train;

/**
 * What a step does with the gradient of the batch loss once its columns are formed ({@link BatchLossKernel}'s
 * phase C): copy them into a flat gradient, or update the parameters by Adam ({@link AdamRows}). Called on the
 * columns of one half at a time, possibly from the half's own thread.
 */
interface GradientColumns {
    /** Once per step, after the value and before any column: the value was finite. */
    void start();

    /**
     * The gradient's columns [j0, j1) of part {@code part}: of the rows of W1 and W2^T ({@code g}, 2k rows) and of
     * b2 ({@code gb2}, zero without biases).
     */
    void columns(int part, double[][] g, double[] gb2, int j0, int j1);

    /** The gradient of b1 (with biases only, once per step, on part 0). */
    void b1(double[] gb1);
}
