package lae.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import lae.config.ClaimFile;
import lae.core.Numbers;
import lae.core.Tolerance;
import lae.landscape.TableOne;
import lae.report.ReportDocument;

/** The report of one claim file: {@code reports/NAME.md} and {@code .json}, built from a {@link CheckRun}. */
public final class CheckDocument {
    /** The kind of a check report, as its JSON names it. */
    public static final String KIND = "check";

    private CheckDocument() {
    }

    /** The report of {@code run}. */
    public static ReportDocument of(CheckRun run) {
        ClaimFile f = run.file();
        ReportDocument.Builder d = ReportDocument.builder(f.reportStem(), KIND)
                .title("Verification report: " + f.name)
                .introduction(f.description)
                .command(run.command())
                .seed("data", f.data.seed())
                .seed("search", f.searchSeed);
        d.config("claim file", f.relativePath());
        d.config("data", run.data().origin());
        d.config("m, n, k", run.data().m() + ", " + run.data().n() + ", " + f.k);
        d.config("singular values", (f.data.singularValuesSource() == null ? "from the data" : "`" + f.data.singularValuesSource() + "`")
                + " = " + MarkdownList.of(run.data().singularValues()));
        List<String> m0 = new ArrayList<>();
        List<String> lambdas = new ArrayList<>();
        for (double lam : f.lambdas) {
            lambdas.add(Numbers.general(lam, 6));
            m0.add(Integer.toString(run.data().m0(lam)));
        }
        d.config("lambda", "[" + String.join(", ", lambdas) + "] (m0 = " + String.join(", ", m0) + ")");
        d.config("losses", f.losses.stream().map(x -> x.label()).toList());
        d.config("index sets", "every I with |I| <= " + f.maxIndexSetSize + ", plus {1..k} and {1..min(k, m0)}");
        d.config("Newton", f.perturbedStarts + " perturbed Table-1 starts, " + f.randomStarts + " random starts per loss and lambda");
        d.config("assumptions of Theorem 3.1", run.violations().isEmpty()
                ? "satisfied (distinct positive singular values, k < min(m, n), lambda != s_j^2)"
                : "**violated**: " + String.join("; ", run.violations().all()));
        d.results(run.results());

        d.section("Measurements per loss");
        d.paragraph("Inertia rule: an eigenvalue is zero iff |ev| <= " + Numbers.sci(Tolerance.INERTIA_RELATIVE_ZERO.value(), 0)
                + " max|ev|; a classification is decided only if EJML and Hipparchus agree and the margin (smallest non-zero |ev| over largest zero |ev|) is >= "
                + Numbers.sci(Tolerance.INERTIA_MIN_MARGIN.value(), 0) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (Measurements m : run.measurements()) {
            long undecided = m.components.stream().filter(c -> !c.inertia().decided()).count();
            double margin = m.components.stream().mapToDouble(c -> c.inertia().margin()).min().orElse(Double.NaN);
            long agree = m.dense.stream().filter(Measurements.DenseCheck::agrees).count();
            long disagree = m.dense.stream().filter(Measurements.DenseCheck::disagrees).count();
            long conv = m.search.stream().filter(s -> s.result().converged()).count();
            Map<Integer, Integer> byRank = new TreeMap<>();
            m.search.stream().filter(s -> s.result().converged()).forEach(s -> byRank.merge(s.identification().indexSet().size(), 1, Integer::sum));
            rows.add(List.of(m.kind.label(), Numbers.general(m.lambda, 6), Integer.toString(m.m0), Integer.toString(m.components.size()),
                    Long.toString(undecided), Numbers.sci(margin), agree + " / " + (m.dense.size() - agree - disagree) + " / " + disagree,
                    Integer.toString(m.search.size()), Long.toString(conv), "|I| : count " + byRank));
        }
        d.table("measurements", "", List.of("loss", "lambda", "m0", "Table-1 points", "undecided", "smallest margin",
                "dense cross-checks: agree / undecided / disagree", "Newton runs", "converged", "components reached"), rows);

        d.section("Inertia of a few components (identity representative)");
        List<List<String>> few = new ArrayList<>();
        for (Measurements m : run.measurements()) {
            m.components.stream().filter(c -> c.representative() == TableOne.Representative.IDENTITY).limit(6).forEach(c -> few.add(List.of(
                    m.kind.label(), Numbers.general(m.lambda, 6), c.indexSet().toString(), Integer.toString(c.indexSet().size()),
                    Integer.toString(c.indexSet().dI()), Integer.toString(c.inertia().negative()), Integer.toString(c.inertia().zero()),
                    Integer.toString(c.inertia().positive()), Numbers.sci(c.inertia().margin(), 1))));
        }
        d.table("inertia_sample", "", List.of("loss", "lambda", "I", "l", "d_I", "negative", "zero", "positive", "margin"), few);
        d.timings(run.timings());
        return d.build();
    }

    /** A short list of numbers for the configuration table. */
    static final class MarkdownList {
        static String of(double[] s) {
            List<String> out = new ArrayList<>();
            for (double x : s) {
                out.add(Numbers.general(x, 6));
            }
            if (out.size() <= 8) {
                return "[" + String.join(", ", out) + "]";
            }
            return "[" + out.get(0) + ", " + out.get(1) + ", " + out.get(2) + ", ..., " + out.get(out.size() - 1) + "] (" + out.size() + " values)";
        }
    }
}
