package lae.numeric;

import java.util.Locale;

import lae.core.InputException;
import lae.core.Numbers;

/**
 * The optimiser settings of a training run, as data: the paper's words or the code it builds on.
 * <ul>
 *   <li>{@link Kind#CONSTANT} ("constant", the paper's words, Section 4: "Adam optimizer, learning rate
 *       0.05"): Algorithm 1 of Kingma and Ba [2017] with a constant step alpha and eps = 1e-8 added to
 *       the square root of the bias-corrected second moment:
 *       theta_t = theta_{t-1} - alpha m_t / (1 - beta1^t) / (sqrt(v_t / (1 - beta2^t)) + eps).</li>
 *   <li>{@link Kind#KERAS_DECAY} ("keras-decay", the code the paper builds on: Kunin et al.'s notebook,
 *       Keras {@code optimizers.Adam(lr=5e-2, decay=d)}, Keras 2.x legacy optimizer, {@code get_updates}):
 *       with it the number of steps taken before this one (0 at the first step),
 *       <pre>
 *         lr   = alpha / (1 + d it)
 *         lr_t = lr sqrt(1 - beta2^t) / (1 - beta1^t),      t = it + 1
 *         theta_t = theta_{t-1} - lr_t m_t / (sqrt(v_t) + eps),   eps = 1e-7 (Keras backend epsilon)
 *       </pre>
 *       i.e. the bias correction folded into the step ("the formula just before Section 2.1" of Kingma
 *       and Ba), eps added to sqrt(v_t) itself, and the inverse-time decay per iteration (per batch).</li>
 * </ul>
 * beta1 = 0.9 and beta2 = 0.999 in both (the defaults of Kingma and Ba and of Keras).
 *
 * @param kind         constant or keras-decay
 * @param learningRate alpha (0.05 in the paper and in the code)
 * @param decay        d of the inverse-time decay per iteration (0 for constant)
 * @param epsilon      the epsilon of the update (1e-8 constant, 1e-7 Keras)
 */
public record Schedule(Kind kind, double learningRate, double decay, double epsilon) {

    /** The two ways of running Adam that the reports compare. */
    public enum Kind {
        CONSTANT, KERAS_DECAY;

        /** The name on the command line and in the reports, the constant's in lower case with '-': "constant" or "keras-decay". */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * The kind named {@code s} (case and '_' for '-' ignored).
         *
         * @throws InputException naming the option --schedule when s names no kind
         */
        public static Kind parse(String s) {
            String t = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Kind k : values()) {
                if (k.cliName().equals(t)) {
                    return k;
                }
            }
            throw InputException.field("command line", "--schedule", s, "constant, keras-decay, both");
        }
    }

    /** Kingma and Ba's eps (Algorithm 1), used with the paper's words. */
    public static final double KINGMA_BA_EPSILON = 1e-8;
    /** Keras's backend epsilon {@code K.epsilon()}, the default of its legacy Adam. */
    public static final double KERAS_EPSILON = 1e-7;
    /** The decay of Kunin et al.'s full-batch runs on generated data (4000 epochs). */
    public static final double DECAY_FULL_BATCH = 1e-1;
    /** The decay of Kunin et al.'s image runs (batch 32). */
    public static final double DECAY_IMAGES = 1e-3;

    /** Checks alpha &gt; 0, d &gt;= 0, eps &gt; 0 (all finite) and no decay on a constant schedule. */
    public Schedule {
        if (!(learningRate > 0) || Double.isInfinite(learningRate) || !(decay >= 0) || Double.isInfinite(decay)
                || !(epsilon > 0)) {
            throw new IllegalArgumentException("schedule needs alpha > 0, d >= 0, eps > 0; got alpha=" + learningRate
                    + " d=" + decay + " eps=" + epsilon);
        }
        if (kind == Kind.CONSTANT && decay != 0) {
            throw new IllegalArgumentException("a constant schedule has no decay");
        }
    }

    /** Kingma and Ba's constant step alpha with eps = 1e-8 (the paper's words). */
    public static Schedule constant(double learningRate) {
        return new Schedule(Kind.CONSTANT, learningRate, 0, KINGMA_BA_EPSILON);
    }

    /** Keras's legacy Adam with inverse-time decay d per iteration and eps = 1e-7 (the code the paper builds on). */
    public static Schedule kerasDecay(double learningRate, double decay) {
        return new Schedule(Kind.KERAS_DECAY, learningRate, decay, KERAS_EPSILON);
    }

    /** The schedule of this kind for an experiment whose Keras decay is {@code decay}. */
    public static Schedule of(Kind kind, double learningRate, double decay) {
        return kind == Kind.CONSTANT ? constant(learningRate) : kerasDecay(learningRate, decay);
    }

    /** Whether this is Keras's legacy form (bias correction folded into the step, eps on sqrt(v_t)). */
    public boolean keras() {
        return kind == Kind.KERAS_DECAY;
    }

    /** The learning rate lr / (1 + d it) in force after {@code iterations} steps (Keras's decayed lr). */
    public double decayedRate(long iterations) {
        return learningRate / (1 + decay * iterations);
    }

    /** One line for a report: the kind, its source, the update rule and its settings. */
    public String describe() {
        return keras()
                ? "keras-decay (Kunin et al.'s code: Keras legacy Adam(lr=" + Numbers.general(learningRate) + ", decay="
                        + Numbers.general(decay) + ")): lr_t = lr / (1 + d it) * sqrt(1 - beta2^t) / (1 - beta1^t), "
                        + "update lr_t m_t / (sqrt(v_t) + 1e-7), beta1 = 0.9, beta2 = 0.999"
                : "constant (the paper's words: Adam, learning rate " + Numbers.general(learningRate)
                        + "): Kingma and Ba Algorithm 1, alpha m^_t / (sqrt(v^_t) + 1e-8), beta1 = 0.9, beta2 = 0.999";
    }
}
