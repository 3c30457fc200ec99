package lae.core;

/**
 * Every tolerance that decides a verdict, in one place, each with its reason. A tolerance is never tuned
 * so that a claim passes: each is derived from the precision of what it compares (rounding, Newton's
 * stopping rule, a figure's resolution) and set orders of magnitude away from both sides of the decision.
 * Parameters of algorithms (damping factors, step ratios) stay with their algorithm.
 */
public final class Tolerances {
    private Tolerances() {
    }

    // ----- inertia (the numeric package's Inertia) -----

    /**
     * An eigenvalue counts as zero when |lambda| &lt;= this times max |lambda|. Reason: a dense symmetric
     * eigensolver perturbs eigenvalues by about N eps scale (~1e-13 scale for N = 320), and a point that is
     * critical up to rounding perturbs the null eigenvalues of a Morse-Bott critical manifold by about the
     * same; 1e-8 leaves five orders of magnitude above that and, for the paper's data, several orders below
     * the smallest true non-zero curvature.
     */
    public static final double INERTIA_RELATIVE_ZERO = 1e-8;
    /**
     * A classification is decided only when its margin (smallest |lambda| counted non-zero over the largest
     * counted zero, floored at N eps scale) is at least this; otherwise the spectral gap is too small to tell
     * zero from non-zero and the verdict is INCONCLUSIVE.
     */
    public static final double INERTIA_MIN_MARGIN = 1e3;

    // ----- Table-1 points and Newton points (the claim-file checks) -----

    /**
     * A Table-1 point is critical when ||grad f|| / (1 + ||C||) &lt;= this. Reason: Table-1 points are built in
     * double precision, so their gradient residual is O(eps ||W||^2), about 1e-14; 1e-9 leaves a wide margin
     * yet is far below any non-critical point's residual.
     */
    public static final double TABLE_ONE_GRADIENT = 1e-9;
    /**
     * A Newton point is in a set when its residual is at most this. Reason: Newton stops at
     * ||grad f|| &lt;= 1e-11 (1 + ||C||); the distance to the critical manifold is then about that over the
     * smallest non-zero curvature (&gt;= 1e-4 here), i.e. &lt;= 1e-7.
     */
    public static final double NEWTON_MEMBER = 1e-6;
    /**
     * A point is reported as outside a set only if its residual exceeds this, three orders above
     * {@link #NEWTON_MEMBER}; in between it is undecided.
     */
    public static final double WITNESS_MIN = 1e-3;
    /**
     * A candidate formula agrees with a measured count to this. Reason: the counts are integers and a
     * formula's value is exact up to Symja's numeric evaluation of rationals (relative 1e-16), so 1e-9
     * separates "equal" from "off by one" with a margin of many orders.
     */
    public static final double FORMULA_AGREE = 1e-9;
    /**
     * Two singular values count as repeated when |s_i - s_{i+1}| &lt;= this times max(1, s_i). Reason: the
     * inertia decisions use a relative zero threshold of 1e-8 on Hessian eigenvalues, whose gaps here are
     * differences of s_j^2; a relative gap of 1e-9 in s is below what they can resolve.
     */
    public static final double REPEATED_SINGULAR_VALUES = 1e-9;

    // ----- census by Hessian blocks -----

    /**
     * A Table-1 point counts as critical in the census when |grad| &lt;= this times max(1, the Hessian's largest
     * |entry|). Reason: the closed-form gradient at a Table-1 point is zero in exact arithmetic and its
     * rounding error is a few ulps of the data (about 1e-15 relative); 1e-10 leaves five orders of room while
     * any real violation (a wrong compression) is of the order of the data.
     */
    public static final double BLOCK_GRADIENT = 1e-10;
    /**
     * A singular value counts as on the boundary of the synthetic Table 1 when |c_i - lambda_sigma| / c_i is
     * below this: there a floating-point census cannot tell N_&gt; from N_= (the two eigenvalues
     * 2 lambda_sigma - 2 c_i are at rounding level), so such a weight is INCONCLUSIVE and left to exact
     * certificates.
     */
    public static final double SYNTHETIC_BOUNDARY = 1e-9;

