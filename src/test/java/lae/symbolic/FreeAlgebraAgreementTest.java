package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matheclipse.core.eval.ExprEvaluator;
import org.matheclipse.core.interfaces.IExpr;

import lae.core.Strength;
import lae.core.Verdict;
import lae.symbolic.ProofRunner.ScriptResult;

/**
 * The free-algebra checker and the fixed-size Symja check agree on the identities of the Transpose Theorem (C9) at
 * (m, k) = (2, 1), (3, 1), (2, 2):
 * <ul>
 *   <li>the same identities, parsed once and instantiated by Symja with free entries (W1, W2, G1, G2 free, C and X
 *       diagonal with free entries, adj(H) and det(H) written out), expand to 0 at every such size exactly when the free
 *       algebra's normal form is 0, and false variants fail in both;</li>
 *   <li>in {@code proofs/transpose_proof.m}, the hand-written fixed-size Symja lemmas and the free-algebra steps give the
 *       same verdict for each of the steps (1)-(5), at each size ({@link #scriptsFixedSizeLemmasAgreeWithItsFreeAlgebraSteps},
 *       called by {@link ProofScriptsTest}, which runs the script).</li>
 * </ul>
 */
class FreeAlgebraAgreementTest {
    static final int[][] SIZES = {{2, 1}, {3, 1}, {2, 2}};
    static ExprEvaluator ev;

    @BeforeAll
    static void evaluator() {
        new ProofSession("agreement", 1).close(); // Symja's logging set up as for the scripts
        ev = new ExprEvaluator(false, (short) 100);
    }

    /** {algebra, lhs, rhs, substitutions, true identity?}. */
    static final String[][] IDENTITIES = {
        {"c9", "g2", "W2 H - C W1'", "", "true"},
        {"c9", "d H g1", "-Phi K + R", "", "true"},
        {"c9", "Phi", "-H A - g2'", "", "true"},
        {"c9", "H A K", "d H g1 - R - g2' K", "", "true"},
        {"c9", "H A K", "E", "G1 -> g1, G2 -> g2", "true"},
        {"c9", "E", "0", "G1 -> 0, G2 -> 0", "true"},
        {"c9x", "H - lam I", "Z Z'", "", "true"},
        {"c9x", "K - lam d I", "X N X'", "", "true"},
        {"c9x", "N (lam I + Z' Z)", "lam d I", "", "true"},
        {"c9", "g2", "W2 H + C W1'", "", "false"},
        {"c9", "Phi", "-H A + g2'", "", "false"},
        {"c9x", "N (lam I + Z' Z)", "d I", "", "false"},
    };

    @Test
    void theFreeAlgebraAndSymjaAtFixedSizesAgree() {
        Map<String, FreeAlgebra> algebras = Map.of("c9", FreeAlgebra.parse("c9", FreeAlgebraTest.C9),
                "c9x", FreeAlgebra.parse("c9x", FreeAlgebraTest.C9X));
        for (String[] id : IDENTITIES) {
            FreeAlgebra a = algebras.get(id[0]);
            Verdict free = a.identity(id[1], id[2], id[3]).verdict();
            FreeValue diff = a.difference(id[1], id[2], id[3]);
            List<Boolean> zeroAt = new ArrayList<>();
            for (int[] mk : SIZES) {
                zeroAt.add(symjaVanishes(a, diff.matrix(), mk[0], mk[1]));
            }
            String what = id[0] + ": " + id[1] + " = " + id[2] + (id[3].isEmpty() ? "" : " with " + id[3]);
            boolean expectTrue = id[4].equals("true");
            assertThat(free).as(what).isEqualTo(expectTrue ? Verdict.HOLDS : Verdict.FAILS);
            assertThat(zeroAt).as(what + " at (m, k) = (2, 1), (3, 1), (2, 2)").containsOnly(expectTrue);
        }
    }

