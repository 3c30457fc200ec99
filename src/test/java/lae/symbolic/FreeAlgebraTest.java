package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import lae.core.Verdict;

/**
 * The size-independent checker: C9's identities hold (normal form 0), false identities fail with their normal form
 * and an exact counterexample, shapes are checked, false relations and non-confluent systems are refused, 1 x 1
 * matrices are central only at the literal size 1, traces and gradients.
 */
class FreeAlgebraTest {
    /** C9's algebra as transpose_proof.m declares it. */
    static final String C9 = "dims m, k; matrix W1: k x m, W2: m x k, C: m x m symmetric, J: k x k symmetric, G1: k x m, G2: m x k;"
            + "scalar lam, d; let H = lam I + W1 C W1'; relation H J = d I; relation J H = d I; evaluate J = adj(H); evaluate d = det(H);"
            + "let W = W2 W1; let g1 = W2' (W C - C) + lam W1; let g2 = (W C - C) W1' + lam W2; let A = W1 - W2';"
            + "let Phi = W1 C - H W1; let K = d (C + lam I) - C W1' J W1 C; let R = (W1 C g2 + g2' C W1' + g2' g2) J W1 C - d g2' C;"
            + "let E = d H G1 - (W1 C G2 + G2' C W1' + G2' G2) J W1 C + d G2' C - G2' K";
    static final String C9X = "dims m, k, n; matrix W1: k x m, X: m x n, J: k x k symmetric; scalar lam, d;"
            + "let C = X X'; let H = lam I + W1 C W1'; relation H J = d I; evaluate J = adj(H); evaluate d = det(H);"
            + "let Z = W1 X; let K = d (C + lam I) - C W1' J W1 C; let N = d I - Z' J Z";

