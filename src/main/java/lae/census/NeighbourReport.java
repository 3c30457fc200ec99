package lae.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Progress;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;
import lae.model.NeighbourKind;
import lae.model.NeighbourLoss;
import lae.report.ReportDocument;

/**
 * The report of one neighbouring paper's claim file ({@code ./lae neighbours FILE}): per loss the census of its
 * classification (L_nonuniform: {@link NonUniformCensus}; L_tied: {@link TiedCensus}), the index histogram, the Morse
 * inequalities, the conditioning at the minimum, and the verdicts on the paper's statements (with
 * {@link KuninPremises} for the statements that Petrevski's claims C9, C22 and C24 already answer).
 */
public final class NeighbourReport {
    private NeighbourReport() {
    }

    /** The report of {@code cf}; {@code reports} is where the premises of derived verdicts are read. */
    public static ReportDocument document(NeighbourClaimFile cf, Path reports, Progress progress) {
        long t0 = System.nanoTime();
        ReportDocument.Builder d = ReportDocument.builder(cf.paper + "/" + cf.name, "neighbours")
                .title("Neighbours of the paper: " + cf.name)
                .introduction((cf.description.isBlank() ? "" : cf.description.strip() + "\n\n") + (cf.paper.equals("bao2020")
                        ? "Paper: " + ClaimId.Section.BAO2020.heading() + "."
                        : "Paper: " + ClaimId.Section.KUNIN2019.heading() + ".")
                        + " The classifications BAO-T1 and KUNIN-T1 are the toolkit's own claims (derived in "
                        + "`landscape.NonUniformTableOne` and `landscape.TiedTableOne`), checked here like the paper's Table 1: "
                        + "the predicted points are critical with the predicted inertia (Hessian blocks, cross-checked against "
                        + "dense Hessians), and nothing else is found (Newton from random starts here; certified at small sizes by "
                        + "`./lae algebra` on the small claim files of the same folder, named after their paper). Data in the principal basis, X X^T = diag(s_i^2).")
                .command("./lae neighbours " + cf.path.toString().replace('\\', '/'))
                .seed("search", cf.seed)
                .config("m", cf.m).config("n", cf.n).config("singular_values", cf.source)
                .config("k", cf.k).config("lambda", cf.lambda).config("losses", cf.losses.stream().map(NeighbourLoss::name).toList())
                .config("random_starts", cf.randomStarts).config("dense_sample", cf.denseSample)
                .config("sampled_matchings", cf.sampledMatchings).config("descent_runs", cf.descentRuns);
        Map<String, Object> data = new LinkedHashMap<>();
        for (NeighbourLoss loss : cf.losses) {
            if (loss.kind() == NeighbourKind.L_NONUNIFORM) {
                NonUniformCensus.Result r = NonUniformCensus.run(cf.covarianceDiagonal(), loss, cf.randomStarts, cf.denseSample,
                        cf.sampledMatchings, cf.descentRuns, cf.seed, progress);
                NonUniformSection.write(d, cf, loss, r);
                d.results(NonUniformSection.verdicts(cf, loss, r));
                data.put(loss.name(), NonUniformSection.data(r));
            } else {
                TiedCensus.Result r = TiedCensus.run(cf.covarianceDiagonal(), loss, cf.k, progress);
                tiedSection(d, cf, loss, r);
                data.put(loss.name(), tiedData(r));
            }
        }
        if (cf.paper.equals("kunin2019")) {
            KuninPremises.section(d, reports);
        }
        d.data("losses", data);
        d.timing("total", (System.nanoTime() - t0) / 1e9);
        return d.build();
    }

