package lae.check;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lae.config.ClaimFile;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.model.LossKind;
import lae.symbolic.SymjaFormula;

/** C22: W2 = W1^T = U_I (I - lambda Sigma_I^-2)^(1/2) O^T at L_sigma critical points. */
final class SumLossCompression extends ClaimCheck {
    /**
     * For each lambda (when the file tests L_sigma): every l = |I| in 1..min(k, m0) and d_I of subsets of
     * {1..m0}, with s every singular value s_j, j &lt;= m0, that a component's compression factor takes.
     */
    @Override
    void formulaCases(CheckContext on, String field, boolean candidate, Consumer<Map<String, Double>> sink) {
        if (!on.cf().losses.contains(LossKind.L_SIGMA)) {
            return;
        }
        double[] s = on.data().singularValues();
        for (double lambda : on.cf().lambdas) {
            int m0 = on.data().m0(lambda);
            for (int j = 1; j <= m0; j++) {
                double sj = s[j - 1];
                Bindings.range(on.data().m(), on.data().n(), on.cf().k, Math.min(on.cf().k, m0), m0, m0, lambda, b -> {
                    if (b.get("l") >= 1) {
                        b.put("s", sj);
                        sink.accept(b);
                    }
                });
            }
        }
    }

    @Override
    ClaimResult check(CheckContext on, ClaimFile.ClaimSpec spec, LossKind kind, List<Measurements> ms) {
        SymjaFormula formula = spec.formula("formula");
        CaseTally tally = new CaseTally();
        double[] s = on.data().singularValues();
        for (ConvergedPoint p : convergedPoints(ms)) {
            var sc = p.search();
            var id = sc.identification();
            int[] idx = id.indexSet().toArray();
            double[] expected = new double[idx.length];
            String undefined = null;
            for (int j = 0; j < idx.length; j++) {
                Map<String, Double> b = Bindings.of(on.data().m(), on.data().n(), on.cf().k, id.indexSet(), p.m0(), p.lambda());
                b.put("s", s[idx[j] - 1]);
                try {
                    expected[j] = formula.evaluate(b);
                } catch (lae.symbolic.SymjaFormula.Undefined u) {
                    undefined = "s = s_" + idx[j] + ": " + u.reason();
                    break;
                }
            }
            if (undefined != null) {
                // the formula states no compression at this point: a failure of the formula, named
                tally.count();
                tally.fail(on.where(LossKind.L_SIGMA, p.lambda(), id.indexSet()) + ": " + formula.source() + " has no value at " + undefined);
                continue;
            }
            java.util.Arrays.sort(expected);
            double[] sv = singularValues(sc.result().point().w2);
            java.util.Arrays.sort(sv);
            double err = id.printedResidual();
            for (int j = 0; j < sv.length; j++) {
                double e = j >= sv.length - expected.length ? expected[j - (sv.length - expected.length)] : 0;
                err = Math.max(err, Math.abs(sv[j] - e));
            }
            tally.count(err);
            if (err > Tolerance.WITNESS_MIN.value()) {
                tally.fail(on.where(LossKind.L_SIGMA, p.lambda(), id.indexSet()) + ": singular values of W2 " + java.util.Arrays.toString(sv) + " vs " + formula.source());
            }
        }
        return on.searchResult(LossKind.L_SIGMA.label(), tally,
                Numbers.format("at %d converged Newton points: W2 = U_I A O^T with O^T O = I, and the singular values of W2 equal %s for s in Sigma_I (zero otherwise); tolerance %s.",
                        tally.cases(), formula.source(), sci(Tolerance.NEWTON_MEMBER.value())));
    }

    static double[] singularValues(DMatrixRMaj a) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        svd.decompose(a.copy());
        return svd.getSingularValues().clone();
    }
}
