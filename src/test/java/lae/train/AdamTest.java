package lae.train;

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
}
