package lae.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rewriting system: orientation, normal forms, and the confluence check of Bergman's diamond lemma. */
class RewritingSystemTest {
    @Test
    void theAdjugateRelationsAreConfluent() {
        FreeAlgebra a = FreeAlgebra.parse("c9", FreeAlgebraTest.C9);
        RewritingSystem rs = a.rewriting();
        // H J = d I and its transpose J H = d I (the declared J H = d I is then redundant)
        assertThat(rs.describe()).isEqualTo("W1 C W1' J -> -lam J + d I; J W1 C W1' -> -lam J + d I");
        // the overlaps at W1 C W1' J W1 C W1' and J W1 C W1' J
        assertThat(rs.ambiguities()).hasSize(2).allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo("overlap");
            assertThat(x.resolved()).isTrue();
        });
        assertThat(rs.confluent()).isTrue();
        // a normal form: H J H = d H
        assertThat(rs.normalForm(a.value("H J H - d H").matrix()).isZero()).isTrue();
    }

    @Test
    void aNonConfluentSystemIsFoundAndRefused() {
        // A B = C and B D = E overlap at A B D: C D one way, A E the other, both irreducible
        String decl = "dims p, q, r, s; matrix A: p x q, B: q x r, C: p x r, D: r x s, E: q x s;";
        FreeSignature sig = new FreeSignature();
        sig.addMatrix("A", "p", "q", false);
        sig.addMatrix("B", "q", "r", false);
        sig.addMatrix("C", "p", "r", false);
        sig.addMatrix("D", "r", "s", false);
        sig.addMatrix("E", "q", "s", false);
        RewritingSystem rs = new RewritingSystem(sig);
        FreeElement ab = FreeElement.letter(sig, 0, false).times(FreeElement.letter(sig, 1, false)).minus(FreeElement.letter(sig, 2, false));
        FreeElement bd = FreeElement.letter(sig, 1, false).times(FreeElement.letter(sig, 3, false)).minus(FreeElement.letter(sig, 4, false));
        rs.addRelation(ab, "A B = C");
        rs.addRelation(bd, "B D = E");
        assertThat(rs.confluent()).isFalse();
        assertThat(rs.firstUnresolved()).contains("overlap at the word A B D").contains("C D").contains("A E");
        // the checker refuses to work in it (a non-zero normal form would not be a refutation)
        assertThatThrownBy(() -> FreeAlgebra.parse("nc", decl + "relation A B = C; relation B D = E"))
                .hasMessageContaining("not give a confluent rewriting system").hasMessageContaining("A B D");
        // adding the missing relation C D = A E (Knuth-Bendix completion by hand) resolves it
        FreeElement cd = FreeElement.letter(sig, 2, false).times(FreeElement.letter(sig, 3, false))
                .minus(FreeElement.letter(sig, 0, false).times(FreeElement.letter(sig, 4, false)));
        rs.addRelation(cd, "C D = A E");
        assertThat(rs.confluent()).isTrue();
    }

    @Test
    void anInclusionAmbiguityIsChecked() {
        // X X = 0 and X X X = X: the inclusion X X X contains X X; the system proves X = 0
        FreeSignature sig = new FreeSignature();
        sig.addMatrix("X", "m", "m", false);
        RewritingSystem rs = new RewritingSystem(sig);
        FreeElement x = FreeElement.letter(sig, 0, false);
        rs.addRelation(x.times(x).times(x).minus(x), "X X X = X");
        rs.addRelation(x.times(x), "X X = 0");
        assertThat(rs.ambiguities()).anySatisfy(a -> assertThat(a.kind()).isEqualTo("inclusion"));
        assertThat(rs.confluent()).isFalse();
    }
}
