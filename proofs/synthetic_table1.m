(* ========================================================================================
   Table 1 for the synthetic loss (C30): L~ = ws L_sigma + (1 - ws) L_pi, ls = ws lam > 0, lp = (1 - ws) lam.
   Singular basis, C = diag(c), c_i = s_i^2 distinct. The conjectured critical set (explorer census, proved for
   k = 1 in synthetic_transpose.m): for every I within {i : c_i > ls} with |I| = l <= k,
     W1 = O T_I U_I^T,  W2 = U_I T_I O^T,  T_I = diag(t_i),  t_i^2 = (c_i - ls)/(c_i + lp),  O in V_I (k x l, O^T O = I),
   and the Hessian block analysis of block_structure.m (general lp, ls) gives, with
   N> = #{i not in I : c_i > ls} and N= = #{i not in I : c_i = ls},
     index   = d_I + (k - l) N>,
     nullity = k l - l (l + 1)/2 + (k - l) N=      (= dim V_I + the boundary's extra zeros),
   so index 0 (a minimum) iff d_I = 0 and (l = k or N> = 0), i.e. iff I = {1, ..., min(k, m_s)}, m_s = #{i : c_i > ls}.
   Here every Table-1 point is built in exact rational arithmetic (c chosen so that every t_i is rational),
   its gradient is checked to be exactly 0 and its Hessian inertia is computed exactly (LDL^T + Sylvester's law,
   LaeInertia), beside the block formula (LaeBlockInertia) and the closed forms above.
   ======================================================================================== *)

dIof(set_) := Total(set - Range(Length(set)));
nGt(cv_, set_, lsv_) := Length(Select(Complement(Range(Length(cv)), set), cv[[#]] > lsv &));
nEq(cv_, set_, lsv_) := Length(Select(Complement(Range(Length(cv)), set), cv[[#]] == lsv &));
idxF(cv_, kk_, set_, lsv_) := dIof(set) + (kk - Length(set))*nGt(cv, set, lsv);
nulF(cv_, kk_, set_, lsv_) := kk*Length(set) - Length(set)*(Length(set) + 1)/2 + (kk - Length(set))*nEq(cv, set, lsv);

certify(cv_, kk_, lamv_, wsv_, tag_) := Module({lsv = wsv*lamv, lpv = (1 - wsv)*lamv, univ, sets, st, pt, ex, bl},
   univ = Select(Range(Length(cv)), cv[[#]] > lsv &);
   sets = Subsets(univ, {0, Min(kk, Length(univ))});
   Do(st = sets[[j]];
      pt = LaeTable1Point("L_synthetic", cv, lamv, wsv, kk, st);
      ex = LaeInertia(LaeHessian(cv, lpv, lsv, pt[[1]], pt[[2]]));
      bl = LaeBlockInertia("L_synthetic", cv, lamv, wsv, kk, st);
      If(ex[[1]] == 0, AppendTo(zeroIdx, st));
      ProofShow(tag <> " I=" <> ToString(st) <> ": exact (neg, zero, pos), block formula, closed-form index and nullity",
         {ex, bl, idxF(cv, kk, st, lsv), nulF(cv, kk, st, lsv)});
      ProofStep("C30", "L_synthetic", "lemma", tag <> ", I=" <> ToString(st) <> ": the Table-1 point (t_i^2 = (c_i - ls)/(c_i + lp)) is critical (exact gradient = 0) and transposed",
         {LaeGradient(cv, lpv, lsv, pt[[1]], pt[[2]]), pt[[1]] - Transpose(pt[[2]])}, {0, 0});
      ProofStep("C30", "L_synthetic", "printed", tag <> ", I=" <> ToString(st) <> ": exact inertia = (d_I + (k-l) N>, kl - l(l+1)/2 + (k-l) N=, rest) = block formula",
         {ex, bl}, {{idxF(cv, kk, st, lsv), nulF(cv, kk, st, lsv), 2*kk*Length(cv) - idxF(cv, kk, st, lsv) - nulF(cv, kk, st, lsv)},
                    {idxF(cv, kk, st, lsv), nulF(cv, kk, st, lsv), 2*kk*Length(cv) - idxF(cv, kk, st, lsv) - nulF(cv, kk, st, lsv)}}),
      {j, 1, Length(sets)}));

(* A: ws = 1/2, lam = 1 (ls = lp = 1/2): t^2 = (c - 1/2)/(c + 1/2) = (2/3)^2, (3/5)^2, (1/2)^2, (1/3)^2 for the first four c;
   c_5 = 1/4 < ls (no component contains 5). m = 5, k = 2: every I within {1..4}, |I| <= 2 (11 components). *)
zeroIdx = {};
certify({13/10, 17/16, 5/6, 5/8, 1/4}, 2, 1, 1/2, "A: ws=1/2, lam=1, m=5, k=2");
zeroA = zeroIdx; zeroIdx = {};
(* B: ws = 1/5, lam = 1 (ls = 1/5, lp = 4/5): t^2 = (3/4)^2, (2/3)^2, (1/2)^2, (1/3)^2; c_5 = 1/10 < ls. k = 3 > l for most I. *)
certify({52/35, 1, 8/15, 13/40, 1/10}, 3, 1, 1/5, "B: ws=1/5, lam=1, m=5, k=3");
zeroB = zeroIdx; zeroIdx = {};
(* C, the boundary: ws = 1/2, lam = 1 and c_3 = 1/2 = ls exactly (t_3 = 0: no component contains 3, and each inactive
   latent gets one extra zero eigenvalue from coordinate 3). m = 4, k = 2. *)
certify({13/10, 5/6, 1/2, 1/4}, 2, 1, 1/2, "C (boundary c_3 = ls): ws=1/2, lam=1, m=4, k=2");
(* The minimum: exact index 0 only at I = {1..min(k, m_s)}: A (k = 2, m_s = 4): {1, 2}; B (k = 3, m_s = 4): {1, 2, 3}. *)
ProofStep("C30", "L_synthetic", "printed", "A and B: the only components with exact index 0 are I = {1, 2} (A) and I = {1, 2, 3} (B), i.e. I = {1..min(k, m_s)}: the minimum",
   {zeroA, zeroB}, {{{1, 2}}, {{1, 2, 3}}});
