package lae.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

import lae.core.Numbers;
import lae.model.LaePoint;
import lae.numeric.Schedule;

/**
 * One trained L_sigma autoencoder of Section 4.1 compared with PCA (the principal directions u_i of the
 * centred data): per direction |cos(i-th left singular vector of W2, u_i)|, the principal angles between
 * span(W2) and span(u_1..u_k), the distance to the minimum's component {(O C U_k^T, U_k C O^T)} (nearest O by
 * orthogonal Procrustes on [W2; W1^T]), Wedin's bound on each direction's angle, the full-data gradient norm,
 * and for k = 2 the embeddings W1 x against PCA's (u_1 . x, u_2 . x) with their Procrustes residual.
 *
 * @param schedule     the schedule's kind
 * @param seed         the Adam seed
 * @param k            the latent dimension
 * @param lambda       lambda of the loss
 * @param lambdaEff    the lambda of the full-data loss training follows ({@link BatchRegularization#effectiveLambda})
 * @param result       what training returned
 * @param absCos       per direction i &lt;= k, |cos(i-th left singular vector of W2, u_i)|
 * @param principalCos the cosines of the principal angles between span(W2) and span(u_1..u_k), descending
 * @param sW2          the singular values of W2, descending
 * @param lae          the left singular vectors of W2, signed to agree with u_i (Figures 1 and 2)
 * @param distance     the relative distance to the minimum's component
 * @param wedin        per direction, Wedin's bound ||E||_F / gap_i on the sine of its angle (infinite without a gap)
 * @param asym         ||W1 - W2^T||_F / ||(W1, W2)||_F
 * @param gradNorm     ||grad|| of the full-data loss (regulariser lambda_eff once) at the trained point
 * @param embedding    for k = 2: the centred W1 x (two columns) and PCA's (u_1 . x, u_2 . x); else null
 * @param procrustes   for k = 2: the relative residual of the best orthogonal map between the two; else NaN
 */
