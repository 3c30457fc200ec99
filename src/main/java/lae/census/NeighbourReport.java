package lae.census;

import java.math.BigInteger;
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
        boolean newton = cf.losses.stream().anyMatch(l -> l.kind() == NeighbourKind.L_NONUNIFORM);
        ReportDocument.Builder d = ReportDocument.builder(cf.paper + "/" + cf.name, "neighbours")
                .title("Neighbours of the paper: " + cf.name)
                .introduction((cf.description.isBlank() ? "" : cf.description.strip() + "\n\n") + (cf.paper.equals("bao2020")
                        ? "Paper: " + ClaimId.Section.BAO2020.heading() + "."
                        : "Paper: " + ClaimId.Section.KUNIN2019.heading() + ".")
                        + " The classifications BAO-T1 and KUNIN-T1 are the toolkit's own claims (derived in "
                        + "`landscape.NonUniformTableOne` and `landscape.TiedTableOne`), checked here like the paper's Table 1: "
                        + "the predicted points are critical with the predicted inertia (Hessian blocks, cross-checked against "
                        + "dense Hessians), and nothing else is found ("
                        + (newton ? "Newton from random starts here; " : "L_tied has no Newton search, so here that rests on the derivation; ")
                        + "certified at small sizes by "
                        + "`./lae algebra` on the small claim files of the same folder, named after their paper). Data in the principal basis, X X^T = diag(s_i^2).")
                .command("./lae neighbours " + cf.path.toString().replace('\\', '/'))
                .seed("search", cf.seed)
                .config("m", cf.m).config("n", cf.n).config("singular_values", cf.source)
                .config("k", cf.k).config("lambda", cf.lambda).config("losses", cf.losses.stream().map(NeighbourLoss::name).toList())
                .config("random_starts", newton ? cf.randomStarts : "- (no Newton search for L_tied)")
                .config("dense_sample", newton ? cf.denseSample : "- (every representative's dense Hessian where 2km <= " + NonUniformCensus.DENSE_LIMIT + ")")
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
                TiedCensus.Result r = TiedCensus.run(cf.covarianceDiagonal(), loss, cf.k, cf.sampledMatchings, cf.seed, progress);
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
        String checkedScope = r.exhaustive() ? scope : scope + "; " + r.checked() + " of the " + r.components()
                + " predicted components: " + r.sample();
        String agreement = r.enumeratedAgrees() == null ? "" : r.enumeratedAgrees()
                ? " The census also enumerated every component: its histogram equals the closed form's bin by bin."
                : " The census also enumerated every component: its histogram DIFFERS from the closed form's.";
        d.section(loss.name() + " (lambda = " + cf.lambda + ")")
                .paragraph("L_tied(W) = ||X - W^T W X||^2 + 2 lambda ||W||^2 on W (k x m). Predicted (KUNIN-T1): one component per "
                        + "index set I within {1..m0}, m0 = " + r.m0() + ", |I| <= k: " + r.components() + " components (O(k)-orbits, "
                        + "Stiefel manifolds), " + r.pieces() + " connected pieces, counted exactly in closed form (sum over l of "
                        + "C(m0, l); `census.TiedIndexCount`). Checked: " + r.sample() + " (" + r.checked() + "): largest "
                        + "|grad f| / (1 + ||C||_F) = " + Numbers.sci(r.worstGradient()) + "; inertia from the blocks against the "
                        + "prediction" + (r.denseChecked() > 0 ? ", and against the dense Hessian on " + r.denseChecked() + " ("
                        + r.denseDisagree() + " disagreeing)" : "") + "; " + r.failed() + " contradicted it.")
                .table("tied_histogram", "Index histogram of " + loss.name() + ", counted by components (O(k)-orbits; an orbit "
                        + "with l = k has two connected pieces), not by points: each component is a manifold of the dimension shown. "
                        + "Closed form: sum_I t^index(I) = sum_l t^((k - l)(m0 - l)) [m0 choose l]_t (inv(I) = d_I, whose generating "
                        + "function is the Gaussian binomial), exact arithmetic on the classification: it counts the predicted "
                        + "components." + agreement,
                        List.of("index", "components (orbits)", "connected pieces", "summed dimension"), histogramRows(r.histogram(), 3));
        if (!r.failures().isEmpty()) {
            d.bullets(r.failures());
        }
        boolean mbComputed = !Boolean.FALSE.equals(r.enumeratedAgrees());
        d.paragraph("Morse-Bott test (KUNIN-MB) of the predicted components on R^N: MB(t) = sum over components of t^index "
                + "P_{V_l(R^k)}(t) (Z2 Poincare polynomials, `topology.StiefelPoincare`), from the closed form; "
                + r.morseBott().explanation() + ".");
        d.timing("closed form and Morse-Bott test, " + loss.name(), r.closedFormSeconds());
        int coefficients = r.morseBott().q().degree() + 1;
        d.result(ClaimResult.of(ClaimId.KUNIN_MB, loss.name())
                .verdict(!mbComputed ? Verdict.INCONCLUSIVE : r.morseBott().holds() ? Verdict.HOLDS : Verdict.FAILS, mbComputed ? Strength.EXHAUSTIVE : Strength.NONE).scope(scope)
                .cases(coefficients, r.morseBott().holds() ? 0 : 1)
                .evidence(mbComputed ? "Every predicted component (" + r.components() + ", in closed form) with its index and the Z2 "
                        + "Poincare polynomial of V_l(R^k): " + r.morseBott().explanation() + ". A necessary condition on the "
                        + "classification, not a proof of it; exact arithmetic on the predicted components."
                        : "The closed form disagrees with the enumeration of the components: no test.")
                .build());
        d.result(ClaimResult.of(ClaimId.KUNIN_T1, loss.name()).reading(Reading.PREDICTED)
                .verdict(r.failed() == 0 ? Verdict.HOLDS : Verdict.FAILS, r.exhaustive() ? Strength.EXHAUSTIVE : Strength.SAMPLED)
                .scope(checkedScope).cases(r.checked(), r.failed()).worstResidual(r.worstGradient())
                .counterexample(r.failures().isEmpty() ? null : r.failures().get(0))
                .evidence((r.exhaustive() ? "Every predicted component (" + r.components() + ", every I within {1..m0}, |I| <= k)"
                        : "Each of " + r.checked() + " of the " + r.components() + " predicted components (" + r.sample() + ")")
                        + " has a critical representative whose Hessian blocks give the predicted index and nullity (= the "
                        + "component's dimension)" + (r.denseChecked() > 0 ? ", the dense Hessian agreeing" : "")
                        + ". Completeness is the algebra engine's" + (r.exhaustive() ? "." : "; the counts and the histogram are exact arithmetic "
                        + "on the classification (the predicted components), not a census of the critical set."))
                .build());
    }

    /** Rows beyond which a long table shows its head and tail only (the JSON's data keeps every count). */
    static final int TABLE_ROWS = 60;

    /** The histogram as table rows: index, then the first {@code columns} counts (head and tail beyond {@link #TABLE_ROWS}). */
    static List<List<String>> histogramRows(TreeMap<Integer, List<BigInteger>> h, int columns) {
        List<List<String>> rows = new ArrayList<>();
        h.forEach((index, c) -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(index));
            for (int i = 0; i < columns; i++) {
                row.add(c.get(i).toString());
            }
            rows.add(row);
        });
        return headAndTail(rows, r -> false);
    }

    /**
     * The first {@link #TABLE_ROWS} / 2 rows, the last {@link #TABLE_ROWS} / 4 and every row {@code keep} selects, with a
     * row saying how many are left out between; all rows when there are at most {@link #TABLE_ROWS}.
     */
    static List<List<String>> headAndTail(List<List<String>> rows, java.util.function.Predicate<List<String>> keep) {
        if (rows.size() <= TABLE_ROWS) {
            return rows;
        }
        List<List<String>> out = new ArrayList<>();
        int left = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i < TABLE_ROWS / 2 || i >= rows.size() - TABLE_ROWS / 4 || keep.test(rows.get(i))) {
                if (left > 0) {
                    out.add(gap(left, rows.get(i).size()));
                    left = 0;
                }
                out.add(rows.get(i));
            } else {
                left++;
            }
        }
        return out;
    }

    private static List<String> gap(int left, int width) {
        List<String> g = new ArrayList<>(List.of("...", left + " rows left out (the JSON's data has every count)"));
        while (g.size() < width) {
            g.add("");
        }
        return g;
    }

    /** The histogram for the JSON: a list of {index, counts...} objects with the given names (a count beyond long as a string). */
    static List<Map<String, Object>> histogramData(TreeMap<Integer, List<BigInteger>> h, List<String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        h.forEach((index, c) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", index);
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), count(c.get(i)));
            }
            out.add(row);
        });
        return out;
    }

    /** A histogram of long counts as exact integers, for comparison with a closed form. */
    static TreeMap<Integer, List<BigInteger>> exact(TreeMap<Integer, long[]> h) {
        TreeMap<Integer, List<BigInteger>> out = new TreeMap<>();
        h.forEach((i, row) -> out.put(i, java.util.Arrays.stream(row).mapToObj(BigInteger::valueOf).toList()));
        return out;
    }

    /** A count for the JSON: a number when it fits in a long, else its decimal string. */
    static Object count(BigInteger c) {
        return c.bitLength() < 63 ? (Object) c.longValue() : c.toString();
    }

    private static Map<String, Object> tiedData(TiedCensus.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counted_by", "components (O(k)-orbits), with their connected pieces");
        m.put("components", count(r.components()));
        m.put("connected_pieces", count(r.pieces()));
        m.put("exhaustive", r.exhaustive());
        m.put("checked_components", r.checked());
        m.put("histogram_source", "closed form: sum_l t^((k - l)(m0 - l)) [m0 choose l]_t" + (r.enumeratedAgrees() == null ? ""
                : r.enumeratedAgrees() ? "; equal to the enumeration" : "; DIFFERS from the enumeration"));
        m.put("index_histogram", histogramData(r.histogram(), List.of("components", "connected_pieces", "summed_dimension")));
        return m;
    }
}
