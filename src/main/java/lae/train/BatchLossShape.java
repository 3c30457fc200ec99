package lae.train;

/**
 * Which batch loss f_b of {@link MiniBatchLaeLoss}: the sizes, the biases and the coefficients of the regulariser.
 *
 * @param m           the data dimension
 * @param n           the number of data points
 * @param k           the latent dimension, 1 &lt;= k &lt;= m
 * @param bias        whether the biases b1, b2 are parameters
 * @param lambdaPi    the coefficient of ||W2 W1||^2 in the full-data loss
 * @param lambdaSigma the coefficient of ||W1||^2 + ||W2||^2 in the full-data loss
 * @param maxBatch    the largest batch, 1 &lt;= maxBatch &lt;= n
 */
public record BatchLossShape(int m, int n, int k, boolean bias, double lambdaPi, double lambdaSigma, int maxBatch) {
    /** @throws IllegalArgumentException unless 1 &lt;= k &lt;= m and 1 &lt;= maxBatch &lt;= n */
    public BatchLossShape {
        if (k < 1 || k > m || maxBatch < 1 || maxBatch > n) {
            throw new IllegalArgumentException("need 1 <= k <= m and 1 <= batch <= n; got k=" + k + " batch=" + maxBatch);
        }
    }

    /** Length of theta: 2 k m, plus k + m with biases. */
    public int parameterCount() {
        return ParameterRows.count(k, m, bias);
    }
}
