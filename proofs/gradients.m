(* ========================================================================================
   Gradients and Hessians of the four losses, derived entrywise with symbolic matrices,
   proven equal to the closed forms that the numeric engine (lae.model.RegularizedLaeLoss) uses.

   All four losses are  f = ||X - W2 W1 X||_F^2 + lp ||W2 W1||_F^2 + ls (||W1||_F^2 + ||W2||_F^2):
     L: lp = ls = 0;  L_pi: lp = lam, ls = 0;  L_sigma: lp = 0, ls = lam;
     synthetic L~ = ws L_sigma + (1 - ws) L_pi:  lp = (1 - ws) lam, ls = ws lam.
   Coordinates theta = (vec_row(W1), vec_row(W2)), as in lae.model.LaePoint.
   ======================================================================================== *)

symMat(name_, r_, c_) := Table(Symbol(name <> ToString(i) <> ToString(j)), {i, 1, r}, {j, 1, c});
sqNorm(A_) := Flatten(A) . Flatten(A);

(* The loss, entry by entry, straight from its definition (no closed form used). *)
lossEntrywise(X_, W1_, W2_, lp_, ls_) := sqNorm(X - W2 . W1 . X) + lp*sqNorm(W2 . W1) + ls*(sqNorm(W1) + sqNorm(W2));

(* The closed forms of RegularizedLaeLoss, with C = X X^T, W = W2 W1, M = C + lp I, Gw = 2 (W M - C):
   df/dW1 = W2^T Gw + 2 ls W1,  df/dW2 = Gw W1^T + 2 ls W2. *)
gradClosed(X_, W1_, W2_, lp_, ls_) := Module({c, w, mm, gw},
   c = X . Transpose(X); w = W2 . W1; mm = c + lp*IdentityMatrix(Length(c)); gw = 2*(w . mm - c);
   Join(Flatten(Transpose(W2) . gw + 2*ls*W1), Flatten(gw . Transpose(W1) + 2*ls*W2)));

(* Dense Hessian of RegularizedLaeLoss.hessian: H11 = 2 (W2^T W2) (x) M, H22 = 2 I_m (x) (W1 M W1^T),
   H12[(a,j),(i,a')] = 2 W2[i,a] (M W1^T)[j,a'] + Gw[i,j] delta(a,a'), plus 2 ls I. *)
hessClosed(X_, W1_, W2_, lp_, ls_) := Module({c, w, mm, gw, k, m, h11, h22, h12, mw1t},
   k = Length(W1); m = Length(X);
   c = X . Transpose(X); w = W2 . W1; mm = c + lp*IdentityMatrix(m); gw = 2*(w . mm - c);
   mw1t = mm . Transpose(W1);
   h11 = KroneckerProduct(2*Transpose(W2) . W2, mm);
   h22 = KroneckerProduct(IdentityMatrix(m), 2*W1 . mw1t);
   h12 = Table(2*W2[[Quotient(cc - 1, k) + 1, Quotient(r - 1, m) + 1]]*mw1t[[Mod(r - 1, m) + 1, Mod(cc - 1, k) + 1]]
               + gw[[Quotient(cc - 1, k) + 1, Mod(r - 1, m) + 1]]*KroneckerDelta(Quotient(r - 1, m), Mod(cc - 1, k)),
               {r, 1, k*m}, {cc, 1, m*k});
   Join(MapThread(Join, {h11, h12}), MapThread(Join, {Transpose(h12), h22})) + 2*ls*IdentityMatrix(2*k*m));

lossList = {{"L", 0, 0}, {"L_pi", lam, 0}, {"L_sigma", 0, lam}, {"L_synthetic", (1 - ws)*lam, ws*lam}};

(* ---- m = 2, k = 1 (n = 2) and m = 3, k = 2 (n = 3): symbolic X, W1, W2 ---- *)
checkSizes(m_, k_) := Module({X, W1, W2, th, f, g, h, dg, dh, sub, i},
   X = symMat("x", m, m); W1 = symMat("a", k, m); W2 = symMat("b", m, k);
   th = Join(Flatten(W1), Flatten(W2));
   f = Expand(lossEntrywise(X, W1, W2, lp, ls));
   g = Map(D(f, #) &, th);
   h = Table(D(g[[i]], th[[j]]), {i, 1, Length(th)}, {j, 1, Length(th)});
   (* the differences closed form - entrywise derivative, expanded once with symbolic lp, ls;
      each loss is then a specialisation of lp, ls, checked to be exactly zero *)
   dg = Expand(gradClosed(X, W1, W2, lp, ls) - g);
   dh = Expand(hessClosed(X, W1, W2, lp, ls) - h);
   Do(sub = {lp -> lossList[[i, 2]], ls -> lossList[[i, 3]]};
      ProofStep("engine:gradient", lossList[[i, 1]], "printed",
         "m=" <> ToString(m) <> ", k=" <> ToString(k) <> ": closed-form gradient - entrywise derivative of the loss = 0",
         dg /. sub, 0);
      ProofStep("engine:hessian", lossList[[i, 1]], "printed",
         "m=" <> ToString(m) <> ", k=" <> ToString(k) <> ": closed-form dense Hessian - entrywise second derivatives = 0",
         dh /. sub, 0),
      {i, 1, Length(lossList)}));

checkSizes(2, 1);
checkSizes(3, 2);
