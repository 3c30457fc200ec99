package lae.numeric;

/**
 * The Adam optimiser, Algorithm 1 of Kingma and Ba, "Adam: A Method for Stochastic Optimization"
 * (ICLR 2015, arXiv:1412.6980v9, 2017), the optimiser of Section 4 of the paper:
 * \[
 *   m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t, \qquad v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2,
 * \]
 * \[
 *   \hat m_t = m_t / (1 - \beta_1^t), \qquad \hat v_t = v_t / (1 - \beta_2^t), \qquad
 *   \theta_t = \theta_{t-1} - \alpha \hat m_t / (\sqrt{\hat v_t} + \epsilon),
 * \]
 * elementwise, with \(\alpha = 0.05\) (Section 4), \(\beta_1 = 0.9\), \(\beta_2 = 0.999\), \(\epsilon = 10^{-8}\);
 * or, under a {@link Schedule} of kind keras-decay, Keras's legacy form
 * \(\theta_t = \theta_{t-1} - \mathrm{lr}_t m_t / (\sqrt{v_t} + \epsilon)\),
 * \(\mathrm{lr}_t = \alpha / (1 + d (t - 1)) \sqrt{1 - \beta_2^t} / (1 - \beta_1^t)\).
 * Both are \(\theta \mathrel{-}= s\, m_t / (\sqrt{v_t c} + \epsilon)\) with a per-step scale s and
 * \(c = 1 / (1 - \beta_2^t)\) (Kingma and Ba) or c = 1 (Keras), so one loop serves both.
 *
 * <p>The moments of a whole vector live in this object ({@link #step}); a step may also be split into index
 * ranges ({@link #beginStep} once, then {@link #update} on disjoint ranges, possibly from different threads),
 * and parameters kept in pieces of their own may hold their own moments
 * ({@link #update(double[], double[], double[], double[], int, int)}). A step allocates nothing.
 */
public final class Adam {
    /** alpha of Section 4 ("Adam optimizer, learning rate 0.05"). */
    public static final double DEFAULT_LEARNING_RATE = 0.05;
    /** beta1 of Kingma and Ba (and of Keras). */
    public static final double DEFAULT_BETA1 = 0.9;
    /** beta2 of Kingma and Ba (and of Keras). */
    public static final double DEFAULT_BETA2 = 0.999;
    /** eps of Kingma and Ba's Algorithm 1. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double alpha;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double[] m;
    private final double[] v;
    private long t;
    private double beta1Power = 1;
    private double beta2Power = 1;
    private double stepScale;
    private double vScale;
    private final boolean keras;
    private final double decay;

    /**
     * Kingma and Ba's Adam with moments for {@code dimension} coordinates.
     *
     * @throws IllegalArgumentException unless alpha &gt; 0, 0 &lt;= beta1, beta2 &lt; 1 and eps &gt; 0
     */
    public Adam(int dimension, double learningRate, double beta1, double beta2, double eps) {
        if (!(learningRate > 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0)) {
            throw new IllegalArgumentException("Adam needs alpha > 0, 0 <= beta1, beta2 < 1, eps > 0; got alpha="
                    + learningRate + " beta1=" + beta1 + " beta2=" + beta2 + " eps=" + eps);
        }
        this.alpha = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.keras = false;
        this.decay = 0;
        this.m = new double[dimension];
        this.v = new double[dimension];
    }

    /**
     * Adam under a schedule (constant: Kingma and Ba; keras-decay: Keras legacy Adam with decay), with moments
     * for {@code dimension} coordinates; 0 when the caller holds the moments and uses only
     * {@link #update(double[], double[], double[], double[], int, int)}.
     */
    public Adam(int dimension, Schedule schedule) {
        this.alpha = schedule.learningRate();
        this.beta1 = DEFAULT_BETA1;
        this.beta2 = DEFAULT_BETA2;
        this.eps = schedule.epsilon();
        this.keras = schedule.keras();
        this.decay = schedule.decay();
        this.m = new double[dimension];
        this.v = new double[dimension];
    }

    /** Kingma and Ba's Adam with step {@code learningRate} and the default beta1, beta2 and eps. */
    public Adam(int dimension, double learningRate) {
        this(dimension, learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /** One full step on all coordinates: theta &lt;- theta - alpha m^_t / (sqrt(v^_t) + eps), in place. */
    public void step(double[] theta, double[] grad) {
        beginStep();
        update(theta, grad, 0, theta.length);
    }

    /** Advances t and the bias corrections; call once per step before {@link #update}. */
    public void beginStep() {
        t++;
        beta1Power *= beta1;
        beta2Power *= beta2;
        if (keras) {
            // Keras: lr decayed by the steps before this one, bias correction folded into the step
            stepScale = alpha / (1 + decay * (t - 1)) * Math.sqrt(1 - beta2Power) / (1 - beta1Power);
            vScale = 1;
        } else {
            stepScale = alpha / (1 - beta1Power);
            vScale = 1 / (1 - beta2Power);
        }
    }

    /** The update of coordinates [from, to) for the step begun by {@link #beginStep}, with this object's moments. */
    public void update(double[] theta, double[] grad, int from, int to) {
        update(theta, grad, m, v, from, to);
    }

    /**
     * The update of coordinates [from, to) for the step begun by {@link #beginStep}, with moments held by the
     * caller: for parameters kept in pieces of their own, each piece with moment arrays of the same shape, so
     * that every array of the loop is indexed alike (which HotSpot needs to vectorize it). The moments of this
     * object are not touched.
     */
    public void update(double[] theta, double[] grad, double[] m, double[] v, int from, int to) {
        final double b1 = beta1;
        final double b2 = beta2;
        final double c1 = 1 - b1;
        final double c2 = 1 - b2;
        final double s = stepScale;
        final double vs = vScale;
        final double e = eps;
        final double[] mm = m;
        final double[] vv = v;
        for (int i = from; i < to; i++) {
            double g = grad[i];
            double mi = b1 * mm[i] + c1 * g;
            double vi = b2 * vv[i] + c2 * g * g;
            mm[i] = mi;
            vv[i] = vi;
            theta[i] -= s * mi / (Math.sqrt(vi * vs) + e);
        }
    }

    /** The steps begun so far, t. */
    public long iterations() {
        return t;
    }
}
