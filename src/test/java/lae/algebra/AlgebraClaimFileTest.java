package lae.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lae.core.InputException;

/** Claim files read exactly, and bad input refused in one line naming the field. */
class AlgebraClaimFileTest {
    @TempDir
    Path dir;

    private Path file(String body) throws IOException {
        Path p = dir.resolve("x.toml");
        Files.writeString(p, body);
        return p;
    }

    private static final String DATA = "[data]\nm = 3\nn = 4\nsingular_values = [3, 2, 1]\n";

    @Test
    void numbersAreReadAsTheDecimalsTheySpell() throws IOException {
        AlgebraClaimFile f = AlgebraClaimFile.load(file(DATA + "[model]\nk = 2\nlambdas = [0.1, \"1/3\"]\nlosses = [\"L_sigma\", \"L_synthetic(1/200)\"]\n"));
        assertThat(f.model.lambdas()).containsExactly(new BigFraction(1, 10), new BigFraction(1, 3));
        assertThat(f.model.losses()).containsExactly("L_sigma", "L_synthetic(1/200)");
        assertThat(f.name).isEqualTo("x");
        AlgebraClaimFile e = AlgebraClaimFile.load(file("[data]\nm = 3\nn = 4\nsingular_values = \"(7 - i)/2\"\n[model]\nk = 1\nlambda = 2.5\nlosses = [\"L\"]\n"
                + "[algebra]\nstrategy = \"complex\"\ntimeout_seconds = 30\n"));
        assertThat(e.data.singularValues()).containsExactly(new BigFraction(3), new BigFraction(5, 2), new BigFraction(2));
        assertThat(e.model.lambdas()).containsExactly(new BigFraction(5, 2));
        assertThat(e.options().timeout().toSeconds()).isEqualTo(30);
        // the claim files shipped for the algebra verb read
        for (String name : List.of("m1-sum-loss", "m3-k1", "m3-k2")) {
            assertThat(AlgebraClaimFile.load(Path.of("checks/algebra", name + ".toml")).name).isEqualTo(name);
        }
    }

    @Test
    void badInputIsOneLineNamingTheField() throws IOException {
        String model = "[model]\nk = 1\nlambda = 1\nlosses = [\"L\"]\n";
        assertRefused(DATA.replace("[3, 2, 1]", "\"Sqrt(i)\"") + model, "data.singular_values", "Sqrt");
        assertRefused(DATA.replace("[3, 2, 1]", "[3, 3, 1]") + model, "data.singular_values", "strictly decreasing");
        assertRefused("[data]\ncsv = \"x.csv\"\n" + model, "data.csv", "exact");
        assertRefused(DATA + model.replace("\"L\"", "\"L_synthetic\""), "model.losses", "L_synthetic(w)");
        assertRefused(DATA + model.replace("\"L\"", "\"L_sigma\"").replace("lambda = 1", "lambda = 0"), "model.lambda", "lambda > 0");
        assertRefused(DATA + model.replace("lambda = 1", "lambda = -1"), "model.lambda", ">= 0");
        assertRefused(DATA + model.replace("k = 1", "k = 4"), "model.k", "[1, 3]");
        assertRefused(DATA + model + "[algebra]\nstrategy = \"real-slice\"\n", "algebra.strategy", "L_sigma");
        assertRefused(DATA + model + "[algebra]\nstrategy = \"fast\"\n", "algebra.strategy", "auto");
        assertRefused(DATA + model + "[other]\n", "unknown field 'other'", "allowed");
    }

    private void assertRefused(String body, String field, String hint) throws IOException {
        Path p = file(body);
        assertThatThrownBy(() -> AlgebraClaimFile.load(p)).isInstanceOf(InputException.class)
                .hasMessageContaining(field).hasMessageContaining(hint).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
