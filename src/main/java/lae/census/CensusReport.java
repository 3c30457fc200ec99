package lae.census;

import lae.core.Tolerance;
import lae.core.ClaimId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Strength;
import lae.core.Verdict;
import lae.report.Figures;
import lae.report.JsonRenderer;
import lae.report.ReportDocument;

/**
 * The census report "census/NAME" as a {@link ReportDocument} (the CLI writes it with
 * {@link lae.report.ReportWriter}): components per loss, every formula against the measurement, the
 * index histogram (figure), the dense cross-check, timings.
 */
public final class CensusReport {
    static final int EXAMPLES = 5;
    static final int SAMPLE_ROWS_MD = 15;

    private CensusReport() {
    }

    /**
     * Claim results (the verdicts that reports/README.md indexes): one per printed formula, with the
     * toolkit's corrected formula named when it holds, and one per dense cross-check ("census-vs-dense").
     * Every formula check, corrected and candidate ones included, is in the JSON's census[].formulas.
     */
    public static List<ClaimResult> results(CensusRun run) {
        List<ClaimResult> out = new ArrayList<>();
        for (CensusRun.Part p : run.parts()) {
            Census c = p.census();
            for (Census.FormulaCheck fc : p.checks()) {
                if (!fc.role().equals("printed")) {
                    continue;
                }
                String corrected = p.checks().stream().filter(x -> x.role().equals("corrected") && x.quantity().equals(fc.quantity())
                        && x.verdict() == Verdict.HOLDS && !x.formula().source().equals(fc.formula().source()))
                        .map(x -> x.formula().source() + " (holds on all " + c.size() + " components)").findFirst().orElse(null);
                String ce = fc.disagreements().isEmpty() ? null : example(c, fc, fc.disagreements().get(0));
                out.add(ClaimResult.of(fc.claim(), p.kind().label())
                        .verdict(fc.verdict(), Strength.EXHAUSTIVE).scope(scope(run, p))
                        .cases(c.size(), fc.disagreements().size())
                        .counterexample(ce)
                        .corrected(fc.verdict() == Verdict.FAILS ? corrected : null)
                        .evidence(Numbers.format("%s %s formula '%s' against the %s of every Table-1 component (%d, lambda = %s): %d agree, %d disagree, %d undecided.",
                                fc.role(), fc.quantity(), fc.formula().source(), fc.quantity(), c.size(), p.lambda(), fc.agree(), fc.disagreements().size(), fc.undecided())).build());
            }
            out.add(denseResult(run, p));
        }
        return out;
    }

    /** The configuration a census verdict covers: the claim file, its sizes, the lambda, every index set. */
    static String scope(CensusRun run, CensusRun.Part p) {
        return Numbers.format("%s: m = %d, n = %d, k = %d, lambda = %s, every index set of the census (%d)", run.file().name,
                run.data().m(), run.data().n(), run.file().k, Numbers.general(p.lambda()), p.census().size());
    }

    static String example(Census c, Census.FormulaCheck fc, int i) {
        int[] set = c.set(i);
        int measured = fc.quantity().equals("index") ? c.negative(i) : c.zero(i);
        int v = fc.formula().value(set.length, Census.dI(set));
        return Numbers.format("I=%s (l=%d, dI=%d): formula %s, measured %d", Census.label(set), set.length, Census.dI(set),
                v == Integer.MIN_VALUE ? "non-integer" : Integer.toString(v), measured);
    }

