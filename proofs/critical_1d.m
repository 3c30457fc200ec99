(* ========================================================================================
   The 1-D picture of Section 2 (m = n = k = 1): data x != 0, weights w1, w2, lam > 0.
     f(lp, ls) = (x - w2 w1 x)^2 + lp (w1 w2)^2 + ls (w1^2 + w2^2)
   L: lp = ls = 0;  L_pi: lp = lam;  L_sigma: ls = lam;  synthetic: lp = (1 - ws) lam, ls = ws lam.
   The complete critical set of each loss is found by elimination (Groebner bases, resultants,
   factorisation), NOT by Solve: Symja's Solve fails on the sum-loss system and misses curves.
   ======================================================================================== *)

f1(lp_, ls_) := (x - w2*w1*x)^2 + lp*(w1*w2)^2 + ls*(w1^2 + w2^2);
grad1(lp_, ls_) := Expand({D(f1(lp, ls), w1), D(f1(lp, ls), w2)});
hess1(lp_, ls_) := Expand({{D(f1(lp, ls), w1, w1), D(f1(lp, ls), w1, w2)}, {D(f1(lp, ls), w2, w1), D(f1(lp, ls), w2, w2)}});
gS = grad1(0, lam);  hS = hess1(0, lam);

(* ---------------- what Solve returns (for the record: not used for any verdict) ---------------- *)
ProofShow("Quiet(Solve(grad L_sigma = 0))", Quiet(Solve({gS[[1]] == 0, gS[[2]] == 0}, {w1, w2})));
ProofShow("Quiet(Solve(grad L_pi = 0))", Quiet(Solve({grad1(lam, 0)[[1]] == 0, grad1(lam, 0)[[2]] == 0}, {w1, w2})));

(* ================================ L_sigma ================================ *)
(* Groebner basis of the gradient ideal, lex order w2 > w1 > x > lam (parameters as variables). *)
ProofShow("GroebnerBasis(grad L_sigma, {w2, w1, x, lam})", GroebnerBasis(gS, {w2, w1, x, lam}));

(* Elimination of w2: the resultant factors completely; its real roots in w1 are 0 and
   w1^2 = 1 - lam/x^2 (the factor lam + x^2 + x^2 w1^2 is > 0 for real w1, lam >= 0, x != 0). *)
resS = Factor(Resultant(gS[[1]], gS[[2]], w2));
ProofShow("Resultant(dL_sigma/dw1, dL_sigma/dw2, w2), factored", resS);
ProofStep("C5", "L_sigma", "lemma", "eliminating w2: Res_w2(grad) = 8 lam w1 (lam - x^2 + x^2 w1^2)(lam + x^2 + x^2 w1^2)",
   resS, 8*lam*w1*(lam - x^2 + x^2*w1^2)*(lam + x^2 + x^2*w1^2));

(* Key identity: w1 df/dw1 - w2 df/dw2 = 2 lam (w1^2 - w2^2), so for lam > 0 every critical point has w1 = +-w2. *)
ProofStep("C6", "L_sigma", "lemma", "w1 df/dw1 - w2 df/dw2 = 2 lam (w1 - w2)(w1 + w2) (so lam > 0 forces w1 = +-w2)",
   w1*gS[[1]] - w2*gS[[2]], 2*lam*(w1 - w2)*(w1 + w2));
(* Branch w1 = -w2 = t: df/dw1 = 2 t (lam + x^2 + x^2 t^2), non-zero for real t != 0: only the origin. *)
ProofStep("C6", "L_sigma", "lemma", "on w1 = -w2 = t: df/dw1 = 2 t (lam + x^2 + x^2 t^2), > 0 for t > 0: no critical point but the origin",
   gS[[1]] /. {w1 -> t, w2 -> -t}, 2*t*(lam + x^2 + x^2*t^2));
(* Branch w1 = w2 = t: df/dw1 = 2 t (lam - x^2 + x^2 t^2): t = 0 or t^2 = 1 - lam/x^2. *)
ProofStep("C5", "L_sigma", "lemma", "on w1 = w2 = t: df/dw1 = df/dw2 = 2 t (lam - x^2 + x^2 t^2)",
   gS /. {w1 -> t, w2 -> t}, {2*t*(lam - x^2 + x^2*t^2), 2*t*(lam - x^2 + x^2*t^2)});

