package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a claim-file formula may be, and how it fails to have a value (issue 13). */
class SymjaFormulaTest {

    @Test
    void thePrintedFormulasParseAndEvaluateExactly() {
        Map<String, Double> b = Map.of("m", 20.0, "n", 30.0, "k", 8.0, "l", 3.0, "dI", 4.0, "m0", 5.0, "lambda", 10.0, "s", 4.0);
        assertThat(SymjaFormula.parse("dI + (k - l)*(m - l)").evaluate(b)).isEqualTo(89.0);
        assertThat(SymjaFormula.parse("k*l - l*(l+1)/2").evaluate(b)).isEqualTo(18.0);
        assertThat(SymjaFormula.parse("Sqrt(1 - lambda/s^2)").evaluate(b)).isCloseTo(Math.sqrt(1 - 10.0 / 16), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(SymjaFormula.parse("2*-l + Binomial(m, 2) + Max(l, dI) + Floor(l/2)").evaluate(b)).isEqualTo(-6 + 190 + 4 + 1);
        assertThat(SymjaFormula.parse("dI + (k - l)*(m0 - l)").variables()).containsExactly("di", "k", "l", "m0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dI + + 1      | two operators in a row",
        "dI ++ 1       | two operators in a row",
        "a - -b        | two operators in a row",
        "a ; 5         | character ';'",
        "x = 5         | character '='",
        "dI + (k - l   | not a Symja expression",
        "dI + foo(l)   | unknown function 'foo'",
        "Print(l)      | 'Print' is not allowed",
        "l + I         | 'I' is not allowed",
        "l + Pi + D    | 'D' is a Symja built-in",
        "(+l)          | no left operand",
        "l % 2         | character '%'",
        "1.0E-3*l      | scientific notation",
        "dI + 1e-3     | scientific notation",
    })
    void whatIsNotOneArithmeticExpressionIsRefused(String source, String reason) {
        assertThatThrownBy(() -> SymjaFormula.parse(source)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void unknownVariablesAreNamedAgainstTheAllowedOnes() {
        assertThatThrownBy(() -> SymjaFormula.parse("dI + q").requireVariables(List.of("dI", "l")))
                .hasMessageContaining("unknown variable 'q'").hasMessageContaining("dI, l");
        // Symja ignores case in names; so does the check
        assertThat(SymjaFormula.parse("DI + L").requireVariables(List.of("dI", "l")).variables()).containsExactly("di", "l");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1/(l - 1)            | DIVISION_BY_ZERO",
        "(l - 1)/(l - 1)      | INDETERMINATE",
        "Sqrt(1 - lambda/s)   | COMPLEX",
        "Log(l - 1)           | INDETERMINATE",
        "dI + q               | UNKNOWN_VARIABLE",
    })
    void aFormulaWithoutValueSaysWhereAndWhy(String source, SymjaFormula.Problem problem) {
        Map<String, Double> b = new java.util.LinkedHashMap<>();
        b.put("l", 1.0);
        b.put("dI", 0.0);
        b.put("lambda", 3.0);
        b.put("s", 2.0);
        assertThatThrownBy(() -> SymjaFormula.parse(source).evaluate(b)).isInstanceOfSatisfying(SymjaFormula.Undefined.class, u -> {
            assertThat(u.problem).isEqualTo(problem);
            assertThat(u.binding).isEqualTo(b);
            assertThat(u.getMessage()).contains(source).contains("l=1").doesNotContain("\n");
        });
        // and where it has a value it gives it: the problem is at the case, not in the formula
        if (problem != SymjaFormula.Problem.UNKNOWN_VARIABLE && problem != SymjaFormula.Problem.COMPLEX) {
            b.put("l", 3.0);
            assertThat(SymjaFormula.parse(source).evaluate(b)).isFinite();
        }
    }
}
