package lae.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Adam against steps computed by hand from Algorithm 1 of Kingma and Ba. */
class AdamTest {
    @Test
    void firstStepMovesEachCoordinateByAlphaAgainstTheSignOfItsGradient() {
        // t = 1: m = 0.1 g, v = 0.001 g^2, m^ = g, v^ = g^2, step = alpha g / (|g| + eps)
        Adam adam = new Adam(3, 0.05);
        double[] theta = {1.0, -2.0, 0.5};
        adam.step(theta, new double[] {3.0, -0.25, 0.0});
        assertThat(theta[0]).isCloseTo(1.0 - 0.05 * 3.0 / (3.0 + 1e-8), within(1e-15));
        assertThat(theta[1]).isCloseTo(-2.0 + 0.05 * 0.25 / (0.25 + 1e-8), within(1e-15));
        assertThat(theta[2]).isEqualTo(0.5);
    }

    @Test
    void secondStepUsesBiasCorrectedMoments() {
        Adam adam = new Adam(1, 0.1, 0.9, 0.999, 1e-8);
        double[] theta = {0.0};
        adam.step(theta, new double[] {2.0});
        adam.step(theta, new double[] {-1.0});
        // by hand: m1 = 0.2, v1 = 0.004; m2 = 0.9*0.2 - 0.1 = 0.08, v2 = 0.999*0.004 + 0.001 = 0.004996
        // m^2 = 0.08 / 0.19, v^2 = 0.004996 / (1 - 0.998001) = 0.004996 / 0.001999
        double first = -0.1 * 2.0 / (2.0 + 1e-8);
        double mHat = 0.08 / (1 - 0.81);
        double vHat = 0.004996 / (1 - 0.999 * 0.999);
        double second = -0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertThat(theta[0]).isCloseTo(first + second, within(1e-12));
        assertThat(adam.iterations()).isEqualTo(2);
    }

    @Test
    void kerasDecayFoldsTheBiasCorrectionIntoTheStepAndDecaysPerIteration() {
        // Keras legacy Adam: lr = alpha / (1 + d it), lr_t = lr sqrt(1 - b2^t) / (1 - b1^t), p -= lr_t m / (sqrt(v) + 1e-7)
        Schedule sc = Schedule.kerasDecay(0.05, 0.1);
        Adam adam = new Adam(1, sc);
        double[] theta = {0.0};
        adam.step(theta, new double[] {2.0});
        double m1 = 0.2;
        double v1 = 0.001 * 4;
        double lr1 = 0.05 / (1 + 0.1 * 0) * Math.sqrt(1 - 0.999) / (1 - 0.9);
        double first = -lr1 * m1 / (Math.sqrt(v1) + 1e-7);
        assertThat(theta[0]).isCloseTo(first, within(1e-15));
        adam.step(theta, new double[] {-1.0});
        double m2 = 0.9 * m1 - 0.1;
        double v2 = 0.999 * v1 + 0.001;
        double lr2 = 0.05 / (1 + 0.1 * 1) * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.81);
        assertThat(theta[0]).isCloseTo(first - lr2 * m2 / (Math.sqrt(v2) + 1e-7), within(1e-15));
        // Keras's eps sits on sqrt(v_t), Kingma and Ba's on sqrt(v^_t): the two forms differ for tiny gradients
        Adam kb = new Adam(1, Schedule.constant(0.05));
        double[] a = {0.0};
        double[] b = {0.0};
        kb.step(a, new double[] {1e-6});
        new Adam(1, Schedule.kerasDecay(0.05, 0)).step(b, new double[] {1e-6});
        assertThat(a[0]).isNotCloseTo(b[0], within(1e-4));
    }

    @Test
    void scheduleParsesItsNamesAndDecays() {
        assertThat(Schedule.Kind.parse("keras-decay")).isEqualTo(Schedule.Kind.KERAS_DECAY);
        assertThat(Schedule.Kind.parse("constant")).isEqualTo(Schedule.Kind.CONSTANT);
        Schedule s = Schedule.of(Schedule.Kind.KERAS_DECAY, 0.05, Schedule.DECAY_FULL_BATCH);
        assertThat(s.decayedRate(4000)).isCloseTo(0.05 / 401, within(1e-18));
        assertThat(s.epsilon()).isEqualTo(1e-7);
        assertThat(Schedule.of(Schedule.Kind.CONSTANT, 0.05, 0.1).decay()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Schedule.Kind.parse("cosine"))
                .isInstanceOf(lae.core.InputException.class).hasMessageContaining("--schedule");
    }
}