(* The printed statement C5: the origin always; the others at w1 w2 = 1 - lam/x^2 with w1 = w2. *)
ProofStep("C5", "L_sigma", "printed", "the origin is a critical point for every x, lam", gS /. {w1 -> 0, w2 -> 0}, {0, 0}, "general");
tS = Sqrt(1 - lam/x^2);
ProofStep("C5", "L_sigma", "printed", "(t, t) and (-t, -t) with t^2 = 1 - lam/x^2 (hyperbola w1 w2 = 1 - lam/x^2 meets w1 = w2) are critical",
   Together({gS /. {w1 -> tS, w2 -> tS}, gS /. {w1 -> -tS, w2 -> -tS}}), {{0, 0}, {0, 0}}, "general");
ProofStep("C5", "L_sigma", "printed", "there are no other real critical points: w1 df/dw1 - w2 df/dw2 = 2 lam (w1^2 - w2^2) puts every critical point on w1 = +-w2, and on w1 = -w2 = t, df/dw1 = 2 t (lam + x^2 + x^2 t^2) vanishes only at t = 0",
   {w1*gS[[1]] - w2*gS[[2]], gS[[1]] /. {w1 -> t, w2 -> -t}}, {2*lam*(w1^2 - w2^2), 2*t*(lam + x^2 + x^2*t^2)}, "general");
ProofArgument("C5", "L_sigma", "For lam > 0 and real x != 0, w1 df/dw1 - w2 df/dw2 = 2 lam (w1 - w2)(w1 + w2) = 0 forces w1 = +-w2; lam + x^2 + x^2 t^2 > 0 for real t, so the branch w1 = -w2 has only the origin; on w1 = w2 = t, 2 t (lam - x^2 + x^2 t^2) = 0 gives t = 0 or t^2 = 1 - lam/x^2, real exactly when lam <= x^2.");

(* C6 / C9 in 1-D: every real critical point (lam > 0) is symmetric, W1 = W2^T. *)
ProofStep("C6", "L_sigma", "printed", "all real critical points satisfy w1 = w2 (lam > 0): w1 df/dw1 - w2 df/dw2 = 2 lam (w1^2 - w2^2), and on w1 = -w2 = t, df/dw1 = 2 t (lam + x^2 + x^2 t^2)",
   {w1*gS[[1]] - w2*gS[[2]], gS[[1]] /. {w1 -> t, w2 -> -t}}, {2*lam*(w1^2 - w2^2), 2*t*(lam + x^2 + x^2*t^2)}, "general");
ProofArgument("C6", "L_sigma", "For lam > 0, 2 lam (w1 - w2)(w1 + w2) = 0 forces w1 = +-w2, and lam + x^2 + x^2 t^2 > 0 for real t leaves only t = 0 (the origin, where w1 = w2) on the branch w1 = -w2 = t.");
ProofStep("C9", "L_sigma", "printed", "1-D Transpose Theorem (m = n = k = 1, lam > 0): every critical point has w1 = w2",
   Expand(w1*gS[[1]] - w2*gS[[2]] - 2*lam*(w1^2 - w2^2)) === 0 && Factor(gS[[1]] /. {w1 -> t, w2 -> -t}) === Factor(2*t*(lam + x^2 + x^2*t^2)), True, "at m = n = k = 1");
ProofArgument("C9", "L_sigma", "This script checks only m = n = k = 1 (the argument of C6); the argument for every size is proofs/transpose_proof.m.");
(* The hypothesis lam > 0 matters: at lam = 0 (the loss L) the point (2, 1/2) is critical and w1 != w2. *)
ProofStep("C9", "L_sigma", "lemma", "at lam = 0 the asymmetric point (w1, w2) = (2, 1/2) is critical (lam > 0 is needed)",
   gS /. {lam -> 0, w1 -> 2, w2 -> 1/2}, {0, 0});

