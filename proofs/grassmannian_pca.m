(* ========================================================================================
   Eckart-Young (C1), the Grassmannian picture (C13) and the decoder at lambda = 0 (C23).
   Data in the singular basis: C = X X^T = diag(c1, ..., cm), c_i = s_i^2.
   ======================================================================================== *)

lossL(cc_, A_, B_) := Tr((IdentityMatrix(Length(cc)) - B . A) . cc . Transpose(IdentityMatrix(Length(cc)) - B . A));
gradL1(cc_, A_, B_) := 2*Transpose(B) . (B . A . cc - cc);
gradL2(cc_, A_, B_) := 2*(B . A . cc - cc) . Transpose(A);

(* ---- C1 (k = 1, m = 3): an exact sum-of-squares certificate. For W = b a^T,
   L - (c2 + c3) = |b|^2 (a - b/|b|^2)^T C (a - b/|b|^2) + sum_i (c1 - c_i) b_i^2 / |b|^2,
   both terms >= 0 when c1 >= c_i (C is PSD), and both vanish iff a = b/|b|^2 and b in span(e1),
   i.e. iff W = b a^T = e1 e1^T: the rank-1 projector onto the top principal direction. ---- *)
cD3 = DiagonalMatrix({c1, c2, c3});
aV = {a1, a2, a3}; bV = {b1, b2, b3}; nb = b1^2 + b2^2 + b3^2;
ProofStep("C1", "L", "printed", "m=3, k=1, W = b a^T: L - (c2 + c3) = |b|^2 (a - b/|b|^2)^T C (a - b/|b|^2) + sum_i (c1 - c_i) b_i^2/|b|^2 (both terms >= 0 for c1 >= c_i; zero iff W = e1 e1^T)",
   Together(lossL(cD3, {aV}, Transpose({bV})) - (c2 + c3)),
   Together(nb*((aV - bV/nb) . cD3 . (aV - bV/nb)) + ((c1 - c2)*b2^2 + (c1 - c3)*b3^2)/nb));
ProofStep("C1", "L", "printed", "m=3, k=1: at W = e1 e1^T the loss is c2 + c3 (the Eckart-Young minimum) and the gradient vanishes",
   {lossL(cD3, {{1, 0, 0}}, {{1}, {0}, {0}}), gradL1(cD3, {{1, 0, 0}}, {{1}, {0}, {0}}), gradL2(cD3, {{1, 0, 0}}, {{1}, {0}, {0}})},
   {c2 + c3, {{0, 0, 0}}, {{0}, {0}, {0}}});

(* ---- C13: f(Y) = ||X - Y Y^T X||^2 = tr C - tr(Y^T C Y) on Gr_k(R^m), in the chart Y(B) = [I; B] (I + B^T B)^(-1/2)
   around span(e_I) (coordinates reordered so that I comes first): f(B) = tr C - tr((I + B^T B)^-1 [I; B]^T C_I [I; B]). ---- *)
fChart(cI_, cJ_, B_) := Module({Y = Join(IdentityMatrix(Length(cI)), B)},
   Total(cI) + Total(cJ) - Tr(Inverse(IdentityMatrix(Length(cI)) + Transpose(B) . B) . Transpose(Y) . DiagonalMatrix(Join(cI, cJ)) . Y));
(* m = 3, k = 1, symbolic c: in the chart Y = (1, y1, y2) around span(e1), df/dy_j = -2 (C Y - R(Y) Y)_{j+1} / |Y|^2 with
   R = Y^T C Y / Y^T Y, and Y^T (C Y - R Y) = 0; so the gradient vanishes iff C Y = R Y, i.e. iff Y spans an eigenvector line.
   With distinct c the eigenvector lines are the coordinate axes: exactly binom(3, 1) = 3 critical points, one per chart. *)
cs3 = {c1, c2, c3}; yV = {1, y1, y2};
fK1 = fChart({c1}, {c2, c3}, {{y1}, {y2}});
rQ = (yV . DiagonalMatrix(cs3) . yV)/(yV . yV);
ProofStep("C13", "-", "printed", "m=3, k=1, symbolic c: in the chart around span(e1) the gradient of f is -2 (C Y - R Y)_{2,3}/|Y|^2 (Y = (1, y1, y2), R the Rayleigh quotient), and Y^T (C Y - R Y) = 0: critical iff C Y = R Y (an eigenvector line)",
   Together({D(fK1, y1), D(fK1, y2), yV . (DiagonalMatrix(cs3) . yV - rQ*yV)}),
   Together({-2*(c2*y1 - rQ*y1)/(yV . yV), -2*(c3*y2 - rQ*y2)/(yV . yV), 0}));
