(* ========================================================================================
   C15 (Table 1 is everything) for L and L_pi: the critical set is larger than the printed image.
   Table 1 prints, for |I| = l <= k and G in F_I, the points
     L:    W1 = G U_I^T,      W2 = U_I G^+
     L_pi: W1 = G A U_I^T,    W2 = U_I A G^+,     A = (I_l + lam Sigma_I^-2)^(-1/2).
   When l < k, G has left inverses H (H G = I_l) other than G^+, and (G A U_I^T, U_I A H) is critical too;
   it is not a printed point, because a printed point with this W1 has G = W1 U_I A^-1 and then W2 = U_I A G^+.
   Data in the singular basis: C = X X^T = diag(c1, ..., cm), U_I = e_I. m = 3, k = 2, I = {1}.
   For L_pi, c1 = 1 and lam = 3 make A = (1 + 3)^(-1/2) = 1/2 rational.
   ======================================================================================== *)

gradL1(cc_, A_, B_) := 2*Transpose(B) . (B . A . cc - cc);
gradL2(cc_, A_, B_) := 2*(B . A . cc - cc) . Transpose(A);
(* L_pi = L + lam ||W2 W1||^2: dL_pi/dW = 2 (W (C + lam I) - C), W = W2 W1 *)
gradPi1(cc_, lm_, A_, B_) := 2*Transpose(B) . (B . A . (cc + lm*IdentityMatrix(Length(cc))) - cc);
gradPi2(cc_, lm_, A_, B_) := 2*(B . A . (cc + lm*IdentityMatrix(Length(cc))) - cc) . Transpose(A);

uI = {{1}, {0}, {0}};                        (* U_I for I = {1} *)
gE = {{1}, {0}};                             (* G = e1 in F_I (2 x 1, independent columns) *)
gEPlus = {{1, 0}};                           (* G^+ *)
hH = {{1, 1}};                               (* H G = 1, H != G^+ *)
zero1 = ConstantArray(0, {2, 3}); zero2 = ConstantArray(0, {3, 2});

(* ---- L: a critical point outside the printed image (exact) ---- *)
cD3 = DiagonalMatrix({c1, c2, c3});
qW1 = gE . Transpose(uI); qW2 = uI . hH;
ProofStep("C15", "L", "lemma", "m=3, k=2, I={1}, G = e1, H = (1, 1) (H G = 1): (W1, W2) = (G U_I^T, U_I H) is a critical point of L for all c1, c2, c3",
   {gradL1(cD3, qW1, qW2), gradL2(cD3, qW1, qW2)}, {zero1, zero2});
ProofStep("C15", "L", "lemma", "m=3, k=2: W2 W1 = U_I U_I^T for this point, and a Table-1 point of index set J has W2 W1 = U_J U_J^T, so J = I = {1} is the only index set it could belong to",
   qW2 . qW1, uI . Transpose(uI));
ProofStep("C15", "L", "printed", "m=3, k=2, I={1}: every critical point is a Table-1 point; the critical point (G U_I^T, U_I H) with G = e1, H = (1, 1) would be the printed point with G = W1 U_I = e1, whose decoder is U_I G^+ = U_I (1, 0)",
   qW2, uI . gEPlus);
(* the corrected statement, for every G and every left inverse of it *)
gG = {{g1}, {g2}}; gPlus = Transpose(gG)/(g1^2 + g2^2); hGen = gPlus + h*{{-g2, g1}}/(g1^2 + g2^2);
ProofStep("C15", "L", "corrected", "m=3, k=2, I={1}: the left inverses of G in F_I are exactly H = G^+ + h (-g2, g1)/|G|^2 (H G = 1 for every h)",
   Together(hGen . gG), {{1}});
ProofStep("C15", "L", "corrected", "m=3, k=2, I={1}: for every G in F_I and every H with H G = I_l, (G U_I^T, U_I H) is critical: the component of I is {(G U_I^T, U_I H) : G in F_I, H G = I_l}, of dimension 2kl - l^2 (= kl only when l = k)",
   Together({gradL1(cD3, gG . Transpose(uI), uI . hGen), gradL2(cD3, gG . Transpose(uI), uI . hGen)}), {zero1, zero2});

(* ---- L_pi: the same with A = 1/2 (c1 = 1, lam = 3) ---- *)
cP = DiagonalMatrix({1, c2, c3}); lamP = 3; aI = 1/2;
ProofStep("C15", "L_pi", "lemma", "c1 = 1, lam = 3: A = (1 + lam/c1)^(-1/2) = 1/2 (A^-2 = 1 + lam/c1)",
   1/aI^2, 1 + lamP/1);
rW1 = gE . {{aI}} . Transpose(uI); rW2 = uI . {{aI}} . hH;
ProofStep("C15", "L_pi", "lemma", "m=3, k=2, I={1}, c1 = 1, lam = 3, G = e1, H = (1, 1): (G A U_I^T, U_I A H) is a critical point of L_pi for all c2, c3",
   {gradPi1(cP, lamP, rW1, rW2), gradPi2(cP, lamP, rW1, rW2)}, {zero1, zero2});
ProofStep("C15", "L_pi", "lemma", "m=3, k=2, c1 = 1, lam = 3: W2 W1 = U_I A^2 U_I^T = e1 e1^T / 4 for this point, which fixes J = I = {1} as for L",
   rW2 . rW1, uI . {{aI^2}} . Transpose(uI));
ProofStep("C15", "L_pi", "printed", "m=3, k=2, I={1}, c1 = 1, lam = 3: every critical point is a Table-1 point; the critical point (G A U_I^T, U_I A H) with G = e1, H = (1, 1) would be the printed point with G = W1 U_I A^-1 = e1, whose decoder is U_I A G^+ = U_I (1/2, 0)",
   rW2, uI . {{aI}} . gEPlus);
ProofStep("C15", "L_pi", "corrected", "m=3, k=2, I={1}, c1 = 1, lam = 3: for every G in F_I and every H with H G = I_l, (G A U_I^T, U_I A H) is critical: the component of I is {(G A U_I^T, U_I A H) : G in F_I, H G = I_l}",
   Together({gradPi1(cP, lamP, gG . {{aI}} . Transpose(uI), uI . {{aI}} . hGen), gradPi2(cP, lamP, gG . {{aI}} . Transpose(uI), uI . {{aI}} . hGen)}),
   {zero1, zero2});
