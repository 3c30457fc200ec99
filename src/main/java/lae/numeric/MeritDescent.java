package lae.numeric;

import lae.model.LaePoint;
import lae.model.LossDerivatives;
import lae.model.RegularizedLaeLoss;

/**
 * The cheap first phase of the critical-point search: L-BFGS (Nocedal and Wright, Algorithm 7.4)
 * on the merit phi(theta) = ||grad f(theta)||^2 / 2, whose zeros are exactly the critical points of
 * f of every index. Its gradient grad phi = H grad f costs one Hessian-vector product, so an
 * iteration is O(k m^2) instead of the O((km)^3) of a Newton step; it brings a random start close
 * to the critical set, where the Newton phase converges in a few steps.
 */
final class MeritDescent {
    private static final int MEMORY = 10;

    private MeritDescent() {
    }

    static LaePoint approach(RegularizedLaeLoss f, LaePoint start, double tolerance, int maxIterations) {
        final int m = f.m();
        final int k = f.k();
        final int n = f.dimension();
        final LossDerivatives df = new LossDerivatives(f);
        double[] x = start.toVector();
        double[] g = new double[n];
        df.gradient(x, g);
        double phi = 0.5 * sq(g);
        double[] dphi = new double[n];
        df.hessianVector(x, g, dphi);
        double[][] s = new double[MEMORY][n];
        double[][] y = new double[MEMORY][n];
        double[] rhoInv = new double[MEMORY];
        double[] alpha = new double[MEMORY];
        double[] d = new double[n];
        double[] xt = new double[n];
        double[] gt = new double[n];
        double[] dphit = new double[n];
        double[] sv = new double[n];
        double[] yv = new double[n];
        int stored = 0;
        int head = 0;
        for (int it = 0; it < maxIterations; it++) {
            if (Math.sqrt(2 * phi) <= tolerance || !Double.isFinite(phi)) {
                break;
            }
            // two-loop recursion: d = -H_k dphi
            System.arraycopy(dphi, 0, d, 0, n);
            for (int j = 0; j < stored; j++) {
                int i = Math.floorMod(head - 1 - j, MEMORY);
                alpha[i] = dot(s[i], d) / rhoInv[i];
                axpy(-alpha[i], y[i], d);
            }
            if (stored > 0) {
                int last = Math.floorMod(head - 1, MEMORY);
                double gamma = rhoInv[last] / dot(y[last], y[last]);
                for (int j = 0; j < n; j++) {
                    d[j] *= gamma;
                }
            } else {
                double scale = 1 / Math.max(1e-12, Math.sqrt(dot(dphi, dphi)));
                for (int j = 0; j < n; j++) {
                    d[j] *= scale * Math.sqrt(2 * phi) * 1e-2;
                }
            }
            for (int j = stored - 1; j >= 0; j--) {
                int i = Math.floorMod(head - 1 - j, MEMORY);
                double beta = dot(y[i], d) / rhoInv[i];
                axpy(alpha[i] - beta, s[i], d);
            }
            for (int j = 0; j < n; j++) {
                d[j] = -d[j];
            }
            double slope = dot(dphi, d);
            if (!(slope < 0)) {
                stored = 0;
                head = 0;
                continue;
            }
            double t = 1;
            double phit = Double.NaN;
            boolean ok = false;
            for (int ls = 0; ls < 30; ls++) {
                for (int j = 0; j < n; j++) {
                    xt[j] = x[j] + t * d[j];
                }
                df.gradient(xt, gt);
                phit = 0.5 * sq(gt);
                if (Double.isFinite(phit) && phit <= phi + 1e-4 * t * slope) {
                    ok = true;
                    break;
                }
                t *= 0.5;
            }
            if (!ok) {
                break;
            }
            df.hessianVector(xt, gt, dphit);
            for (int j = 0; j < n; j++) {
                sv[j] = xt[j] - x[j];
                yv[j] = dphit[j] - dphi[j];
            }
            double sy = dot(sv, yv);
            if (sy > 1e-14 * Math.sqrt(dot(sv, sv) * dot(yv, yv))) {
                System.arraycopy(sv, 0, s[head], 0, n);
                System.arraycopy(yv, 0, y[head], 0, n);
                rhoInv[head] = sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            double[] tmp = x;
            x = xt;
            xt = tmp;
            tmp = g;
            g = gt;
            gt = tmp;
            tmp = dphi;
            dphi = dphit;
            dphit = tmp;
            phi = phit;
        }
        return LaePoint.fromVector(x, m, k);
    }

    private static double sq(double[] v) {
        return dot(v, v);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
