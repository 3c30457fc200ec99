package lae.check;

import java.util.List;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Verdict;
import lae.landscape.IndexSet;
import lae.landscape.TableOne;
import lae.model.LossKind;

/** C21: the sizes in Table 1 make its products well defined (shape algebra). */
final class TableOneShapes extends ClaimCheck {
    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        int m = on.data().m();
        int k = on.cf().k;
        int cases = 0;
        int failed = 0;
        String cex = null;
        // printed: U_I is k x l; Sigma_I l x l; G, O in R^{k x l}; G^+ is l x k
        for (int l = 1; l <= k; l++) {
            cases++;
            int[] w2 = product(new int[] {k, l}, new int[] {l, l}, new int[] {l, k});
            int[] w1 = product(new int[] {k, l}, new int[] {l, l}, new int[] {l, k});
            boolean ok = w2 != null && w2[0] == m && w2[1] == k && w1 != null && w1[0] == k && w1[1] == m;
            if (!ok) {
                failed++;
                if (cex == null) {
                    cex = Numbers.format("m=%d, k=%d, l=%d: with U_I printed as k x l, W2 = U_I (..) G^+ is %s but must be m x k = %d x %d, and W1 = G (..) U_I^T is %s but must be k x m",
                            m, k, l, w2 == null ? "undefined" : w2[0] + " x " + w2[1], m, k, w1 == null ? "undefined" : w1[0] + " x " + w1[1]);
                }
            }
        }
        String corrected = null;
        if (failed > 0) {
            boolean all = true;
            for (int mm = 2; mm <= 12; mm++) {
                for (int kk = 1; kk < mm; kk++) {
                    for (int l = 1; l <= kk; l++) {
                        int[] w2 = product(new int[] {mm, l}, new int[] {l, l}, new int[] {l, kk});
                        int[] w1 = product(new int[] {kk, l}, new int[] {l, l}, new int[] {l, mm});
                        all &= w2 != null && w2[0] == mm && w2[1] == kk && w1 != null && w1[0] == kk && w1[1] == mm;
                    }
                }
            }
            var p = TableOne.point(LossKind.L, on.data().u(), on.data().singularValues(), 0, IndexSet.first(Math.min(2, k)),
                    TableOne.representative(TableOne.Representative.IDENTITY, LossKind.L, k, Math.min(2, k), null));
            all &= p.w2.numRows == m && p.w2.numCols == k && p.w1.numRows == k && p.w1.numCols == m;
            if (all) {
                corrected = "U_I is m x l (its columns are the principal directions u_i in R^m); with this every product of Table 1 is defined and W2 is m x k, W1 is k x m, "
                        + "verified for all 2 <= m <= 12, k < m, l <= k and by the numeric engine's Table-1 construction here.";
            }
        }
        return ClaimResult.of(on.claim(), "-")
                .verdict(failed > 0 ? Verdict.FAILS : Verdict.HOLDS, Strength.CERTIFIED).scope(Numbers.format("the printed sizes for l = 1..%d (m = %d, k = %d)", on.cf().k, on.data().m(), on.cf().k))
                .cases(cases, failed)
                .counterexample(cex)
                .corrected(corrected)
                .evidence("shape algebra of the products in Table 1 with the printed sizes (U_I k x l, Sigma_I l x l, G and O k x l, G^+ l x k) for l = 1..k.").build();
    }

    static int[] product(int[]... shapes) {
        int[] cur = shapes[0];
        for (int i = 1; i < shapes.length; i++) {
            if (cur[1] != shapes[i][0]) {
                return null;
            }
            cur = new int[] {cur[0], shapes[i][1]};
        }
        return cur;
    }
}