(* C7: L_sigma is not invariant under GL_1 (w1, w2) -> (a w1, w2/a); it is under O(1) = {+1, -1}. *)
dGL = Expand(f1(0, lam) /. {w1 -> 2*w1, w2 -> w2/2}) - Expand(f1(0, lam));
ProofShow("L_sigma(2 w1, w2/2) - L_sigma(w1, w2)", Factor(dGL));
ProofStep("C7", "L_sigma", "printed", "L_sigma(2 w1, w2/2) - L_sigma(w1, w2) at (w1, w2) = (1, 0) is 3 lam, not 0 for lam > 0 (no GL_1 invariance)", dGL /. {w1 -> 1, w2 -> 0}, 3*lam, "general");
ProofArgument("C7", "L_sigma", "(w1, w2) -> (2 w1, w2/2) is the action of 2 in GL_1, and 3 lam != 0 for lam > 0.");
ProofStep("C7", "L_sigma", "lemma", "L_sigma(-w1, -w2) = L_sigma(w1, w2) (O(1) invariance remains)", f1(0, lam) /. {w1 -> -w1, w2 -> -w2}, f1(0, lam));

(* Hessian eigenvalues. Origin: H = [[2 lam, -2 x^2], [-2 x^2, 2 lam]], eigenvectors (1,1), (1,-1). *)
ProofStep("C8", "L_sigma", "lemma", "Hessian at the origin: H (1,1) = 2(lam - x^2) (1,1) and H (1,-1) = 2(lam + x^2) (1,-1)",
   {(hS /. {w1 -> 0, w2 -> 0}) . {1, 1}, (hS /. {w1 -> 0, w2 -> 0}) . {1, -1}}, {2*(lam - x^2)*{1, 1}, 2*(lam + x^2)*{1, -1}});
(* At (t, t), t^2 = 1 - lam/x^2: eigenvalues 4 (x^2 - lam) on (1,1) and 4 lam on (1,-1): minima for 0 < lam < x^2. *)
hT = hS /. {w1 -> tS, w2 -> tS};
ProofStep("C8", "L_sigma", "lemma", "Hessian at (t, t): H (1,1) = 4 (x^2 - lam) (1,1), H (1,-1) = 4 lam (1,-1): two minima for 0 < lam < x^2",
   Together({hT . {1, 1}, hT . {1, -1}}), {4*(x^2 - lam)*{1, 1}, 4*lam*{1, -1}});

(* C8: for lam > x^2 the origin is the only critical point: every critical point is on w1 = +-w2 (as in C5), the branch
   w1 = -w2 has only the origin, and the candidate real roots t^2 = 1 - lam/x^2 on w1 = w2 are negative. *)
ProofStep("C8", "L_sigma", "printed", "every critical point is on w1 = +-w2 (w1 df/dw1 - w2 df/dw2 = 2 lam (w1^2 - w2^2)); on w1 = -w2 = t, df/dw1 = 2 t (lam + x^2 + x^2 t^2); on w1 = w2 = t, df/dw1 = df/dw2 = 2 t (lam - x^2 + x^2 t^2)",
   {w1*gS[[1]] - w2*gS[[2]], gS[[1]] /. {w1 -> t, w2 -> -t}, gS /. {w1 -> t, w2 -> t}},
   {2*lam*(w1^2 - w2^2), 2*t*(lam + x^2 + x^2*t^2), {2*t*(lam - x^2 + x^2*t^2), 2*t*(lam - x^2 + x^2*t^2)}}, "general");
ProofStep("C8", "L_sigma", "printed", "for lam = x^2 (1 + d), d > 0: t^2 = 1 - lam/x^2 = -d < 0, so no real critical point besides the origin",
   Together((1 - lam/x^2) /. lam -> x^2*(1 + d)), -d, "general");