    /** Instantiates the difference with Symja at (m, k) (n = m) with free entries and expands it. */
    static boolean symjaVanishes(FreeAlgebra a, FreeElement diff, int m, int k) {
        FreeSignature sig = a.signature();
        Map<String, Integer> size = Map.of("m", m, "k", k, "n", m, FreeSignature.UNIT, 1);
        Map<String, String> mat = new LinkedHashMap<>();
        mat.put("W1", table("fa", k, m));
        mat.put("W2", table("fb", m, k));
        mat.put("G1", table("fu", k, m));
        mat.put("G2", table("fv", m, k));
        mat.put("C", "DiagonalMatrix(Table(Symbol(\"fc\" <> ToString(i)), {i, 1, " + m + "}))");
        mat.put("X", "DiagonalMatrix(Table(Symbol(\"fx\" <> ToString(i)), {i, 1, " + m + "}))");
        StringBuilder setup = new StringBuilder();
        for (var e : mat.entrySet()) {
            setup.append("z").append(e.getKey()).append(" = ").append(e.getValue()).append("; ");
        }
        String c = sig.isMatrix("C") ? "zC" : "zX . Transpose(zX)";
        setup.append("zH = lam*IdentityMatrix(").append(k).append(") + zW1 . ").append(c).append(" . Transpose(zW1); ");
        setup.append(k == 1 ? "zJ = {{1}}; zD = zH[[1, 1]]; " : "zJ = {{zH[[2, 2]], -zH[[1, 2]]}, {-zH[[2, 1]], zH[[1, 1]]}}; zD = Det(zH); ");
        ev.eval(setup.toString());
        StringBuilder expr = new StringBuilder("0");
        for (var t : diff.terms().entrySet()) {
            FreeWord w = t.getKey();
            StringBuilder prod = new StringBuilder();
            if (w.isEmpty()) {
                prod.append("IdentityMatrix(").append(size.get(diff.rows())).append(")");
            }
            for (int i = 0; i < w.length(); i++) {
                int l = w.letter(i);
                String n = "z" + sig.matrix(sig.symbolOf(l)).name();
                prod.append(i == 0 ? "" : " . ").append(sig.transposed(l) ? "Transpose(" + n + ")" : n);
            }
            expr.append(" + (").append(coefficient(t.getValue())).append(")*(").append(prod).append(")");
        }
        IExpr r = ev.eval("Union(Flatten({Expand(" + expr + ")}))");
        return r.toString().equals("{0}");
    }

    static String table(String prefix, int r, int c) {
        return "Table(Symbol(\"" + prefix + "\" <> ToString(i) <> ToString(j)), {i, 1, " + r + "}, {j, 1, " + c + "})";
    }

    static String coefficient(ScalarPolynomial p) {
        StringBuilder sb = new StringBuilder("0");
        for (var t : p.terms().entrySet()) {
            BigFraction c = t.getValue();
            sb.append(" + (").append(c.getNumerator()).append("/").append(c.getDenominator()).append(")");
            for (var v : t.getKey().powers().entrySet()) {
                String name = v.getKey().name().equals("d") ? "zD" : v.getKey().name();
                sb.append("*").append(name).append("^").append(v.getValue());
            }
        }
        return sb.toString();
    }

    /**
     * In {@code proofs/transpose_proof.m} (run by {@link ProofScriptsTest}, which calls this), the hand-written fixed-size
     * Symja lemmas and the free-algebra steps give the same verdict for each of the steps (1)-(5), at each size.
     */
    static void scriptsFixedSizeLemmasAgreeWithItsFreeAlgebraSteps(ScriptResult r) {
        String[] labels = {"(1)", "(2)", "(3)", "(4)", "(5a)", "(5b)", "(5c)"};
        for (String label : labels) {
            List<ProofStep> free = r.steps().stream().filter(s -> s.text().startsWith(label + " ") && s.strength() == Strength.PROVED).toList();
            assertThat(free).as("free-algebra step " + label).isNotEmpty();
            for (int[] mk : SIZES) {
                String tag = "m=" + mk[0] + ", k=" + mk[1] + ": " + label + " ";
                List<ProofStep> fixed = r.steps().stream().filter(s -> s.text().startsWith(tag)).toList();
                assertThat(fixed).as("fixed-size step " + tag).hasSize(1);
                ProofStep f = fixed.get(0);
                assertThat(f.strength()).isEqualTo(Strength.CERTIFIED);
                assertThat(f.scope()).startsWith("m = " + mk[0] + ", k = " + mk[1]);
                for (ProofStep p : free) {
                    assertThat(f.verdict()).as(tag + " agrees with " + p.text()).isEqualTo(p.verdict());
                }
            }
        }
        assertThat(r.claims()).singleElement().satisfies(c -> assertThat(c.verdictWithStrength()).isEqualTo("HOLDS (proved)"));
    }
}
