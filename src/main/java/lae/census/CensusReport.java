package lae.census;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.numeric.Inertia;
import lae.report.AtomicFiles;
import lae.report.Figures;
import lae.report.ReportJson;

/** Writes reports/census/NAME.md, NAME.json (schema lae-report/1, kind "census") and NAME.png (index histogram). */
public final class CensusReport {
    static final int EXAMPLES = 5;
    static final int SAMPLE_ROWS_MD = 15;

    private CensusReport() {
    }

    public static Path[] write(CensusRun run, Path outDir) {
        String stem = run.file.reportStem();
        Path md = outDir.resolve(stem + ".md");
        Path json = outDir.resolve(stem + ".json");
        Path png = outDir.resolve(stem + ".png");
        Figures.writePng(png, histogram(run));
        writeJson(run, json);
        AtomicFiles.writeString(md, markdown(run, stem + ".png"));
        return new Path[] {md, json, png};
    }

    /**
     * Claim results (the verdicts that reports/README.md indexes): one per printed formula, with the
     * toolkit's corrected formula named when it holds, and one per dense cross-check ("census-vs-dense").
     * Every formula check, corrected and candidate ones included, is in the JSON's census[].formulas.
     */
    public static List<ClaimResult> results(CensusRun run) {
        List<ClaimResult> out = new ArrayList<>();
        for (CensusRun.Part p : run.parts) {
            Census c = p.census();
            for (Census.FormulaCheck fc : c.checks) {
                if (!fc.role.equals("printed")) {
                    continue;
                }
                String corrected = c.checks.stream().filter(x -> x.role.equals("corrected") && x.quantity.equals(fc.quantity)
                        && x.verdict() == lae.core.Verdict.HOLDS && !x.formula.source().equals(fc.formula.source()))
                        .map(x -> x.formula.source() + " (holds on all " + c.size() + " components)").findFirst().orElse(null);
                String ce = fc.disagreements.isEmpty() ? null : example(c, fc, fc.disagreements.get(0));
                out.add(new ClaimResult(fc.claim, p.kind().label(), fc.verdict(), Strength.EXHAUSTIVE, c.size(), fc.disagreements.size(), Double.NaN, ce,
                        fc.verdict() == lae.core.Verdict.FAILS ? corrected : null,
                        String.format(Locale.ROOT, "%s %s formula '%s' against the %s of every Table-1 component (%d, lambda = %s): %d agree, %d disagree, %d undecided.",
                                fc.role, fc.quantity, fc.formula.source(), fc.quantity, c.size(), p.lambda(), fc.agree, fc.disagreements.size(), fc.undecided)));
            }
            DenseCrossCheck d = p.dense();
            long dis = d.count(DenseCrossCheck.Status.DISAGREE);
            long und = d.count(DenseCrossCheck.Status.UNDECIDED);
            out.add(new ClaimResult("census-vs-dense", p.kind().label(),
                    dis > 0 ? lae.core.Verdict.FAILS : und > 0 ? lae.core.Verdict.INCONCLUSIVE : lae.core.Verdict.HOLDS, Strength.EXHAUSTIVE,
                    d.rows.size(), (int) dis, Double.NaN, null, null,
                    String.format(Locale.ROOT, "block inertia (singular basis, identity representative) vs dense HessianInertia (original coordinates, random representative, EJML + Hipparchus) on a seeded sample of %d: %d agree, %d undecided, %d disagree (raw, representative as drawn: %d agree, %d undecided, %d disagree; the non-agreeing ones re-checked at the gauge-balanced point; %d classified by EJML alone because Hipparchus did not converge).",
                            d.rows.size(), d.count(DenseCrossCheck.Status.AGREE), und, dis, d.countRaw(DenseCrossCheck.Status.AGREE),
                            d.countRaw(DenseCrossCheck.Status.UNDECIDED), d.countRaw(DenseCrossCheck.Status.DISAGREE), d.solverFailures)));
        }
        return out;
    }

    static String example(Census c, Census.FormulaCheck fc, int i) {
        int[] set = c.sets[i];
        int measured = fc.quantity.equals("index") ? c.negative[i] : c.zero[i];
        int v = fc.formula.value(set.length, Census.dI(set));
        return String.format(Locale.ROOT, "I=%s (l=%d, dI=%d): formula %s, measured %d", Census.label(set), set.length, Census.dI(set),
                v == Integer.MIN_VALUE ? "non-integer" : Integer.toString(v), measured);
    }

