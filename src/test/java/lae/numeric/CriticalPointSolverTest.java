package lae.numeric;

import org.junit.jupiter.api.Nested;

/** {@link CriticalPointSolverContract} for every step option and both inner solves. */
class CriticalPointSolverTest {

    @Nested
    class DampedCholesky extends CriticalPointSolverContract {
        @Override
        CriticalPointSolver.Options options() {
            return CriticalPointSolver.Options.defaults();
        }
    }

    @Nested
    class DampedEigen extends CriticalPointSolverContract {
        @Override
        CriticalPointSolver.Options options() {
            return CriticalPointSolver.Options.defaults().withEigenSteps();
        }
    }

    @Nested
    class GeodesicCholesky extends CriticalPointSolverContract {
        @Override
        CriticalPointSolver.Options options() {
            return CriticalPointSolver.Options.defaults().withStep(CriticalPointSolver.Step.GEODESIC_ACCELERATION);
        }
    }

    @Nested
    class GeodesicEigen extends CriticalPointSolverContract {
        @Override
        CriticalPointSolver.Options options() {
            return CriticalPointSolver.Options.defaults().withEigenSteps().withStep(CriticalPointSolver.Step.GEODESIC_ACCELERATION);
        }
    }
}
