(* ========================================================================================
   C3: the denoising expectation (eq. 2);  C4: contractive = sum loss for tied weights;
   C24: the probabilistic-PCA correspondence, with the covariance normalisation explicit.
   ======================================================================================== *)

symMat(name_, r_, c_) := Table(Symbol(name <> ToString(i) <> ToString(j)), {i, 1, r}, {j, 1, c});
sqNorm(A_) := Flatten(A) . Flatten(A);

(* ---------------- C3 ----------------
   eps has i.i.d. N(0, sig2) entries, sig2 = lam/n. For a polynomial p of degree <= 2 in the entries e_ij of eps,
   E p = p(eps = 0) + sig2 * sum_ij (1/2) d^2 p / d e_ij^2  (odd moments vanish, E e^2 = sig2, cross moments vanish). *)
expect2(p_, es_) := (p /. Map(# -> 0 &, es)) + sig2*Total(Map(D(p, {#, 2})/2 /. Map(# -> 0 &, es) &, es));
Do(m = 2; n = nn; k = 1;
   X = symMat("x", m, n); W1 = symMat("a", k, m); W2 = symMat("b", m, k); W = W2 . W1; E1 = symMat("e", m, n);
   es = Flatten(E1);
   lhs = expect2(Expand(sqNorm(X - W . (X + E1))), es) /. sig2 -> lam/n;
   printedRhs = 1/(2*n)*sqNorm(X - W . X) + lam/(2*n)*Tr(W . Transpose(W));
   tag = "m=2, n=" <> ToString(n) <> ", k=1";
   ProofStep("C3", "L_pi", "printed", tag <> ": E||X - W2 W1 (X + eps)||^2 = (1/(2n)) sum ||x_i - W x_i||^2 + (lam/(2n)) tr(W W^T) (eq. 2 as printed)", lhs, printedRhs);
   ProofStep("C3", "L_pi", "corrected", tag <> ": E||X - W2 W1 (X + eps)||^2 = ||X - W X||_F^2 + lam ||W||_F^2 = L_pi exactly (no 1/(2n) factors)", lhs, sqNorm(X - W . X) + lam*sqNorm(W));
   ProofStep("C3", "L_pi", "lemma", tag <> ": the printed right-hand side equals E[L_noise]/(2n): eq. (2) holds with (1/(2n)) E[L_noise] on the left", printedRhs, lhs/(2*n)),
   {nn, {2, 3}});

(* Seeded Monte-Carlo check beside it: m = 2, n = 3, k = 1, rational data, lam = 1/2, 400000 draws (seed 7). *)
Xq = {{1, -2, 1}, {1/2, 1, -3/2}}; W1q = {{1, 1/2}}; W2q = {{3/4}, {1/3}}; lamq = 1/2; nq = 3;
Wq = W2q . W1q;
exactE = sqNorm(Xq - Wq . Xq) + lamq*sqNorm(Wq);
printedE = (sqNorm(Xq - Wq . Xq) + lamq*sqNorm(Wq))/(2*nq);
mc = LaeDenoiseMC(Xq, W1q, W2q, lamq, 400000, 7);
ProofShow("Monte-Carlo {mean, standard error} (400000 draws, seed 7)", mc);
ProofShow("exact E (corrected formula), printed right side", {exactE, N(exactE), printedE, N(printedE)});
ProofStep("C3", "L_pi", "lemma", "Monte Carlo: |MC mean - exact E| < 4 standard errors", Abs(mc[[1]] - exactE) < 4*mc[[2]], True);
ProofStep("C3", "L_pi", "lemma", "Monte Carlo: |MC mean - printed right side| > 100 standard errors (the printed value is rejected)", Abs(mc[[1]] - printedE) > 100*mc[[2]], True);

(* ---------------- C4 ----------------
   Encoder f(x) = W1 x: the Jacobian J_f(x) = W1 for every x (computed by differentiation). With tied weights W2 = W1^T,
   ||W2||^2 = ||W1||^2, so L_sigma(W1, W1^T) = L + 2 lam ||W1||^2 while L + (lam/2)||J_f||^2 = L + (lam/2)||W1||^2. *)
m = 3; k = 2; n = 3;
X = symMat("x", m, n); W1 = symMat("a", k, m); xv = Table(Symbol("v" <> ToString(j)), {j, 1, m});
J = Table(D((W1 . xv)[[r]], xv[[j]]), {r, 1, k}, {j, 1, m});
ProofStep("C4", "L_sigma", "lemma", "m=3, k=2: the Jacobian of the linear encoder is J_f(x) = W1 for every x", J, W1);
Lrec = sqNorm(X - Transpose(W1) . W1 . X);
contractive(l_) := Lrec + l/2*sqNorm(J);
sumTied(l_) := Lrec + l*(sqNorm(W1) + sqNorm(Transpose(W1)));
ProofStep("C4", "L_sigma", "printed", "m=3, n=3, k=2, tied W2 = W1^T: L + (lam/2)||J_f||^2 = L_sigma with the same lam", contractive(lam), sumTied(lam));
ProofStep("C4", "L_sigma", "corrected", "tied W2 = W1^T: L + (lam/2)||J_f(x)||^2 = L_sigma with lam_sigma = lam/4 (identical functions of W1); with the penalty summed over the n data points, lam_sigma = n lam/4",
   {contractive(lam), Lrec + n*lam/2*sqNorm(J)}, {sumTied(lam/4), sumTied(n*lam/4)});

(* ---------------- C24 ----------------
   pPCA (Tipping and Bishop 1999): x = W z + noise, z ~ N(0, I_q), noise ~ N(0, tau^2 I); with S the covariance used in the
   likelihood, ell(W) = -(n/2)(log det Cm + tr(Cm^-1 S)), Cm = W W^T + tau^2 I. We differentiate ell directly.
   m = 2, q = 1, S = diag(s1, s2) (the covariance in its eigenbasis), W = (p1, p2)^T.
   (Symja's relaxed syntax is case-insensitive: W1 and w1 are one symbol, hence the names p1, p2.) *)
Clear(n, m, k, a);
Cm = {{p1^2 + tau2, p1*p2}, {p1*p2, p2^2 + tau2}};
(* Derivatives by the quotient rule on polynomials (Symja 3.0.0 differentiated the rational function
   tr(Cm^-1 S) incorrectly when asked directly, so only polynomial derivatives are used). *)
detC = Expand(Det(Cm)); trS = Together(Tr(Inverse(Cm) . DiagonalMatrix({s1, s2})));
numT = Numerator(trS); denT = Denominator(trS);
dEll(v_) := -(D(detC, v)/detC + (D(numT, v)*denT - numT*D(denT, v))/denT^2);
gradEll = {dEll(p1), dEll(p2)};
(* MLE: W = (p1, 0) with p1^2 = s1 - tau^2, i.e. s1 = tau^2 + p1^2. Substitutions are staged (p2 -> 0, Together, then s1):
   Symja 3.0.0 returned a wrong non-zero value when all three rules were applied at once to the unsimplified expression. *)
ProofStep("C24", "-", "lemma", "pPCA log-likelihood is stationary at W = u_1 (lambda_1 - tau^2)^(1/2), lambda_1 the top eigenvalue of the covariance S in the likelihood",
   Together(Together(gradEll /. p2 -> 0) /. s1 -> tau2 + p1^2), {0, 0});
(* The covariance in the likelihood is the sample covariance S = X X^T / n = U (Sigma^2/n) U^T, so lambda_1 = s_1^2/n, and
   W_ML = U_I (Sigma_I^2/n - tau^2)^(1/2) O^T, not U_I (Sigma_I^2 - tau^2)^(1/2) O^T as printed (printed = unnormalised S = X X^T). *)
wPrinted = Sqrt(sg^2 - tau2); wML = Sqrt(sg^2/n - tau2); wSum = Sqrt(1 - lam/sg^2);
ProofStep("C24", "-", "printed", "printed MLE U_I (Sigma_I^2 - tau^2 I)^(1/2) O^T satisfies the likelihood equations with the sample covariance S = X X^T/n (n = 3)",
   Together(Together(gradEll /. p2 -> 0) /. {p1 -> wPrinted, s1 -> sg^2/3}), {0, 0});
ProofStep("C24", "-", "lemma", "the printed identity U_I (Sigma^2 - tau^2)^(1/2) = U_I Sigma (I - tau^2 Sigma^-2)^(1/2) (for sg > 0)",
   PowerExpand(wPrinted^2 - (sg*Sqrt(1 - tau2/sg^2))^2), 0);
ProofStep("C24", "L_sigma", "printed", "tau = sqrt(lam): pPCA W_ML (S = X X^T/n) divided by the compression Sigma_I/sqrt(n) equals the L_sigma decoder factor (I - lam Sigma^-2)^(1/2) (n = 3)",
   Together((wML/(sg/Sqrt(n)))^2 /. {tau2 -> lam, n -> 3}), Together(wSum^2));
ProofStep("C24", "L_sigma", "corrected", "with S = X X^T/n: pPCA with tau^2 = lam/n equals the L_sigma factor after dividing by Sigma_I/sqrt(n); with the unnormalised S = X X^T the printed tau = sqrt(lam) and compression Sigma_I are exact",
   Together({(wML/(sg/Sqrt(n)))^2 /. tau2 -> lam/n, (wPrinted/sg)^2 /. tau2 -> lam}), Together({wSum^2, wSum^2}));
