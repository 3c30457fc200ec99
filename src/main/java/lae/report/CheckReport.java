package lae.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.check.CheckRun;
import lae.core.ClaimResult;
import lae.check.Measurements;
import lae.landscape.TableOne;
import lae.numeric.Inertia;

/** Writes reports/NAME.md and reports/NAME.json for one claim file. */
public final class CheckReport {
    private CheckReport() {
    }

    public static void write(CheckRun run, Path dir) {
        String name = run.file.reportStem();
        AtomicFiles.writeString(dir.resolve(name + ".md"), markdown(run));
        json(run).write(dir.resolve(name + ".json"));
    }

    public static ReportJson json(CheckRun run) {
        ReportJson j = new ReportJson(run.file.name, "check", run.command(), run.file.searchSeed);
        ObjectNode c = j.config();
        c.put("claim_file", CheckRunPaths.rel(run.file.path));
        c.put("data", run.data.origin());
        c.put("m", run.data.m());
        c.put("n", run.data.n());
        c.put("k", run.file.k);
        ArrayNode l = c.putArray("lambdas");
        run.file.lambdas.forEach(l::add);
        ArrayNode sv = c.putArray("singular_values");
        for (double s : run.data.singularValues()) {
            sv.add(s);
        }
        ArrayNode losses = c.putArray("losses");
        run.file.losses.forEach(x -> losses.add(x.label()));
        c.put("data_seed", run.file.data.seed());
        c.put("search_seed", run.file.searchSeed);
        c.put("max_index_set_size", run.file.maxIndexSetSize);
        c.put("random_starts", run.file.randomStarts);
        c.put("perturbed_starts", run.file.perturbedStarts);
        ArrayNode v = c.putArray("assumption_violations");
        run.violations.forEach(v::add);
        run.timings.forEach(j::timing);
        j.results(run.results);
        return j;
    }

