package lae.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The algebraic and the numeric engine agree (with Singular; skipped without it): every point Newton finds lies on
 * exactly one component, and that component has real points; and every real point of every zero-dimensional component
 * is found by Newton from some start (counted exactly by the algebra).
 *
 * <p>Tolerances: a Newton point has ||grad f|| &lt;= 1e-11 (1 + ||C||_F), so it is within about 1e-9 of the variety;
 * its relative residual on its component ({@link NewtonCrossCheck#residual}) is then below 1e-6, while on any other
 * component (real components are disjoint; the others have no real point) it is of order 1: "on" means &lt;= 1e-6,
 * "off" means &gt; 1e-3, and a residual in between fails the test (undecided). Two Newton points are the same point when
 * they differ by at most 1e-6 in every coordinate.
 */
class EnginesAgreeTest {
    @BeforeAll
    static void singularIsPresent() {
        org.junit.jupiter.api.Assumptions.assumeTrue(SingularProcess.available(), "Singular is not installed (" + SingularProcess.INSTALL + ")");
    }

    @Test
    void newtonPointsLieOnRealComponentsAndFindEveryIsolatedRealPoint() {
        for (String name : List.of("m3-k1-sum", "m3-k2-product", "m3-k2-synthetic")) {
            RecordedSingular.Config c = RecordedSingular.CONFIGS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            LossLandscape l = RecordedSingular.landscape(c);
            List<NewtonCrossCheck.Point> points = NewtonCrossCheck.points(l, 12, 11);
            assertThat(points).as(name + ": Newton converged").hasSizeGreaterThan(10);
            List<List<double[]>> found = new ArrayList<>();
            l.components().forEach(x -> found.add(new ArrayList<>()));
            for (NewtonCrossCheck.Point p : points) {
                List<Integer> on = new ArrayList<>();
                for (int i = 0; i < l.components().size(); i++) {
                    Component comp = l.components().get(i);
                    if (p.piece() != null && !p.piece().equals(comp.piece())) {
                        continue;
                    }
                    double r = NewtonCrossCheck.residual(comp, p.x());
                    assertThat(r <= 1e-6 || r > 1e-3).as("%s: residual %s on component %d is undecided", name, r, i).isTrue();
                    if (r <= 1e-6) {
                        on.add(i);
                    }
                }
                assertThat(on).as("%s: a Newton point (%s) lies on exactly one component", name, p.piece()).hasSize(1);
                Component comp = l.components().get(on.get(0));
                assertThat(comp.real()).as("%s: the component of a Newton point has real points", name).isTrue();
                addDistinct(found.get(on.get(0)), p.x());
                if (p.piece() != null) {
                    // the sign changes of latent units keep the echelon shape: they are points of the same slice
                    for (double[] flipped : signFlips(l, p)) {
                        if (NewtonCrossCheck.residual(comp, flipped) <= 1e-6) {
                            addDistinct(found.get(on.get(0)), flipped);
                        }
                    }
                }
            }
            for (int i = 0; i < l.components().size(); i++) {
                Component comp = l.components().get(i);
                if (comp.dimension() == 0 && comp.real()) {
                    assertThat(found.get(i)).as("%s: component %d (%s, I = %s) has %d real points, all found by Newton", name, i, comp.piece(),
                            comp.indexSetText(), comp.realPoints().count()).hasSize(comp.realPoints().count());
                }
            }
        }
    }

    private static void addDistinct(List<double[]> list, double[] x) {
        for (double[] y : list) {
            double d = 0;
            for (int i = 0; i < x.length; i++) {
                d = Math.max(d, Math.abs(x[i] - y[i]));
            }
            if (d <= 1e-6) {
                return;
            }
        }
        list.add(x.clone());
    }

    /** Every choice of signs of the rho latent units of a slice point (z and the parameters change sign accordingly). */
    private static List<double[]> signFlips(LossLandscape l, NewtonCrossCheck.Point p) {
        int m = l.data().m();
        int aux = 1 + m;
        int rho = (p.x().length - aux) / (2 * m);
        List<double[]> out = new ArrayList<>();
        for (int mask = 1; mask < (1 << rho); mask++) {
            double[] y = p.x().clone();
            for (int r = 0; r < rho; r++) {
                if ((mask >> r & 1) == 1) {
                    y[0] = -y[0];
                    for (int i = 0; i < m; i++) {
                        y[aux + r * m + i] = -y[aux + r * m + i];
                        y[aux + rho * m + i * rho + r] = -y[aux + rho * m + i * rho + r];
                    }
                }
            }
            out.add(y);
        }
        return out;
    }
}
