(* ========================================================================================
   Symmetries of the losses (C2, C12), m = k = 2 (the smallest size with a non-commutative GL_k), symbolic C = X X^T (symmetric), W1, W2.
     L(W1, W2)       = tr((I - W) C (I - W)^T),  W = W2 W1     (= ||X - W2 W1 X||_F^2)
     L_pi(W1, W2)    = L + lam tr(W W^T)
     L_sigma(W1, W2) = L + lam (tr(W1 W1^T) + tr(W2^T W2))
   The GL_k action is (W1, W2) -> (M W1, W2 M^-1).
   ======================================================================================== *)

symMat(name_, r_, c_) := Table(Symbol(name <> ToString(i) <> ToString(j)), {i, 1, r}, {j, 1, c});
symSym(name_, m_) := Table(Symbol(name <> ToString(Min(i, j)) <> ToString(Max(i, j))), {i, 1, m}, {j, 1, m});
lossL(cc_, A_, B_) := Tr((IdentityMatrix(Length(cc)) - B . A) . cc . Transpose(IdentityMatrix(Length(cc)) - B . A));
lossPi(cc_, A_, B_) := lossL(cc, A, B) + lam*Tr((B . A) . Transpose(B . A));
lossS(cc_, A_, B_) := lossL(cc, A, B) + lam*(Tr(A . Transpose(A)) + Tr(Transpose(B) . B));

cS = symSym("c", 2); W1 = symMat("a", 2, 2); W2 = symMat("b", 2, 2);
M = {{p1, p2}, {p3, p4}}; Mi = Inverse(M);

(* ---- C2: L and L_pi depend on (W1, W2) only through W = W2 W1 (by their definition), and W2 M^-1 M W1 = W2 W1 for every invertible M ---- *)
ProofStep("C2", "L", "printed", "m=k=2, generic invertible M (det = p1 p4 - p2 p3 != 0): (W2 M^-1)(M W1) = W2 W1, so L(M W1, W2 M^-1) = L(W1, W2)",
   Together((W2 . Mi) . (M . W1)), W2 . W1);
ProofStep("C2", "L_pi", "lemma", "generic invertible M: M^-1 M = I (so the product penalty lam ||W2 W1||^2 is invariant too)",
   Together(Mi . M), IdentityMatrix(2));

(* ---- C12: L_sigma keeps exactly the orthogonal part of GL_k ---- *)
(* rotations by the rational (Cayley) parametrisation, and a reflection *)
rot(s_) := {{(1 - s^2)/(1 + s^2), -2*s/(1 + s^2)}, {2*s/(1 + s^2), (1 - s^2)/(1 + s^2)}};
refl = {{1, 0}, {0, -1}};
ProofStep("C12", "L_sigma", "printed", "m=k=2: L_sigma(O W1, W2 O^T) = L_sigma(W1, W2) for every rotation O(s)",
   Together(lossS(cS, rot(s) . W1, W2 . Transpose(rot(s))) - lossS(cS, W1, W2)), 0);
ProofStep("C12", "L_sigma", "printed", "m=k=2: L_sigma(O W1, W2 O^T) = L_sigma(W1, W2) for every reflection O(s) diag(1, -1)",
   Together(lossS(cS, rot(s) . refl . W1, W2 . Transpose(rot(s) . refl)) - lossS(cS, W1, W2)), 0);
(* so invariance for all W1 (take W2 = 0, W1 = x e_1^T) forces x^T (M^T M - I) x = 0 for all x, i.e. M^T M = I *)
xW1 = {{x1, 0}, {x2, 0}}; zW2 = ConstantArray(0, {2, 2});
ProofStep("C12", "L_sigma", "printed", "m=k=2, W2 = 0, W1 = x e_1^T: the change is lam x^T (M^T M - I) x, a quadratic form that vanishes for all x iff M^T M = I",
   Together(lossS(cS, M . xW1, zW2 . Mi) - lossS(cS, xW1, zW2)), Expand(lam*({x1, x2} . (Transpose(M) . M - IdentityMatrix(2)) . {x1, x2})));
ProofStep("C12", "L_sigma", "lemma", "M = diag(2, 1) (invertible, not orthogonal) changes L_sigma: W1 = e_1 e_1^T, W2 = 0 gives lam (4 - 1) = 3 lam",
   Together(lossS(cS, {{2, 0}, {0, 1}} . {{1, 0}, {0, 0}}, zW2) - lossS(cS, {{1, 0}, {0, 0}}, zW2)), 3*lam);