    public static String markdown(CheckRun run) {
        StringBuilder b = new StringBuilder();
        var f = run.file;
        b.append("# Verification report: ").append(f.name).append("\n\n");
        if (!f.description.isBlank()) {
            b.append(f.description.trim()).append("\n\n");
        }
        b.append("Reproduce with `").append(run.command()).append("` (data seed ").append(f.data.seed())
                .append(", search seed ").append(f.searchSeed).append("). Claim ids are those of `claims.md`.\n\n");
        b.append("## Configuration\n\n");
        b.append("| | |\n|---|---|\n");
        b.append("| data | ").append(run.data.origin()).append(" |\n");
        b.append("| m, n, k | ").append(run.data.m()).append(", ").append(run.data.n()).append(", ").append(f.k).append(" |\n");
        b.append("| singular values | ").append(f.data.singularValuesSource() == null ? "from the data" : "`" + f.data.singularValuesSource() + "`")
                .append(" = ").append(shortList(run.data.singularValues())).append(" |\n");
        b.append("| lambda | ").append(f.lambdas).append(" (m0 = ");
        StringBuilder m0 = new StringBuilder();
        for (double lam : f.lambdas) {
            m0.append(m0.length() == 0 ? "" : ", ").append(run.data.m0(lam));
        }
        b.append(m0).append(") |\n");
        b.append("| losses | ").append(f.losses).append(" |\n");
        b.append("| index sets | every I with |I| <= ").append(f.maxIndexSetSize).append(", plus {1..k} and {1..min(k, m0)} |\n");
        b.append("| Newton | ").append(f.perturbedStarts).append(" perturbed Table-1 starts, ").append(f.randomStarts).append(" random starts per loss and lambda |\n");
        b.append("| assumptions of Theorem 3.1 | ").append(run.violations.isEmpty() ? "satisfied (distinct positive singular values, k < min(m, n), lambda != s_j^2)"
                : "**violated**: " + String.join("; ", run.violations)).append(" |\n\n");

        b.append("## Verdicts\n\n| claim | loss | verdict | cases | failed | worst residual | smallest counterexample | corrected statement (verified separately) |\n");
        b.append("|---|---|---|---|---|---|---|---|\n");
        for (ClaimResult r : run.results) {
            b.append("| ").append(r.claim()).append(" | ").append(r.loss()).append(" | **").append(r.verdict()).append("** | ")
                    .append(r.casesChecked()).append(" | ").append(r.casesFailed()).append(" | ")
                    .append(Double.isNaN(r.worstResidual()) ? "-" : String.format("%.2e", r.worstResidual())).append(" | ")
                    .append(cell(r.counterexample())).append(" | ").append(cell(r.corrected())).append(" |\n");
        }
        b.append("\n## Evidence\n\n");
        for (ClaimResult r : run.results) {
            b.append("- **").append(r.claim()).append(" ").append(r.loss()).append("** (").append(r.verdict()).append("): ").append(r.evidence()).append("\n");
        }
        b.append("\n## Measurements per loss\n\n");
        b.append("Inertia rule: an eigenvalue is zero iff |ev| <= ").append(Inertia.RELATIVE_ZERO)
                .append(" max|ev|; a classification is decided only if EJML and Hipparchus agree and the margin (smallest non-zero |ev| over largest zero |ev|) is >= ")
                .append(String.format("%.0e", Inertia.MIN_MARGIN)).append(".\n\n");
        b.append("| loss | lambda | m0 | Table-1 points | undecided | smallest margin | dense cross-checks: agree / undecided / disagree | Newton runs | converged | components reached |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measurements m : run.measurements) {
            long undecided = m.components.stream().filter(c -> !c.inertia().decided()).count();
            double margin = m.components.stream().mapToDouble(c -> c.inertia().margin()).min().orElse(Double.NaN);
            long agree = m.dense.stream().filter(Measurements.DenseCheck::agrees).count();
            long disagree = m.dense.stream().filter(Measurements.DenseCheck::disagrees).count();
            long conv = m.search.stream().filter(s -> s.result().converged()).count();
            Map<Integer, Integer> byRank = new TreeMap<>();
            m.search.stream().filter(s -> s.result().converged()).forEach(s -> byRank.merge(s.identification().indexSet().size(), 1, Integer::sum));
            b.append("| ").append(m.kind.label()).append(" | ").append(m.lambda).append(" | ").append(m.m0).append(" | ").append(m.components.size())
                    .append(" | ").append(undecided).append(" | ").append(String.format("%.2e", margin)).append(" | ")
                    .append(agree).append(" / ").append(m.dense.size() - agree - disagree).append(" / ").append(disagree).append(" | ").append(m.search.size()).append(" | ").append(conv)
                    .append(" | |I| : count ").append(byRank).append(" |\n");
        }
        b.append("\n### Inertia of a few components (identity representative)\n\n| loss | lambda | I | l | d_I | negative | zero | positive | margin |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Measurements m : run.measurements) {
            m.components.stream().filter(c -> c.representative() == TableOne.Representative.IDENTITY).limit(6).forEach(c -> b.append("| ")
                    .append(m.kind.label()).append(" | ").append(m.lambda).append(" | ").append(c.indexSet()).append(" | ").append(c.indexSet().size())
                    .append(" | ").append(c.indexSet().dI()).append(" | ").append(c.inertia().negative()).append(" | ").append(c.inertia().zero())
                    .append(" | ").append(c.inertia().positive()).append(" | ").append(String.format("%.1e", c.inertia().margin())).append(" |\n"));
        }
        b.append("\n## Timings (seconds)\n\n| phase | seconds |\n|---|---|\n");
        run.timings.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(String.format("%.2f", v)).append(" |\n"));
        b.append("\n---\nWritten by lae-landscapes. JSON beside this file: `").append(f.reportStem()).append(".json` (schema ").append(ReportJson.SCHEMA).append(").\n");
        return b.toString();
    }

    private static String cell(String s) {
        return s == null ? "-" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String shortList(double[] s) {
        if (s.length <= 8) {
            return Arrays.toString(s);
        }
        return String.format("[%s, %s, %s, ..., %s] (%d values)", s[0], s[1], s[2], s[s.length - 1], s.length);
    }

    /** Paths relative to the working directory, for reproducible commands. */
    static final class CheckRunPaths {
        static String rel(Path p) {
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = p.toAbsolutePath().normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        }
    }

}