(* A concrete instance by an exact Groebner basis over Q: x = 2, lam = 5 > 4. *)
gb25 = GroebnerBasis(gS /. {x -> 2, lam -> 5}, {w2, w1});
ProofShow("GroebnerBasis(grad L_sigma at x = 2, lam = 5, {w2, w1})", gb25);
ProofShow("its w1-eliminant (first element), factored", Factor(First(gb25)));
ProofStep("C8", "L_sigma", "lemma", "x = 2, lam = 5: the w1-eliminant is w1 times a polynomial in w1^2 with positive coefficients (no real root but w1 = 0, hence w2 = 0)",
   Apply(And, Map(Positive, Map(Last, CoefficientRules(Cancel(First(gb25)/w1), {w1})))) &&
   Apply(And, Map(EvenQ, Flatten(Map(First, CoefficientRules(Cancel(First(gb25)/w1), {w1}))))), True, "at x = 2, lam = 5");
ProofArgument("C8", "L_sigma", "With lam = x^2 (1 + d), d > 0, the identities of the two printed steps give: the branch w1 = -w2 has only the origin (lam + x^2 + x^2 t^2 > 0), and on w1 = w2 = t, t = 0 or t^2 = 1 - lam/x^2 = -d < 0, which has no real root.");
(* Exactly at lam = x^2: the three critical points merge at the origin (pitchfork), which is degenerate. *)
ProofStep("C8", "L_sigma", "lemma", "at lam = x^2 the Hessian at the origin has eigenvalues {0, 4 x^2} (degenerate: pitchfork bifurcation)",
   {(hS /. {w1 -> 0, w2 -> 0, lam -> x^2}) . {1, 1}, (hS /. {w1 -> 0, w2 -> 0, lam -> x^2}) . {1, -1}}, {{0, 0}, 4*x^2*{1, -1}});
ProofStep("C8", "L_sigma", "corrected", "the origin is the only critical point exactly when lam >= x^2 (at lam = x^2 also: t^2 = 0), and it is a non-degenerate minimum only for lam > x^2",
   Together((1 - lam/x^2) /. lam -> x^2), 0);

(* ================================ L and L_pi: curves of critical points ================================ *)
(* grad L_pi = 2 (u (x^2 + lam) - x^2) (w2, w1) with u = w1 w2: the critical set is the origin union the curve u = x^2/(x^2 + lam).
   L is lam = 0: origin union the hyperbola w1 w2 = 1. *)
gP = grad1(lam, 0);
ProofShow("GroebnerBasis(grad L_pi, {w1, w2, x, lam})", GroebnerBasis(gP, {w1, w2, x, lam}));
ProofStep("C5", "L_pi", "lemma", "grad L_pi = 2 (w1 w2 (x^2 + lam) - x^2) (w2, w1): critical set = {origin} union the curve w1 w2 = x^2/(x^2 + lam)",
   gP, Expand(2*(w1*w2*(x^2 + lam) - x^2)*{w2, w1}));
ProofStep("C5", "L", "lemma", "grad L = -2 x^2 (1 - w1 w2) (w2, w1): critical set = {origin} union the hyperbola w1 w2 = 1",
   grad1(0, 0), Expand(-2*x^2*(1 - w1*w2)*{w2, w1}));
(* On the curve (w2 = u0/w1): Hessian kernel = tangent (w1, -w2), other eigenvalue 2 (x^2 + lam)(w1^2 + w2^2) > 0. *)
u0 = x^2/(x^2 + lam);
hP = hess1(lam, 0) /. w2 -> u0/w1;
ProofStep("C5", "L_pi", "lemma", "on the curve: H (w1, -w2) = 0 (flat direction along the curve)", Together(hP . {w1, -u0/w1}), {0, 0});
ProofStep("C5", "L_pi", "lemma", "on the curve: H (w2, w1) = 2 (x^2 + lam)(w1^2 + w2^2) (w2, w1) (minimum in the normal direction)",
   Together(hP . {u0/w1, w1}), Together(2*(x^2 + lam)*(w1^2 + u0^2/w1^2)*{u0/w1, w1}));
ProofStep("C5", "L_pi", "lemma", "origin of L_pi (and L): H = [[0, -2x^2], [-2x^2, 0]], eigenvalues -2x^2, 2x^2 (saddle)",
   hess1(lam, 0) /. {w1 -> 0, w2 -> 0}, {{0, -2*x^2}, {-2*x^2, 0}});

