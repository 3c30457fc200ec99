package lae.train;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lae.model.LaePoint;
import lae.model.LossKind;

/**
 * The minimum W_min = U_l diag(d) U_l^T that Section 4.2's training is judged against: Table 1 with
 * I = {1..l} for L (d = 1, l = k), L_pi (d = s^2 / (s^2 + lambda), l = k) and L_sigma (d = 1 - lambda / s^2,
 * l = min(k, m0)); for the synthetic loss (not in Table 1) the transpose-symmetric critical point derived
 * here: with W1 = W2^T = D^(1/2) U_l^T each direction minimises s^2 (1 - t)^2 + lambda_pi t^2 + 2 lambda_sigma t,
 * so t = (s^2 - lambda_sigma) / (s^2 + lambda_pi), kept where positive.
 */
final class ArtificialMinimum {
    private static final int K = ArtificialSetup.K;

    private ArtificialMinimum() {
    }

    /** The diagonal d of W_min for the run's loss, from the singular values s of X. */
    static double[] diagonal(TrainingConfig c, double[] s, int m0) {
        List<Double> dd = new ArrayList<>();
        for (int i = 0; i < K; i++) {
            double s2 = s[i] * s[i];
            switch (c.loss()) {
                case L: dd.add(1.0); break;
                case L_PI: dd.add(s2 / (s2 + c.lambda())); break;
                case L_SIGMA: if (i < m0) { dd.add(1 - c.lambda() / s2); } break;
                default:
                    double t = (s2 - c.lambdaSigma()) / (s2 + c.lambdaPi());
                    if (t > 0) {
                        dd.add(t);
                    }
            }
        }
        return dd.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** What W_min is, for a report. */
    static String name(LossKind k) {
        switch (k) {
            case L: return "U_k U_k^T (Table 1, I = {1..k})";
            case L_PI: return "U_k diag(s^2/(s^2+lambda)) U_k^T (Table 1, I = {1..k})";
            case L_SIGMA: return "U_m0 diag(1-lambda/s^2) U_m0^T (Table 1, I = {1..m0})";
            default: return "U_k diag((s^2-lambda_sigma)/(s^2+lambda_pi)) U_k^T (derived, assumes W1 = W2^T)";
        }
    }

    /** W2 = U_l diag(d)^(1/2), W1 = W2^T (zero-padded to k columns): a point with W2 W1 = U_l diag(d) U_l^T. */
    static LaePoint point(DMatrixRMaj u, double[] d) {
        int m = u.numRows;
        DMatrixRMaj w2 = new DMatrixRMaj(m, K);
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < d.length; c++) {
                w2.set(i, c, u.get(i, c) * Math.sqrt(d[c]));
            }
        }
        DMatrixRMaj w1 = new DMatrixRMaj(K, m);
        CommonOps_DDRM.transpose(w2, w1);
        return new LaePoint(w1, w2);
    }
}