    /**
     * The census-vs-dense verdict of one loss: FAILS if any sampled component disagrees at a decided dense
     * point, INCONCLUSIVE if some stay undecided at every point tried (the reasons are in the rows), HOLDS
     * otherwise. Deterministic: the sample, the representatives and the attempts are seeded.
     */
    static ClaimResult denseResult(CensusRun run, CensusRun.Part p) {
        DenseCrossCheck d = p.dense();
        long dis = d.count(DenseCrossCheck.Status.DISAGREE);
        long und = d.count(DenseCrossCheck.Status.UNDECIDED);
        String first = d.rows().stream().filter(r -> r.status() != DenseCrossCheck.Status.AGREE).findFirst()
                .map(r -> p.kind().label() + ", I=" + r.set() + ": census " + r.censusNeg() + "/" + r.censusZero() + "/" + r.censusPos()
                        + ", dense " + r.denseNeg() + "/" + r.denseZero() + "/" + r.densePos() + " (" + r.method() + ")"
                        + (r.reason() == null ? "" : ": " + r.reason())).orElse(null);
        return ClaimResult.of(ClaimId.CENSUS_VS_DENSE, p.kind().label())
                .verdict(dis > 0 ? Verdict.FAILS : und > 0 ? Verdict.INCONCLUSIVE : Verdict.HOLDS, Strength.SAMPLED)
                .scope(Numbers.format("%s: m = %d, k = %d, lambda = %s, a seeded sample of %d of %d index sets", run.file().name,
                        run.data().m(), run.file().k, Numbers.general(p.lambda()), d.rows().size(), p.census().size()))
                .cases(d.rows().size(), (int) dis)
                .counterexample(dis > 0 || und > 0 ? first : null)
                .evidence(Numbers.format("block inertia (singular basis, identity representative) vs dense HessianInertia (original coordinates, EJML + Hipparchus) "
                        + "on a seeded sample of %d of %d components: %d agree, %d undecided, %d disagree. Final classification obtained at the random representative as drawn: "
                        + "%d; at the gauge-balanced point: %d; at the identity representative: %d (the later points of the same component are tried only "
                        + "while no point agrees; Sylvester's law gives them the same inertia).",
                        d.rows().size(), p.census().size(), d.count(DenseCrossCheck.Status.AGREE), und, dis, d.countMethod("raw"),
                        d.countMethod("balanced"), d.countMethod("identity"))).build();
    }

