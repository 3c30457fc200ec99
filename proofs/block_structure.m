(* ========================================================================================
   Block structure of the Hessian at a Table-1 point (singular basis, identity representative), symbolically.
   General loss (lp, ls): L (0,0), L_pi (lam,0), L_sigma (0,lam), synthetic ((1-ws) lam, ws lam).
   m = 3, k = 2, C = diag(c1, c2, c3). Active latent r sits on coordinate i_r with W1[r,i_r] = W2[i_r,r] = d_r,
   d_r^2 = (c - ls)/(c + lp). The Hessian is built with free symbols c_i, d_r (polynomial entries); the criticality
   relation c_{i_r} = (ls + lp d_r^2)/(1 - d_r^2) is substituted only into the small extracted blocks.
   Coordinates theta = (vec_row(W1), vec_row(W2)): D1[a,i] -> (a-1) m + i, D2[i,a] -> k m + (i-1) k + a.
   ======================================================================================== *)

mS = 3; kS = 2;
hessC(c_, W1_, W2_, lp_, ls_) := Module({w, mm, gw, mw1t, h11, h22, h12, k, m},
   k = Length(W1); m = Length(c);
   w = W2 . W1; mm = c + lp*IdentityMatrix(m); gw = 2*(w . mm - c); mw1t = mm . Transpose(W1);
   h11 = KroneckerProduct(2*Transpose(W2) . W2, mm);
   h22 = KroneckerProduct(IdentityMatrix(m), 2*W1 . mw1t);
   h12 = Table(2*W2[[Quotient(cc - 1, k) + 1, Quotient(r - 1, m) + 1]]*mw1t[[Mod(r - 1, m) + 1, Mod(cc - 1, k) + 1]]
               + gw[[Quotient(cc - 1, k) + 1, Mod(r - 1, m) + 1]]*KroneckerDelta(Quotient(r - 1, m), Mod(cc - 1, k)),
               {r, 1, k*m}, {cc, 1, m*k});
   Join(MapThread(Join, {h11, h12}), MapThread(Join, {Transpose(h12), h22})) + 2*ls*IdentityMatrix(2*k*m));
i1(a_, i_) := (a - 1)*mS + i;
i2(i_, a_) := kS*mS + (i - 1)*kS + a;
cAct(r_) := (ls + lp*Symbol("d" <> ToString(r))^2)/(1 - Symbol("d" <> ToString(r))^2);
setup(st_) := Module({cv, w1, w2},
   cv = Table(Symbol("c" <> ToString(i)), {i, 1, mS});
   w1 = Table(If(a <= Length(st) && st[[a]] == i, Symbol("d" <> ToString(a)), 0), {a, 1, kS}, {i, 1, mS});
   {cv, w1, Transpose(w1)});
(* p/q = r/s  iff  p s - r q = 0: compared as polynomials (fast, exact) *)
crossEq(u_, v_) := Expand(Numerator(u)*Denominator(v) - Numerator(v)*Denominator(u));
sub(h_, idx_) := Table(h[[p, q]], {p, idx}, {q, idx});

