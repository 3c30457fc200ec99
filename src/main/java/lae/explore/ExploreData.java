package lae.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.core.Numbers;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.SyntheticExplorer.AdamTrace;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.DataSpec;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;

/** The JSON data of the report "explore/synthetic": the grid's data sets, the per-weight summaries, every point, Adam's traces. */
final class ExploreData {
    private ExploreData() {
    }

    static List<Map<String, Object>> dataConfig(Result r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DataSpec d : r.grid().data()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", d.name());
            o.put("m", d.m());
            o.put("n", d.n());
            o.put("k", d.k());
            o.put("singular_values", d.spectrum());
            o.put("seed", d.seed());
            o.put("starts", d.starts());
            o.put("starts_w_sigma_0", d.startsPure());
            o.put("lambdas", d.lambdas());
            out.add(o);
        }
        return out;
    }

    static List<Map<String, Object>> perWeightData(Result r, Map<Double, WeightSummary> sum) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WeightSummary s : sum.values()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("w_sigma", s.wSigma());
            o.put("starts", s.starts());
            o.put("converged", s.converged());
            o.put("converged_fraction", num(s.convergedFraction()));
            o.put("max_asymmetry", num(s.maxAsymmetry()));
            o.put("max_imbalance", num(s.maxImbalance()));
            o.put("probe_critical", s.probeCritical());
            o.put("asymmetric_critical_points", s.probeAsymmetricCritical());
            o.put("max_probe_asymmetry", num(s.maxProbeAsymmetry()));
            o.put("transpose_at_every_critical_point", s.transposeEverywhere());
            o.put("minima", s.minima());
            List<Map<String, Object>> cv = new ArrayList<>();
            for (int c = 0; c < r.candidates().size(); c++) {
                Map<String, Object> co = new LinkedHashMap<>();
                co.put("name", r.candidates().get(c).name());
                co.put("verified", s.candidateVerified()[c]);
                co.put("checked", s.converged());
                co.put("verdict", s.converged() > 0 && s.candidateVerified()[c] == s.converged() ? "verified" : "refuted");
                co.put("worst_residual", num(s.candidateWorst()[c]));
                cv.add(co);
            }
            o.put("candidates", cv);
            out.add(o);
        }
        return out;
    }

    static List<Map<String, Object>> cellData(Result r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Cell c : r.cells()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("data", c.data().name());
            o.put("lambda", c.lambda());
            o.put("w_sigma", c.wSigma());
            o.put("starts", c.points().size());
            o.put("converged", c.converged().size());
            List<Map<String, Object>> pts = new ArrayList<>();
            for (Point p : c.points()) {
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("start", p.start());
                q.put("converged", p.converged());
                q.put("iterations", p.iterations());
                q.put("solver_reason", p.reason());
                q.put("gradient_norm", num4(p.gradientNorm()));
                q.put("value", num4(p.value()));
                q.put("asymmetry", num4(p.asymmetry()));
                q.put("imbalance", num4(p.imbalance()));
                if (p.converged()) {
                    q.put("inertia", p.negative() + "-," + p.zero() + "0," + p.positive() + "+");
                    q.put("inertia_decided", p.inertiaDecided());
                    q.put("inertia_method", p.inertiaMethod());
                    q.put("inertia_margin", num4(p.margin()));
                    q.put("index_set", ExploreAnalysis.set(p.indexSet()));
                    q.put("product_residual", num4(p.productResidual()));
                    q.put("probe_gradient", num4(p.probeGradient()));
                    q.put("probe_asymmetry", num4(p.probeAsymmetry()));
                    List<Object> cr = new ArrayList<>();
                    for (double v : p.candidateResidual()) {
                        cr.add(Double.isFinite(v) ? num4(v) : (Object) "not real");
                    }
                    q.put("candidate_residuals", cr);
                }
                List<Double> sv = new ArrayList<>();
                for (double v : p.w2Singular()) {
                    sv.add(Math.round(v * 1e10) / 1e10);
                }
                q.put("w2_singular_values", sv);
                pts.add(q);
            }
            o.put("points", pts);
            out.add(o);
        }
        return out;
    }

    static List<Map<String, Object>> adamData(Result r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AdamTrace t : r.adam()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("w_sigma", t.wSigma());
            o.put("lambda", t.lambda());
            o.put("stays_below_tolerance_from_epoch", t.epochsToTolerance());
            o.put("first_epoch_below_tolerance", t.firstBelow());
            o.put("tolerance", r.grid().adamTolerance());
            o.put("final_asymmetry", num(t.finalAsymmetry()));
            o.put("min_asymmetry", num(t.minAsymmetry()));
            int n = t.epochs().length;
            int stride = Math.max(1, n / 100);
            List<Map<String, Object>> tr = new ArrayList<>();
            for (int i = 0; i < n; i += stride) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("epoch", (int) t.epochs()[i]);
                e.put("asymmetry", num4(t.asymmetry()[i]));
                e.put("distance_mod_O_k", num4(t.orbitDistance()[i]));
                e.put("product_distance", num4(t.productDistance()[i]));
                tr.add(e);
            }
            o.put("trace", tr);
            out.add(o);
        }
        return out;
    }

    /** A finite number, or null (JSON has no NaN). */
    static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Per-point measurements to 4 significant digits (the JSON holds every point of the grid). */
    static Double num4(double v) {
        return Double.isFinite(v) ? (v == 0 ? 0.0 : Double.parseDouble(Numbers.format("%.4g", v))) : null;
    }
}
