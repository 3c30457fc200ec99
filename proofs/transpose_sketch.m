(* ========================================================================================
   The sketch proof of the Transpose Theorem (Theorem 2.1, C9), step by step.
   A = W1 - W2^T,  B = (I - W2 W1) X X^T = (I - W) C.
   Gradients are the closed forms proven equal to the entrywise derivatives in gradients.m:
     dLs/dW1 = 2 W2^T (W C - C) + 2 lam W1,   dLs/dW2 = 2 (W C - C) W1^T + 2 lam W2.
   ======================================================================================== *)

symMat(name_, r_, c_) := Table(Symbol(name <> ToString(i) <> ToString(j)), {i, 1, r}, {j, 1, c});
symSym(name_, m_) := Table(Symbol(name <> ToString(Min(i, j)) <> ToString(Max(i, j))), {i, 1, m}, {j, 1, m});
gradS1(c_, W1_, W2_) := 2*Transpose(W2) . (W2 . W1 . c - c) + 2*lam*W1;
gradS2(c_, W1_, W2_) := 2*(W2 . W1 . c - c) . Transpose(W1) + 2*lam*W2;
lhs4(c_, W1_, W2_) := gradS1(c, W1, W2) - Transpose(gradS2(c, W1, W2));
rhs4(c_, W1_, W2_) := 2*(W1 - Transpose(W2)) . ((IdentityMatrix(Length(c)) - W2 . W1) . c + lam*IdentityMatrix(Length(c)));

(* ---- Step (4) as an identity in W1, W2: symbolic C (symmetric), W1, W2 for m = 2, k = 1 and m = 3, k = 2 ---- *)
sizes = {{2, 1}, {3, 2}};
Do(m = sizes[[s, 1]]; k = sizes[[s, 2]];
   c = symSym("c", m); W1 = symMat("a", k, m); W2 = symMat("b", m, k); W = W2 . W1;
   tag = "m=" <> ToString(m) <> ", k=" <> ToString(k);
   ProofStep("C10", "L_sigma", "printed", tag <> ": eq (4) dLs/dW1 - (dLs/dW2)^T = 2 A (B + lam I) as an identity in W1, W2",
      lhs4(c, W1, W2), rhs4(c, W1, W2));
   ProofStep("C10", "L_sigma", "corrected", tag <> ": dLs/dW1 - (dLs/dW2)^T - 2 A (B + lam I) = 2 W1 (W C - C W^T) identically, so (4) holds exactly where W1 (W C - C W^T) = 0",
      lhs4(c, W1, W2) - rhs4(c, W1, W2), 2*W1 . (W . c - c . Transpose(W)));
   ProofStep("C10", "L_sigma", "lemma", tag <> ": equivalently dLs/dW1 - (dLs/dW2)^T = 2 (W1 B^T - W2^T B) + 2 lam A (equal to (4) iff B is symmetric)",
      lhs4(c, W1, W2), 2*(W1 . Transpose((IdentityMatrix(m) - W) . c) - Transpose(W2) . ((IdentityMatrix(m) - W) . c)) + 2*lam*(W1 - Transpose(W2)));
   ProofStep("C11", "L_sigma", "printed", tag <> ": B = (I - W2 W1) C is symmetric for all W1, W2 (needed for 'B positive semi-definite')",
      (IdentityMatrix(m) - W) . c - Transpose((IdentityMatrix(m) - W) . c), 0);
   (* balancedness: dLs/dW1 W1^T - W2^T dLs/dW2 = 2 lam (W1 W1^T - W2^T W2), an identity *)
   ProofStep("C9", "L_sigma", "lemma", tag <> ": dLs/dW1 W1^T - W2^T dLs/dW2 = 2 lam (W1 W1^T - W2^T W2): critical points are balanced",
      gradS1(c, W1, W2) . Transpose(W1) - Transpose(W2) . gradS2(c, W1, W2), 2*lam*(W1 . Transpose(W1) - Transpose(W2) . W2)),
   {s, 1, Length(sizes)});

(* ---- C11: B is not positive semi-definite in general: 1-D, x = 1, w1 = 2, w2 = 1 gives B = -1 ---- *)
ProofStep("C11", "L_sigma", "printed", "1-D (m = n = k = 1), x = 1, w1 = 2, w2 = 1: B = (1 - w2 w1) x^2 >= 0", (1 - 2*1)*1^2 >= 0, True);

(* ---- On the critical set: Table-1 points in the singular basis, m = 3, k = 2, every I, rotation O(s) ----
   C = diag(c1, c2, c3). For i in I we write c_i = lam/(1 - d_i^2) with 0 < d_i < 1, so that the Table-1
   compression (1 - lam/c_i)^(1/2) is exactly d_i and every entry is rational in (d_i, c_j, lam, s). *)
