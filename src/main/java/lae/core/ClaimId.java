package lae.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The claim registry: one definition per claim id, in one place. Each constant is a claim of the paper
 * (C1..C30, Petrevski, <i>Regularized Linear Autoencoders and Topology of Loss Landscapes</i>) or a check of
 * the toolkit's own (the Morse-Bott tests, the census against dense Hessians, the engine checks), with:
 * <ul>
 *   <li>its id as reports spell it ({@link #id()}: "C17", "MB-C17") and the section of the paper it is in;</li>
 *   <li>its statement as printed ({@link #statement()}) and the one-line catalogue text of the errata
 *       ({@link #catalogue()});</li>
 *   <li>the engines whose verdicts answer it ({@link #engines()}: claim files, proof scripts, census, ...);</li>
 *   <li>for a claim that claim files test: the losses it is checked on ({@link #lossesChecked()}; empty for a
 *       claim about no single loss), and its formula fields with the printed default and the variables each may
 *       use ({@link #formulas()});</li>
 *   <li>the readings its verdicts come in ({@link #readings()}: as printed, or landscape and training).</li>
 * </ul>
 * Adding a claim is adding a constant here (and, for a claim-file claim, its check class in {@code lae.check}).
 * Claim-id strings appear nowhere else in the code: engines name claims by these constants, and
 * {@link #parse} reads the ids that proof scripts and JSON reports spell.
 */
public enum ClaimId {
    C1(Section.S12, "Eckart-Young",
            "The minimum of the unregularized loss L has W2 W1 equal to the rank-k projector onto the top-k principal subspace.",
            "Eckart-Young: the minimum of the unregularized loss L has W2 W1 equal to the rank-k projector onto the top-k principal subspace.",
            ClaimEngine.PROOF),
    C2(Section.S12, "GL symmetry",
            "L(W1, W2) = L(M W1, W2 M^-1) for every invertible k x k M.",
            "GL symmetry: L(W1, W2) = L(M W1, W2 M^-1) for every invertible k x k M.",
            ClaimEngine.PROOF),
    C3(Section.S12, "Denoising expectation (eq. 2)",
            "With X~ = X + eps, eps i.i.d. N(0, lambda/n), E ||X - W2 W1 X~||_F^2 equals the printed right-hand side; this motivates L_pi.",
            "Denoising expectation (eq. 2): E ||X - W2 W1 X~||_F^2 equals the printed right-hand side.",
            ClaimEngine.PROOF),
    C4(Section.S12, "Contractive = sum",
            "With tied weights W1 = W2^T, L + (lambda/2)||J_f||_F^2 is equivalent to L_sigma (eq. 3).",
            "Contractive = sum: with tied weights, L + (lambda/2) ||J_f||_F^2 is equivalent to L_sigma (eq. 3).",
            ClaimEngine.PROOF),
    C5(Section.S12, "1-D critical points of L_sigma",
            "(m = n = k = 1): the origin always; the others are where the hyperbola w1 w2 = 1 - lambda x^-2 meets the line w1 = w2.",
            "1-D critical points of L_sigma: the origin, and where w1 w2 = 1 - lambda x^-2 meets w1 = w2.",
            ClaimEngine.PROOF,
            about(Extent.ONE_DIMENSIONAL, "m = n = k = 1: the 1-D picture of Section 2")),
    C6(Section.S12, "Observation 1",
            "All critical points of L_sigma are symmetric in w1, w2.",
            "Observation 1: all critical points of L_sigma are symmetric in w1, w2.",
            ClaimEngine.PROOF,
            about(Extent.ONE_DIMENSIONAL, "m = n = k = 1: the 1-D picture of Section 2")),
    C7(Section.S12, "Observation 2",
            "L_sigma is not invariant under GL_k.",
            "Observation 2: L_sigma is not invariant under GL_k.",
            ClaimEngine.PROOF,
            about(Extent.ONE_DIMENSIONAL, "m = n = k = 1: the 1-D picture of Section 2")),
    C8(Section.S12, "Observation 3",
            "For lambda > x^2 the origin is the only critical point.",
            "Observation 3: for lambda > x^2 the origin is the only critical point.",
            ClaimEngine.PROOF,
            about(Extent.ONE_DIMENSIONAL, "m = n = k = 1: the 1-D picture of Section 2")),
    C9(Section.S12, "Transpose Theorem",
            "Every critical point of L_sigma has W1 = W2^T.",
            "Transpose Theorem: every critical point of L_sigma has W1 = W2^T.",
            ClaimEngine.CLAIM_FILE, ClaimEngine.PROOF,
            checkedOn("L_sigma")),
    C10(Section.S12, "Sketch proof, step (4)",
            "DL_sigma/dW1 - (dL_sigma/dW2)^T = 2 A (B + lambda I), with A = W1 - W2^T, B = (I - W2 W1) X X^T.",
            "Sketch proof, step (4): dL_sigma/dW1 - (dL_sigma/dW2)^T = 2 A (B + lambda I).",
            ClaimEngine.PROOF),
    C11(Section.S12, "Sketch proof, positivity",
            "B is positive semi-definite, so B + lambda I is positive definite.",
            "Sketch proof, positivity: B is positive semi-definite, so B + lambda I is positive definite.",
            ClaimEngine.PROOF),
    C12(Section.S12, "Residual symmetry",
            "The symmetry of L_sigma is reduced to O_k.",
            "Residual symmetry: the symmetry of L_sigma is reduced to O_k.",
            ClaimEngine.PROOF),
    C13(Section.S3, "Grassmannian count",
            "For distinct positive singular values the distance function on Gr_k(R^m) has exactly binom(m, k) critical points, the rank-k principal subspaces, all non-degenerate.",
            "Grassmannian count: exactly binom(m, k) critical points, the rank-k principal subspaces, all non-degenerate.",
            ClaimEngine.PROOF),
    C14(Section.S3, "Table 1 is critical",
            "Every point that Table 1 builds, for every I with |I| <= k (and I within {1..m0} for L_sigma), is a critical point of its loss.",
            "Table 1 is critical: every point Table 1 builds is a critical point of its loss.",
            ClaimEngine.CLAIM_FILE,
            checkedOn("L", "L_pi", "L_sigma")),
    C15(Section.S3, "Table 1 is everything",
            "The critical set of each loss is exactly the union of the images of Table 1 (no other critical points).",
            "Table 1 is everything: the critical set of each loss is exactly the union of the images of Table 1.",
            ClaimEngine.CLAIM_FILE, ClaimEngine.PROOF,
            checkedOn("L", "L_pi", "L_sigma")),
    C16(Section.S3, "Manifold structure",
            "The critical set is a smooth submanifold, diffeomorphic to the disjoint union of F_I (L, L_pi) or V_I (L_sigma); in particular each component has the dimension of F_I (k l) or V_I (k l - l(l+1)/2).",
            "Manifold structure: each component has the dimension of F_I (k l) or V_I (k l - l(l+1)/2).",
            ClaimEngine.CLAIM_FILE, ClaimEngine.CENSUS,
            checkedOn("L", "L_pi", "L_sigma"), formula("formula_F", "k*l", "candidates_F", Variables.COUNT), formula("formula_V", "k*l - l*(l+1)/2", "candidates_V", Variables.COUNT)),
    C17(Section.S3, "Descending directions",
            "Each critical point is a saddle with d_I + (k - l)(m - l) descending directions (negative Hessian eigenvalues), where d_I = sum_j (i_j - j).",
            "Descending directions: each critical point has d_I + (k - l)(m - l) negative Hessian eigenvalues.",
            ClaimEngine.CLAIM_FILE, ClaimEngine.CENSUS, ClaimEngine.TOPOLOGY,
            checkedOn("L", "L_pi", "L_sigma"), formula("formula", "dI + (k - l)*(m - l)", "candidates", Variables.COUNT)),
    C18(Section.S3, "Meaning of d_I",
            "D_I counts the pairs i < j with i in I and j not in I.",
            "Meaning of d_I: d_I counts the pairs i < j with i in I and j not in I.",
            ClaimEngine.CLAIM_FILE,
            formula("formula", "pairsInOut", "candidates", Variables.COUNT)),
    C19(Section.S3, "Unique minimum",
            "For fixed k < min(m, n) there is a unique global minimum; for l < k every critical point is a true saddle; for l = k the only point with no descending direction is I = {1..k}.",
            "Unique minimum: for l < k every critical point is a true saddle; for l = k only I = {1..k} has no descending direction.",
            ClaimEngine.CLAIM_FILE,
            checkedOn("L", "L_pi", "L_sigma")),
    C20(Section.S3, "Over-regularization",
            "As lambda grows past s_j^2, components of the L_sigma critical set disappear (m0 decreases).",
            "Over-regularization: as lambda grows past s_j^2, components of the L_sigma critical set disappear (m0 decreases).",
            ClaimEngine.CLAIM_FILE,
            checkedOn("L_sigma")),
    C21(Section.S3, "Sizes in Table 1",
            "U_I, Sigma_I, G, O have the sizes that make the products in Table 1 well defined.",
            "Sizes in Table 1: U_I, Sigma_I, G, O have sizes that make the products in Table 1 well defined (U_I printed k x l).",
            ClaimEngine.CLAIM_FILE),
    C22(Section.S31, "Sum loss recovers PCA",
            "At critical points of L_sigma, W2 = W1^T equals the principal directions U_I, compressed by (I - lambda Sigma_I^-2)^(1/2) and rotated by O.",
            "Sum loss recovers PCA: at critical points of L_sigma, W2 = W1^T = U_I (I - lambda Sigma_I^-2)^(1/2) O^T.",
            ClaimEngine.CLAIM_FILE,
            checkedOn("L_sigma"), formula("formula", "Sqrt(1 - lambda/s^2)", "candidates", Variables.COMPRESSION)),
    C23(Section.S31, "Without regularization orthogonality is lost",
            "For lambda = 0 the decoder is U_I G^+, not orthogonal in general.",
            "Without regularization orthogonality is lost: for lambda = 0 the decoder is U_I G^+.",
            ClaimEngine.PROOF,
            readingsOf(List.of(Reading.L_EQUALS_K, Reading.L_BELOW_K), Reading.L_EQUALS_K)),
    C24(Section.S31, "pPCA",
            "The probabilistic PCA MLE is U_I (Sigma_I^2 - tau^2 I)^(1/2) O^T, so with tau = sqrt(lambda) pPCA equals the sum-regularized LAE up to compression by Sigma_I.",
            "pPCA: the pPCA MLE is U_I (Sigma_I^2 - tau^2 I)^(1/2) O^T, equal to the sum-regularized LAE up to compression by Sigma_I.",
            ClaimEngine.PROOF),
    C25(Section.S4, "Fashion-MNIST (test set, 10,000 x 784)",
            "L_sigma, lambda = 8, k = 9, 200 epochs, batch 32: the left singular vectors of W2 match the top-9 principal directions up to sign; with k = 2 the embeddings match PCA's up to rotation and reflection.",
            "Fashion-MNIST: the left singular vectors of the trained W2 (L_sigma, lambda = 8, k = 9) match the top-9 principal directions up to sign.",
            ClaimEngine.TRAIN,
            readingsOf(Reading.LANDSCAPE, Reading.TRAINING),
            about(Extent.CONFIGURATION, "Fashion-MNIST test set (10,000 x 784), L_sigma, lambda = 8, k = 9 and k = 2, Adam as in Section 4.1")),
    C26(Section.S4, "CIFAR-10 (test set, greyscale by CCIR 601 luma)",
            "K = 6, 400 epochs: lambda = 15 approximates PCA better than lambda = 5, whose later singular vectors disagree.",
            "CIFAR-10: lambda = 15 approximates PCA better than lambda = 5, whose later singular vectors disagree.",
            ClaimEngine.TRAIN,
            readingsOf(Reading.LANDSCAPE, Reading.TRAINING),
            about(Extent.CONFIGURATION, "CIFAR-10 test set in greyscale (10,000 x 1024), L_sigma, k = 6, lambda = 5 and 15, Adam as in Section 4.1")),
    C27(Section.S4, "Artificial data",
            "M = 20, n = 30, X = U Sigma V^T with U, V from QR of Gaussian matrices and Sigma_ii = (21 - i)/5; lambda = 10, k = 8, so m0 = 5; full batch, 4000 epochs. L and L_pi reach the minimum (U* = V* in the lower right quadrant of the heat map of [U V*]^T [U U*]); L_pi also recovers the left singular vectors of X; L_sigma cannot admit a rank-k minimum since every critical point has at least (k - m0)(m - m0) > 0 descending directions; its 3 x 3 blocks are noise.",
            "Artificial data: L and L_pi reach the minimum; L_sigma has no rank-k minimum, every critical point has >= (k - m0)(m - m0) descending directions.",
            ClaimEngine.TRAIN,
            readingsOf(Reading.LANDSCAPE, Reading.TRAINING),
            about(Extent.CONFIGURATION, "Section 4.2: m = 20, n = 30, s_i = (21 - i)/5, lambda = 10, k = 8, full-batch Adam (Figure 3)")),
    C28(Section.S4, "Synthetic loss",
            "L~ = w_sigma L_sigma + w_pi L_pi, w_sigma + w_pi = 1: with w_sigma = w_pi = 0.5 it converges to a minimum like L_pi.",
            "Synthetic loss with w_sigma = w_pi = 0.5 converges to a minimum like L_pi.",
            ClaimEngine.TRAIN, ClaimEngine.EXPLORE,
            readingsOf(Reading.LANDSCAPE, Reading.TRAINING),
            about(Extent.CONFIGURATION, "Section 4.2: m = 20, n = 30, s_i = (21 - i)/5, lambda = 10, k = 8, w_sigma = 0.5 (Figure 3d)")),
    C29(Section.S4, "Synthetic transpose (Figure 4)",
            "The transpose property W1 = W2^T holds for the synthetic loss with w_sigma = 0.5 and 0.05 and fails for w_sigma = 0.005.",
            "Synthetic transpose (Figure 4): W1 = W2^T holds for w_sigma = 0.5 and 0.05 and fails for w_sigma = 0.005.",
            ClaimEngine.TRAIN, ClaimEngine.EXPLORE, ClaimEngine.PROOF,
            readingsOf(Reading.LANDSCAPE, Reading.TRAINING),
            about(Extent.CONFIGURATION, "Figure 4: Section 4.2's data (m = 20, n = 30, s_i = (21 - i)/5, lambda = 10, k = 8), w_sigma = 0.5, 0.05, 0.005")),
    C30(Section.S4, "Conjecture",
            "Under some conditions on w_sigma and lambda, a precise transpose theorem holds for the synthetic loss, and its critical landscape can be classified.",
            "Conjecture: under some conditions on w_sigma and lambda a precise transpose theorem holds for the synthetic loss and its landscape can be classified.",
            ClaimEngine.EXPLORE, ClaimEngine.PROOF,
            readingsOf(List.of(Reading.LANDSCAPE, Reading.PREDICTED, Reading.COMPLETENESS), Reading.LANDSCAPE),
            about(Extent.OPEN, "some conditions on w_sigma and lambda, left open by the paper")),

    // ----- the neighbours' papers (issue 25): their headline statements, and the toolkit's own classifications -----
    BAO_1("BAO-1", Section.BAO2020, "Headline: ordered, axis-aligned principal components",
            "\"We show that when trained with proper regularization, LAEs can directly learn the optimal representation -- ordered, axis-aligned principal components.\" (abstract; the regularization checked here is the non-uniform l2 loss L_nonuniform, lambda_1 < ... < lambda_k)",
            "Bao et al. 2020, headline (abstract, quoted): with non-uniform l2 regularisation the LAE learns the ordered, axis-aligned principal components.",
            ClaimEngine.CENSUS,
            readingsOf(Reading.LANDSCAPE, Reading.TRAINING)),
    BAO_2("BAO-2", Section.BAO2020, "Ill-conditioning worsens with the latent dimension",
            "\"Though both regularization schemes converge to the optimal representation, we show that this convergence is slow due to ill-conditioning that worsens with increasing latent dimension.\" (abstract)",
            "Bao et al. 2020 (abstract, quoted): convergence is slow, due to ill-conditioning that worsens with the latent dimension k.",
            ClaimEngine.CENSUS,
            readingsOf(List.of(Reading.LANDSCAPE, Reading.TRAINING), Reading.LANDSCAPE)),
    BAO_T1("BAO-T1", Section.BAO2020, "Classification of L_nonuniform's critical points (the toolkit's own)",
            "For distinct positive lambda_j and distinct s_i^2 != lambda_j, every critical point of L_nonuniform has W1 = W2^T and, in the principal basis, each latent unit j off or matched to its own direction i with s_i^2 > lambda_j, row j of W1 = +-(1 - lambda_j/s_i^2)^(1/2) e_i^T; all are non-degenerate, with the index of landscape.NonUniformTableOne; the only minima are the ordered matching, up to signs.",
            "The toolkit's classification of L_nonuniform's critical points (matchings of units to principal directions, their indices, the ordered minimum).",
            ClaimEngine.CENSUS, ClaimEngine.ALGEBRA,
            readingsOf(Reading.PREDICTED, Reading.COMPLETENESS)),
    BAO_MORSE("BAO-Morse", Section.BAO2020, "Morse inequalities for L_nonuniform (the toolkit's own)",
            "L_nonuniform is coercive with isolated non-degenerate critical points, so the counts c_i of critical points of index i satisfy the weak and strong Morse inequalities of R^N and sum_i (-1)^i c_i = chi(R^N) = 1.",
            "The census of L_nonuniform satisfies the Morse inequalities of R^N and sum (-1)^index = 1.",
            ClaimEngine.CENSUS),
    KUNIN_1("KUNIN-1", Section.KUNIN2019, "Symmetric at critical points",
            "\"We prove that L2-regularized LAEs are symmetric at all critical points\" (abstract, quoted; for the sum loss L_sigma: W1 = W2^T)",
            "Kunin et al. 2019 (abstract): L2-regularised LAEs are symmetric at all critical points (= Petrevski's C9).",
            ClaimEngine.CENSUS),
    KUNIN_2("KUNIN-2", Section.KUNIN2019, "Principal directions as the decoder's left singular vectors",
            "\"... and learn the principal directions as the left singular vectors of the decoder\" (abstract; at critical points of L_sigma, W2 = U_I D O^T)",
            "Kunin et al. 2019 (abstract): the decoder's left singular vectors are the principal directions (= Petrevski's C22).",
            ClaimEngine.CENSUS),
    KUNIN_3("KUNIN-3", Section.KUNIN2019, "Relation to probabilistic PCA",
            "\"We relate the minimum of (iii) to the MAP estimate of probabilistic PCA\" (abstract, arXiv 1901.08168; (iii) is the regularization of the encoder and decoder separately, the sum loss L_sigma)",
            "Kunin et al. 2019 (abstract, quoted): the minimum of L_sigma relates to pPCA's MAP estimate (= Petrevski's C24).",
            ClaimEngine.CENSUS),
    KUNIN_MB("KUNIN-MB", Section.KUNIN2019, "Morse-Bott test of the tied classification (the toolkit's own)",
            "The components KUNIN-T1 predicts for L_tied, with their indices and the Z2 Poincare polynomials of V_l(R^k), satisfy the Morse-Bott inequalities of R^N (L_tied is coercive): MB(t) - 1 = (1 + t) Q(t) with Q >= 0.",
            "The tied classification passes the Morse-Bott test (MB(t) - 1 = (1 + t) Q(t), Q >= 0).",
            ClaimEngine.CENSUS),
    KUNIN_T1("KUNIN-T1", Section.KUNIN2019, "Classification of the tied LAE's critical set (the toolkit's own)",
            "For lambda > 0 and distinct s_i^2 != lambda, the critical set of L_tied(W) = ||X - W^T W X||^2 + 2 lambda ||W||^2 is the symmetric slice of L_sigma's: one Stiefel manifold V_l(R^k) per I within {i : s_i^2 > lambda}, |I| = l <= k, of dimension k l - l(l+1)/2, with index #{(i in I, i' not in I): s_i'^2 > s_i^2} + (k - l)(m0 - l) and nullity its dimension; no point is critical for the restriction alone.",
            "The toolkit's classification of the tied LAE's critical set (the symmetric slice of L_sigma's, Stiefel components, L_sigma's corrected index).",
            ClaimEngine.CENSUS, ClaimEngine.ALGEBRA,
            readingsOf(Reading.PREDICTED, Reading.COMPLETENESS)),

    // ----- the toolkit's own checks -----
    MB_C17("MB-C17", Section.TOOLKIT, "Morse-Bott test of the printed index",
            "The printed index d_I + (k - l)(m - l) and the components' Z2 Poincare polynomials satisfy the Morse-Bott inequalities and the Morse-Bott equality of a perfect function.",
            "Morse-Bott test of the printed index d_I + (k - l)(m - l).", ClaimEngine.TOPOLOGY),
    MB_C17_CORRECTED("MB-C17-corrected", Section.TOOLKIT, "Morse-Bott test of the corrected index",
            "The corrected index d_I + (k - l)(u - l) (u = m0 for L_sigma, the rank for L and L_pi) and the components' Z2 Poincare polynomials satisfy the Morse-Bott inequalities.",
            "Morse-Bott test of the corrected index d_I + (k - l)(u - l).", ClaimEngine.TOPOLOGY),
    MB_C30("MB-C30", Section.TOOLKIT, "Morse-Bott test of the synthetic Table 1",
            "The synthetic Table 1's index and nullity formulas and its components' Z2 Poincare polynomials satisfy the Morse-Bott inequalities.",
            "Morse-Bott test of the synthetic Table 1.", ClaimEngine.EXPLORE),
    CENSUS_VS_DENSE("census-vs-dense", Section.TOOLKIT, "Census against dense Hessians",
            "The inertia of every sampled component from the Hessian's exact blocks equals the inertia of its dense Hessian in the original coordinates.",
            "The census's block inertia equals the dense Hessian's inertia.", ClaimEngine.CENSUS),
    ENGINE_GRADIENT("engine:gradient", Section.TOOLKIT, "Closed-form gradient",
            "The closed-form gradient of every loss equals the symbolic derivative of the loss.",
            "The closed-form gradient equals the symbolic derivative.", ClaimEngine.PROOF),
    ENGINE_HESSIAN("engine:hessian", Section.TOOLKIT, "Closed-form Hessian",
            "The closed-form Hessian of every loss equals the symbolic second derivative of the loss.",
            "The closed-form Hessian equals the symbolic second derivative.", ClaimEngine.PROOF),
    ENGINE_INERTIA("engine:inertia", Section.TOOLKIT, "Block inertia formulas",
            "The block formulas for the Hessian's inertia equal the exact inertia of the symbolic Hessian.",
            "The block inertia formulas equal the exact inertia.", ClaimEngine.PROOF),
    SCRIPT_ERROR("script-error", Section.TOOLKIT, "Proof script runs clean",
            "Every statement of a proof script runs without an error message from Symja.",
            "A proof script ran with an error.", ClaimEngine.PROOF);

    /** Where a claim stands: a section of the paper, or the toolkit's own checks. */
    public enum Section {
        S12("Section 1-2: losses, symmetries, 1-D picture"),
        S3("Section 3: topology of the landscape"),
        S31("Section 3.1: PCA and probabilistic PCA"),
        S4("Section 4: experiments (Adam, learning rate 0.05, random normal initialization)"),
        BAO2020("Bao, Lucas, Sachdeva and Grosse, \"Regularized linear autoencoders recover the principal components, eventually\", NeurIPS 2020"),
        KUNIN2019("Kunin, Bloom, Goeva and Seed, \"Loss Landscapes of Regularized Linear Autoencoders\", ICML 2019"),
        TOOLKIT("The toolkit's own checks");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        /** The heading of the catalogue section. */
        public String heading() {
            return heading;
        }

        /** True for a neighbouring paper's section (not Petrevski's paper, not the toolkit's checks). */
        public boolean neighbour() {
            return this == BAO2020 || this == KUNIN2019;
        }
    }

    /** A property of a claim's definition, given to its constant. */
    public sealed interface Trait permits ClaimEngine, ClaimLosses, FormulaField, ClaimReadings, Scope {
    }

    /** How far a claim reaches: the sizes and configurations its statement is about. */
    public enum Extent {
        /** Every size (m, n, k) the paper allows: only an argument covering every size proves it. */
        EVERY_SIZE,
        /** One fixed size (the 1-D picture): an identity in free symbols at that size covers it. */
        ONE_DIMENSIONAL,
        /** One experiment's configuration: evidence elsewhere neither proves nor refutes it. */
        CONFIGURATION,
        /** Conditions the paper leaves open (a conjecture). */
        OPEN
    }

    /**
     * What a claim's statement is about.
     *
     * @param extent how far it reaches
     * @param text   the sizes or the configuration, as reports print them
     */
    public record Scope(Extent extent, String text) implements Trait {
    }


    /**
     * A formula field of a claim-file claim.
     *
     * @param name       the field in {@code [claims.ID]} ("formula", "formula_F")
     * @param printed    the paper's formula as a Symja expression: the default
     * @param candidates the field that lists candidate corrections of it ("candidates", "candidates_F")
     * @param variables  the variables the formula may use
     */
    public record FormulaField(String name, String printed, String candidates, List<String> variables) implements Trait {
    }

    /** The variable lists of claim-file formulas. */
    public static final class Variables {
        /** Every count formula (C16, C17, C18). */
        public static final List<String> COUNT = List.of("m", "n", "k", "l", "m0", "dI", "lambda", "pairsInOut", "pairsOutIn");
        /** A compression formula (C22): the count variables and s, a singular value s_j with j in I. */
        public static final List<String> COMPRESSION = List.of("m", "n", "k", "l", "m0", "dI", "lambda", "pairsInOut", "pairsOutIn", "s");

        private Variables() {
        }
    }

    private final String id;
    private final Section section;
    private final String title;
    private final String statement;
    private final String catalogue;
    private final Set<ClaimEngine> engines;
    private final List<String> lossesChecked;
    private final Map<String, FormulaField> formulas;
    private final List<Reading> readings;
    private final List<Reading> sentenceReadings;
    private final Scope scope;

    ClaimId(Section section, String title, String statement, String catalogue, Trait... traits) {
        this(null, section, title, statement, catalogue, traits);
    }

    ClaimId(String id, Section section, String title, String statement, String catalogue, Trait... traits) {
        this.id = id == null ? name() : id;
        this.section = section;
        this.title = title;
        this.statement = statement;
        this.catalogue = catalogue;
        EnumSet<ClaimEngine> e = EnumSet.noneOf(ClaimEngine.class);
        List<String> losses = List.of();
        Map<String, FormulaField> f = new LinkedHashMap<>();
        List<Reading> r = List.of(Reading.AS_PRINTED);
        List<Reading> sentenceReadings = r;
        Scope sc = new Scope(Extent.EVERY_SIZE, "every size m, n, k the paper allows");
        for (Trait t : traits) {
            if (t instanceof ClaimEngine en) {
                e.add(en);
            } else if (t instanceof ClaimLosses l) {
                losses = l.names();
            } else if (t instanceof FormulaField ff) {
                f.put(ff.name(), ff);
            } else if (t instanceof ClaimReadings rs) {
                r = rs.readings();
                sentenceReadings = rs.sentence();
            } else if (t instanceof Scope x) {
                sc = x;
            }
        }
        this.engines = Collections.unmodifiableSet(e);
        this.lossesChecked = losses;
        this.formulas = Collections.unmodifiableMap(f);
        this.readings = r;
        this.sentenceReadings = sentenceReadings;
        this.scope = sc;
    }

    private static ClaimLosses checkedOn(String... names) {
        return new ClaimLosses(List.of(names));
    }

    private static ClaimReadings readingsOf(Reading... readings) {
        return new ClaimReadings(List.of(readings), List.of(readings));
    }

    private static ClaimReadings readingsOf(List<Reading> readings, Reading sentence) {
        return new ClaimReadings(readings, List.of(sentence));
    }

    private static Scope about(Extent extent, String text) {
        return new Scope(extent, text);
    }

    private static FormulaField formula(String name, String printed, String candidates, List<String> variables) {
        return new FormulaField(name, printed, candidates, variables);
    }

    /** The id as reports, proof scripts and claim files spell it ("C17", "MB-C17"). */
    public String id() {
        return id;
    }

    /** The section of the paper the claim is in, or {@link Section#TOOLKIT}. */
    public Section section() {
        return section;
    }

    /** A short name ("Descending directions"). */
    public String title() {
        return title;
    }

    /** The statement as printed (for the toolkit's checks: what is checked). */
    public String statement() {
        return statement;
    }

    /** The one-line text of the errata. */
    public String catalogue() {
        return catalogue;
    }

    /** The engines whose verdicts answer the claim. */
    public Set<ClaimEngine> engines() {
        return engines;
    }

    /** True for a claim of the paper (Petrevski's; not a check of the toolkit's own, nor a neighbouring paper's claim). */
    public boolean ofPaper() {
        return section != Section.TOOLKIT && !section.neighbour();
    }

    /** True for a claim about a neighbouring paper ({@link Section#neighbour()}): Bao et al. 2020, Kunin et al. 2019. */
    public boolean ofNeighbour() {
        return section.neighbour();
    }

    /** True if claim files may name the claim ({@code [claims.ID]}). */
    public boolean inClaimFiles() {
        return engines.contains(ClaimEngine.CLAIM_FILE);
    }

    /** The losses a claim file checks the claim on; empty for a claim about no single loss (C18, C21). */
    public List<String> lossesChecked() {
        return lossesChecked;
    }

    /** The claim's formula fields by name (empty when it takes none). */
    public Map<String, FormulaField> formulas() {
        return formulas;
    }

    /** The readings its verdicts come in: as printed, or landscape and training. */
    public List<Reading> readings() {
        return readings;
    }

    /** The readings the printed sentence is about: the errata's headline verdict is theirs. */
    public List<Reading> sentenceReadings() {
        return sentenceReadings;
    }

    /** What the claim's statement is about (every size unless the constant says otherwise). */
    public Scope scope() {
        return scope;
    }

    /** The claims that claim files may name, in order. */
    public static List<ClaimId> claimFileClaims() {
        List<ClaimId> out = new ArrayList<>();
        for (ClaimId c : values()) {
            if (c.inClaimFiles()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The claim with this id (case-insensitive), or an {@link IllegalArgumentException} naming the known ids. */
    public static ClaimId parse(String id) {
        ClaimId c = find(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown claim id '" + id + "' (known: C1..C30, the neighbours' BAO-1, BAO-2, BAO-T1, BAO-Morse, KUNIN-1..3, KUNIN-T1, KUNIN-MB, and the toolkit's "
                    + "MB-C17, MB-C17-corrected, MB-C30, census-vs-dense, engine:gradient, engine:hessian, engine:inertia, script-error)");
        }
        return c;
    }

    /** The claim with this id (case-insensitive), or null. */
    public static ClaimId find(String id) {
        String t = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (ClaimId c : values()) {
            if (c.id.toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        return null;
    }

    /** The id, so that a claim prints as reports spell it. */
    @Override
    public String toString() {
        return id;
    }
}
