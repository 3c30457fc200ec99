package lae.algebra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Division, Buchberger's criterion, exact real-root counts and real-point counts of zero-dimensional ideals. */
class ReductionTest {
    private static final List<String> XY = List.of("x", "y");
    private static final PolynomialParser P = new PolynomialParser(XY);

    private static List<Polynomial> polys(String... s) {
        return java.util.Arrays.stream(s).map(P::parse).toList();
    }

    @Test
    void divisionProvesMembershipAndBuchbergerDetectsANonBasis() {
        Reduction gb = new Reduction(polys("x-y", "y^2-2"));
        assertThat(gb.isGroebnerBasis()).isTrue();
        assertThat(gb.reducesToZero(P.parse("x^2-2"))).isTrue();
        assertThat(gb.reducesToZero(P.parse("x*y-2"))).isTrue();
        assertThat(gb.remainder(P.parse("x^2"))).isEqualTo(P.parse("2"));
        // {x^2 - y, x y - 1} is not a Groebner basis for dp: the S-polynomial y^2 - x does not reduce to 0
        Reduction notGb = new Reduction(polys("x^2-y", "x*y-1"));
        assertThat(notGb.isGroebnerBasis()).isFalse();
        assertThat(gb.standardMonomials(100)).hasSize(2);
        assertThat(new Reduction(polys("x*y")).standardMonomials(100)).isNull();
    }

    @Test
    void sturmCountsRealRootsExactly() {
        // (x^2 - 2)(x^2 + 1) = x^4 - x^2 - 2: two real roots
        assertThat(Univariate.ofLongs(-2, 0, -1, 0, 1).realRootCount()).isEqualTo(2);
        assertThat(Univariate.ofLongs(1, 0, 1).realRootCount()).isZero();
        // (x - 1)(x - 2)(x - 3)(x + 5): four, three of them above 0, and from 1 on still three
        Univariate q = Univariate.ofLongs(-1, 1).times(Univariate.ofLongs(-2, 1)).times(Univariate.ofLongs(-3, 1)).times(Univariate.ofLongs(5, 1));
        assertThat(q.realRootCount()).isEqualTo(4);
        assertThat(q.realRootCountAbove(BigFraction.ZERO)).isEqualTo(3);
        assertThat(q.realRootCountFrom(BigFraction.ONE)).isEqualTo(3);
        assertThat(q.realRootCountAbove(BigFraction.ONE)).isEqualTo(2);
        assertThat(q.isSquareFree()).isTrue();
        assertThat(Univariate.ofLongs(1, 2, 1).isSquareFree()).isFalse();
        // 18 s + 67: the root -67/18 is negative (the sum-of-squares certificates of docs/algebra.md)
        assertThat(Univariate.ofLongs(67, 18).realRootCountFrom(BigFraction.ZERO)).isZero();
        // a root count that Sturm must get right with large rational coefficients: (x - 1/3)(x - 7/5)(x^2 + 1/7)
        Univariate r = Univariate.of(new BigFraction(-1, 3), BigFraction.ONE).times(Univariate.of(new BigFraction(-7, 5), BigFraction.ONE))
                .times(Univariate.of(new BigFraction(1, 7), BigFraction.ZERO, BigFraction.ONE));
        assertThat(r.realRootCount()).isEqualTo(2);
        assertThat(r.realRootCountAbove(new BigFraction(1, 2))).isEqualTo(1);
    }

    @Test
    void zeroDimensionalIdealsHaveExactRealCounts() {
        ZeroDimensionalCount two = ZeroDimensionalCount.of(new Reduction(polys("x-y", "y^2-2")), false);
        assertThat(two.standardMonomials()).isEqualTo(2);
        assertThat(two.realPoints()).isEqualTo(2);
        ZeroDimensionalCount none = ZeroDimensionalCount.of(new Reduction(polys("x", "y^2+1")), false);
        assertThat(none.realPoints()).isZero();
        // four points (+-sqrt 2, +-sqrt 3): no coordinate separates them, a combination does
        ZeroDimensionalCount four = ZeroDimensionalCount.of(new Reduction(polys("y^2-3", "x^2-2")), false);
        assertThat(four.standardMonomials()).isEqualTo(4);
        assertThat(four.realPoints()).isEqualTo(4);
        // x^2 + y^2 = -1 has 4 complex points (with x y = 0 ... here x^2 = -1 - y^2, y^2 = 2): none real
        ZeroDimensionalCount mixed = ZeroDimensionalCount.of(new Reduction(polys("y^2-2", "x^2+3")), false);
        assertThat(mixed.realPoints()).isZero();
        // a non-radical ideal (a double point) has no square-free separating form: no count
        assertThat(ZeroDimensionalCount.of(new Reduction(polys("x", "y^2")), false)).isNull();
        // not a Groebner basis: no count
        assertThat(ZeroDimensionalCount.of(new Reduction(polys("x^2-y", "x*y-1")), false)).isNull();
    }

    @Test
    void radicalPointsVanishExactly() {
        // (sqrt 2, sqrt 2 / 2) on x y = 1 and x^2 = 2
        RadicalPoint p = new RadicalPoint(List.of(Polynomial.variable(1, 0), Polynomial.variable(1, 0).scale(new BigFraction(1, 2))), List.of(new BigFraction(2)));
        assertThat(p.vanishes(P.parse("x*y-1"))).isTrue();
        assertThat(p.vanishes(P.parse("x^2-2"))).isTrue();
        assertThat(p.vanishes(P.parse("x-y"))).isFalse();
        assertThat(TableOnePoint.SquareRoot.of(new BigFraction(1, 4)).primes()).isEmpty();
        assertThat(TableOnePoint.SquareRoot.of(new BigFraction(2, 3)).primes()).containsExactly(java.math.BigInteger.TWO, java.math.BigInteger.valueOf(3));
        assertThat(TableOnePoint.SquareRoot.of(new BigFraction(2, 3)).factor()).isEqualTo(new BigFraction(1, 3));
    }
}
