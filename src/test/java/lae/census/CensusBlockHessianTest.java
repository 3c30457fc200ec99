package lae.census;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import lae.model.LossKind;
import lae.model.LossMember;
import lae.numeric.SymmetricEigenvalues;

/**
 * The block structure is proven, not assumed: {@link BlockHessianContract} for every member of the loss family (L,
 * L_pi, L_sigma, and L_synthetic at four weights), and the 2x2 and 4x4 eigenvalue solvers of {@link BlockHessian}
 * against EJML.
 */
class CensusBlockHessianTest {

    @Nested
    class L extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.of(LossKind.L, lambda);
        }
    }

    @Nested
    class LPi extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.of(LossKind.L_PI, lambda);
        }
    }

    @Nested
    class LSigma extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.of(LossKind.L_SIGMA, lambda);
        }
    }

    @Nested
    class SyntheticHalf extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.synthetic(lambda, 0.5);
        }
    }

    @Nested
    class SyntheticSmallWeight extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.synthetic(lambda, 0.05);
        }
    }

    @Nested
    class SyntheticThird extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.synthetic(lambda, 0.3);
        }
    }

    @Nested
    class SyntheticZeroWeight extends BlockHessianContract {
        @Override
        LossMember member(double lambda) {
            return LossMember.synthetic(lambda, 0);
        }
    }

    @Test
    void smallEigenSolversMatchEjml() {
        Random rnd = new Random(5);
        double[] out = new double[2];
        for (int trial = 0; trial < 500; trial++) {
            double[] a = new double[16];
            for (int i = 0; i < 4; i++) {
                for (int j = i; j < 4; j++) {
                    double v = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(5) - 2);
                    a[i * 4 + j] = v;
                    a[j * 4 + i] = v;
                }
            }
            double[] ref = SymmetricEigenvalues.EJML.of(new DMatrixRMaj(4, 4, true, a.clone()));
            double[] ev = new double[4];
            BlockHessian.jacobi4(a.clone(), ev);
            Arrays.sort(ref);
            Arrays.sort(ev);
            double sc = Math.max(Math.abs(ref[0]), Math.abs(ref[3]));
            for (int i = 0; i < 4; i++) {
                assertThat(ev[i]).isCloseTo(ref[i], org.assertj.core.data.Offset.offset(1e-13 * sc));
            }
            double x = rnd.nextGaussian();
            double y = rnd.nextGaussian() * 1e-3;
            double z = rnd.nextGaussian();
            BlockHessian.eigen2(x, y, z, out, 0);
            double[] r2 = SymmetricEigenvalues.EJML.of(new DMatrixRMaj(2, 2, true, x, y, y, z));
            Arrays.sort(r2);
            Arrays.sort(out);
            assertThat(out[0]).isCloseTo(r2[0], org.assertj.core.data.Offset.offset(1e-14 * Math.max(Math.abs(x), Math.abs(z)) + 1e-15));
            assertThat(out[1]).isCloseTo(r2[1], org.assertj.core.data.Offset.offset(1e-14 * Math.max(Math.abs(x), Math.abs(z)) + 1e-15));
        }
    }
}
