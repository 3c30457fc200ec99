(* ========================================================================================
   A valid proof of the Transpose Theorem (Theorem 2.1, C9): for lam > 0 every critical point of
     L_sigma(W1, W2) = ||X - W2 W1 X||_F^2 + lam (||W1||_F^2 + ||W2||_F^2)
   has W1 = W2^T.  (The paper's sketch is not valid: its step (4) is not an identity and B is not
   positive semi-definite off the critical set; see transpose_sketch.m.)

   Notation: C = X X^T (m x m, symmetric positive semi-definite), W = W2 W1, A = W1 - W2^T and the
   half gradients (closed forms proven equal to the entrywise derivatives in gradients.m)
     g1 = dLs/dW1 / 2 = W2^T (W C - C) + lam W1,     g2 = dLs/dW2 / 2 = (W C - C) W1^T + lam W2.
   Put  H   = lam I_k + W1 C W1^T (k x k), adj(H) its adjugate (H adj(H) = det(H) I),
        Phi = W1 C - H W1 (k x m),
        K^  = det(H) (C + lam I_m) - C W1^T adj(H) W1 C        (= det(H) (C + lam I - C W1^T H^-1 W1 C)),
        R^  = (W1 C g2 + g2^T C W1^T + g2^T g2) adj(H) W1 C - det(H) g2^T C   (zero where g2 = 0).
   The argument (no division: every identity is polynomial in the entries):
     (1) g2 = W2 H - C W1^T
     (2) det(H) H g1 = -Phi K^ + R^
     (3) Phi = -H A - g2^T
     (4) H A K^ = det(H) H g1 - R^ - g2^T K^                 ((2) and (3) combined)
     (5) for C = X X^T and Z = W1 X:  H - lam I = Z Z^T;  K^ - lam det(H) I = X N X^T with
         N = det(H) I_n - Z^T adj(H) Z, and N (lam I_n + Z^T Z) = lam det(H) I_n.
   Hence H >= lam I (so det(H) > 0), N = lam det(H) (lam I_n + Z^T Z)^-1 is positive definite, and
   K^ >= lam det(H) I is positive definite. At a critical point g1 = g2 = 0, so R^ = 0 and by (4)
   H A K^ = 0; H and K^ are invertible, so A = 0, i.e. W1 = W2^T.
   How it is checked.
   (a) For every size: each identity (1)-(5) is checked by the size-independent checker (FreeIdentity) in the free
       algebra with involution over Q[lam, det(H)] on the matrix symbols W1 (k x m), W2 (m x k), C (m x m, symmetric),
       X (m x n) and a symbol J for adj(H) (k x k, symmetric), modulo the relations H J = J H = det(H) I (a confluent
       rewriting system: Bergman's diamond lemma). A normal form 0 is a derivation that is valid in every ring of
       matrices of compatible sizes satisfying the relations: the identity holds for all m, k, n. The closed forms of the
       gradient (g1, g2 above) are proved for every size too (FreeGradient: d/dt L(W + tD) at 0 = tr(D^T G) in the
       trace normal form), so "critical" means g1 = g2 = 0 without a premise checked only at fixed sizes.
   (b) At fixed sizes, as a cross-check by a second engine: the same identities computed by Symja with every entry of
       W1, W2 a free symbol and C = diag(c_1..c_m), X = diag(x_1..x_m) with free entries, adj(H) written out, at
       (m, k, n) = (2, 1, 2), (3, 1, 3), (2, 2, 2). These are certified lemmas (exact at those sizes only).
   What is used by hand (ProofArgument below): the positivity facts (lam I + Z Z^T and lam I + Z^T Z are positive
   definite for lam > 0, the inverse of a positive definite matrix is, X N X^T >= 0 for N >= 0), and that the
   adjugate of a symmetric H is symmetric with H adj(H) = adj(H) H = det(H) I (Cramer's rule; the checker also
   verifies both exactly at random instances before it uses them).
   ======================================================================================== *)

(* ---------------- (a) every size: the size-independent checker ---------------- *)
FreeAlgebra("c9", "dims m, k; matrix W1: k x m, W2: m x k, C: m x m symmetric, J: k x k symmetric, G1: k x m, G2: m x k;
   scalar lam, d;
   let H = lam I + W1 C W1'; relation H J = d I; relation J H = d I; evaluate J = adj(H); evaluate d = det(H);
   let W = W2 W1; let g1 = W2' (W C - C) + lam W1; let g2 = (W C - C) W1' + lam W2; let A = W1 - W2';
   let Phi = W1 C - H W1; let K = d (C + lam I) - C W1' J W1 C; let R = (W1 C g2 + g2' C W1' + g2' g2) J W1 C - d g2' C;
   let E = d H G1 - (W1 C G2 + G2' C W1' + G2' G2) J W1 C + d G2' C - G2' K");
FreeAlgebra("c9x", "dims m, k, n; matrix W1: k x m, X: m x n, J: k x k symmetric; scalar lam, d;
   let C = X X'; let H = lam I + W1 C W1'; relation H J = d I; evaluate J = adj(H); evaluate d = det(H);
   let Z = W1 X; let K = d (C + lam I) - C W1' J W1 C; let N = d I - Z' J Z");
FreeAlgebra("c9loss", "dims m, k, n; matrix W1: k x m, W2: m x k, X: m x n; scalar lam;
   let C = X X'; let W = W2 W1; let L = tr((X - W X)' (X - W X)) + lam tr(W1' W1) + lam tr(W2' W2)");

FreeGradient("C9", "L_sigma", "printed", "(0a) dL_sigma/dW1 = 2 g1 = 2 (W2^T (W C - C) + lam W1), C = X X^T, W = W2 W1: d/dt L_sigma(W1 + t D, W2) at t = 0 is tr(D^T 2 g1)",
   "c9loss", "L", "W1", "2 (W2' (W C - C) + lam W1)");
FreeGradient("C9", "L_sigma", "printed", "(0b) dL_sigma/dW2 = 2 g2 = 2 ((W C - C) W1^T + lam W2): so (W1, W2) is critical iff g1 = g2 = 0",
   "c9loss", "L", "W2", "2 ((W C - C) W1' + lam W2)");
FreeIdentity("C9", "L_sigma", "lemma", "(1) g2 = W2 H - C W1^T with H = lam I + W1 C W1^T (so C W1^T = W2 H at a critical point)",
   "c9", "g2", "W2 H - C W1'");
FreeIdentity("C9", "L_sigma", "lemma", "(2) det(H) H g1 = -Phi K^ + R^ with Phi = W1 C - H W1, K^ = det(H)(C + lam I) - C W1^T adj(H) W1 C, R^ = (W1 C g2 + g2^T C W1^T + g2^T g2) adj(H) W1 C - det(H) g2^T C",
   "c9", "d H g1", "-Phi K + R");
FreeIdentity("C9", "L_sigma", "lemma", "(3) Phi = -H A - g2^T with A = W1 - W2^T", "c9", "Phi", "-H A - g2'");
FreeIdentity("C9", "L_sigma", "lemma", "(4) H A K^ = det(H) H g1 - R^ - g2^T K^ ((2) and (3) combined)", "c9", "H A K", "d H g1 - R - g2' K");
FreeIdentity("C9", "L_sigma", "printed", "(4) H A K^ = E(g1, g2) with E(G1, G2) = det(H) H G1 - (W1 C G2 + G2^T C W1^T + G2^T G2) adj(H) W1 C + det(H) G2^T C - G2^T K^ (the right side of (4) with the gradients as letters)",
   "c9", "H A K", "E", "G1 -> g1, G2 -> g2");
FreeIdentity("C9", "L_sigma", "printed", "(4') E(0, 0) = 0: every term of E has a factor G1 or G2, so at a critical point (g1 = g2 = 0) H A K^ = 0",
   "c9", "E", "0", "G1 -> 0, G2 -> 0");
FreeIdentity("C9", "L_sigma", "printed", "(5a) C = X X^T, Z = W1 X: H - lam I = Z Z^T, so H >= lam I and det(H) >= lam^k > 0", "c9x", "H - lam I", "Z Z'");
FreeIdentity("C9", "L_sigma", "printed", "(5b) C = X X^T: K^ - lam det(H) I = X N X^T with N = det(H) I_n - Z^T adj(H) Z", "c9x", "K - lam d I", "X N X'");
FreeIdentity("C9", "L_sigma", "printed", "(5c) N (lam I_n + Z^T Z) = lam det(H) I_n: N = lam det(H) (lam I_n + Z^T Z)^-1 is positive definite, so K^ >= lam det(H) I is invertible",
   "c9x", "N (lam I + Z' Z)", "lam d I");
ProofArgument("C9", "L_sigma", "At a critical point g1 = g2 = 0 ((0a), (0b)), so H A K^ = 0 by (4) and (4'). For lam > 0: H = lam I_k + Z Z^T is positive definite ((5a): x^T H x = lam |x|^2 + |Z^T x|^2), so det(H) >= lam^k > 0 and H is invertible; lam I_n + Z^T Z is positive definite likewise, so by (5c) N = lam det(H) (lam I_n + Z^T Z)^-1 is positive definite (the inverse of a positive definite matrix is positive definite); by (5b) K^ = lam det(H) I_m + X N X^T >= lam det(H) I_m is positive definite, hence invertible; H A K^ = 0 with H, K^ invertible gives A = 0, W1 = W2^T. Also used: the adjugate of the symmetric H is symmetric and H adj(H) = adj(H) H = det(H) I (Cramer's rule; the checker verifies both exactly at random instances before using them).");

(* ---------------- (b) fixed sizes: Symja with free entries, a second engine (certified at these sizes) ---------------- *)
(* A fixed-size check: certified at the sizes it names (the 7th argument "at ..."); the free-algebra steps above are the proof. *)
fixedStep(stepText_, stepValue_, stepExpected_) := ProofStep("C9", "L_sigma", "lemma", tag <> stepText, stepValue, stepExpected, "at " <> sizeTag);
symMat(name_, r_, c_) := Table(Symbol(name <> ToString(i) <> ToString(j)), {i, 1, r}, {j, 1, c});
symSym(name_, m_) := Table(Symbol(name <> ToString(Min(i, j)) <> ToString(Max(i, j))), {i, 1, m}, {j, 1, m});
(* adjugate and determinant of a 1 x 1 or 2 x 2 matrix: H adj(H) = adj(H) H = det(H) I, no division *)
hadj(h_) := If(Length(h) == 1, {{1}}, {{h[[2, 2]], -h[[1, 2]]}, {-h[[2, 1]], h[[1, 1]]}});
hdet(h_) := If(Length(h) == 1, h[[1, 1]], h[[1, 1]]*h[[2, 2]] - h[[1, 2]]*h[[2, 1]]);
hg1(c_, W1_, W2_) := Transpose(W2) . (W2 . W1 . c - c) + lam*W1;
hg2(c_, W1_, W2_) := (W2 . W1 . c - c) . Transpose(W1) + lam*W2;
hH(c_, W1_) := lam*IdentityMatrix(Length(W1)) + W1 . c . Transpose(W1);
(* the scaled forms det(H) K, det(H) R: polynomial in the entries *)
kK(c_, W1_) := Module({h = hH(c, W1)}, hdet(h)*(c + lam*IdentityMatrix(Length(c))) - c . Transpose(W1) . hadj(h) . W1 . c);
phi(c_, W1_) := W1 . c - hH(c, W1) . W1;
rR(c_, W1_, W2_) := Module({g = hg2(c, W1, W2), h = hH(c, W1)},
   (W1 . c . g + Transpose(g) . c . Transpose(W1) + Transpose(g) . g) . hadj(h) . W1 . c - hdet(h)*Transpose(g) . c);

(* (m, k, n): k = 2 makes the k x k factors non-commuting. (3, 2, 3) also holds (checked once on 28 Nov 2026, 110 s on
   a loaded machine); it is left out here to keep mvn verify's time. *)
sizes = {{2, 1, 2}, {3, 1, 3}, {2, 2, 2}};
Do(m = sizes[[s, 1]]; k = sizes[[s, 2]]; nX = sizes[[s, 3]];
   c = DiagonalMatrix(Table(Symbol("c" <> ToString(i)), {i, 1, m})); W1 = symMat("a", k, m); W2 = symMat("b", m, k);
   xx = Table(If(j == i, Symbol("x" <> ToString(i)), 0), {i, 1, m}, {j, 1, nX});
   h = hH(c, W1); aa = W1 - Transpose(W2); g1 = hg1(c, W1, W2); g2 = hg2(c, W1, W2); kh = kK(c, W1);
   tag = "m=" <> ToString(m) <> ", k=" <> ToString(k) <> ": ";
   sizeTag = "m = " <> ToString(m) <> ", k = " <> ToString(k) <> ", n = " <> ToString(nX);
   fixedStep("(1) g2 = W2 H - C W1^T with H = lam I + W1 C W1^T (so C W1^T = W2 H at a critical point)",
      g2, W2 . h - c . Transpose(W1));
   fixedStep("(2) det(H) H g1 = -Phi K^ + R^ with Phi = W1 C - H W1, K^ = det(H)(C + lam I) - C W1^T adj(H) W1 C, R^ = (W1 C g2 + g2^T C W1^T + g2^T g2) adj(H) W1 C - det(H) g2^T C",
      hdet(h)*h . g1, -phi(c, W1) . kh + rR(c, W1, W2));
   fixedStep("(3) Phi = -H A - g2^T with A = W1 - W2^T",
      phi(c, W1), -h . aa - Transpose(g2));
   zz = W1 . xx; hx = hH(xx . Transpose(xx), W1); nn = hdet(hx)*IdentityMatrix(nX) - Transpose(zz) . hadj(hx) . zz;
   fixedStep("(5a) C = X X^T, Z = W1 X (n = " <> ToString(nX) <> "): H - lam I = Z Z^T, so H >= lam I and det(H) >= lam^k > 0",
      hx - lam*IdentityMatrix(k), zz . Transpose(zz));
   fixedStep("(5b) C = X X^T: K^ - lam det(H) I = X N X^T with N = det(H) I_n - Z^T adj(H) Z",
      kK(xx . Transpose(xx), W1) - lam*hdet(hx)*IdentityMatrix(m), xx . nn . Transpose(xx));
   fixedStep("(5c) N (lam I_n + Z^T Z) = lam det(H) I_n: N = lam det(H) (lam I_n + Z^T Z)^-1 is positive definite, so K^ >= lam det(H) I is invertible",
      nn . (lam*IdentityMatrix(nX) + Transpose(zz) . zz), lam*hdet(hx)*IdentityMatrix(nX));
   fixedStep("(4) H A K^ = det(H) H g1 - R^ - g2^T K^ identically; the right side vanishes where g1 = g2 = 0, and H, K^ are invertible (5): every critical point has A = 0, W1 = W2^T",
      h . aa . kh, hdet(h)*h . g1 - rR(c, W1, W2) - Transpose(g2) . kh),
   {s, 1, Length(sizes)});

(* Where the hypothesis lam > 0 enters: at lam = 0 (the loss L) K^ is singular (K^ W1^T = 0 here), and indeed L has
   asymmetric critical points (its GL_k orbits). m = 2, k = 1, C = diag(4, 1). *)
cE = {{4, 0}, {0, 1}}; W1e = {{1, 0}};
ProofStep("C9", "L_sigma", "lemma", "lam = 0, C = diag(4, 1), W1 = (1, 0): K^ W1^T = 0 (K^ singular), so step (5) needs lam > 0",
   (kK(cE, W1e) /. lam -> 0) . Transpose(W1e), {{0}, {0}});
ProofStep("C9", "L_sigma", "lemma", "lam = 0: (W1, W2) = ((2, 0), (1/2, 0)^T) is critical and asymmetric (the theorem needs lam > 0)",
   {hg1(cE, {{2, 0}}, {{1/2}, {0}}), hg2(cE, {{2, 0}}, {{1/2}, {0}})} /. lam -> 0, {{{0, 0}}, {{0}, {0}}});
