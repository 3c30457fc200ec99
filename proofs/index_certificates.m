(* ========================================================================================
   Exact index certificates (C17) and nullities (C16) at the Table-1 points.
   Rational data in the singular basis, C = diag(c), c_i = s_i^2, with s = 13/5, 17/8, 3/4, 1/2 and lam = 1:
   1 - lam/c_i = (12/13)^2, (15/17)^2 for the two values above lam, so every L_sigma Table-1 entry is rational.
   For each I: the Hessian of RegularizedLaeLoss (formula proven in gradients.m) in exact rational arithmetic
   (LaeHessian), its inertia by an exact LDL^T with Sylvester's law (LaeInertia: no floating point, no tolerance);
   beside it the double-precision inertia of the numeric engine (LaeNumericInertia) and the closed-form
   block count (LaeBlockInertia, lae.symbolic.BlockInertiaFormulas, derived in block_structure.m).
   ======================================================================================== *)

cs = {169/25, 289/64, 9/16, 1/4}; lamC = 1; m0C = 2;
lossesC = {{"L", 0, 0}, {"L_pi", lamC, 0}, {"L_sigma", 0, lamC}};
dIof(set_) := Total(set - Range(Length(set)));
printedIdx(mm_, kk_, set_) := dIof(set) + (kk - Length(set))*(mm - Length(set));
printedNul(name_, kk_, ll_) := If(name == "L_sigma", kk*ll - ll*(ll + 1)/2, kk*ll);

certify(mm_, kk_, tag_) := Do(
   name = lossesC[[q, 1]];
   sets = If(name == "L_sigma", Subsets(Range(m0C), {0, Min(kk, m0C)}), Subsets(Range(mm), {0, kk}));
   Do(st = sets[[j]]; ll = Length(st);
      pt = LaeTable1Point(name, Take(cs, mm), lamC, 1/2, kk, st);
      ex = LaeInertia(LaeHessian(Take(cs, mm), lossesC[[q, 2]], lossesC[[q, 3]], pt[[1]], pt[[2]]));
      nu = LaeNumericInertia(name, Take(cs, mm), lamC, 1/2, kk, st);
      bl = LaeBlockInertia(name, Take(cs, mm), lamC, 1/2, kk, st);
      ProofShow(tag <> " " <> name <> " I=" <> ToString(st) <> ": exact (neg, zero, pos), numeric (+margin), block, printed index", {ex, nu, bl, printedIdx(mm, kk, st)});
      ProofStep("C14", name, "lemma", tag <> ", I=" <> ToString(st) <> ": the Table-1 point is critical (exact gradient = 0)",
         LaeGradient(Take(cs, mm), lossesC[[q, 2]], lossesC[[q, 3]], pt[[1]], pt[[2]]), 0);
      ProofStep("C17", name, "printed", tag <> ", I=" <> ToString(st) <> ": exact index = d_I + (k-l)(m-l) = " <> ToString(printedIdx(mm, kk, st)),
         ex[[1]], printedIdx(mm, kk, st));
      ProofStep("C16", name, "printed", tag <> ", I=" <> ToString(st) <> ": exact nullity = printed component dimension " <> ToString(printedNul(name, kk, ll)),
         ex[[2]], printedNul(name, kk, ll));
      ProofStep("engine:inertia", name, "printed", tag <> ", I=" <> ToString(st) <> ": exact inertia = numeric inertia (EJML) = block formula",
         {ex, ex}, {Take(nu, 3), bl});
      If(name == "L_sigma", ProofStep("C17", name, "corrected", tag <> ", I=" <> ToString(st) <> ": L_sigma index = d_I + (k-l)(m0-l)",
         ex[[1]], dIof(st) + (kk - ll)*(m0C - ll))),
      {j, 1, Length(sets)}),
   {q, 1, Length(lossesC)});

(* Configuration A: m = 4, k = 2, m0 = 2 < m.  Configuration B: m = 4, k = 3 > m0 = 2.  Configuration D: m = 2 = m0, k = 1. *)
certify(4, 2, "A: m=4, k=2, m0=2");
certify(4, 3, "B: m=4, k=3, m0=2");
certify(2, 1, "D: m=2, k=1, m0=2");