    static CategoryChart histogram(CensusRun run) {
        CategoryChart chart = new CategoryChartBuilder().width(1000).height(500)
                .title("Census " + run.file().reportStem() + ": Table-1 components by Hessian index")
                .xAxisTitle("index (number of negative Hessian eigenvalues)").yAxisTitle("components").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisMaxLabelCount(40);
        int max = 0;
        for (CensusRun.Part p : run.parts()) {
            for (int i = 0; i < p.census().size(); i++) {
                max = Math.max(max, p.census().negative(i));
            }
        }
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            xs.add(i);
        }
        for (CensusRun.Part p : run.parts()) {
            double[] counts = new double[max + 1];
            for (int i = 0; i < p.census().size(); i++) {
                counts[p.census().negative(i)]++;
            }
            List<Double> ys = new ArrayList<>();
            for (double v : counts) {
                ys.add(v);
            }
            String name = p.kind().label() + (run.file().lambdas.size() > 1 ? " lambda=" + Numbers.general(p.lambda()) : "");
            chart.addSeries(name, xs, ys);
        }
        return chart;
    }

    static TreeMap<Integer, Integer> histogram(Census c) {
        TreeMap<Integer, Integer> h = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            h.merge(c.negative(i), 1, Integer::sum);
        }
        return h;
    }

    /** The report "census/NAME". */
    public static ReportDocument document(CensusRun run) {
        String stem = run.file().reportStem();
        ReportDocument.Builder b = ReportDocument.builder("census/" + stem, "census")
                .title("Census: " + stem)
                .introduction(Numbers.format("Every Table-1 component of every loss: every I with |I| <= k within {1..rank} (L, L_pi) or {1..m0} (L_sigma), "
                        + "regardless of `search.max_index_set_size`. Configuration: m = %d, n = %d, k = %d, lambda = %s; %s. Method: the Hessian at each "
                        + "component's point in the singular basis with the identity representative, built directly as its 2x2 and 4x4 diagonal blocks "
                        + "(`lae.census.BlockHessian`; `CensusBlockHessianTest` proves the blocks are the dense Hessian's principal submatrices covering every "
                        + "coordinate once); eigenvalues in closed form (2x2) and by Jacobi (4x4); inertia by the toolkit's rule (zero iff |ev| <= 1e-8 max|ev|, "
                        + "decided iff margin >= 1e3) on all 2km eigenvalues; %d threads. The closed-form counts of the same components are in the topology report "
                        + "(`./lae topology`).", run.data().m(), run.data().n(), run.file().k, run.file().lambdas, run.data().origin(), run.threads()))
                .command(run.command() + " --sample " + run.sample() + " --seed " + run.seed())
                .seed("dense_sample", run.seed())
                .config("claim_file", CensusRun.relativePath(run.file().path))
                .config("m", run.data().m()).config("n", run.data().n()).config("k", run.file().k).config("lambdas", run.file().lambdas)
                .config("data", run.data().origin()).config("dense_sample_per_loss", run.sample()).config("threads", run.threads())
                .config("zero_rule", "|ev| <= " + Tolerance.INERTIA_RELATIVE_ZERO.value() + " max|ev|; decided iff margin >= " + Tolerance.INERTIA_MIN_MARGIN.value())
                .config("index_set_mask", "bit i-1 set iff i in I (1-based i)")
                .results(results(run));
        for (String n : run.notes()) {
            b.section("Note").paragraph(n);
        }
        b.section("Components");
        b.paragraph("Counted per index set I: one component of the critical set when |I| < k, two when |I| = k (GL_k for L and L_pi, O(k) for "
                + "L_sigma: each has two connected components, det > 0 and det < 0, on which the inertia is the same by the symmetry). The "
                + "connected components are counted beside; every other count and the histogram are per index set.");
        b.table("components", "", List.of("loss", "lambda", "index sets", "connected components", "seconds", "index sets per second", "max gradient norm", "not critical", "undecided",
                "min margin"), rows(run, p -> List.of(componentRow(run, p))));
        b.table("total", "Total (the times are left out of the content id, as every timing is).", List.of("index sets", "seconds of census",
                "index sets per second", "seconds of the whole run"), List.of(List.of(Integer.toString(run.totalComponents()),
                Numbers.fixed(run.timings().get("census"), 2), Numbers.fixed(run.totalComponents() / Math.max(1e-9, run.timings().get("census")), 0),
                Numbers.fixed(run.timings().get("total"), 1))));

        b.section("Formulas against the measurement");
        b.paragraph("printed = Theorem 3.1 as printed (or the claim file's override); corrected = the toolkit's block derivation "
                + "(`lae.symbolic.BlockInertiaFormulas`); candidate = the claim file's candidates. The full list of disagreements is in the JSON "
                + "(`data.census[].formulas[].disagreements_masks`: bit i-1 set iff i in I).");
        b.table("formulas", "", List.of("loss", "lambda", "claim", "role", "quantity", "formula", "verdict", "agree", "disagree", "undecided",
                "first disagreements"), rows(run, CensusReport::formulaRows));

        b.section("Summary by index");
        b.figure(stem + ".png", "Table-1 components by Hessian index (overlapping bars: where two losses have identical histograms, as L and L_pi "
                + "do when their indices coincide, one hides the other; every count is in the JSON's `index_histogram`)", Figures.png(histogram(run)));
        b.table("index_summary", "", List.of("loss", "lambda", "distinct indices", "smallest index (count)", "largest index (count)",
                "components with index 0"), rows(run, p -> List.of(indexRow(p))));

        b.section("Dense cross-check");
        b.paragraph("A seeded random sample per loss, done independently: original coordinates (U from the data), the dense 2km x 2km Hessian, "
                + "`HessianInertia` (EJML and Hipparchus, with its retries). *Raw* is a RANDOM representative as drawn. While no point agrees with the "
                + "census, the same component is classified again at its gauge-balanced point (L, L_pi; `GaugeBalance`: W1 -> M W1, W2 -> W2 M^-1) and "
                + "then at its identity representative (kappa(G) = 1), still densely in the original coordinates; the symmetry acts linearly, so by "
                + "Sylvester's law all three have the same inertia. *Final* is the first point that agrees, else the first decided one (a disagreement: "
                + "a finding against the census), else UNDECIDED with its reason. A raw non-agreement with a large kappa(G) is the dense path's "
                + "ill-conditioning (huge entries push the true curvatures under 1e-8 max|ev|), not a census error.");
        b.table("dense_summary", "", List.of("loss", "lambda", "sample", "final agree", "final undecided", "final disagree", "raw agree", "raw undecided",
                "raw disagree", "final at balanced point", "final at identity representative", "max kappa(G) of raw non-agree",
                "dense seconds per component (one core)"), rows(run, p -> List.of(denseRow(run, p))));
        b.table(null, "First rows of each sample, non-agreements first (all rows in the JSON; inertia as negative/zero/positive)",
                List.of("loss", "I", "kappa(G)", "census", "census margin", "raw dense (neg/zero)", "raw margin", "raw status", "final dense",
                        "final margin", "final at", "final status", "reason"), rows(run, CensusReport::sampleRows));

        b.data("census", censusData(run));
        b.timings(run.timings());
        return b.build();
    }

    /** The rows of a table, those of each part in turn. */
    private static List<List<String>> rows(CensusRun run, Function<CensusRun.Part, List<List<String>>> perPart) {
        List<List<String>> rows = new ArrayList<>();
        for (CensusRun.Part p : run.parts()) {
            rows.addAll(perPart.apply(p));
        }
        return rows;
    }

    private static List<String> componentRow(CensusRun run, CensusRun.Part p) {
        Census c = p.census();
        int full = 0;
        for (int i = 0; i < c.size(); i++) {
            full += c.set(i).length == run.file().k ? 1 : 0;
        }
        return List.of(p.kind().label(), Numbers.general(p.lambda()), Integer.toString(c.size()), Integer.toString(c.size() + full),
                Numbers.fixed(c.seconds(), 3),
                Numbers.fixed(c.size() / Math.max(1e-9, c.seconds()), 0), Numbers.sci(c.maxGradient()), Integer.toString(c.nonCriticalCount()),
                Integer.toString(c.undecidedCount()), Numbers.sci(c.minMargin()));
    }

    private static List<List<String>> formulaRows(CensusRun.Part p) {
        Census c = p.census();
        List<List<String>> rows = new ArrayList<>();
        for (Census.FormulaCheck fc : p.checks()) {
            StringBuilder ex = new StringBuilder();
            for (int q = 0; q < Math.min(3, fc.disagreements().size()); q++) {
                ex.append(q > 0 ? "; " : "").append(example(c, fc, fc.disagreements().get(q)));
            }
            rows.add(List.of(p.kind().label(), Numbers.general(p.lambda()), fc.claim().id(), fc.role(), fc.quantity(), "`" + fc.formula().source() + "`",
                    "**" + fc.verdict() + "**", Integer.toString(fc.agree()), Integer.toString(fc.disagreements().size()), Integer.toString(fc.undecided()),
                    ex.toString()));
        }
        return rows;
    }

    private static List<String> indexRow(CensusRun.Part p) {
        TreeMap<Integer, Integer> h = histogram(p.census());
        return List.of(p.kind().label(), Numbers.general(p.lambda()), Integer.toString(h.size()), h.firstKey() + " (" + h.firstEntry().getValue() + ")",
                h.lastKey() + " (" + h.lastEntry().getValue() + ")", Integer.toString(h.getOrDefault(0, 0)));
    }

    private static List<String> denseRow(CensusRun run, CensusRun.Part p) {
        DenseCrossCheck d = p.dense();
        double kx = d.rows().stream().filter(r -> r.rawStatus() != DenseCrossCheck.Status.AGREE).mapToDouble(DenseCrossCheck.Row::kappa).max().orElse(Double.NaN);
        return List.of(p.kind().label(), Numbers.general(p.lambda()), Integer.toString(d.rows().size()), Long.toString(d.count(DenseCrossCheck.Status.AGREE)),
                Long.toString(d.count(DenseCrossCheck.Status.UNDECIDED)), Long.toString(d.count(DenseCrossCheck.Status.DISAGREE)),
                Long.toString(d.countRaw(DenseCrossCheck.Status.AGREE)), Long.toString(d.countRaw(DenseCrossCheck.Status.UNDECIDED)),
                Long.toString(d.countRaw(DenseCrossCheck.Status.DISAGREE)), Long.toString(d.countMethod("balanced")), Long.toString(d.countMethod("identity")),
                Numbers.general(kx, 3), Numbers.fixed(d.secondsPerComponent(run.threads()), 4));
    }

    /** The first rows of a part's dense sample, non-agreements first. */
    private static List<List<String>> sampleRows(CensusRun.Part p) {
        List<DenseCrossCheck.Row> rs = new ArrayList<>(p.dense().rows());
        rs.sort((x, y) -> Integer.compare(rank(x), rank(y)));
        List<List<String>> rows = new ArrayList<>();
        for (DenseCrossCheck.Row r : rs.subList(0, Math.min(SAMPLE_ROWS_MD, rs.size()))) {
            rows.add(List.of(p.kind().label(), r.set(), Numbers.general(r.kappa(), 3), r.censusNeg() + "/" + r.censusZero() + "/" + r.censusPos(),
                    Numbers.sci(r.censusMargin()), r.rawNeg() + "/" + r.rawZero(), Numbers.sci(r.rawMargin()), r.rawStatus().name(),
                    r.denseNeg() + "/" + r.denseZero() + "/" + r.densePos(), Numbers.sci(r.denseMargin()), r.method(), r.status().name(),
                    r.reason() == null ? "" : r.reason()));
        }
        return rows;
    }

    /** One loss of the census in the report's data. */
    private record LossRow(String loss, double lambda, int universe, int components, double seconds, double maxGradientNorm, int notCritical,
                           int undecided, double minMargin, Map<String, Integer> indexHistogram, List<ObjectNode> formulas,
                           ObjectNode denseCrossCheck) {
    }

    /** One formula against the census. */
    private record FormulaRow(ClaimId claim, String role, String quantity, String formula, String verdict, int agree, int disagree,
                              int undecided, List<String> firstExamples, List<Long> disagreementsMasks) {
    }

    /** The dense cross-check of one loss. */
    private record DenseRow(int sample, long agree, long undecided, long disagree, long rawAgree, long rawUndecided, long rawDisagree,
                            double seconds, List<ObjectNode> rows) {
    }

    /** One component of the dense sample. */
    private record SampleRow(@JsonProperty("I") String set, String census, double censusMargin, String dense, double denseMargin,
                             boolean solversAgree, double denseGradientNorm, String status, String finalAt,
                             @JsonProperty("kappa_G") double kappa, String rawStatus, String rawDense, double rawMargin) {
    }

    /** Why a sampled component stayed undecided (only where there is a reason). */
    private record ReasonRow(String reason) {
    }

    static List<ObjectNode> censusData(CensusRun run) {
        List<ObjectNode> losses = new ArrayList<>();
        for (CensusRun.Part p : run.parts()) {
            Census c = p.census();
            Map<String, Integer> hist = new LinkedHashMap<>();
            histogram(c).forEach((key, v) -> hist.put(Integer.toString(key), v));
            List<ObjectNode> checks = new ArrayList<>();
            for (Census.FormulaCheck fc : p.checks()) {
                List<String> ex = new ArrayList<>();
                for (int q = 0; q < Math.min(EXAMPLES, fc.disagreements().size()); q++) {
                    ex.add(example(c, fc, fc.disagreements().get(q)));
                }
                List<Long> all = new ArrayList<>();
                for (int i : fc.disagreements()) {
                    all.add(Census.mask(c.set(i)));
                }
                checks.add(JsonRenderer.row(new FormulaRow(fc.claim(), fc.role(), fc.quantity(), fc.formula().source(), fc.verdict().name(),
                        fc.agree(), fc.disagreements().size(), fc.undecided(), ex, all)));
            }
            DenseCrossCheck d = p.dense();
            List<ObjectNode> rows = new ArrayList<>();
            for (DenseCrossCheck.Row r : d.rows()) {
                rows.add(JsonRenderer.row(new SampleRow(r.set(), r.censusNeg() + "/" + r.censusZero() + "/" + r.censusPos(),
                        finite(r.censusMargin()), r.denseNeg() + "/" + r.denseZero() + "/" + r.densePos(), finite(r.denseMargin()),
                        r.solversAgree(), r.gradient(), r.status().name(), r.method(), r.kappa(), r.rawStatus().name(),
                        r.rawNeg() + "/" + r.rawZero(), finite(r.rawMargin())), r.reason() == null ? null : new ReasonRow(r.reason())));
            }
            ObjectNode dense = JsonRenderer.row(new DenseRow(d.rows().size(), d.count(DenseCrossCheck.Status.AGREE),
                    d.count(DenseCrossCheck.Status.UNDECIDED), d.count(DenseCrossCheck.Status.DISAGREE), d.countRaw(DenseCrossCheck.Status.AGREE),
                    d.countRaw(DenseCrossCheck.Status.UNDECIDED), d.countRaw(DenseCrossCheck.Status.DISAGREE), d.seconds(), rows));
            losses.add(JsonRenderer.row(new LossRow(p.kind().label(), p.lambda(), c.universe(), c.size(), c.seconds(), c.maxGradient(),
                    c.nonCriticalCount(), c.undecidedCount(), finite(c.minMargin()), hist, checks, dense)));
        }
        return losses;
    }

    static int rank(DenseCrossCheck.Row r) {
        return r.status() != DenseCrossCheck.Status.AGREE ? 0 : r.rawStatus() == DenseCrossCheck.Status.DISAGREE ? 1
                : r.rawStatus() == DenseCrossCheck.Status.UNDECIDED ? 2 : 3;
    }

    static double finite(double v) {
        return Double.isFinite(v) ? v : Double.MAX_VALUE;
    }
}