(* ---- I = {1}: l = 1 < k = 2 ---- *)
s1 = setup({1}); H = Expand(hessC(DiagonalMatrix(s1[[1]]), s1[[2]], s1[[3]], lp, ls));
rel1 = {c1 -> cAct(1)}; cv = {cAct(1), c2, c3};
blocksA = Flatten(Table({{i1(2, i), i2(i, 2)}}, {i, 1, mS}), 1);
blocksB = {{i1(1, 2), i2(2, 1)}, {i1(1, 3), i2(3, 1)}};
blocksC = {{i1(1, 1), i2(1, 1)}};
allBlocks = Join(blocksA, blocksB, blocksC);
blockOf = Table(Select(Range(Length(allBlocks)), MemberQ(allBlocks[[#]], p) &)[[1]], {p, 1, 2*kS*mS});
ProofStep("C17", "-", "lemma", "I={1}, m=3, k=2: the Hessian is block diagonal for the pairs (D1[a,i], D2[i,a]) (all entries between different pairs vanish)",
   Table(If(blockOf[[p]] == blockOf[[q]], 0, H[[p, q]]), {p, 1, 2*kS*mS}, {q, 1, 2*kS*mS}), 0);
(* (a) inactive latent 2 with coordinate i: [[2 ls, g_i], [g_i, 2 ls]], g_i = -2 c_i (i not in I), -2 ls (i in I) *)
Do(bA = Together(sub(H, blocksA[[i]]) /. rel1); g = If(i == 1, -2*ls, -2*cv[[i]]);
   ProofStep("C17", "-", "lemma", "(a) inactive latent, coordinate " <> ToString(i) <> ": block = [[2 ls, g], [g, 2 ls]], g = " <> ToString(g) <> ", eigenvalues 2 ls +- g",
      bA, {{2*ls, g}, {g, 2*ls}}), {i, 1, mS});
(* (b) active latent 1 (p = 1) with coordinate i not in I: determinant *)
Do(bB = Together(sub(H, blocksB[[j]]) /. rel1); ci = cv[[j + 1]]; cp = cv[[1]];
   ProofStep("C17", "-", "lemma", "(b) active latent on p=1, coordinate " <> ToString(j + 1) <> ": det = 4 (c_p - c_i)((c_p + lp) c_i + c_p (lp + ls))/(c_p + lp), trace > 0",
      crossEq(Together(Det(bB)), Together(4*(cp - ci)*((cp + lp)*ci + cp*(lp + ls))/(cp + lp))), 0), {j, 1, 2});
(* (c) active latent with its own coordinate: eigenvectors (1,1), (1,-1) *)
bC = Together(sub(H, blocksC[[1]]) /. rel1);
ProofStep("C17", "-", "lemma", "(c) active diagonal block: eigenvalues 4 (c_p - ls) on (1,1) and 4 ls on (1,-1)",
   Together({bC . {1, 1}, bC . {1, -1}}), Together({4*(cv[[1]] - ls)*{1, 1}, 4*ls*{1, -1}}));

(* ---- I = {1, 2}: l = k = 2: the pair block (d) ---- *)
s2 = setup({1, 2}); H2 = Expand(hessC(DiagonalMatrix(s2[[1]]), s2[[2]], s2[[3]], lp, ls));
bD = Together(sub(H2, {i1(1, 2), i2(2, 1), i1(2, 1), i2(1, 2)}) /. {c1 -> cAct(1), c2 -> cAct(2)});
ProofStep("C17", "-", "lemma", "(d) pair block (D1[1,2], D2[2,1], D1[2,1], D2[1,2]): the O(2) rotation (d2, d2, -d1, -d1) is in its kernel",
   Together(bD . {d2, d2, -d1, -d1}), {0, 0, 0, 0});
(* ls = 0 (L, L_pi): Q = 2 mu_q (d2 y2 + d1 x1)^2 + 2 mu_p (d1 y1 + d2 x2)^2 has rank 2: two kernel vectors *)
bD0 = Together(bD /. ls -> 0);
ProofStep("C16", "-", "lemma", "(d) ls = 0: (d2, 0, 0, -d1) and (0, d2, -d1, 0) are both in the kernel of the pair block: 2 zero, 2 positive eigenvalues (L, L_pi)",
   Together({bD0 . {d2, 0, 0, -d1}, bD0 . {0, d2, -d1, 0}}), {{0, 0, 0, 0}, {0, 0, 0, 0}});
(* ls > 0: exact inertia (LDL^T, Sylvester) of the pair block at rational samples: one zero, three positive *)
samplesD = {{1/2, 1/3, 1/5, 1}, {9/10, 1/10, 0, 2}, {1/3, 2/3, 3, 1/7}, {3/4, 3/5, 0, 1}};
Do(sm = samplesD[[j]];
   ProofStep("C16", "-", "lemma", "(d) ls > 0, sample (d1, d2, lp, ls) = " <> ToString(sm) <> ": exact inertia of the pair block = (0 negative, 1 zero, 3 positive)",
      LaeInertia(bD /. {d1 -> sm[[1]], d2 -> sm[[2]], lp -> sm[[3]], ls -> sm[[4]]}), {0, 1, 3}), {j, 1, Length(samplesD)});

(* ---- Boundary c_3 = lam (L_sigma): BlockInertiaFormulas vs the exact LDL^T inertia ---- *)
cB = {169/25, 3, 1, 1/2};
ptB = LaeTable1Point("L_sigma", cB, 1, 0, 2, {1});
exB = LaeInertia(LaeHessian(cB, 0, 1, ptB[[1]], ptB[[2]]));
ProofShow("boundary c = {169/25, 3, 1, 1/2}, lam = 1, k = 2, I = {1}: exact inertia, block formula", {exB, LaeBlockInertia("L_sigma", cB, 1, 0, 2, {1})});
ProofStep("C17", "L_sigma", "corrected", "boundary c_3 = lam: L_sigma index = d_I + (k-l) #{i not in I: c_i > lam} (= 1 here) and one extra zero per inactive latent (block formula = exact inertia)",
   LaeBlockInertia("L_sigma", cB, 1, 0, 2, {1}), exB);
