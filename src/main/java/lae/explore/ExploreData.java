package lae.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.Numbers;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.SyntheticExplorer.AdamTrace;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;
import lae.report.JsonRenderer;

/** The JSON data of the report "explore/synthetic": the grid's data sets, the per-weight summaries, every point, Adam's traces. */
final class ExploreData {
    private ExploreData() {
    }

    /** A data set of the grid. */
    private record DataRow(String name, int m, int n, int k, String singularValues, long seed, int starts,
                           @JsonProperty("starts_w_sigma_0") int startsWSigma0, double[] lambdas) {
    }

    /** The summary at one weight. */
    private record WeightRow(double wSigma, int starts, int converged, Double convergedFraction, Double maxAsymmetry, Double maxImbalance,
                             int probeCritical, int asymmetricCriticalPoints, Double maxProbeAsymmetry, boolean transposeAtEveryCriticalPoint,
                             int minima, List<ObjectNode> candidates) {
    }

    /** One candidate's tally at one weight. */
    private record CandidateRow(String name, int verified, int checked, String verdict, Double worstResidual) {
    }

    /** One cell of the grid (data set, lambda, weight). */
    private record CellRow(String data, double lambda, double wSigma, int starts, int converged, List<ObjectNode> points) {
    }

    /** What every Newton point records. */
    private record PointRow(int start, boolean converged, int iterations, String solverReason, Double gradientNorm, Double value,
                            Double asymmetry, Double imbalance, List<Double> w2SingularValues) {
    }

    /** What a converged Newton point adds: its classification and the candidates' residuals. */
    private record CriticalPointRow(String inertia, boolean inertiaDecided, String inertiaMethod, Double inertiaMargin, String indexSet,
                                    Double productResidual, Double probeGradient, Double probeAsymmetry, List<Object> candidateResiduals) {
    }

    /** One of Adam's runs beside the explorer. */
    private record AdamRow(double wSigma, double lambda, int staysBelowToleranceFromEpoch, int firstEpochBelowTolerance, double tolerance,
                           Double finalAsymmetry, Double minAsymmetry, List<ObjectNode> trace) {
    }

    /** One epoch of an Adam trace. */
    private record EpochRow(int epoch, Double asymmetry, @JsonProperty("distance_mod_O_k") Double distanceModOk, Double productDistance) {
    }

    static List<Map<String, Object>> dataConfig(Result r) {
        return r.grid().data().stream().map(d -> JsonRenderer.fields(new DataRow(d.name(), d.m(), d.n(), d.k(), d.spectrum(), d.seed(),
                d.starts(), d.startsPure(), d.lambdas()))).toList();
    }

    static List<ObjectNode> perWeightData(Result r, Map<Double, WeightSummary> sum) {
        List<ObjectNode> out = new ArrayList<>();
        for (WeightSummary s : sum.values()) {
            List<ObjectNode> cv = new ArrayList<>();
            for (int c = 0; c < r.candidates().size(); c++) {
                cv.add(JsonRenderer.row(new CandidateRow(r.candidates().get(c).name(), s.candidateVerified()[c], s.converged(),
                        s.converged() > 0 && s.candidateVerified()[c] == s.converged() ? "verified" : "refuted", num(s.candidateWorst()[c]))));
            }
            out.add(JsonRenderer.row(new WeightRow(s.wSigma(), s.starts(), s.converged(), num(s.convergedFraction()), num(s.maxAsymmetry()),
                    num(s.maxImbalance()), s.probeCritical(), s.probeAsymmetricCritical(), num(s.maxProbeAsymmetry()), s.transposeEverywhere(),
                    s.minima(), cv)));
        }
        return out;
    }

    static List<ObjectNode> cellData(Result r) {
        return r.cells().stream().map(c -> JsonRenderer.row(new CellRow(c.data().name(), c.lambda(), c.wSigma(), c.points().size(),
                c.converged().size(), c.points().stream().map(ExploreData::pointData).toList()))).toList();
    }

    private static ObjectNode pointData(Point p) {
        List<Double> sv = new ArrayList<>();
        for (double v : p.w2Singular()) {
            sv.add(Math.round(v * 1e10) / 1e10);
        }
        PointRow row = new PointRow(p.start(), p.converged(), p.iterations(), p.reason(), num4(p.gradientNorm()), num4(p.value()),
                num4(p.asymmetry()), num4(p.imbalance()), sv);
        if (!p.converged()) {
            return JsonRenderer.row(row);
        }
        List<Object> cr = new ArrayList<>();
        for (double v : p.candidateResidual()) {
            cr.add(Double.isFinite(v) ? num4(v) : (Object) "not real");
        }
        return JsonRenderer.row(row, new CriticalPointRow(p.negative() + "-," + p.zero() + "0," + p.positive() + "+", p.inertiaDecided(),
                p.inertiaMethod(), num4(p.margin()), ExploreAnalysis.set(p.indexSet()), num4(p.productResidual()), num4(p.probeGradient()),
                num4(p.probeAsymmetry()), cr));
    }

    static List<ObjectNode> adamData(Result r) {
        List<ObjectNode> out = new ArrayList<>();
        for (AdamTrace t : r.adam()) {
            int n = t.epochs().length;
            int stride = Math.max(1, n / 100);
            List<ObjectNode> tr = new ArrayList<>();
            for (int i = 0; i < n; i += stride) {
                tr.add(JsonRenderer.row(new EpochRow((int) t.epochs()[i], num4(t.asymmetry()[i]), num4(t.orbitDistance()[i]),
                        num4(t.productDistance()[i]))));
            }
            out.add(JsonRenderer.row(new AdamRow(t.wSigma(), t.lambda(), t.epochsToTolerance(), t.firstBelow(), r.grid().adamTolerance(),
                    num(t.finalAsymmetry()), num(t.minAsymmetry()), tr)));
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