    // ----- the synthetic-loss explorer -----

    /**
     * A critical point is symmetric when ||W1 - W2^T|| &lt;= this times (1 + |P|). Reason: Newton stops at
     * ||grad|| &lt;= 1e-11 (1 + ||C||); the curvature across the asymmetric directions is at least of order
     * 2 lambda_sigma &gt;= 1e-3 on the explorer's grid, giving &lt;= 4e-7; an asymmetric critical point of the
     * GL_k orbit at w_sigma = 0 has asymmetry of order 1. 1e-6 lies between.
     */
    public static final double ASYMMETRY = 1e-6;
    /** A compression candidate is verified when max |sigma_j(W2) - candidate_j| &lt;= this (the reason of {@link #ASYMMETRY}). */
    public static final double COMPRESSION_FORMULA = 1e-6;
    /**
     * A gauge-probe point counts as critical when ||grad f|| &lt;= this times (1 + ||C||_F): 1e5 times Newton's
     * stopping tolerance (room for cond(G) and rounding), while lambda_sigma &gt; 0 breaks the symmetry by a
     * gradient of size about 2 lambda_sigma ||(G - I) W1|| &gt;= 1e-3 on the explorer's grid.
     */
    public static final double GAUGE_PROBE = 1e-6;
    /**
     * A Newton point's product in the singular basis matches diag_I(t^2) when the residual is at most this
     * times (1 + |P|): the reason of {@link #ASYMMETRY} (&lt;= 4e-7 on the grid; a point on another component
     * differs by some t_i^2, at least 1e-2 there).
     */
    public static final double SYNTHETIC_PRODUCT = 1e-6;

    // ----- the Section 4 experiments -----

    /**
     * A closed-form minimum is critical when ||grad||_F &lt;= this times (1 + ||C||_F) ||W2||_F. Reason: the
     * eigenvectors of C carry relative errors of about 1e-13 (m eps); 1e-9 leaves four orders of magnitude
     * and is far below the gradient of any point a trained run reports.
     */
    public static final double CLOSED_FORM_CRITICAL = 1e-9;
    /**
     * "Reaches the minimum": ||W2 W1 - W_min||_F / ||W_min||_F at most this. Reason: Figure 3's heat map
     * resolves about 1% of the unit colour range, so 1e-2 is what the figure can show.
     */
    public static final double REACHES_MINIMUM = 1e-2;
    /** A principal direction is recovered when |cos| between it and the matching direction is at least this (an angle below 8.1 degrees). */
    public static final double DIRECTION_COSINE = 0.99;
    /** A singular value of W2 W1 counts towards the rank when it exceeds this times the largest (the heat map's resolution, as {@link #REACHES_MINIMUM}). */
    public static final double HEATMAP_RANK = 1e-2;
    /**
     * A trained point is "near a critical point" when it is within this relative distance of one. Reason:
     * beyond 5% the critical point found need not be the one the optimiser was heading for; the distance is
     * reported for every run.
     */
    public static final double NEAR_CRITICAL = 0.05;
    /**
     * A Newton-polished critical point has W1 = W2^T when ||W1 - W2^T||_F / ||(W1, W2)||_F is at most this.
     * Reason: Newton stops at ||grad|| &lt;= 1e-11 (1 + ||C||); a symmetric critical point is then symmetric to
     * about 1e-10, and 1e-6 leaves four orders of magnitude for the conditioning.
     */
    public static final double POLISHED_SYMMETRIC = 1e-6;
    /** A polished point is the Table-1 minimum when its W2 W1 is within this relative distance (Newton's precision with margin, as {@link #POLISHED_SYMMETRIC}). */
    public static final double SAME_POINT = 1e-6;
    /**
     * The k = 2 embeddings match up to rotation and reflection when the relative residual of the best
     * orthogonal map (Procrustes, after centring both) is at most this. Reason: the compression
     * (1 - lambda_eff / s_i^2)^(1/2) of Theorem 3.1 alone leaves about 0.01 on Fashion-MNIST; 0.05 allows
     * that and a few degrees of rotation error, which the figure cannot show.
     */
    public static final double PROCRUSTES = 0.05;
}