    static CategoryChart histogram(CensusRun run) {
        CategoryChart chart = new CategoryChartBuilder().width(1000).height(500)
                .title("Census " + run.file.reportStem() + ": Table-1 components by Hessian index")
                .xAxisTitle("index (number of negative Hessian eigenvalues)").yAxisTitle("components").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(90);
        chart.getStyler().setXAxisMaxLabelCount(40);
        int max = 0;
        for (CensusRun.Part p : run.parts) {
            for (int v : p.census().negative) {
                max = Math.max(max, v);
            }
        }
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            xs.add(i);
        }
        for (CensusRun.Part p : run.parts) {
            double[] counts = new double[max + 1];
            for (int v : p.census().negative) {
                counts[v]++;
            }
            List<Double> ys = new ArrayList<>();
            for (double v : counts) {
                ys.add(v);
            }
            String name = p.kind().label() + (run.file.lambdas.size() > 1 ? " lambda=" + p.lambda() : "");
            chart.addSeries(name, xs, ys);
        }
        return chart;
    }

    static void writeJson(CensusRun run, Path target) {
        ReportJson j = new ReportJson(run.file.reportStem(), "census", run.command(), run.seed);
        ObjectNode cfg = j.config();
        cfg.put("claim_file", CensusRun.relative(run.file.path));
        cfg.put("m", run.data.m());
        cfg.put("n", run.data.n());
        cfg.put("k", run.file.k);
        ArrayNode lam = cfg.putArray("lambdas");
        run.file.lambdas.forEach(lam::add);
        cfg.put("data", run.data.origin());
        cfg.put("dense_sample_per_loss", run.sample);
        cfg.put("threads", run.threads);
        cfg.put("zero_rule", "|ev| <= " + Inertia.RELATIVE_ZERO + " max|ev|; decided iff margin >= " + Inertia.MIN_MARGIN);
        cfg.put("index_set_mask", "bit i-1 set iff i in I (1-based i)");
        run.timings.forEach(j::timing);
        j.results(results(run));
        ArrayNode losses = j.root().putArray("census");
        for (CensusRun.Part p : run.parts) {
            Census c = p.census();
            ObjectNode o = losses.addObject();
            o.put("loss", p.kind().label());
            o.put("lambda", p.lambda());
            o.put("universe", c.universe);
            o.put("components", c.size());
            o.put("seconds", c.seconds);
            o.put("components_per_second", c.size() / Math.max(1e-9, c.seconds));
            o.put("max_gradient_norm", c.maxGradient());
            o.put("not_critical", c.nonCriticalCount());
            o.put("undecided", c.undecidedCount());
            o.put("min_margin", c.minMargin());
            ObjectNode hist = o.putObject("index_histogram");
            TreeMap<Integer, Integer> h = new TreeMap<>();
            for (int v : c.negative) {
                h.merge(v, 1, Integer::sum);
            }
            h.forEach((key, v) -> hist.put(Integer.toString(key), v));
            ArrayNode checks = o.putArray("formulas");
            for (Census.FormulaCheck fc : c.checks) {
                ObjectNode f = checks.addObject();
                f.put("claim", fc.claim);
                f.put("role", fc.role);
                f.put("quantity", fc.quantity);
                f.put("formula", fc.formula.source());
                f.put("verdict", fc.verdict().name());
                f.put("agree", fc.agree);
                f.put("disagree", fc.disagreements.size());
                f.put("undecided", fc.undecided);
                ArrayNode ex = f.putArray("first_examples");
                for (int q = 0; q < Math.min(EXAMPLES, fc.disagreements.size()); q++) {
                    ex.add(example(c, fc, fc.disagreements.get(q)));
                }
                ArrayNode all = f.putArray("disagreements_masks");
                for (int i : fc.disagreements) {
                    all.add(Census.mask(c.sets[i]));
                }
            }
            DenseCrossCheck d = p.dense();
            ObjectNode dn = o.putObject("dense_cross_check");
            dn.put("sample", d.rows.size());
            dn.put("agree", d.count(DenseCrossCheck.Status.AGREE));
            dn.put("undecided", d.count(DenseCrossCheck.Status.UNDECIDED));
            dn.put("disagree", d.count(DenseCrossCheck.Status.DISAGREE));
            dn.put("raw_agree", d.countRaw(DenseCrossCheck.Status.AGREE));
            dn.put("raw_undecided", d.countRaw(DenseCrossCheck.Status.UNDECIDED));
            dn.put("raw_disagree", d.countRaw(DenseCrossCheck.Status.DISAGREE));
            dn.put("solver_failures", d.solverFailures);
            dn.put("seconds", d.seconds);
            dn.put("seconds_per_component_one_core", d.secondsPerComponent(run.threads));
            ArrayNode rows = dn.putArray("rows");
            for (DenseCrossCheck.Row r : d.rows) {
                ObjectNode x = rows.addObject();
                x.put("I", r.set());
                x.put("census", r.censusNeg() + "/" + r.censusZero() + "/" + r.censusPos());
                x.put("census_margin", finite(r.censusMargin()));
                x.put("dense", r.denseNeg() + "/" + r.denseZero() + "/" + r.densePos());
                x.put("dense_margin", finite(r.denseMargin()));
                x.put("solvers_agree", r.solversAgree());
                x.put("dense_gradient_norm", r.gradient());
                x.put("status", r.status().name());
                x.put("kappa_G", r.kappa());
                x.put("raw_status", r.rawStatus().name());
                x.put("raw_dense", r.rawNeg() + "/" + r.rawZero());
                x.put("raw_margin", finite(r.rawMargin()));
                x.put("solvers", r.solvers());
            }
        }
        try {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
            AtomicFiles.writeString(target, ReportJson.MAPPER.writer(pp).writeValueAsString(j.root()) + "\n");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int rank(DenseCrossCheck.Row r) {
        return r.status() != DenseCrossCheck.Status.AGREE ? 0 : r.rawStatus() == DenseCrossCheck.Status.DISAGREE ? 1
                : r.rawStatus() == DenseCrossCheck.Status.UNDECIDED ? 2 : 3;
    }

    static double finite(double v) {
        return Double.isFinite(v) ? v : Double.MAX_VALUE;
    }

    static String markdown(CensusRun run, String pngName) {
        StringBuilder b = new StringBuilder();
        String stem = run.file.reportStem();
        b.append("# Census: ").append(stem).append("\n\n");
        b.append("Reproduce: `").append(run.command()).append(" --sample ").append(run.sample).append(" --seed ").append(run.seed).append("`\n\n");
        b.append(String.format(Locale.ROOT, "Configuration: m = %d, n = %d, k = %d, lambda = %s; %s. Every Table-1 component: every I with |I| <= k "
                + "within {1..rank} (L, L_pi) or {1..m0} (L_sigma), regardless of `search.max_index_set_size`.%n%n",
                run.data.m(), run.data.n(), run.file.k, run.file.lambdas, run.data.origin()));
        b.append("Method: the Hessian at each component's point in the singular basis with the identity representative, built directly as its "
                + "2x2 and 4x4 diagonal blocks (`lae.census.BlockHessian`; `CensusBlockHessianTest` proves the blocks are the dense Hessian's principal "
                + "submatrices covering every coordinate once); eigenvalues in closed form (2x2) and by Jacobi (4x4); inertia by the toolkit's rule "
                + "(zero iff |ev| <= 1e-8 max|ev|, decided iff margin >= 1e3) on all 2km eigenvalues. ")
                .append(run.threads).append(" threads.\n\n");
        for (String n : run.notes) {
            b.append("Note: ").append(n).append("\n\n");
        }
        b.append("## Components\n\n| loss | lambda | components | seconds | components/s | max gradient norm | not critical | undecided | min margin |\n|---|---|---|---|---|---|---|---|---|\n");
        for (CensusRun.Part p : run.parts) {
            Census c = p.census();
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.0f | %.2e | %d | %d | %.2e |%n", p.kind().label(), p.lambda(), c.size(), c.seconds,
                    c.size() / Math.max(1e-9, c.seconds), c.maxGradient(), c.nonCriticalCount(), c.undecidedCount(), c.minMargin()));
        }
        b.append(String.format(Locale.ROOT, "%nTotal: %d components in %.2f s of census (%.0f components/s); the whole run took %.1f s.%n%n",
                run.totalComponents(), run.timings.get("census"), run.totalComponents() / Math.max(1e-9, run.timings.get("census")), run.timings.get("total")));
        b.append("## Formulas against the measurement\n\nprinted = Theorem 3.1 as printed (or the claim file's override); corrected = the toolkit's block derivation "
                + "(`lae.symbolic.BlockInertiaFormulas`); candidate = the claim file's candidates. The full list of disagreements is in the JSON "
                + "(`disagreements_masks`: bit i-1 set iff i in I).\n\n");
        b.append("| loss | claim | role | quantity | formula | verdict | agree | disagree | undecided | first disagreements |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (CensusRun.Part p : run.parts) {
            Census c = p.census();
            for (Census.FormulaCheck fc : c.checks) {
                StringBuilder ex = new StringBuilder();
                for (int q = 0; q < Math.min(3, fc.disagreements.size()); q++) {
                    ex.append(q > 0 ? "; " : "").append(example(c, fc, fc.disagreements.get(q)));
                }
                b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | `%s` | **%s** | %d | %d | %d | %s |%n", p.kind().label(), fc.claim, fc.role,
                        fc.quantity, fc.formula.source(), fc.verdict(), fc.agree, fc.disagreements.size(), fc.undecided, ex));
            }
        }
        b.append("\n## Summary by index\n\n![index histogram](").append(pngName).append(")\n\n")
                .append("(Overlapping bars: where two losses have identical histograms, as L and L_pi do when their indices coincide, one hides the other; "
                        + "a loss with few components is close to the axis. Every count is in the JSON's `index_histogram`.)\n\n");
        b.append("| loss | distinct indices | smallest index (count) | largest index (count) | components with index 0 |\n|---|---|---|---|---|\n");
        for (CensusRun.Part p : run.parts) {
            TreeMap<Integer, Integer> h = new TreeMap<>();
            for (int v : p.census().negative) {
                h.merge(v, 1, Integer::sum);
            }
            b.append(String.format(Locale.ROOT, "| %s | %d | %d (%d) | %d (%d) | %d |%n", p.kind().label(), h.size(), h.firstKey(), h.firstEntry().getValue(),
                    h.lastKey(), h.lastEntry().getValue(), h.getOrDefault(0, 0)));
        }
        b.append("\n## Dense cross-check\n\nA seeded random sample per loss, done independently: original coordinates (U from the data), a RANDOM representative, "
                + "the dense 2km x 2km Hessian, `HessianInertia` (EJML and Hipparchus). *Raw* is the representative as drawn; where the raw result is not "
                + "AGREE (L, L_pi), the same component is re-checked densely at its gauge-balanced point (`GaugeBalance`: W1 -> M W1, W2 -> W2 M^-1, "
                + "same component), which gives the *final* status. A raw disagreement with a large kappa(G) is a misclassification by the dense "
                + "path (ill-conditioned representative: huge entries make the true curvatures fall under 1e-8 max|ev| with a margin above 1e3), "
                + "not a census error; a final disagreement would be a finding against the census. Hipparchus's QL iteration (iteration cap) fails to converge "
                + "on some of these highly degenerate spectra even after exact similarity transforms (permutation, random rotation); those rows are classified "
                + "by EJML alone and counted in the column below.\n\n");
        b.append("| loss | sample | final agree | final undecided | final disagree | raw agree | raw undecided | raw disagree | max kappa(G) of raw non-agree | EJML only (Hipparchus did not converge) | dense seconds per component (one core) |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CensusRun.Part p : run.parts) {
            DenseCrossCheck d = p.dense();
            double kx = d.rows.stream().filter(r -> r.rawStatus() != DenseCrossCheck.Status.AGREE).mapToDouble(DenseCrossCheck.Row::kappa).max().orElse(Double.NaN);
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %.3g | %d | %.4f |%n", p.kind().label(), d.rows.size(), d.count(DenseCrossCheck.Status.AGREE),
                    d.count(DenseCrossCheck.Status.UNDECIDED), d.count(DenseCrossCheck.Status.DISAGREE), d.countRaw(DenseCrossCheck.Status.AGREE),
                    d.countRaw(DenseCrossCheck.Status.UNDECIDED), d.countRaw(DenseCrossCheck.Status.DISAGREE), kx, d.solverFailures, d.secondsPerComponent(run.threads)));
        }
        b.append("\nFirst rows of each sample, raw non-agreements first (all rows in the JSON; inertia as negative/zero/positive):\n\n| loss | I | kappa(G) | census | census margin | raw dense (neg/zero) | raw margin | raw status | final dense | final margin | solvers agree | final status |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CensusRun.Part p : run.parts) {
            List<DenseCrossCheck.Row> rows = new ArrayList<>(p.dense().rows);
            rows.sort((x, y) -> Integer.compare(rank(x), rank(y)));
            for (DenseCrossCheck.Row r : rows.subList(0, Math.min(SAMPLE_ROWS_MD, rows.size()))) {
                b.append(String.format(Locale.ROOT, "| %s | %s | %.3g | %d/%d/%d | %.2e | %d/%d | %.2e | %s | %d/%d/%d | %.2e | %s | %s |%n", p.kind().label(), r.set(), r.kappa(),
                        r.censusNeg(), r.censusZero(), r.censusPos(), r.censusMargin(), r.rawNeg(), r.rawZero(), r.rawMargin(), r.rawStatus(),
                        r.denseNeg(), r.denseZero(), r.densePos(), r.denseMargin(), r.solversAgree(), r.status()));
            }
        }
        b.append("\n## Timings (seconds)\n\n");
        run.timings.forEach((key, v) -> b.append(String.format(Locale.ROOT, "- %s: %.3f%n", key, v)));
        return b.toString();
    }
}