ProofShow("m=3, k=1, c = (3, 2, 1): Groebner bases of the gradient numerators in the three charts (each has the single real zero B = 0; the other zeros are non-real)",
   Table(Module({f = fChart({{3, 2, 1}[[r]]}, Delete({3, 2, 1}, r), {{y1}, {y2}})}, GroebnerBasis(Map(Numerator(Together(#)) &, {D(f, y1), D(f, y2)}), {y1, y2})), {r, 1, 3}));
(* m = 4, k = 2, symbolic c: at each of the binom(4, 2) = 6 points span(e_I) the Hessian of f in the chart is diagonal with entries
   2 (c_b - c_a) (b in I, a not in I): non-degenerate iff c_a != c_b, and its index counts the pairs a < b, a not in I, b in I (d_I).
   With S = B^T B: (I + S)^-1 = I - S + S^2 (I + S)^-1 (an identity, checked below), so f = f2 + O(|B|^4) with the polynomial
   f2 = tr C - tr((I - S) [I; B]^T C [I; B]): f and f2 have the same Hessian at B = 0. *)
sS = {{s11, s12}, {s12, s22}};
ProofStep("C13", "-", "lemma", "(I + S)^-1 = I - S + S^2 (I + S)^-1 for symmetric 2x2 S (so f - f2 = -tr(S^2 (I + S)^-1 Y^T C Y) = O(|B|^4))",
   Together(Inverse(IdentityMatrix(2) + sS) - (IdentityMatrix(2) - sS + sS . sS . Inverse(IdentityMatrix(2) + sS))), ConstantArray(0, {2, 2}));
cs = {c1, c2, c3, c4}; bs = {u11, u12, u21, u22}; bM = {{u11, u12}, {u21, u22}};
f2(cI_, cJ_) := Module({Y = Join(IdentityMatrix(2), bM)},
   Expand(Total(cI) + Total(cJ) - Tr((IdentityMatrix(2) - Transpose(bM) . bM) . Transpose(Y) . DiagonalMatrix(Join(cI, cJ)) . Y)));
hessAt0(ix_) := Module({jx = Complement({1, 2, 3, 4}, ix), f},
   f = f2(cs[[ix]], cs[[jx]]);
   Table(D(f, bs[[p]], bs[[q]]) /. {u11 -> 0, u12 -> 0, u21 -> 0, u22 -> 0}, {p, 1, 4}, {q, 1, 4}));
hessExpected(ix_) := Module({jx = Complement({1, 2, 3, 4}, ix)},
   DiagonalMatrix({2*(cs[[ix[[1]]]] - cs[[jx[[1]]]]), 2*(cs[[ix[[2]]]] - cs[[jx[[1]]]]), 2*(cs[[ix[[1]]]] - cs[[jx[[2]]]]), 2*(cs[[ix[[2]]]] - cs[[jx[[2]]]])}));
Do(ix = Subsets({1, 2, 3, 4}, {2})[[q]];
   ProofStep("C13", "-", "printed", "m=4, k=2, I=" <> ToString(ix) <> ": Hessian of f at span(e_I) = diag(2 (c_b - c_a), b in I, a not in I): non-degenerate iff the c are distinct",
      hessAt0(ix), hessExpected(ix)),
   {q, 1, 6});
(* counting via invariant subspaces: span([I; B]) is C-invariant iff D_J B = B D_I (Sylvester); the linear map B -> D_J B - B D_I
   has determinant prod (c_a - c_b), non-zero iff the two spectra are disjoint: then B = 0 is the only invariant plane in the chart. *)
sylv = {{c3 - c1, 0, 0, 0}, {0, c3 - c2, 0, 0}, {0, 0, c4 - c1, 0}, {0, 0, 0, c4 - c2}};
ProofStep("C13", "-", "printed", "m=4, k=2, I={1,2}: span([I; B]) is C-invariant iff D_J B = B D_I; in the coordinates (u11, u12, u21, u22) the map B -> D_J B - B D_I is diag(c3 - c1, c3 - c2, c4 - c1, c4 - c2), invertible iff the c are distinct: then B = 0 is the only invariant plane (critical point) in the chart, and the binom(4, 2) charts give exactly 6",
   Table(D(Flatten({{c3, 0}, {0, c4}} . {{u11, u12}, {u21, u22}} - {{u11, u12}, {u21, u22}} . {{c1, 0}, {0, c2}})[[p]], bs[[q]]), {p, 1, 4}, {q, 1, 4}), sylv);
(* the degenerate case: repeated singular values (m = 2, k = 1, c1 = c2 = 1): f is constant on Gr_1(R^2), so every line is a
   critical point (a continuum, not binom(2, 1) = 2 points) and every Hessian is 0 (degenerate). *)
ProofStep("C13", "-", "lemma", "counterexample without distinct singular values: m=2, k=1, c1 = c2 = 1: f(B) = 1 for every B (every line critical, Hessian 0)",
   Together(fChart({1}, {1}, {{y1}})), 1);

(* ---- C23 (lambda = 0): the decoder is U_I H with H G = I_l (C15's correction), not only U_I G^+; orthogonality is lost ---- *)
cD3 = DiagonalMatrix({c1, c2, c3});
gG = {{g1}, {g2}}; gPlus = Transpose(gG)/(g1^2 + g2^2);
(* printed reading: the critical decoder at lambda = 0 is W2 = U_I G^+; a critical point with another left inverse H of G *)
hH = {{1, h}}; gE = {{1}, {0}};   (* G = e1, H = (1, h): H G = 1 for every h *)
p1W1 = gE . {{1, 0, 0}}; p1W2 = {{1}, {0}, {0}} . hH;
ProofStep("C23 (l < k)", "L", "lemma", "m=3, k=2, I={1}, G = e1, H = (1, h) (H G = 1): (W1, W2) = (G U_I^T, U_I H) is a critical point of L for every h",
   {gradL1(cD3, p1W1, p1W2), gradL2(cD3, p1W1, p1W2)}, {ConstantArray(0, {2, 3}), ConstantArray(0, {3, 2})});
ProofStep("C23 (l < k)", "L", "printed", "m=3, k=2, I={1}, G = e1: the critical decoder U_I H equals the printed U_I G^+ = U_I (1, 0)",
   p1W2, {{1}, {0}, {0}} . Transpose(gE));
ProofStep("C23 (l < k)", "L", "corrected", "m=3, k=2, I={1}: for every G in F_I and every H with H G = 1 (H = G^+ + h (-g2, g1)/(g1^2 + g2^2)), (G U_I^T, U_I H) is critical: at lambda = 0 the decoder is U_I H with H G = I_l",
   Together({gradL1(cD3, gG . {{1, 0, 0}}, {{1}, {0}, {0}} . (gPlus + h*{{-g2, g1}}/(g1^2 + g2^2))), gradL2(cD3, gG . {{1, 0, 0}}, {{1}, {0}, {0}} . (gPlus + h*{{-g2, g1}}/(g1^2 + g2^2)))}),
   {ConstantArray(0, {2, 3}), ConstantArray(0, {3, 2})});
ProofStep("C23 (l < k)", "L", "corrected", "m=3, k=2, I={1}: the left inverses H of G are exactly G^+ + h (-g2, g1)/|G|^2 (H G = 1 for every h)",
   Together((gPlus + h*{{-g2, g1}}/(g1^2 + g2^2)) . gG), {{1}});
ProofStep("C23 (l < k)", "L", "printed", "orthogonality is lost: G = (2, 0)^T gives G^+ (G^+)^T = 1/4, not 1 (the rows of the decoder's right factor are not orthonormal)",
   (Transpose({{2}, {0}})/4) . Transpose(Transpose({{2}, {0}})/4) == {{1}}, False);
ProofStep("C23 (l < k)", "L", "corrected", "orthogonality is lost for the corrected decoder too: G = e1, H = (1, 1) gives H H^T = 2, not 1",
   {{1, 1}} . Transpose({{1, 1}}) == {{1}}, False);
(* l = k (the case of the minimum, which the PCA link is about): G is square and invertible, so H G = I_k forces H = G^-1,
   and G^+ = (G^T G)^-1 G^T = G^-1: the printed decoder U_I G^+ is then exact, and orthogonality is still lost. *)
gK = {{g11, g12}, {g21, g22}}; eK = {{1, 0}, {0, 1}, {0, 0}};
ProofStep("C23 (l = k)", "L", "lemma", "m=3, k=2, I={1,2}, every invertible G: (G U_I^T, U_I G^-1) is a critical point of L",
   Together({gradL1(cD3, gK . Transpose(eK), eK . Inverse(gK)), gradL2(cD3, gK . Transpose(eK), eK . Inverse(gK))}),
   {ConstantArray(0, {2, 3}), ConstantArray(0, {3, 2})});
ProofStep("C23 (l = k)", "L", "printed", "m=3, k=2, I={1,2}: for every invertible G, G^+ = (G^T G)^-1 G^T equals G^-1, the only left inverse H of G (H G = I_k): the critical decoder U_I H is the printed U_I G^+",
   Together(Inverse(Transpose(gK) . gK) . Transpose(gK) - Inverse(gK)), ConstantArray(0, {2, 2}), "at m = 3, k = 2");
ProofStep("C23 (l = k)", "L", "printed", "orthogonality is lost at l = k too: G = diag(2, 1) gives the decoder U_I G^-1 with (G^-1)^T G^-1 = diag(1/4, 1), not I",
   Transpose(Inverse({{2, 0}, {0, 1}})) . Inverse({{2, 0}, {0, 1}}) == IdentityMatrix(2), False);
ProofArgument("C23 (l = k)", "L", "for square invertible G (l = k), G^+ = (G^T G)^-1 G^T = G^-1 G^-T G^T = G^-1 at every size, and H G = I_k forces H = G^-1.");