rot(s_) := {{(1 - s^2)/(1 + s^2), -2*s/(1 + s^2)}, {2*s/(1 + s^2), (1 - s^2)/(1 + s^2)}};
oRep(n_) := If(n == 2, rot(s), {{(1 - s^2)/(1 + s^2)}, {2*s/(1 + s^2)}});
eSel(set_) := Table(If(j == set[[r]], 1, 0), {j, 1, 3}, {r, 1, Length(set)});
dFac(set_) := DiagonalMatrix(Table(Symbol("d" <> ToString(set[[r]])), {r, 1, Length(set)}));
cOf(set_) := DiagonalMatrix(Table(If(MemberQ(set, i), lam/(1 - Symbol("d" <> ToString(i))^2), Symbol("c" <> ToString(i))), {i, 1, 3}));
pointS(set_) := If(Length(set) == 0, {ConstantArray(0, {2, 3}), ConstantArray(0, {3, 2})},
   {oRep(Length(set)) . dFac(set) . Transpose(eSel(set)), eSel(set) . dFac(set) . Transpose(oRep(Length(set)))});
sets = {{}, {1}, {2}, {3}, {1, 2}, {1, 3}, {2, 3}};
Do(st = sets[[q]]; cD = cOf(st); p = pointS(st); W1 = p[[1]]; W2 = p[[2]]; W = W2 . W1;
   tag = "m=3, k=2, I=" <> ToString(st);
   ProofStep("C14", "L_sigma", "lemma", tag <> ": the Table-1 point (O = O(s)) is critical", Together({gradS1(cD, W1, W2), gradS2(cD, W1, W2)}), 0);
   ProofStep("C10", "L_sigma", "lemma", tag <> ": at the Table-1 point W C is symmetric, so (4) holds there", Together(W . cD - Transpose(W . cD)), 0);
   ProofStep("C11", "L_sigma", "corrected", tag <> ": at the Table-1 point (critical set) B = diag(lam on I, c_i off I): symmetric PSD, B + lam I positive definite",
      Together((IdentityMatrix(3) - W) . cD), DiagonalMatrix(Table(If(MemberQ(st, i), lam, Symbol("c" <> ToString(i))), {i, 1, 3}))),
   {q, 1, Length(sets)});

(* ---- Whole critical set, exactly, for m = 2, k = 1 with a non-diagonal C = X X^T and lam = 1/2 ---- *)
cN = {{5, 2}, {2, 2}}; lamN = 1/2;
W1 = {{a1, a2}}; W2 = {{b1}, {b2}}; W = W2 . W1;
gN = Expand(Join(Flatten(gradS1(cN, W1, W2)), Flatten(gradS2(cN, W1, W2))) /. lam -> lamN);
gbN = GroebnerBasis(gN, {a1, a2, b1, b2});
ProofShow("m=2, k=1, C = {{5,2},{2,2}}, lam = 1/2: Groebner basis of the gradient ideal (lex a1 > a2 > b1 > b2)", gbN);
ProofShow("its b2-eliminant, factored", Factor(First(gbN)));
(* Rabinowitsch: r vanishes on every complex critical point iff 1 is in <grad, 1 - z r>. *)
rN = Expand(Flatten(W1 . (W . cN - cN . Transpose(W))));
ProofStep("C10", "L_sigma", "printed", "m=2, k=1, C = {{5,2},{2,2}}, lam = 1/2: at EVERY (complex) critical point W1 (W C - C W^T) = 0, so (4) holds on the critical set (1 in <grad, 1 - z r_j>, j = 1, 2)",
   {GroebnerBasis(Append(gN, 1 - z*rN[[1]]), {z, a1, a2, b1, b2}), GroebnerBasis(Append(gN, 1 - z*rN[[2]]), {z, a1, a2, b1, b2})}, {{1}, {1}});
(* Transpose: the critical points with a_j != b_j form the variety of <grad, 1 - z (a_j - b_j)>; its b2-eliminant is a
   polynomial in b2^2 with positive coefficients, so none of them is real: every REAL critical point has W1 = W2^T. *)
noReal(p_) := Apply(And, Map(Positive, Map(Last, CoefficientRules(p, {b2})))) && Apply(And, Map(EvenQ, Flatten(Map(First, CoefficientRules(p, {b2})))));
elimB2(extra_) := Select(GroebnerBasis(Append(gN, 1 - z*extra), {z, a1, a2, b1, b2}), FreeQ(#, z) && FreeQ(#, a1) && FreeQ(#, a2) && FreeQ(#, b1) &);
ProofShow("b2-eliminant of the critical points with a1 != b1", elimB2(a1 - b1));
ProofStep("C9", "L_sigma", "printed", "m=2, k=1, C = {{5,2},{2,2}}, lam = 1/2: every real critical point has W1 = W2^T (critical points with a_j != b_j are non-real: eliminant in b2^2 with positive coefficients)",
   noReal(First(elimB2(a1 - b1))) && noReal(First(elimB2(a2 - b2))), True);
