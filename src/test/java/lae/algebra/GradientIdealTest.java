package lae.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The gradient ideal against the closed form of the paper (independently coded here), the balance identity as a
 * polynomial identity, and the Table-1 points (and the point off the printed image) as exact critical points.
 */
class GradientIdealTest {
    private static final List<BigFraction> C = List.of(new BigFraction(9), new BigFraction(4), BigFraction.ONE);

    /** dW1 = W2^T Gw + 2 Lambda W1, dW2 = Gw W1^T + 2 W2 Lambda, Gw = 2 (W (C + lambda_pi) - C): the closed form. */
    private static List<BigFraction> closedForm(LossMember loss, BigFraction[][] w1, BigFraction[][] w2) {
        int k = w1.length;
        int m = w1[0].length;
        BigFraction[][] gw = new BigFraction[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                BigFraction wij = BigFraction.ZERO;
                for (int r = 0; r < k; r++) {
                    wij = wij.add(w2[i][r].multiply(w1[r][j]));
                }
                BigFraction cj = C.get(j);
                gw[i][j] = wij.multiply(cj.add(loss.lambdaPi())).subtract(i == j ? cj : BigFraction.ZERO).multiply(2);
            }
        }
        List<BigFraction> g = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            for (int j = 0; j < m; j++) {
                BigFraction s = w1[r][j].multiply(loss.sumWeights().get(r)).multiply(2);
                for (int i = 0; i < m; i++) {
                    s = s.add(w2[i][r].multiply(gw[i][j]));
                }
                g.add(s);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int r = 0; r < k; r++) {
                BigFraction s = w2[i][r].multiply(loss.sumWeights().get(r)).multiply(2);
                for (int j = 0; j < m; j++) {
                    s = s.add(gw[i][j].multiply(w1[r][j]));
                }
                g.add(s);
            }
        }
        return g;
    }

    @Test
    void gradientIsThePapersClosedFormAtRationalPoints() {
        Random rnd = new Random(5);
        for (String name : List.of("L", "L_pi", "L_sigma", "L_synthetic(1/20)", "L_nonuniform(1, 3)")) {
            LossMember loss = LossMember.parse(name, new BigFraction(3), 2);
            GradientIdeal g = GradientIdeal.of(loss, C, 2);
            for (int trial = 0; trial < 3; trial++) {
                BigFraction[][] w1 = new BigFraction[2][3];
                BigFraction[][] w2 = new BigFraction[3][2];
                List<BigFraction> point = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    for (int i = 0; i < 3; i++) {
                        w1[r][i] = new BigFraction(rnd.nextInt(11) - 5, 1 + rnd.nextInt(4));
                        point.add(w1[r][i]);
                    }
                }
                for (int i = 0; i < 3; i++) {
                    for (int r = 0; r < 2; r++) {
                        w2[i][r] = new BigFraction(rnd.nextInt(11) - 5, 1 + rnd.nextInt(4));
                        point.add(w2[i][r]);
                    }
                }
                List<BigFraction> expected = closedForm(loss, w1, w2);
                for (int v = 0; v < expected.size(); v++) {
                    assertThat(g.gradient().get(v).evaluate(point)).as("%s, d/d%s", name, g.names().get(v)).isEqualTo(expected.get(v));
                }
            }
        }
    }

    @Test
    void theBalanceIdentityHoldsAsPolynomials() {
        for (String name : List.of("L_sigma", "L_synthetic(1/200)")) {
            LossMember loss = LossMember.parse(name, new BigFraction(3), 2);
            GradientIdeal g = GradientIdeal.of(loss, C, 2);
            // (df/dW1) W1^T - W2^T (df/dW2) = 2 lambda_sigma (W1 W1^T - W2^T W2), entry (r, q)
            int n = g.names().size();
            for (int r = 0; r < 2; r++) {
                for (int q = 0; q < 2; q++) {
                    Polynomial lhs = Polynomial.zero(n);
                    Polynomial rhs = Polynomial.zero(n);
                    for (int i = 0; i < 3; i++) {
                        lhs = lhs.plus(g.gradient().get(r * 3 + i).times(g.w1()[q][i]));
                        lhs = lhs.minus(g.w2()[i][r].times(g.gradient().get(6 + i * 2 + q)));
                        rhs = rhs.plus(g.w1()[r][i].times(g.w1()[q][i])).minus(g.w2()[i][r].times(g.w2()[i][q]));
                    }
                    assertThat(lhs).isEqualTo(rhs.scale(loss.uniformSumWeight().multiply(2)));
                }
            }
            assertThat(g.balance()).hasSize(3);
        }
        assertThat(GradientIdeal.of(LossMember.parse("L_pi", new BigFraction(3), 2), C, 2).balance()).isEmpty();
    }

    @Test
    void tableOnePointsAreCriticalAndTheOffPrintedPointToo() {
        for (String name : List.of("L", "L_pi", "L_sigma", "L_synthetic(1/2)")) {
            LossMember loss = LossMember.parse(name, new BigFraction(3), 2);
            GradientIdeal g = GradientIdeal.of(loss, C, 2);
            for (List<Integer> set : TableOneFamily.predictedIndexSets(loss, C, 2)) {
                RadicalPoint p = TableOnePoint.of(g, set);
                assertThat(g.gradient()).as("%s, I = %s", name, set).allMatch(p::vanishes);
                assertThat(TableOneFamily.equations(g, set)).as("%s, I = %s: on its family", name, set).allMatch(p::vanishes);
            }
        }
        GradientIdeal l = GradientIdeal.of(LossMember.parse("L_pi", new BigFraction(3), 2), C, 2);
        RadicalPoint off = TableOnePoint.offPrinted(l, List.of(1));
        assertThat(l.gradient()).allMatch(off::vanishes);
        assertThat(TableOneFamily.equations(l, List.of(1))).allMatch(off::vanishes);
        // a point that is not critical is recognised as such
        RadicalPoint notCritical = RadicalPoint.rational(java.util.Collections.nCopies(12, BigFraction.ONE));
        assertThat(l.gradient().stream().allMatch(notCritical::vanishes)).isFalse();
        // L_sigma predicts only I within {1, 2} here (c_3 = 1 < lambda = 3): m0 = 2
        assertThat(TableOneFamily.predictedIndexSets(LossMember.parse("L_sigma", new BigFraction(3), 2), C, 2))
                .containsExactly(List.of(), List.of(1), List.of(2), List.of(1, 2));
    }
}
