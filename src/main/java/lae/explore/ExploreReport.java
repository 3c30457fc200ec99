package lae.explore;

import lae.core.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.explore.ExploreAnalysis.WeightSummary;
import lae.explore.SyntheticExplorer.AdamTrace;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.DataSpec;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;
import lae.report.Figures;
import lae.report.ReportDocument;

/** The report "explore/synthetic" of an explorer run, as a {@link ReportDocument} (the CLI writes it). */
public final class ExploreReport {
    public static final String NAME = "explore/synthetic";

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
        return Numbers.format("%.2g", v);
    }

    /** The document "explore/synthetic" for an explorer run: verdicts, tables and the two figures. */
    public static ReportDocument document(Result r, String command) {
        List<ClaimResult> results = ExploreVerdicts.of(r);
        Map<Double, WeightSummary> sum = ExploreAnalysis.summaries(r);
        ReportDocument.Builder b = ReportDocument.builder(NAME, "explore")
                .title("Synthetic loss: transpose explorer")
                .command(command)
                .seed("grid", r.grid().seed())
                .introduction("L~ = w_sigma L_sigma + (1 - w_sigma) L_pi, i.e. lambda_sigma = w_sigma lambda, lambda_pi = (1 - w_sigma) lambda. "
                        + "Critical points are found by Newton's method (Levenberg-Marquardt, `CriticalPointSolver`) from seeded random "
                        + "starts N(0, (c/sqrt(m))^2), c cycling through 0.5, 1, 2, every third start first descending f (400 Armijo "
                        + "gradient steps) so that minima are met; each start is gauge-balanced when that does not increase ||grad f|| "
                        + "(for lambda_sigma > 0 every critical point is balanced, lemma below). Where Newton does not converge at "
                        + "w_sigma < 0.01 (nearly flat near-gauge directions), homotopy continuation from where it stopped: solve at "
                        + "100 w_sigma, 10 w_sigma, then w_sigma. Starts that do not converge stay in the count. Every verdict here is "
                        + "sampled (random starts can miss components); `./lae explore synthetic-census` checks every predicted "
                        + "component exhaustively and proofs/synthetic_transpose.m proves the transpose theorem for k = 1.")
                .config("grid", r.grid().name())
                .config("asymmetry_tolerance", Tolerance.ASYMMETRY.value())
                .config("formula_tolerance", Tolerance.COMPRESSION_FORMULA.value())
                .config("probe_tolerance", Tolerance.GAUGE_PROBE.value())
                .config("w_sigmas", r.grid().wSigmas())
                .config("data", ExploreData.dataConfig(r))
                .config("candidates", r.candidates())
                .results(results)
                .timing("newton_census", r.secondsCensus())
                .timing("adam", r.secondsAdam());

        b.section("Tolerances (stated before the results)");
        b.bullets(List.of(
                "**Symmetric**: ||W1 - W2^T||_F <= " + Numbers.sci(Tolerance.ASYMMETRY.value(), 0) + " (1 + ||(W1, W2)||). Newton stops at "
                        + "||grad|| <= 1e-11 (1 + ||C||_F), so a found point lies within ||grad||/kappa of the critical set (kappa: the "
                        + "smallest non-zero curvature, of order 2 lambda_sigma >= 1e-3 on this grid): <= 4e-7. Asymmetric critical "
                        + "points of the GL_k orbits at w_sigma = 0 have asymmetry of order 1.",
                "**Compression candidate verified** on a point when max_j |sigma_j(W2) - candidate_j| <= "
                        + Numbers.sci(Tolerance.COMPRESSION_FORMULA.value(), 0) + " (same reason); a candidate that is not real for some i in I "
                        + "is refuted there.",
                "**Gauge probe**: for every critical point P a random G = I + 0.5 N(0,1)/sqrt(k) gives P' = (G W1, W2 G^-1); P' counts "
                        + "as critical when ||grad f(P')|| <= " + Numbers.sci(Tolerance.GAUGE_PROBE.value(), 0) + " (1 + ||C||_F) (1e5 x "
                        + "Newton's tolerance; a lambda_sigma > 0 breaks the symmetry by a gradient ~ 2 lambda_sigma ||(G - I) W1|| >= "
                        + "1e-3). An asymmetric critical P' is an asymmetric critical point, found where it exists.",
                "**Component** I = {i : (U^T W2 W1 U)_ii > t_i^2/2} with t_i^2 = (s_i^2 - lambda_sigma)/(s_i^2 + lambda_pi); product "
                        + "residual ||U^T W2 W1 U - diag_I(t^2)|| / (1 + |P|).",
                "**Inertia**: `HessianInertia.of` (EJML and Hipparchus agree, margin >= 1e3); a minimum is a converged point with a "
                        + "decided inertia and no negative eigenvalue; an undecided point is counted as such. Points per method: "
                        + methods(r) + "."));

        List<String> notes = new ArrayList<>();
        for (ClaimResult c : results) {
            if (c.counterexample() != null) {
                notes.add(c.claim() + " counterexample: " + c.counterexample());
            }
            if (c.corrected() != null) {
                notes.add(c.claim() + " corrected statement (computed on this grid): " + c.corrected());
            }
        }
        if (!notes.isEmpty()) {
            b.section("Counterexamples and corrected statements");
            b.bullets(notes);
        }

        b.section("Per w_sigma (all data sets and lambdas)");
        b.table("per_w_sigma", null, List.of("w_sigma", "starts", "converged", "max asymmetry", "max imbalance ||W1W1^T - W2^TW2||",
                "probe points critical", "asymmetric critical points (probe)", "W1 = W2^T at every critical point found?", "minima",
                "converged by continuation"), sum.values().stream().map(s -> weightRow(r, s)).toList());
        List<String> examples = new ArrayList<>();
        for (WeightSummary s : sum.values()) {
            if (s.asymmetricExample() != null) {
                examples.add("w_sigma = " + f(s.wSigma()) + ", smallest asymmetric example: " + s.asymmetricExample());
            }
        }
        if (!examples.isEmpty()) {
            b.bullets(examples);
        }

        b.section("Compression: singular values of W2 against candidate closed forms");
        b.paragraph("Each candidate is a Symja expression in s, lambda, ws; on component I it predicts sigma(W2) = {f(s_i) : i in I} "
                + "padded with zeros. Entries: points verified / points checked (worst residual).");
        List<String> head = new ArrayList<>(List.of("candidate", "expression"));
        for (double ws : r.grid().wSigmas()) {
            head.add("w_sigma=" + f(ws));
        }
        List<List<String>> crow = new ArrayList<>();
        for (int c = 0; c < r.candidates().size(); c++) {
            List<String> row = new ArrayList<>(List.of(r.candidates().get(c).name(), "`" + r.candidates().get(c).expression() + "`"));
            for (WeightSummary s : sum.values()) {
                row.add(s.candidateVerified()[c] + "/" + s.converged() + " (" + g(s.candidateWorst()[c]) + ")");
            }
            crow.add(row);
        }
        b.table("candidates", null, head, crow);
        b.paragraph("At w_sigma = 0 only W2 W1 is determined (GL_k gauge): the singular values of W2 depend on the point of "
                + "the orbit that Newton's method stopped at, so no candidate for W2 alone can hold there (it can for W2 W1). "
                + "A candidate refuted on some points of a w_sigma is refuted for that w_sigma.");

        b.section("Census per cell");
        List<List<String>> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
            Map<String, Integer> comps = new java.util.TreeMap<>();
            for (Point p : c.converged()) {
                comps.merge(ExploreAnalysis.set(p.indexSet()) + " (" + (p.inertiaDecided() ? p.negative() : "?") + ")", 1,
                        Integer::sum);
            }
            StringBuilder cs = new StringBuilder();
            comps.forEach((k, v) -> cs.append(cs.length() == 0 ? "" : ", ").append(k).append(" x").append(v));
            DataSpec d = c.data();
            cells.add(List.of(d.name() + " (" + d.m() + ", " + d.n() + ", " + d.k() + ")", f(c.lambda()), f(c.wSigma()),
                    String.valueOf(c.points().size()), String.valueOf(c.converged().size()), cs.toString(), g(c.maxAsymmetry()),
                    Numbers.fixed(c.seconds(), 2)));
        }
        b.table("cells", null, List.of("data (m, n, k)", "lambda", "w_sigma", "starts", "converged",
                "components seen: I (Morse index) x count", "max asymmetry", "seconds"), cells);
        StringBuilder ds = new StringBuilder("Data sets: ");
        for (DataSpec d : r.grid().data()) {
            ds.append("`").append(d.name()).append("`: X = U Sigma V^T, s_i = ").append(d.spectrum())
                    .append(", U, V from QR of N(0,1) matrices, seed ").append(d.seed()).append("; ");
        }
        b.paragraph(ds.toString());

        b.section("Adam beside it");
        b.paragraph(ExploreVerdicts.adamSentence(r));
        b.paragraph("Distances are to the critical points found in the same cell: modulo O(k) (W1 -> O W1, W2 -> W2 O^T, the "
                + "symmetry of L~; orthogonal Procrustes), and gauge-free as ||W2 W1 - W2* W1*||_F. At w_sigma = 0 the O(k) "
                + "distance is only an upper bound (the orbits are GL_k orbits).");
        List<List<String>> arows = new ArrayList<>();
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
            arows.add(List.of(f(t.wSigma()), t.epochsToTolerance() < 0 ? "never" : String.valueOf(t.epochsToTolerance()),
                    t.firstBelow() < 0 ? "never" : String.valueOf(t.firstBelow()), g(t.minAsymmetry()), g(at4000),
                    g(t.finalAsymmetry()), n == 0 ? "-" : g(t.orbitDistance()[n - 1]), n == 0 ? "-" : g(t.productDistance()[n - 1]),
                    String.valueOf(excursions), Numbers.fixed(t.seconds(), 1)));
        }
        b.table("adam", null, List.of("w_sigma", "stays <= tolerance from epoch", "first epoch <= tolerance", "min ||W1 - W2^T||",
                "||W1 - W2^T|| at 4000", "final ||W1 - W2^T||", "final distance (mod O(k))", "final ||W2W1 - W*||", "excursions",
                "seconds"), arows);
        b.paragraph("Excursions: how often the sampled ||W1 - W2^T|| (every " + r.grid().adamStride() + " epochs) rises from <= the "
                + "tolerance to above it. Adam's state at a fixed epoch is one sample of its trajectory: where the minimum "
                + "asymmetry is ~1e-14 but the run does not stay below the tolerance, Adam reached a symmetric critical point "
                + "and left it again (with a constant learning rate its second-moment estimate decays as the gradient vanishes, "
                + "so steps of size ~ learning rate return; the traces show the bursts). The census above, not this trace, "
                + "is the evidence about the critical set.");
        b.figure("synthetic-asymmetry.png", "asymmetry at critical points", Figures.png(ExploreFigures.asymmetryChart(r)));
        b.figure("synthetic-adam.png", "Adam traces", Figures.png(ExploreFigures.adamChart(r)));

        b.section("The 1-D picture, the k = 1 proof and the exhaustive census");
        b.paragraph("`proofs/critical_1d.m` derives the critical set of L~ for m = n = k = 1 with symbolic w_sigma: the origin, and "
                + "(t, t), (-t, -t) with t^2 = (x^2 - w_sigma lambda)/(x^2 + (1 - w_sigma) lambda), existing iff w_sigma lambda < x^2; "
                + "for w_sigma > 0 all critical points are symmetric. `proofs/synthetic_transpose.m` proves the transpose theorem for "
                + "k = 1 and every m (every critical point is the origin or +-t_j e_j), `proofs/synthetic_table1.m` certifies the "
                + "Table-1 index and nullity formulas exactly on small configurations, and `./lae explore synthetic-census` checks "
                + "them on every predicted component at Section 4.2's scale. The first compression candidate above is the 1-D "
                + "formula applied to each singular value.");

        b.section("What was tested, what was not");
        StringBuilder ws = new StringBuilder();
        for (double w : r.grid().wSigmas()) {
            ws.append(ws.length() == 0 ? "" : ", ").append(f(w));
        }
        b.bullets(List.of(
                "Tested: the critical points that Newton's method reached from the seeded starts of the grid above (sizes up to "
                        + "m = 20, k = 8; w_sigma in {" + ws + "}). A census from random starts can miss components (especially "
                        + "high-index saddles); it is evidence, not an enumeration. Not tested: w_sigma in (0, 0.0005), repeated "
                        + "singular values, k > m, lambda beyond the grid, and data sets other than the seeded synthetic ones.",
                "Proved (used as a lemma, checked numerically as the imbalance column): for lambda_sigma > 0, (df/dW1) W1^T - W2^T "
                        + "(df/dW2) = 2 lambda_sigma (W1 W1^T - W2^T W2), so every critical point is balanced; then W1 = W2^T iff "
                        + "W2 W1 is symmetric positive semi-definite.",
                "At w_sigma = 0 the loss is L_pi and GL_k-invariant: (G W1, W2 G^-1) is critical with W1 != W2^T, which the gauge "
                        + "probe exhibits; so the condition w_sigma > 0 cannot be dropped."));
        b.data("per_w_sigma", ExploreData.perWeightData(r, sum));
        b.data("cells", ExploreData.cellData(r));
        b.data("adam", ExploreData.adamData(r));
        return b.build();
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

    /** The row of one weight in the table per w_sigma. */
    private static List<String> weightRow(Result r, WeightSummary s) {
        return List.of(f(s.wSigma()), String.valueOf(s.starts()),
                s.converged() + " (" + Numbers.fixed(100 * s.convergedFraction(), 1) + "%)", g(s.maxAsymmetry()),
                g(s.maxImbalance()), String.valueOf(s.probeCritical()),
                s.probeAsymmetricCritical() + " (max asymmetry " + g(s.maxProbeAsymmetry()) + ")",
                s.transposeEverywhere() ? "yes" : "**no**", String.valueOf(s.minima()), String.valueOf(continued(r, s.wSigma())));
    }
}