    @Test
    void theIdentitiesOfTheTransposeTheoremHoldForEverySize() {
        FreeAlgebra a = FreeAlgebra.parse("c9", C9);
        assertThat(a.rewriting().confluent()).isTrue();
        assertThat(a.rewriting().rules()).hasSize(2);
        String[][] ids = {
            {"g2", "W2 H - C W1'", ""},
            {"d H g1", "-Phi K + R", ""},
            {"Phi", "-H A - g2'", ""},
            {"H A K", "d H g1 - R - g2' K", ""},
            {"H A K", "E", "G1 -> g1, G2 -> g2"},
            {"E", "0", "G1 -> 0, G2 -> 0"},
        };
        for (String[] id : ids) {
            FreeAlgebra.Check c = a.identity(id[0], id[1], id[2]);
            assertThat(c.verdict()).as(id[0] + " = " + id[1]).isEqualTo(Verdict.HOLDS);
            assertThat(c.normalForm()).isEqualTo("0");
            assertThat(c.reason()).contains("every size m, k").contains("cross-check: exactly 0");
        }
        FreeAlgebra x = FreeAlgebra.parse("c9x", C9X);
        assertThat(x.identity("H - lam I", "Z Z'", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(x.identity("K - lam d I", "X N X'", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(x.identity("N (lam I + Z' Z)", "lam d I", "").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void aFalseIdentityFailsWithItsNormalFormAndAnExactCounterexample() {
        FreeAlgebra a = FreeAlgebra.parse("c9", C9);
        // R's sign flipped in step (4)
        FreeAlgebra.Check c = a.identity("H A K", "d H g1 + R - g2' K", "");
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.normalForm()).isNotEqualTo("0").contains("W1 C C W1' J W1 C");
        assertThat(c.reason()).contains("the normal form of lhs - rhs is " + c.normalForm());
        assertThat(c.counterexample()).contains("m = ").contains("W1 = {{");
        // without the relation the step-(1)-like identity H J = d I is not a consequence of nothing: in a fresh algebra it fails
        FreeAlgebra free = FreeAlgebra.parse("free", "dims m, k; matrix W1: k x m, C: m x m symmetric, J: k x k symmetric; scalar lam, d;"
                + "let H = lam I + W1 C W1'");
        FreeAlgebra.Check f = free.identity("H J", "d I", "");
        assertThat(f.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.normalForm()).isEqualTo("W1 C W1' J + lam J - d I");
    }

    @Test
    void shapesAreChecked() {
        FreeAlgebra a = FreeAlgebra.parse("c9", C9);
        assertThatThrownBy(() -> a.identity("W1 C", "C W1'", "")).hasMessageContaining("shape mismatch")
                .hasMessageContaining("k x m").hasMessageContaining("m x k");
        assertThatThrownBy(() -> a.identity("W1 W1", "0", "")).hasMessageContaining("shape mismatch: cannot multiply a k x m matrix by a k x m matrix");
        assertThatThrownBy(() -> a.identity("lam + W1 C W1'", "H", "")).hasMessageContaining("lam I");
        assertThatThrownBy(() -> a.identity("W1 + W2", "0", "")).hasMessageContaining("cannot add a k x m matrix and a m x k matrix");
        assertThatThrownBy(() -> a.identity("w1", "W1", "")).hasMessageContaining("unknown name 'w1'");
        assertThatThrownBy(() -> a.identity("W1 + I", "W1", "")).hasMessageContaining("not square");
        assertThatThrownBy(() -> a.identity("H A K", "E", "G1 -> g2")).hasMessageContaining("cannot substitute a m x k matrix for G1");
        assertThatThrownBy(() -> FreeAlgebra.parse("bad", "dims m; matrix W: k x m")).hasMessageContaining("size k is not declared");
        assertThatThrownBy(() -> FreeAlgebra.parse("bad", "matrix W: k x m symmetric")).hasMessageContaining("only a square matrix can be symmetric");
    }

    @Test
    void aFalseRelationOrAFalseSymmetryIsRefused() {
        assertThatThrownBy(() -> FreeAlgebra.parse("bad", "dims m, k; matrix W1: k x m, C: m x m symmetric, J: k x k symmetric; scalar lam, d;"
                + "let H = lam I + W1 C W1'; relation H J = I; evaluate J = adj(H); evaluate d = det(H)"))
                .hasMessageContaining("the relation H J = I is false at the exact instance");
        assertThatThrownBy(() -> FreeAlgebra.parse("bad", "dims k; matrix M: k x k, J: k x k symmetric; evaluate J = adj(M)"))
                .hasMessageContaining("J is declared symmetric, but its value adj(...) is not symmetric");
        assertThatThrownBy(() -> FreeAlgebra.parse("bad", "dims m, k; matrix W1: k x m, C: m x m; scalar lam; relation lam W1 C = W1"))
                .hasMessageContaining("cannot be oriented").hasMessageContaining("lam");
    }

    @Test
    void oneByOneMatricesCommuteOnlyAtTheLiteralSizeOne() {
        String decl = "matrix U: k x k, V: k x k, a: m x k, b: m x k";
        FreeAlgebra symbolic = FreeAlgebra.parse("kk", "dims m, k; " + decl);
        FreeAlgebra.Check c = symbolic.identity("U V", "V U", "");
        assertThat(c.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(c.counterexample()).contains("k = 2");
        FreeAlgebra one = FreeAlgebra.parse("k1", "dims m, k = 1; " + decl);
        assertThat(one.identity("U V", "V U", "").verdict()).isEqualTo(Verdict.HOLDS);
        // a^T b is a number: it commutes with b and equals b^T a
        assertThat(one.identity("b (a' b)", "(b' a) b", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(one.identity("a a' b", "a b' a", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(one.identity("a a' b", "b a' a", "").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(one.coverage().text()).isEqualTo("every size m with k = 1");
        assertThat(one.coverage().pinned()).containsExactly("k = 1");
    }

    @Test
    void tracesAreNormalisedModuloRotationAndTranspose() {
        FreeAlgebra a = FreeAlgebra.parse("tr", "dims m, k; matrix A: m x k, B: k x m, S: m x m symmetric, T: m x m");
        assertThat(a.identity("tr(A B)", "tr(B A)", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(a.identity("tr(A B S)", "tr(S' B' A')", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(a.identity("tr(T S)", "tr(S T')", "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(a.identity("tr(A B S T)", "tr(A B T S)", "").verdict()).isEqualTo(Verdict.FAILS);
        // a typo that makes the identity meaningless is refused: B A is k x k, T is m x m
        assertThatThrownBy(() -> a.identity("tr(A B T)", "tr(B A T)", "")).hasMessageContaining("shape mismatch");
        assertThatThrownBy(() -> a.identity("tr(A)", "0", "")).hasMessageContaining("not square");
    }

    @Test
    void gradientsOfTheLossesForEverySize() {
        FreeAlgebra g = FreeAlgebra.parse("loss", "dims m, k, n; matrix W1: k x m, W2: m x k, X: m x n; scalar lam, ls, lp;"
                + "let C = X X'; let W = W2 W1; let Ls = tr((X - W X)' (X - W X)) + lam tr(W1' W1) + lam tr(W2' W2);"
                + "let Lt = tr((X - W X)' (X - W X)) + lp tr(W' W) + ls tr(W1' W1) + ls tr(W2' W2)");
        assertThat(g.gradient("Ls", "W1", "2 (W2' (W C - C) + lam W1)").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(g.gradient("Ls", "W2", "2 ((W C - C) W1' + lam W2)").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(g.gradient("Lt", "W1", "2 (W2' (W (C + lp I) - C) + ls W1)").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(g.gradient("Lt", "W2", "2 ((W (C + lp I) - C) W1' + ls W2)").verdict()).isEqualTo(Verdict.HOLDS);
        // the factor 2 forgotten, and a transpose misplaced: both caught with a counterexample
        FreeAlgebra.Check half = g.gradient("Ls", "W1", "W2' (W C - C) + lam W1");
        assertThat(half.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(half.counterexample()).isNotNull();
        assertThat(g.gradient("Ls", "W2", "2 ((W C - C) W1' + lam W1')").verdict()).isEqualTo(Verdict.FAILS);
        assertThatThrownBy(() -> g.gradient("Ls", "W1", "2 W2")).hasMessageContaining("shape mismatch");
    }

    @Test
    void exactInstancesUseTheAdjugateAndTheDeterminant() {
        FreeAlgebra a = FreeAlgebra.parse("c9", C9);
        for (FreeInstance x : a.instances(3, 5)) {
            FreeElement hj = a.value("H J - d I").matrix();
            assertThat(RationalMatrices.isZero(x.evaluate(hj))).as(x.describe()).isTrue();
        }
        assertThat(RationalMatrices.det(new org.hipparchus.fraction.BigFraction[][] {
            {frac(2), frac(1), frac(0)}, {frac(1), frac(3), frac(1)}, {frac(0), frac(1), frac(4)}})).isEqualTo(frac(18));
    }

    static org.hipparchus.fraction.BigFraction frac(int v) {
        return new org.hipparchus.fraction.BigFraction(v);
    }
}
