package lae.explore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimResult;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.SyntheticExplorer.AdamTrace;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.DataSpec;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;
import lae.report.AtomicFiles;
import lae.report.Figures;
import lae.report.ReportJson;

/** Writes {@code OUT/synthetic.md}, {@code .json} and two PNG figures for an explorer run. */
public final class ExploreReport {
    public record Written(Path markdown, Path json, List<Path> figures, List<ClaimResult> results) {
    }

    private ExploreReport() {
    }

    static String f(double v) {
        return ExploreAnalysis.fmt(v);
    }

    static String g(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Double.isInfinite(v)) {
            return "not real";
        }
        return String.format(Locale.ROOT, "%.2g", v);
    }

    public static Written write(Result r, Path out, String command) {
        List<ClaimResult> results = ExploreAnalysis.verdicts(r);
        Map<Double, WeightSummary> sum = ExploreAnalysis.summaries(r);
        List<Path> figs = new ArrayList<>();
        Path asymPng = out.resolve("synthetic-asymmetry.png");
        Path adamPng = out.resolve("synthetic-adam.png");
        figs.add(asymPng);
        figs.add(adamPng);
        Figures.writePng(asymPng, asymmetryChart(r));
        Figures.writePng(adamPng, adamChart(r));

        StringBuilder md = new StringBuilder();
        md.append("# Synthetic loss: transpose explorer\n\n");
        md.append("Reproduce: `").append(command).append("` · seed ").append(r.grid().seed()).append(" · grid `")
                .append(r.grid().name()).append("`\n\n");
        md.append(String.format(Locale.ROOT, "Time: Newton census %.1f s, Adam %.1f s (wall clock, %d cores).%n%n",
                r.secondsCensus(), r.secondsAdam(), Runtime.getRuntime().availableProcessors()));
        md.append("L~ = w_sigma L_sigma + (1 - w_sigma) L_pi, i.e. lambda_sigma = w_sigma lambda, lambda_pi = (1 - w_sigma) lambda. "
                + "Critical points are found by Newton's method (Levenberg-Marquardt, `CriticalPointSolver`) from seeded random "
                + "starts N(0, (c/sqrt(m))^2), c cycling through 0.5, 1, 2, every third start first descending f (400 Armijo "
                + "gradient steps) so that minima are met; each start is gauge-balanced when that does not increase ||grad f|| "
                + "(for lambda_sigma > 0 every critical point is balanced, lemma below). Where Newton does not converge at "
                + "w_sigma < 0.01 (nearly flat near-gauge directions), homotopy continuation from where it stopped: solve at "
                + "100 w_sigma, 10 w_sigma, then w_sigma. Starts that do not converge stay in the count.\n\n");
        md.append("## Tolerances (stated before the results)\n\n");
        md.append(String.format(Locale.ROOT, "- **Symmetric**: ||W1 - W2^T||_F <= %.0g (1 + ||(W1, W2)||). Newton stops at "
                + "||grad|| <= 1e-11 (1 + ||C||_F), so a found point lies within ||grad||/kappa of the critical set (kappa: the "
                + "smallest non-zero curvature, of order 2 lambda_sigma >= 1e-3 on this grid): <= 4e-7. Asymmetric critical "
                + "points of the GL_k orbits at w_sigma = 0 have asymmetry of order 1.%n", SyntheticExplorer.ASYM_TOL));
        md.append(String.format(Locale.ROOT, "- **Compression candidate verified** on a point when max_j |sigma_j(W2) - "
                + "candidate_j| <= %.0g (same reason); a candidate that is not real for some i in I is refuted there.%n",
                SyntheticExplorer.FORMULA_TOL));
        md.append(String.format(Locale.ROOT, "- **Gauge probe**: for every critical point P a random G = I + 0.5 N(0,1)/sqrt(k) "
                + "gives P' = (G W1, W2 G^-1); P' counts as critical when ||grad f(P')|| <= %.0g (1 + ||C||_F) (1e5 x Newton's "
                + "tolerance; a lambda_sigma > 0 breaks the symmetry by a gradient ~ 2 lambda_sigma ||(G - I) W1|| >= 1e-3). An "
                + "asymmetric critical P' is an asymmetric critical point, found where it exists.%n", SyntheticExplorer.PROBE_TOL));
        md.append("- **Component** I = {i : (U^T W2 W1 U)_ii > t_i^2/2} with t_i^2 = (s_i^2 - lambda_sigma)/(s_i^2 + lambda_pi); "
                + "product residual ||U^T W2 W1 U - diag_I(t^2)|| / (1 + |P|).\n");
        md.append("- **Inertia**: `HessianInertia` (EJML and Hipparchus agree, margin >= 1e3); a minimum is a converged point "
                + "with a decided inertia and no negative eigenvalue. Hipparchus' symmetric eigensolver throws \"convergence "
                + "failed\" on some Hessians here (minima with 28 or 64 exactly-zero eigenvalues); then it is retried on c H "
                + "(c = 1/7.3, 1/3.1, 1/11.7) and, failing that, the second opinion is EJML on Q H Q^T (Q seeded random "
                + "orthogonal). Points per method: " + methods(r) + ".\n\n");

        md.append("## Verdicts\n\n| claim | verdict | cases | failed | worst residual | evidence |\n| --- | --- | --- | --- | --- | --- |\n");
        for (ClaimResult c : results) {
            md.append("| ").append(c.claim()).append(" | **").append(c.verdict()).append("** | ").append(c.casesChecked())
                    .append(" | ").append(c.casesFailed()).append(" | ").append(g(c.worstResidual())).append(" | ")
                    .append(c.evidence().replace("|", "/")).append(" |\n");
        }
        md.append('\n');
        for (ClaimResult c : results) {
            if (c.counterexample() != null) {
                md.append("- ").append(c.claim()).append(" counterexample: ").append(c.counterexample()).append('\n');
            }
            if (c.corrected() != null) {
                md.append("- ").append(c.claim()).append(" corrected statement (computed on this grid): ").append(c.corrected())
                        .append('\n');
            }
        }
        md.append('\n');

        md.append("## Per w_sigma (all data sets and lambdas)\n\n");
        md.append("| w_sigma | starts | converged | max asymmetry | max imbalance ||W1W1^T - W2^TW2|| | probe points critical | "
                + "asymmetric critical points (probe) | W1 = W2^T at every critical point found? | minima | converged by continuation |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (WeightSummary s : sum.values()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %s | %s | %d | %d (max asymmetry %s) | %s | %d | %d |%n",
                    f(s.wSigma()), s.starts(), s.converged(), 100 * s.convergedFraction(), g(s.maxAsymmetry()),
                    g(s.maxImbalance()), s.probeCritical(), s.probeAsymmetricCritical(), g(s.maxProbeAsymmetry()),
                    s.transposeEverywhere() ? "yes" : "**no**", s.minima(), continued(r, s.wSigma())));
        }
        md.append('\n');
        for (WeightSummary s : sum.values()) {
            if (s.asymmetricExample() != null) {
                md.append("- w_sigma = ").append(f(s.wSigma())).append(", smallest asymmetric example: ")
                        .append(s.asymmetricExample()).append('\n');
            }
        }
        md.append('\n');

        md.append("## Compression: singular values of W2 against candidate closed forms\n\n");
        md.append("Each candidate is a Symja expression in s, lambda, ws; on component I it predicts sigma(W2) = {f(s_i) : i in I} "
                + "padded with zeros. Entries: points verified / points checked (worst residual).\n\n");
        md.append("| candidate | expression |");
        for (double ws : r.grid().wSigmas()) {
            md.append(" w_sigma=").append(f(ws)).append(" |");
        }
        md.append("\n| --- | --- |");
        for (int i = 0; i < r.grid().wSigmas().length; i++) {
            md.append(" --- |");
        }
        md.append('\n');
        for (int c = 0; c < r.candidates().size(); c++) {
            md.append("| ").append(r.candidates().get(c).name()).append(" | `").append(r.candidates().get(c).expression())
                    .append("` |");
            for (WeightSummary s : sum.values()) {
                md.append(' ').append(s.candidateVerified()[c]).append('/').append(s.converged()).append(" (")
                        .append(g(s.candidateWorst()[c])).append(") |");
            }
            md.append('\n');
        }
        md.append("\nAt w_sigma = 0 only W2 W1 is determined (GL_k gauge): the singular values of W2 depend on the point of "
                + "the orbit that Newton's method stopped at, so no candidate for W2 alone can hold there (it can for W2 W1). "
                + "A candidate refuted on some points of a w_sigma is refuted for that w_sigma.\n\n");

        md.append("## Census per cell\n\n| data (m, n, k) | lambda | w_sigma | starts | converged | components seen: I (Morse index) x count | "
                + "max asymmetry | seconds |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Cell c : r.cells()) {
            Map<String, Integer> comps = new java.util.TreeMap<>();
            for (Point p : c.converged()) {
                comps.merge(ExploreAnalysis.set(p.indexSet()) + " (" + (p.inertiaDecided() ? p.negative() : "?") + ")", 1,
                        Integer::sum);
            }
            StringBuilder cs = new StringBuilder();
            comps.forEach((k, v) -> cs.append(cs.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
            DataSpec d = c.data();
            md.append(String.format(Locale.ROOT, "| %s (%d, %d, %d) | %s | %s | %d | %d | %s | %s | %.2f |%n", d.name(), d.m(),
                    d.n(), d.k(), f(c.lambda()), f(c.wSigma()), c.points().size(), c.converged().size(), cs,
                    g(c.maxAsymmetry()), c.seconds()));
        }
        md.append("\nData sets: ");
        for (DataSpec d : r.grid().data()) {
            md.append(String.format(Locale.ROOT, "`%s`: X = U Sigma V^T, s_i = %s, U, V from QR of N(0,1) matrices, seed %d; ",
                    d.name(), d.spectrum(), d.seed()));
        }
        md.append("\n\n");

        md.append("## Adam beside it\n\n");
        md.append(ExploreAnalysis.adamSentence(r)).append("\n\n");
        md.append("Distances are to the critical points found in the same cell: modulo O(k) (W1 -> O W1, W2 -> W2 O^T, the "
                + "symmetry of L~; orthogonal Procrustes), and gauge-free as ||W2 W1 - W2* W1*||_F. At w_sigma = 0 the O(k) "
                + "distance is only an upper bound (the orbits are GL_k orbits).\n\n");
        md.append("| w_sigma | stays <= tolerance from epoch | first epoch <= tolerance | min ||W1 - W2^T|| | ||W1 - W2^T|| at 4000 | "
                + "final ||W1 - W2^T|| | final distance (mod O(k)) | final ||W2W1 - W*|| | excursions | seconds |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (AdamTrace t : r.adam()) {
            int n = t.epochs().length;
            double at4000 = Double.NaN;
            for (int i = 0; i < n; i++) {
                if (t.epochs()[i] == 4000) {
                    at4000 = t.asymmetry()[i];
                }
            }
            int excursions = 0;
            for (int i = 1; i < n; i++) {
                if (t.asymmetry()[i - 1] <= r.grid().adamTolerance() && !(t.asymmetry()[i] <= r.grid().adamTolerance())) {
                    excursions++;
                }
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %d | %.1f |%n", f(t.wSigma()),
                    t.epochsToTolerance() < 0 ? "never" : String.valueOf(t.epochsToTolerance()),
                    t.firstBelow() < 0 ? "never" : String.valueOf(t.firstBelow()), g(t.minAsymmetry()), g(at4000), g(t.finalAsymmetry()), n == 0 ? "-" : g(t.orbitDistance()[n - 1]),
                    n == 0 ? "-" : g(t.productDistance()[n - 1]), excursions, t.seconds()));
        }
        md.append("\nExcursions: how often the sampled ||W1 - W2^T|| (every " + r.grid().adamStride() + " epochs) rises from <= the "
                + "tolerance to above it. Adam's state at a fixed epoch is one sample of its trajectory: where the minimum "
                + "asymmetry is ~1e-14 but the run does not stay below the tolerance, Adam reached a symmetric critical point "
                + "and left it again (with a constant learning rate its second-moment estimate decays as the gradient vanishes, "
                + "so steps of size ~ learning rate return; the traces show the bursts). The census above, not this trace, "
                + "is the evidence about the critical set.\n");
        md.append("\n![asymmetry at critical points](synthetic-asymmetry.png)\n\n![Adam traces](synthetic-adam.png)\n\n");

        md.append("## The 1-D picture (symbolic)\n\n");
        md.append("`proofs/critical_1d.m` (report `reports/proofs/critical_1d.md`) derives the critical set of L~ for m = n = k = 1 "
                + "with symbolic w_sigma: the origin, and (t, t), (-t, -t) with t^2 = (x^2 - w_sigma lambda)/(x^2 + (1 - w_sigma) "
                + "lambda), existing iff w_sigma lambda < x^2; for w_sigma > 0 all critical points are symmetric. The first "
                + "compression candidate above is this formula applied to each singular value. The symbolic verdicts agree with "
                + "this census: step 30 finds the printed C29 false in 1-D at w_sigma = 1/200 (every critical point has w1 = w2), "
                + "step 31 proves the 1-D transpose theorem for every w_sigma in (0, 1] and lambda > 0.\n\n");

        md.append("## What was tested, what was not, and where a proof might go\n\n");
        md.append("- Tested: the critical points that Newton's method reached from the seeded starts of the grid above (sizes up to "
                + "m = 20, k = 8; w_sigma in {");
        StringBuilder ws = new StringBuilder();
        for (double w : r.grid().wSigmas()) {
            ws.append(ws.length() == 0 ? "" : ", ").append(f(w));
        }
        md.append(ws).append("}). A census from random starts can miss components (especially high-index saddles); it is "
                + "evidence, not an enumeration. Not tested: w_sigma in (0, 0.0005), repeated singular values, k > m, "
                + "lambda beyond the grid, and data sets other than the seeded synthetic ones.\n");
        md.append("- Proved (used as a lemma, checked numerically as the imbalance column): for lambda_sigma > 0, "
                + "(df/dW1) W1^T - W2^T (df/dW2) = 2 lambda_sigma (W1 W1^T - W2^T W2), so every critical point is balanced. "
                + "Balanced means W1 = V S P^T, W2 = Q S V^T, and then W1 = W2^T iff P = Q iff W2 W1 is symmetric positive "
                + "semi-definite. A transpose theorem for L~ therefore reduces to showing that W2 W1 is symmetric at every "
                + "critical point when lambda_sigma > 0; in the singular basis the critical equations read "
                + "(W M - C) P = -lambda_sigma Q and Q^T (W M - C) = -lambda_sigma P^T on the support (M = C + lambda_pi I diagonal), "
                + "which is where Kunin et al.'s argument for L_sigma (M = C) would have to be extended.\n");
        md.append("- At w_sigma = 0 the loss is L_pi and GL_k-invariant: (G W1, W2 G^-1) is critical with W1 != W2^T, which the gauge "
                + "probe exhibits; so the condition w_sigma > 0 cannot be dropped.\n");
        AtomicFiles.writeString(out.resolve("synthetic.md"), md.toString());

        ReportJson j = new ReportJson("explore-synthetic", "explore", command, r.grid().seed());
        ObjectNode cfg = j.config();
        cfg.put("grid", r.grid().name());
        cfg.put("asymmetry_tolerance", SyntheticExplorer.ASYM_TOL);
        cfg.put("formula_tolerance", SyntheticExplorer.FORMULA_TOL);
        cfg.put("probe_tolerance", SyntheticExplorer.PROBE_TOL);
        ArrayNode wsArr = cfg.putArray("w_sigmas");
        for (double w : r.grid().wSigmas()) {
            wsArr.add(w);
        }
        ArrayNode data = cfg.putArray("data");
        for (DataSpec d : r.grid().data()) {
            ObjectNode o = data.addObject();
            o.put("name", d.name()).put("m", d.m()).put("n", d.n()).put("k", d.k()).put("singular_values", d.spectrum())
                    .put("seed", d.seed()).put("starts", d.starts()).put("starts_w_sigma_0", d.startsPure());
            ArrayNode ls = o.putArray("lambdas");
            for (double l : d.lambdas()) {
                ls.add(l);
            }
        }
        ArrayNode cands = cfg.putArray("candidates");
        for (SyntheticExplorer.Candidate c : r.candidates()) {
            cands.addObject().put("name", c.name()).put("expression", c.expression());
        }
        j.timing("newton_census", r.secondsCensus()).timing("adam", r.secondsAdam());
        j.results(results);
        ArrayNode per = j.root().putArray("per_w_sigma");
        for (WeightSummary s : sum.values()) {
            ObjectNode o = per.addObject();
            o.put("w_sigma", s.wSigma()).put("starts", s.starts()).put("converged", s.converged())
                    .put("converged_fraction", s.convergedFraction());
            putNum(o, "max_asymmetry", s.maxAsymmetry());
            putNum(o, "max_imbalance", s.maxImbalance());
            o.put("probe_critical", s.probeCritical()).put("asymmetric_critical_points", s.probeAsymmetricCritical());
            putNum(o, "max_probe_asymmetry", s.maxProbeAsymmetry());
            o.put("transpose_at_every_critical_point", s.transposeEverywhere()).put("minima", s.minima());
            ArrayNode cv = o.putArray("candidates");
            for (int c = 0; c < r.candidates().size(); c++) {
                ObjectNode co = cv.addObject();
                co.put("name", r.candidates().get(c).name()).put("verified", s.candidateVerified()[c])
                        .put("checked", s.converged()).put("verdict", s.converged() > 0
                                && s.candidateVerified()[c] == s.converged() ? "verified" : "refuted");
                putNum(co, "worst_residual", s.candidateWorst()[c]);
            }
        }
        ArrayNode cells = j.root().putArray("cells");
        for (Cell c : r.cells()) {
            ObjectNode o = cells.addObject();
            o.put("data", c.data().name()).put("lambda", c.lambda()).put("w_sigma", c.wSigma())
                    .put("starts", c.points().size()).put("converged", c.converged().size())
                    .put("seconds", Math.round(c.seconds() * 1000) / 1000.0);
            ArrayNode pts = o.putArray("points");
            for (Point p : c.points()) {
                ObjectNode q = pts.addObject();
                q.put("start", p.start()).put("converged", p.converged()).put("iterations", p.iterations())
                        .put("solver_reason", p.reason());
                put4(q, "gradient_norm", p.gradientNorm());
                put4(q, "value", p.value());
                put4(q, "asymmetry", p.asymmetry());
                put4(q, "imbalance", p.imbalance());
                if (p.converged()) {
                    q.put("inertia", p.negative() + "-," + p.zero() + "0," + p.positive() + "+");
                    q.put("inertia_decided", p.inertiaDecided());
                    q.put("inertia_method", p.inertiaMethod());
                    put4(q, "inertia_margin", p.margin());
                    q.put("index_set", ExploreAnalysis.set(p.indexSet()));
                    put4(q, "product_residual", p.productResidual());
                    put4(q, "probe_gradient", p.probeGradient());
                    put4(q, "probe_asymmetry", p.probeAsymmetry());
                    ArrayNode cr = q.putArray("candidate_residuals");
                    for (double v : p.candidateResidual()) {
                        cr.add(Double.isFinite(v) ? (v == 0 ? 0 : Double.parseDouble(String.format(Locale.ROOT, "%.3g", v))) : -1);
                    }
                }
                ArrayNode sv = q.putArray("w2_singular_values");
                for (double v : p.w2Singular()) {
                    sv.add(Math.round(v * 1e10) / 1e10);
                }
            }
        }
        ArrayNode adam = j.root().putArray("adam");
        for (AdamTrace t : r.adam()) {
            ObjectNode o = adam.addObject();
            o.put("w_sigma", t.wSigma()).put("lambda", t.lambda()).put("stays_below_tolerance_from_epoch", t.epochsToTolerance())
                    .put("first_epoch_below_tolerance", t.firstBelow())
                    .put("tolerance", r.grid().adamTolerance());
            putNum(o, "final_asymmetry", t.finalAsymmetry());
            putNum(o, "min_asymmetry", t.minAsymmetry());
            int n = t.epochs().length;
            int stride = Math.max(1, n / 100);
            ArrayNode tr = o.putArray("trace");
            for (int i = 0; i < n; i += stride) {
                ObjectNode e = tr.addObject();
                e.put("epoch", (int) t.epochs()[i]);
                put4(e, "asymmetry", t.asymmetry()[i]);
                put4(e, "distance_mod_O_k", t.orbitDistance()[i]);
                put4(e, "product_distance", t.productDistance()[i]);
            }
        }
        Path json = out.resolve("synthetic.json");
        j.write(json);
        return new Written(out.resolve("synthetic.md"), json, figs, results);
    }

    static int continued(Result r, double ws) {
        int n = 0;
        for (Cell c : r.cellsAt(ws)) {
            for (Point p : c.converged()) {
                n += p.reason().startsWith("converged by continuation") ? 1 : 0;
            }
        }
        return n;
    }

    static String methods(Result r) {
        Map<String, Integer> m = new java.util.TreeMap<>();
        for (Cell c : r.cells()) {
            for (Point p : c.converged()) {
                m.merge(p.inertiaMethod(), 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> b.append(b.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
        return b.toString();
    }

    /** Per-point measurements to 4 significant digits (the JSON holds every point of the grid). */
    static void put4(ObjectNode o, String key, double v) {
        putNum(o, key, Double.isFinite(v) && v != 0 ? Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)) : v);
    }

    static void putNum(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    static XYChart asymmetryChart(Result r) {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Asymmetry ||W1 - W2^T|| / (1 + |P|) at critical points (x: w_sigma, 0 drawn at 1e-5)")
                .xAxisTitle("w_sigma").yAxisTitle("relative asymmetry").build();
        var st = chart.getStyler();
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        st.setXAxisLogarithmic(true);
        st.setYAxisLogarithmic(true);
        st.setChartBackgroundColor(java.awt.Color.WHITE);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setYAxisDecimalPattern("0.#E0");
        st.setMarkerSize(6);
        double floor = 1e-17;
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (Cell c : r.cells()) {
            double x = c.wSigma() == 0 ? 1e-5 : c.wSigma();
            for (Point p : c.converged()) {
                series.computeIfAbsent("Newton points", k -> new ArrayList<>()).add(new double[] {x, Math.max(floor, p.asymmetry())});
                if (p.probeGradient() <= SyntheticExplorer.PROBE_TOL) {
                    series.computeIfAbsent("critical gauge-probe points", k -> new ArrayList<>())
                            .add(new double[] {x * 1.15, Math.max(floor, p.probeAsymmetry())});
                }
            }
        }
        List<double[]> tol = List.of(new double[] {1e-5, SyntheticExplorer.ASYM_TOL}, new double[] {1, SyntheticExplorer.ASYM_TOL});
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            double[] xs = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] ys = e.getValue().stream().mapToDouble(v -> v[1]).toArray();
            chart.addSeries(e.getKey(), xs, ys);
        }
        XYSeries t = chart.addSeries("tolerance", tol.stream().mapToDouble(v -> v[0]).toArray(),
                tol.stream().mapToDouble(v -> v[1]).toArray());
        t.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        t.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    static java.awt.image.BufferedImage adamChart(Result r) {
        Map<String, double[][]> a = new LinkedHashMap<>();
        Map<String, double[][]> d = new LinkedHashMap<>();
        for (AdamTrace t : r.adam()) {
            a.put("w_sigma=" + f(t.wSigma()), new double[][] {t.epochs(), t.asymmetry()});
            d.put("w_sigma=" + f(t.wSigma()), new double[][] {t.epochs(), t.orbitDistance()});
        }
        XYChart top = Figures.logLines("Adam, Section 4.2 data, lambda = " + (r.adam().isEmpty() ? "-" : f(r.adam().get(0).lambda()))
                + ": ||W1 - W2^T||_F", "epoch", "||W1 - W2^T||_F", a, 1e-16, 1000, 450);
        XYChart bottom = Figures.logLines("distance to the nearest critical point found, modulo O(k) (an upper bound at w_sigma = 0)",
                "epoch", "distance", d, 1e-16, 1000, 450);
        return Figures.grid("Adam beside the Newton census", List.of(top, bottom), 1);
    }
}
