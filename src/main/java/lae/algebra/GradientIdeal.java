package lae.algebra;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.fraction.BigFraction;

/**
 * The polynomial loss of a {@link LossMember} on exact data in the principal basis (C = diag(c)), and its
 * gradient ideal J = (df/dx : x a parameter), whose variety is the set of complex critical points.
 *
 * <p>Variables, in this order (Singular's ring order): the auxiliary variables of a slice, if any, then
 * a_r_i = W1[r, i] (r = 1..k, i = 1..m), then b_i_r = W2[i, r] (absent for L_tied, where W2 = W1^T). The auxiliary
 * variables come first: Groebner bases of the slices are much faster in that order (measured: the L_sigma slice at
 * m = 3, k = 2 finishes in about 25 s of CPU with them first and not within 600 s with them last). With W = W2 W1,
 * <pre>
 *   f = sum_{i,j} c_j (delta_ij - W_ij)^2 + lambda_pi sum_{i,j} W_ij^2 + sum_r lambda_sigma_r (sum_i a_r_i^2 + sum_i b_i_r^2),
 * </pre>
 * the first sum being tr((I - W) C (I - W)^T) = ||X - W2 W1 X||_F^2. The gradient is derived here, term by
 * term ({@link Polynomial#derivative}), not by Singular.
 *
 * <p><b>The balance identity.</b> The data and product terms are invariant under (W1, W2) -&gt; (M W1, W2 M^-1),
 * M in GL_k; differentiating at M = I gives (dD/dW1) W1^T - W2^T (dD/dW2) = 0 for them, so
 * <pre>
 *   (df/dW1) W1^T - W2^T (df/dW2) = 2 (Lambda W1 W1^T - W2^T W2 Lambda),   Lambda = diag(lambda_sigma_r),
 * </pre>
 * and with one weight lambda_sigma &gt; 0 the entries of W1 W1^T - W2^T W2 lie in J ({@link #balance}). Adding
 * them to the generators does not change the ideal; it helps the Groebner basis computation.
 *
 * @param loss       the loss
 * @param covariance c_i = s_i^2
 * @param m          rows of X (the data dimension)
 * @param k          latent units of this ring (rho for a slice case)
 * @param offset     the index of the first parameter (the number of auxiliary variables)
 * @param names      the variable names (auxiliary variables first, then the parameters)
 * @param w1         W1 (k x m)
 * @param w2         W2 (m x k); W1^T for L_tied
 * @param objective  the loss f
 * @param gradient   the gradient (df/dx for every parameter x, in variable order): the generators of J
 */
public record GradientIdeal(LossMember loss, List<BigFraction> covariance, int m, int k, int offset, List<String> names,
                            Polynomial[][] w1, Polynomial[][] w2, Polynomial objective, List<Polynomial> gradient) {

    /**
     * The gradient ideal of {@code loss} with covariance diag({@code c}) and {@code k} latent units, in a ring whose
     * first variables are named {@code auxiliary} (used by the real slice) and whose other variables are the parameters.
     */
    public static GradientIdeal of(LossMember loss, List<BigFraction> c, int k, List<String> auxiliary) {
        int m = c.size();
        int offset = auxiliary.size();
        List<String> v = new ArrayList<>(auxiliary);
        for (int r = 1; r <= k; r++) {
            for (int i = 1; i <= m; i++) {
                v.add("a_" + r + "_" + i);
            }
        }
        if (!loss.tied()) {
            for (int i = 1; i <= m; i++) {
                for (int r = 1; r <= k; r++) {
                    v.add("b_" + i + "_" + r);
                }
            }
        }
        int nv = v.size();
        Polynomial[][] w1 = new Polynomial[k][m];
        Polynomial[][] w2 = new Polynomial[m][k];
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < m; i++) {
                w1[r][i] = Polynomial.variable(nv, offset + r * m + i);
                w2[i][r] = loss.tied() ? w1[r][i] : Polynomial.variable(nv, offset + k * m + i * k + r);
            }
        }
        Polynomial[][] w = product(w2, w1);
        Polynomial sum = Polynomial.zero(nv);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                Polynomial d = Polynomial.constant(nv, i == j ? 1 : 0).minus(w[i][j]);
                Polynomial sq = d.times(d);
                sum = sum.plus(sq.scale(c.get(j)));
                if (loss.lambdaPi().signum() != 0) {
                    sum = sum.plus(w[i][j].times(w[i][j]).scale(loss.lambdaPi()));
                }
            }
        }
        for (int r = 0; r < k; r++) {
            BigFraction ls = loss.sumWeights().get(r);
            if (ls.signum() == 0) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                sum = sum.plus(w1[r][i].times(w1[r][i]).scale(ls));
                if (!loss.tied()) {
                    sum = sum.plus(w2[i][r].times(w2[i][r]).scale(ls));
                }
            }
        }
        List<Polynomial> g = new ArrayList<>();
        for (int x = offset; x < nv; x++) {
            g.add(sum.derivative(x));
        }
        return new GradientIdeal(loss, List.copyOf(c), m, k, offset, List.copyOf(v), w1, w2, sum, List.copyOf(g));
    }

    /** The gradient ideal without auxiliary variables. */
    public static GradientIdeal of(LossMember loss, List<BigFraction> c, int k) {
        return of(loss, c, k, List.of());
    }

    /** W2 W1 of two matrices of polynomials. */
    public static Polynomial[][] product(Polynomial[][] a, Polynomial[][] b) {
        int rows = a.length;
        int inner = b.length;
        int cols = b[0].length;
        Polynomial[][] out = new Polynomial[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                Polynomial s = Polynomial.zero(a[0][0].variables());
                for (int t = 0; t < inner; t++) {
                    s = s.plus(a[i][t].times(b[t][j]));
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** The transpose of a matrix of polynomials. */
    public static Polynomial[][] transpose(Polynomial[][] a) {
        Polynomial[][] t = new Polynomial[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** Number of parameters (km for L_tied, 2km otherwise). */
    public int parameters() {
        return loss.tied() ? k * m : 2 * k * m;
    }

    /** W = W2 W1 (m x m). */
    public Polynomial[][] w() {
        return product(w2, w1);
    }

    /**
     * The entries of W1 W1^T - W2^T W2 on and above the diagonal, which lie in J when the loss is balanced at
     * critical points ({@link LossMember#balancedAtCriticalPoints}); empty otherwise.
     */
    public List<Polynomial> balance() {
        if (!loss.balancedAtCriticalPoints()) {
            return List.of();
        }
        Polynomial[][] n1 = product(w1, transpose(w1));
        Polynomial[][] n2 = product(transpose(w2), w2);
        List<Polynomial> out = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            for (int q = r; q < k; q++) {
                out.add(n1[r][q].minus(n2[r][q]));
            }
        }
        return out;
    }

    /** The entries of W1 - W2^T (zero for L_tied). */
    public List<Polynomial> asymmetry() {
        List<Polynomial> out = new ArrayList<>();
        for (int r = 0; r < k; r++) {
            for (int i = 0; i < m; i++) {
                out.add(w1[r][i].minus(w2[i][r]));
            }
        }
        return out;
    }
}