    private static void tiedSection(ReportDocument.Builder d, NeighbourClaimFile cf, NeighbourLoss loss, TiedCensus.Result r) {
        String scope = cf.scope() + ", " + loss.name() + ", lambda = " + Numbers.format("%s", cf.lambda);
        d.section(loss.name() + " (lambda = " + cf.lambda + ")")
                .paragraph("L_tied(W) = ||X - W^T W X||^2 + 2 lambda ||W||^2 on W (k x m). Predicted (KUNIN-T1): one component per "
                        + "index set I within {1..m0}, m0 = " + r.m0() + ", |I| <= k: " + r.components() + " components (O(k)-orbits, "
                        + "Stiefel manifolds), " + r.pieces() + " connected pieces. Every representative checked: largest "
                        + "|grad f| / (1 + ||C||_F) = " + Numbers.sci(r.worstGradient()) + "; inertia from the blocks against the "
                        + "prediction" + (r.denseChecked() > 0 ? ", and against the dense Hessian on " + r.denseChecked() + " ("
                        + r.denseDisagree() + " disagreeing)" : "") + "; " + r.failed() + " contradicted it.")
                .table("tied_histogram", "Index histogram of " + loss.name() + ", counted by components (O(k)-orbits; an orbit "
                        + "with l = k has two connected pieces), not by points: each component is a manifold of the dimension shown.",
                        List.of("index", "components (orbits)", "connected pieces", "summed dimension"), histogramRows(r.histogram(), 3));
        if (!r.failures().isEmpty()) {
            d.bullets(r.failures());
        }
        d.paragraph("Morse-Bott test (KUNIN-MB) of the predicted components on R^N: MB(t) = sum over components of t^index "
                + "P_{V_l(R^k)}(t) (Z2 Poincare polynomials, `topology.StiefelPoincare`); " + r.morseBott().explanation() + ".");
        d.result(ClaimResult.of(ClaimId.KUNIN_MB, loss.name()).verdict(r.morseBott().holds() ? Verdict.HOLDS : Verdict.FAILS)
                .strength(Strength.EXHAUSTIVE).scope(scope).cases(r.components(), r.morseBott().holds() ? 0 : 1)
                .evidence("Every predicted component with its index and the Z2 Poincare polynomial of V_l(R^k): "
                        + r.morseBott().explanation() + ". A necessary condition on the classification, not a proof of it.")
                .build());
        d.result(ClaimResult.of(ClaimId.KUNIN_T1, loss.name()).reading(Reading.PREDICTED)
                .verdict(r.failed() == 0 ? Verdict.HOLDS : Verdict.FAILS).strength(Strength.EXHAUSTIVE).scope(scope)
                .cases(r.components(), r.failed()).worstResidual(r.worstGradient())
                .counterexample(r.failures().isEmpty() ? null : r.failures().get(0))
                .evidence("Every predicted component (" + r.components() + ", every I within {1..m0}, |I| <= k) has a critical "
                        + "representative whose Hessian blocks give the predicted index and nullity (= the component's dimension)"
                        + (r.denseChecked() > 0 ? ", the dense Hessian agreeing" : "") + ". Completeness is the algebra engine's.")
                .build());
    }

    /** The histogram as table rows: index, then the first {@code columns} counts. */
    static List<List<String>> histogramRows(TreeMap<Integer, long[]> h, int columns) {
        List<List<String>> rows = new ArrayList<>();
        h.forEach((index, c) -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(index));
            for (int i = 0; i < columns; i++) {
                row.add(String.valueOf(c[i]));
            }
            rows.add(row);
        });
        return rows;
    }

    /** The histogram for the JSON: a list of {index, counts...} objects with the given names. */
    static List<Map<String, Object>> histogramData(TreeMap<Integer, long[]> h, List<String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        h.forEach((index, c) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", index);
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), c[i]);
            }
            out.add(row);
        });
        return out;
    }

    private static Map<String, Object> tiedData(TiedCensus.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counted_by", "components (O(k)-orbits), with their connected pieces");
        m.put("components", r.components());
        m.put("connected_pieces", r.pieces());
        m.put("index_histogram", histogramData(r.histogram(), List.of("components", "connected_pieces", "summed_dimension")));
        return m;
    }
}
