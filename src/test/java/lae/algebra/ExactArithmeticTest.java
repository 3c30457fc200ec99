package lae.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Exact expressions, loss names, polynomials in Singular's syntax and order: no Singular needed. */
class ExactArithmeticTest {
    private static final List<String> XY = List.of("x", "y", "z");

    @Test
    void decimalsAreTheDecimalsTheySpellAndExpressionsAreExact() {
        assertThat(ExactExpression.literal("0.1")).isEqualTo(new BigFraction(1, 10));
        assertThat(ExactExpression.literal("-2.5e-3")).isEqualTo(new BigFraction(-1, 400));
        assertThat(ExactExpression.literal("1/200")).isEqualTo(new BigFraction(1, 200));
        assertThat(ExactExpression.evaluate("(21 - i)/5", Map.of("i", new BigFraction(3)))).isEqualTo(new BigFraction(18, 5));
        assertThat(ExactExpression.evaluate("2^-2 + (1/3)^2", Map.of())).isEqualTo(new BigFraction(13, 36));
        assertThatThrownBy(() -> ExactExpression.evaluate("Sqrt(i)", Map.of("i", BigFraction.ONE))).hasMessageContaining("Sqrt");
        assertThatThrownBy(() -> ExactExpression.literal("Pi")).hasMessageContaining("Pi");
        assertThatThrownBy(() -> ExactExpression.literal("2^(1/2)")).hasMessageContaining("not a small integer");
        assertThatThrownBy(() -> ExactExpression.literal("1/(2 - 2)")).hasMessageContaining("division by zero");
        assertThatThrownBy(() -> ExactExpression.literal("1 +")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lossNamesParseToTheirWeights() {
        BigFraction lambda = new BigFraction(3);
        LossMember s = LossMember.parse("L_synthetic(1/200)", lambda, 2);
        assertThat(s.name()).isEqualTo("L_synthetic(1/200)");
        assertThat(s.lambdaPi()).isEqualTo(new BigFraction(597, 200));
        assertThat(s.sumWeights()).containsExactly(new BigFraction(3, 200), new BigFraction(3, 200));
        assertThat(s.balancedAtCriticalPoints()).isTrue();
        assertThat(LossMember.parse("L_synthetic(0.5)", lambda, 1).name()).isEqualTo("L_synthetic(1/2)");
        LossMember n = LossMember.parse("L_nonuniform(1, 2)", lambda, 2);
        assertThat(n.sumWeights()).containsExactly(new BigFraction(3), new BigFraction(6));
        assertThat(n.uniformSumWeight()).isNull();
        assertThat(n.balancedAtCriticalPoints()).isFalse();
        assertThat(LossMember.parse("L_pi", lambda, 1).lambdaPi()).isEqualTo(lambda);
        assertThat(LossMember.parse("L", lambda, 1).balancedAtCriticalPoints()).isFalse();
        assertThat(LossMember.parse("L_tied", lambda, 1).tied()).isTrue();
        assertThatThrownBy(() -> LossMember.parse("L_synthetic(3/2)", lambda, 1)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> LossMember.parse("L_nonuniform(1)", lambda, 2)).hasMessageContaining("k = 2");
        assertThatThrownBy(() -> LossMember.parse("synthetic", lambda, 1)).hasMessageContaining("unknown loss");
        assertThatThrownBy(() -> LossMember.parse("L_synthetic(Sqrt(2)/2)", lambda, 1)).hasMessageContaining("exact rational");
    }

    @Test
    void polynomialsRoundTripThroughSingularSyntax() {
        PolynomialParser parser = new PolynomialParser(XY);
        Polynomial p = parser.parse("2*x^2*y-4/9*z+1");
        assertThat(p.toSingular(XY)).isEqualTo("2*x^2*y-4/9*z+1");
        assertThat(parser.parse("-x*y+x*y")).isEqualTo(Polynomial.zero(3));
        assertThat(parser.parse("0").isZero()).isTrue();
        Polynomial x = Polynomial.variable(3, 0);
        Polynomial y = Polynomial.variable(3, 1);
        assertThat(x.plus(y).pow(2)).isEqualTo(parser.parse("x^2+2*x*y+y^2"));
        assertThat(p.derivative(0)).isEqualTo(parser.parse("4*x*y"));
        assertThat(p.evaluate(List.of(new BigFraction(1), new BigFraction(3), new BigFraction(9)))).isEqualTo(new BigFraction(3));
        assertThat(p.substitute(List.of(y, x, Polynomial.constant(3, 0)))).isEqualTo(parser.parse("2*y^2*x+1"));
        assertThatThrownBy(() -> parser.parse("2*w+1")).isInstanceOf(SingularException.class).hasMessageContaining("'w'");
        assertThatThrownBy(() -> parser.parse("x2+1")).isInstanceOf(SingularException.class);
        assertThatThrownBy(() -> parser.parse("1.5*x")).isInstanceOf(SingularException.class);
    }

    @Test
    void theOrderIsSingularsDp() {
        PolynomialParser parser = new PolynomialParser(XY);
        // degree first, then reverse lexicographic: x*z < y^2 because z, the last variable, occurs in x*z
        Polynomial p = parser.parse("x*z+y^2+x^2+z^3");
        assertThat(p.toSingular(XY)).isEqualTo("z^3+x^2+y^2+x*z");
        assertThat(p.leadingMonomial()).isEqualTo(Monomial.of(0, 0, 3));
    }
}
