package lae.train;

import lae.numeric.Adam;
import lae.numeric.Schedule;

/**
 * The state of a training run: the parameters in rows ({@link ParameterRows}) and Adam's two moments in arrays
 * of the same shapes, updated by {@link Adam#update(double[], double[], double[], double[], int, int)} column
 * range by column range where the gradient is formed. A step neither copies theta in nor the gradient out,
 * and every number is the one the flat Adam step on the flat gradient gives: the same operations on the same
 * operands, element by element.
 */
final class AdamRows implements GradientColumns {
    private final ParameterRows params;
    private final ParameterRows first;
    private final ParameterRows second;
    private Adam adam;

    AdamRows(int k, int m, boolean bias) {
        params = new ParameterRows(k, m, bias);
        first = new ParameterRows(k, m, bias);
        second = new ParameterRows(k, m, bias);
    }

    /** Starts afresh at theta under {@code schedule}, the moments zero. */
    void begin(double[] theta, Schedule schedule) {
        params.load(theta);
        first.clear();
        second.clear();
        adam = new Adam(0, schedule); // the moments are the rows above
    }

    /** Whether {@link #begin} has been called. */
    boolean begun() {
        return adam != null;
    }

    /** The current parameters. */
    ParameterRows parameters() {
        return params;
    }

    @Override
    public void start() {
        adam.beginStep();
    }

    @Override
    public void columns(int part, double[][] g, double[] gb2, int j0, int j1) {
        final double[][] w = params.w[part];
        final double[][] mW = first.w[part];
        final double[][] vW = second.w[part];
        for (int r = 0; r < w.length; r++) {
            adam.update(w[r], g[r], mW[r], vW[r], j0, j1);
        }
        if (gb2 != null) {
            adam.update(params.b2[part], gb2, first.b2[part], second.b2[part], j0, j1);
        }
    }

    @Override
    public void b1(double[] gb1) {
        adam.update(params.b1, gb1, first.b1, second.b1, 0, gb1.length);
    }
}