record ImageRun(Schedule.Kind schedule, long seed, int k, double lambda, double lambdaEff, TrainingResult result,
                double[] absCos, double[] principalCos, double[] sW2, double[][] lae, double distance, double[] wedin,
                double asym, double gradNorm, double[][] embedding, double procrustes) implements SeedRun {

    /** s_1(W2) &lt; 1, as at every critical point of L_sigma (s_i(W2) = (1 - lambda_eff/s_i^2)^(1/2)). */
    boolean boundOk() {
        return sW2[0] < 1;
    }

    @Override
    public String conditions() {
        return schedule.cliName() + ", seed " + seed + ", lambda " + Numbers.general(lambda) + " (lambda_eff "
                + Numbers.general(lambdaEff) + "), k " + k;
    }

    /** Measures one run against PCA (the principal directions of the centred data). */
    static ImageRun measure(TrainingConfig c, TrainingResult r, double[] x, double[] centred, int m, int n,
                            PrincipalDirections pca) {
        int k = c.k();
        LaePoint p = r.point();
        Analysis.Svd w2 = Analysis.svd(p.w2);
        DMatrixRMaj u = pca.u();
        DMatrixRMaj uk = Analysis.leading(u, k);
        double[] cos = new double[k];
        double[][] lae = new double[k][m];
        for (int i = 0; i < k; i++) {
            double dot = 0;
            for (int j = 0; j < m; j++) {
                dot += w2.u().get(j, i) * u.get(j, i);
            }
            double sign = dot < 0 ? -1 : 1;
            cos[i] = Analysis.absCos(w2.u(), i, u, i);
            for (int j = 0; j < m; j++) {
                lae[i][j] = sign * w2.u().get(j, i);
            }
        }
        double[] principal = Analysis.principalCosines(Analysis.leading(w2.u(), k), uk);
        int b = c.batchFor(n);
        double lamEff = c.regularization().effectiveLambda(c.lambda(), b, n);
        // the minimum's component: W2 = A O, W1 = O^T A^T with A = U_k diag(c); nearest O by Procrustes on [W2; W1^T]
        double[] comp = new double[k];
        for (int i = 0; i < k; i++) {
            comp[i] = pca.s2()[i] > lamEff ? Math.sqrt(1 - lamEff / pca.s2()[i]) : 0;
        }
        DMatrixRMaj a = new DMatrixRMaj(2 * m, k);
        DMatrixRMaj bb = new DMatrixRMaj(2 * m, k);
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < k; i++) {
                a.set(j, i, u.get(j, i) * comp[i]);
                a.set(m + j, i, u.get(j, i) * comp[i]);
                bb.set(j, i, p.w2.get(j, i));
                bb.set(m + j, i, p.w1.get(i, j));
            }
        }
        DMatrixRMaj aligned = new DMatrixRMaj(2 * m, k);
        Analysis.procrustesResidual(a, bb, aligned);
        DMatrixRMaj e2 = new DMatrixRMaj(m, k);
        double diff = 0;
        for (int j = 0; j < 2 * m; j++) {
            for (int i = 0; i < k; i++) {
                double dlt = bb.get(j, i) - aligned.get(j, i);
                diff += dlt * dlt;
                if (j < m) {
                    e2.set(j, i, dlt);
                }
            }
        }
        double distance = Math.sqrt(diff) / NormOps_DDRM.normF(a);
        // Wedin: sin angle(i-th singular vector of W2, u_i) <= ||E||_2 / gap_i with E = W2 - A_top O (<= ||E||_F)
        double eNorm = NormOps_DDRM.normF(e2);
        double[] wedin = new double[k];
        for (int i = 0; i < k; i++) {
            double gap = comp[i];
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    gap = Math.min(gap, Math.abs(comp[i] - comp[j]));
                }
            }
            wedin[i] = gap > 0 ? eNorm / gap : Double.POSITIVE_INFINITY;
        }
        double asym = p.transposeGap() / p.norm();
        double grad = fullGradientNorm(x, m, n, c, lamEff, r.theta());
        double[][] emb = null;
        double procrustes = Double.NaN;
        if (k == 2) {
            DMatrixRMaj z = new DMatrixRMaj(n, 2);
            DMatrixRMaj zp = new DMatrixRMaj(n, 2);
            for (int i = 0; i < n; i++) {
                for (int a2 = 0; a2 < 2; a2++) {
                    double za = 0;
                    double zq = 0;
                    for (int j = 0; j < m; j++) {
                        za += p.w1.get(a2, j) * x[i * m + j];
                        zq += u.get(j, a2) * centred[i * m + j];
                    }
                    z.set(i, a2, za);
                    zp.set(i, a2, zq);
                }
            }
            centreColumns(z);
            DMatrixRMaj al = new DMatrixRMaj(n, 2);
            procrustes = Analysis.procrustesResidual(z, zp, al);
            emb = new double[][] {column(z, 0), column(z, 1), column(zp, 0), column(zp, 1)};
        }
        return new ImageRun(c.schedule().kind(), c.seed(), k, c.lambda(), lamEff, r, cos, principal, w2.s(), lae, distance, wedin, asym, grad,
                emb, procrustes);
    }

    /** ||grad|| of the full-data loss (regulariser lambda_eff once) at theta, biases included when trained. */
    static double fullGradientNorm(double[] x, int m, int n, TrainingConfig c, double lamEff, double[] theta) {
        int chunk = Math.min(n, 1024);
        try (MiniBatchLaeLoss f = new MiniBatchLaeLoss(x, m, n, c.k(), c.bias(), 0, lamEff, chunk, 1)) {
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double[] g = new double[theta.length];
            double[] acc = new double[theta.length];
            for (int from = 0; from < n; from += chunk) {
                f.valueAndGradient(theta, order, from, Math.min(n, from + chunk), from == 0 ? 1.0 : 0.0, g);
                for (int i = 0; i < g.length; i++) {
                    acc[i] += g[i];
                }
            }
            double s = 0;
            for (double v : acc) {
                s += v * v;
            }
            return Math.sqrt(s);
        }
    }

    static void centreColumns(DMatrixRMaj z) {
        for (int c = 0; c < z.numCols; c++) {
            double mean = 0;
            for (int i = 0; i < z.numRows; i++) {
                mean += z.get(i, c);
            }
            mean /= z.numRows;
            for (int i = 0; i < z.numRows; i++) {
                z.set(i, c, z.get(i, c) - mean);
            }
        }
    }

    static double[] column(DMatrixRMaj a, int c) {
        double[] v = new double[a.numRows];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i, c);
        }
        return v;
    }
}