(* ================================ synthetic loss: C29 and C30 in 1-D ================================ *)
gT = grad1((1 - ws)*lam, ws*lam);
ProofStep("C30", "L_synthetic", "lemma", "w1 df/dw1 - w2 df/dw2 = 2 ws lam (w1^2 - w2^2): for ws lam > 0 every critical point has w1 = +-w2",
   w1*gT[[1]] - w2*gT[[2]], 2*ws*lam*(w1^2 - w2^2));
ProofStep("C30", "L_synthetic", "lemma", "branch w1 = -w2 = t: df/dw1 = 2 t (t^2 (x^2 + (1-ws) lam) + x^2 + ws lam) (> 0 for t > 0, 0 <= ws <= 1): only the origin",
   gT[[1]] /. {w1 -> t, w2 -> -t}, Expand(2*t*(t^2*(x^2 + (1 - ws)*lam) + x^2 + ws*lam)));
ProofStep("C30", "L_synthetic", "lemma", "branch w1 = w2 = t: df/dw1 = 2 t (t^2 (x^2 + (1-ws) lam) - x^2 + ws lam): t = 0 or t^2 = (x^2 - ws lam)/(x^2 + (1 - ws) lam)",
   gT[[1]] /. {w1 -> t, w2 -> t}, Expand(2*t*(t^2*(x^2 + (1 - ws)*lam) - x^2 + ws*lam)));
tT = Sqrt((x^2 - ws*lam)/(x^2 + (1 - ws)*lam));
hTT = hess1((1 - ws)*lam, ws*lam) /. {w1 -> tT, w2 -> tT};
ProofShow("synthetic: Hessian eigenvalues at (t, t) on (1,1) and (1,-1)", Together({(hTT . {1, 1})[[1]], (hTT . {1, -1})[[1]]}));
ProofStep("C30", "L_synthetic", "lemma", "Hessian at (t, t): eigenvalue 4 (x^2 - ws lam)(x^2 + (1-ws) lam)/(x^2 + (1-ws) lam) ... on (1,1) and 4 ws lam on (1,-1)",
   Together({hTT . {1, 1}, hTT . {1, -1}}), {4*(x^2 - ws*lam)*{1, 1}, 4*ws*lam*{1, -1}});
(* the transpose property at the critical points, for the three weights of Figure 4 *)
transposeAll(w_) := Expand(w1*gT[[1]] - w2*gT[[2]] - 2*ws*lam*(w1^2 - w2^2)) === 0 &&
   Apply(And, Map(Positive, Map(Last, CoefficientRules(Expand((gT[[1]] /. {w1 -> t, w2 -> -t})/(2*t)) /. ws -> w, {t, x, lam})))) &&
   (w*lam > 0 /. lam -> 1);
ProofStep("C29", "L_synthetic", "printed", "ws = 1/2: every critical point (1-D) satisfies w1 = w2 (transpose holds)", transposeAll(1/2), True);
ProofStep("C29", "L_synthetic", "printed", "ws = 1/20: every critical point (1-D) satisfies w1 = w2 (transpose holds)", transposeAll(1/20), True);
ProofStep("C29", "L_synthetic", "printed", "ws = 1/200: the paper says transpose fails; in 1-D every critical point still has w1 = w2 (computed: transpose holds)",
   transposeAll(1/200), False);
ProofStep("C30", "L_synthetic", "printed", "a precise transpose theorem holds in 1-D: for every ws in (0, 1] and lam > 0 all critical points have w1 = w2",
   Apply(And, Map(transposeAll, {1, 1/2, 1/20, 1/200, 1/2000})), True, "at m = n = k = 1, ws = 1, 1/2, 1/20, 1/200, 1/2000");
ProofStep("C30", "L_synthetic", "corrected", "1-D classification: origin (eigenvalues 2 ws lam -+ 2 x^2) always; two minima (t, t), (-t, -t) with t^2 = (x^2 - ws lam)/(x^2 + (1-ws) lam) iff ws lam < x^2",
   Together({gT /. {w1 -> tT, w2 -> tT}, (hess1((1 - ws)*lam, ws*lam) /. {w1 -> 0, w2 -> 0}) . {1, 1}}), {{0, 0}, 2*(ws*lam - x^2)*{1, 1}});
