package lae.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hipparchus.fraction.BigFraction;

/**
 * The exact instances of a {@link FreeAlgebra}: its sizes drawn, its matrices and scalars given random
 * rationals, the symbols it says how to evaluate (adj, det or an expression) computed from them; and whether
 * a value vanishes at one. Reads the algebra's sizes and evaluations as its declarations fill them.
 */
final class ExactInstances {
    private final String name;
    private final FreeSignature sig;
    private final List<String> named;
    private final List<FreeAlgebra.Evaluation> evaluations;

    /**
     * @param name        the algebra's name (it seeds the draws)
     * @param named       the algebra's symbolic sizes (read at each draw)
     * @param evaluations how the algebra computes its evaluated symbols (read at each draw)
     */
    ExactInstances(String name, FreeSignature sig, List<String> named, List<FreeAlgebra.Evaluation> evaluations) {
        this.name = name;
        this.sig = sig;
        this.named = named;
        this.evaluations = evaluations;
    }

    /** {@code count} instances: the first with every size 2, the others with sizes 1..3 (seeded by the algebra's name and {@code salt}). */
    List<FreeInstance> draw(int count, int salt) {
        Random rnd = new Random(name.hashCode() * 31L + salt * 1_000_003L + 20240601L);
        List<FreeInstance> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Integer> sizes = new LinkedHashMap<>();
            for (String d : named) {
                sizes.put(d, i == 0 ? 2 : 1 + rnd.nextInt(3));
            }
            FreeInstance x = FreeInstance.random(sig, sizes, rnd);
            for (FreeAlgebra.Evaluation e : evaluations) {
                switch (e.kind()) {
                    case "adj" -> x.setMatrix(sig.matrixIndex(e.name()), RationalMatrices.adjugate(x.evaluate(e.of().matrix())));
                    case "det" -> x.setScalar(e.name(), RationalMatrices.det(x.evaluate(e.of().matrix())));
                    default -> {
                        if (e.of().kind() == FreeValue.Kind.MATRIX) {
                            x.setMatrix(sig.matrixIndex(e.name()), x.evaluate(e.of().matrix()));
                        } else {
                            x.setScalar(e.name(), x.evaluate(e.of().scalar()));
                        }
                    }
                }
            }
            out.add(x);
        }
        return out;
    }

    /** Whether {@code value} is zero at the instance {@code x}. */
    boolean vanishes(FreeValue value, FreeInstance x) {
        return switch (value.kind()) {
            case MATRIX -> RationalMatrices.isZero(x.evaluate(value.matrix()));
            case TRACE -> x.evaluate(value.trace()).equals(BigFraction.ZERO);
            default -> x.evaluate(value.scalar()).equals(BigFraction.ZERO);
        };
    }

    /** How the evaluated symbols are computed ("J = adj(...), d = det(...)"), or "random values" when none is. */
    String evaluationsText() {
        List<String> s = new ArrayList<>();
        for (FreeAlgebra.Evaluation e : evaluations) {
            s.add(e.name() + " = " + (e.kind().equals("expr") ? "its expression" : e.kind() + "(...)"));
        }
        return s.isEmpty() ? "random values" : String.join(", ", s);
    }
}
