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
   Each identity is checked with every entry of W1, W2 a free symbol and C = diag(c_1..c_m), X = diag(x_1..x_m)
   with free c_i, x_i, at the sizes (m, k) listed below. Diagonal C and X lose nothing: every expression
   above is covariant under W1 -> W1 U, W2 -> U^T W2, C -> U^T C U, X -> U^T X V (U, V orthogonal; each
   side of each identity is multiplied by U, U^T or nothing), and every symmetric C (every X) is
   orthogonally diagonalisable, so an identity for all diagonal C (X) holds for all. They are formal rearrangements of matrix products (no fact about entries is
   used; adj(H) enters only through H adj(H) = adj(H) H = det(H) I), which is why they hold at every
   size; the positivity in (5) is the standard fact that lam I + Z^T Z and its inverse are positive
   definite for lam > 0.
   ======================================================================================== *)

(* A step whose identity is general: a matrix identity that uses only H adj(H) = det(H) I and so does not depend on the
   sizes (see the header); Symja checks it with free entries at the sizes below. The 7th argument "general" makes such a
   step "proved". Instances (fixed numbers) use ProofStep directly and are certified. *)
generalStep(stepClaim_, stepLoss_, stepRole_, stepText_, stepValue_, stepExpected_) :=
   ProofStep(stepClaim, stepLoss, stepRole, stepText, stepValue, stepExpected, "general");
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

(* (m, k, n): k = 2 makes the k x k factors non-commuting. (3, 2, 3) also holds (23 of 23 steps, checked once on
   28 Nov 2026, 110 s on a loaded machine); it is left out here to keep mvn verify's time. *)
sizes = {{2, 1, 2}, {3, 1, 3}, {2, 2, 2}};
Do(m = sizes[[s, 1]]; k = sizes[[s, 2]]; nX = sizes[[s, 3]];
   c = DiagonalMatrix(Table(Symbol("c" <> ToString(i)), {i, 1, m})); W1 = symMat("a", k, m); W2 = symMat("b", m, k);
   xx = Table(If(j == i, Symbol("x" <> ToString(i)), 0), {i, 1, m}, {j, 1, nX});
   h = hH(c, W1); aa = W1 - Transpose(W2); g1 = hg1(c, W1, W2); g2 = hg2(c, W1, W2); kh = kK(c, W1);
   tag = "m=" <> ToString(m) <> ", k=" <> ToString(k) <> ": ";
   generalStep("C9", "L_sigma", "lemma", tag <> "(1) g2 = W2 H - C W1^T with H = lam I + W1 C W1^T (so C W1^T = W2 H at a critical point)",
      g2, W2 . h - c . Transpose(W1));
   generalStep("C9", "L_sigma", "lemma", tag <> "(2) det(H) H g1 = -Phi K^ + R^ with Phi = W1 C - H W1, K^ = det(H)(C + lam I) - C W1^T adj(H) W1 C, R^ = (W1 C g2 + g2^T C W1^T + g2^T g2) adj(H) W1 C - det(H) g2^T C",
      hdet(h)*h . g1, -phi(c, W1) . kh + rR(c, W1, W2));
   generalStep("C9", "L_sigma", "lemma", tag <> "(3) Phi = -H A - g2^T with A = W1 - W2^T",
      phi(c, W1), -h . aa - Transpose(g2));
   zz = W1 . xx; hx = hH(xx . Transpose(xx), W1); nn = hdet(hx)*IdentityMatrix(nX) - Transpose(zz) . hadj(hx) . zz;
   generalStep("C9", "L_sigma", "lemma", tag <> "(5a) C = X X^T, Z = W1 X (n = " <> ToString(nX) <> "): H - lam I = Z Z^T, so H >= lam I and det(H) >= lam^k > 0",
      hx - lam*IdentityMatrix(k), zz . Transpose(zz));
   generalStep("C9", "L_sigma", "lemma", tag <> "(5b) C = X X^T: K^ - lam det(H) I = X N X^T with N = det(H) I_n - Z^T adj(H) Z",
      kK(xx . Transpose(xx), W1) - lam*hdet(hx)*IdentityMatrix(m), xx . nn . Transpose(xx));
   generalStep("C9", "L_sigma", "lemma", tag <> "(5c) N (lam I_n + Z^T Z) = lam det(H) I_n: N = lam det(H) (lam I_n + Z^T Z)^-1 is positive definite, so K^ >= lam det(H) I is invertible",
      nn . (lam*IdentityMatrix(nX) + Transpose(zz) . zz), lam*hdet(hx)*IdentityMatrix(nX));
   generalStep("C9", "L_sigma", "printed", tag <> "(4) H A K^ = det(H) H g1 - R^ - g2^T K^ identically; the right side vanishes where g1 = g2 = 0, and H, K^ are invertible (5): every critical point has A = 0, W1 = W2^T",
      h . aa . kh, hdet(h)*h . g1 - rR(c, W1, W2) - Transpose(g2) . kh),
   {s, 1, Length(sizes)});

(* Where the hypothesis lam > 0 enters: at lam = 0 (the loss L) K^ is singular (K^ W1^T = 0 here), and indeed L has
   asymmetric critical points (its GL_k orbits). m = 2, k = 1, C = diag(4, 1). *)
cE = {{4, 0}, {0, 1}}; W1e = {{1, 0}};
ProofStep("C9", "L_sigma", "lemma", "lam = 0, C = diag(4, 1), W1 = (1, 0): K^ W1^T = 0 (K^ singular), so step (5) needs lam > 0",
   (kK(cE, W1e) /. lam -> 0) . Transpose(W1e), {{0}, {0}});
ProofStep("C9", "L_sigma", "lemma", "lam = 0: (W1, W2) = ((2, 0), (1/2, 0)^T) is critical and asymmetric (the theorem needs lam > 0)",
   {hg1(cE, {{2, 0}}, {{1/2}, {0}}), hg2(cE, {{2, 0}}, {{1/2}, {0}})} /. lam -> 0, {{{0, 0}}, {{0}, {0}}});
