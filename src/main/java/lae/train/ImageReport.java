package lae.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import lae.core.ClaimId;
import lae.core.ClaimResult;
import lae.core.Numbers;
import lae.core.Reading;
import lae.core.Strength;
import lae.core.Verdict;
import lae.data.LabelledImages;
import lae.numeric.Schedule;
import lae.report.ReportDocument;

/**
 * The reports "train/fashion-mnist" and "train/cifar10": Section 4.1's verdicts, the criteria, the conditioning of
 * the data's spectrum, Figure 1 or 2 beside PCA with the spread over seeds, the k = 2 embeddings (Fashion-MNIST),
 * the landscape checks; or, without the data set, INCONCLUSIVE verdicts that say how to supply it.
 */
final class ImageReport {
    private ImageReport() {
    }

    /** The document of the measurements and the verdicts. */
    static ReportDocument document(TrainOptions o, ImageSetup s, ImageMeasurements ms, List<ClaimResult> results) {
        LabelledImages im = ms.images();
        PrincipalDirections pca = ms.pca();
        List<ImageRun> runs = ms.runs();
        int epochs = s.epochs(o);
        int n = im.count();
        int b = ImageSetup.batch(n);
        boolean fashion = s.claim() == ClaimId.C25;
        String fig = fashion ? "Figure 1" : "Figure 2";
        ReportDocument.Builder d = ReportDocument.builder("train/" + s.name(), "train")
                .title("Section 4.1: " + s.name() + ", " + fig + " (claim " + s.claim() + ")")
                .introduction("L_sigma autoencoders trained with mini-batch Adam against PCA, under "
                        + o.schedulesText() + ", " + o.seeds() + " seeds each. Two verdicts per claim: the "
                        + "*landscape* reading (the Table-1 minimum of L_sigma at the lambda training follows: critical, a minimum, "
                        + "and its decoder's singular vectors) and the *training* reading per schedule (what Adam did, each seed "
                        + "judged by the criteria below, each with the commit that set it; a run not near a critical point is INCONCLUSIVE).")
                .command(o.command());
        for (long seed : o.adamSeeds()) {
            d.seed("adam " + (seed - o.seed() + 1), seed);
        }
        d.config("data", im.origin()).config("m", im.dimension()).config("n", n).config("k", s.k())
                .config("lambdas", SeedSpread.toList(s.lambdas())).config("epochs", epochs).config("batch", b)
                .config("batch_regularization", o.regularization().describe());
        d.config("lambda_effective", SeedSpread.toList(ms.lambdaEff()));
        List<String> sched = new ArrayList<>();
        for (Schedule.Kind kind : o.schedules()) {
            Schedule sc = ImageSetup.schedule(o, kind);
            long steps = (long) epochs * ((n + b - 1) / b);
            sched.add(sc.describe() + (sc.keras()
                    ? "; pixels / 255 not centred, biases trained, RandomNormal stddev " + Numbers.general(o.initSigmaOr(ImageSetup.PICTURE_INIT_SIGMA))
                            + " for k = 9 and " + Numbers.general(o.initSigmaOr(TrainingConfig.DEFAULT_INIT_SIGMA)) + " for k = 2; learning rate after "
                            + steps + " steps " + Numbers.sci(sc.decayedRate(steps))
                    : "; data centred, no biases, N(0, " + Numbers.general(o.initSigmaOr(TrainingConfig.DEFAULT_INIT_SIGMA)) + "^2) initialisation"));
        }
        d.config("schedules", sched);
        d.config("criteria", ImageTrainingVerdicts.tolerances());
        d.results(results);

        d.section("Criteria, and when each was set");
        d.paragraph(ArtificialReport.CRITERIA_NOTE);
        d.bullets(CriteriaHistory.bullets(ImageTrainingVerdicts.criteria()));

        d.section("Conditioning");
        List<List<String>> cond = new ArrayList<>();
        double lamEff = ms.lambdaEff()[0];
        for (int i = 0; i <= s.k(); i++) {
            double ci = pca.s2()[i] > lamEff ? Math.sqrt(1 - lamEff / pca.s2()[i]) : 0;
            double cn = pca.s2()[i + 1] > lamEff ? Math.sqrt(1 - lamEff / pca.s2()[i + 1]) : 0;
            cond.add(List.of(String.valueOf(i + 1), Numbers.general(pca.s2()[i], 6), Numbers.fixed(pca.s2()[i] / pca.s2()[i + 1], 4),
                    Numbers.fixed(ci, 4), Numbers.sci(ci - cn)));
        }
        d.paragraph("s_" + s.k() + "^2 / s_" + (s.k() + 1) + "^2 = " + Numbers.fixed(pca.s2()[s.k() - 1] / pca.s2()[s.k()], 4)
                + ": the loss separates the k-th principal direction from the next only weakly, and the compressions c_i of "
                + "neighbouring directions differ little, so single directions of W2 are ill-conditioned where the subspace is not.");
        d.table("conditioning", "Spectrum of the centred data at lambda_eff = " + Numbers.general(lamEff),
                List.of("i", "s_i^2", "s_i^2 / s_(i+1)^2", "c_i = (1 - lambda_eff/s_i^2)^(1/2)", "c_i - c_(i+1)"), cond);

        d.section(fig);
        List<Schedule.Kind> kinds = o.schedules();
        List<double[][]> panels = new ArrayList<>();
        List<String> caps = new ArrayList<>();
        List<String[]> tileCaps = new ArrayList<>();
        for (Schedule.Kind kind : kinds) {
            for (double lambda : s.lambdas()) {
                ImageRun c = runs.stream().filter(r -> r.schedule() == kind && r.k() == s.k() && r.seed() == o.seed()
                        && r.lambda() == lambda).findFirst().orElseThrow();
                panels.add(c.lae());
                caps.add("LAE, " + kind.cliName() + ", lambda = " + Numbers.general(lambda));
                String[] tc = new String[s.k()];
                for (int i = 0; i < s.k(); i++) {
                    tc[i] = (i + 1) + "  |cos| " + Numbers.fixed(c.absCos()[i], 3);
                }
                tileCaps.add(tc);
            }
        }
        double[][] pc = new double[s.k()][];
        String[] pcCaps = new String[s.k()];
        for (int i = 0; i < s.k(); i++) {
            pc[i] = ImageRun.column(pca.u(), i);
            pcCaps[i] = "u_" + (i + 1);
        }
        panels.add(pc);
        caps.add("PCA directions");
        tileCaps.add(pcCaps);
        d.figure(s.figure() + ".png", fig + " under " + o.schedulesText() + ", beside PCA", TrainFigures.tiles(fig + ": "
                + s.name() + ", k = " + s.k() + ", " + epochs + " epochs (first seed)", caps, panels, tileCaps, im.height(), im.width()));
        d.table("spread", "Per schedule and seed, k = " + s.k() + " (the spread over seeds)",
                List.of("schedule", "seed", "lambda", "s_1(W2)", "distance to minimum", "min |cos|", "|cos| per direction",
                        "principal-angle cosines", "||grad|| full data", "asymmetry", "training reading"),
                spreadRows(runs, s.k()));
        d.table("spread_summary", "Spread over seeds: min / median / max",
                List.of("schedule", "lambda", "quantity", "min", "median", "max"), summaryRows(runs, s));

        if (s.embeddings()) {
            d.section("k = 2 embeddings");
            List<ImageRun> first = new ArrayList<>();
            for (Schedule.Kind kind : kinds) {
                first.add(runs.stream().filter(r -> r.schedule() == kind && r.k() == 2 && r.seed() == o.seed()).findFirst().orElseThrow());
            }
            d.figure(s.name() + "-embeddings.png", "k = 2 embeddings under " + o.schedulesText() + ", and PCA's",
                    TrainFigures.embeddings("k = 2 embeddings of the " + n + " test images (first seed)", first, im.labels(),
                            ImageSetup.FASHION_LABELS));
            List<List<String>> rows = new ArrayList<>();
            for (ImageRun c : runs) {
                if (c.k() == 2) {
                    rows.add(List.of(c.schedule().cliName(), String.valueOf(c.seed()), Numbers.fixed(c.procrustes(), 4),
                            Numbers.fixed(c.sW2()[0], 4), Numbers.sci(c.distance()), ImageTrainingVerdicts.embedding(c).verdict().toString()));
                }
            }
            d.table("embeddings", "Per schedule and seed, k = 2",
                    List.of("schedule", "seed", "Procrustes residual", "s_1(W2)", "distance to minimum", "training reading"), rows);
        }
        d.section("Landscape");
        List<List<String>> lrows = new ArrayList<>();
        for (Map.Entry<String, SumLossMinimum.Result> e : ms.minima().entrySet()) {
            String[] kk = e.getKey().split("\\|");
            SumLossMinimum.Result r = e.getValue();
            lrows.add(List.of(kk[0], Numbers.general(Double.parseDouble(kk[1])), String.valueOf(r.exists()), Numbers.sci(r.gradientNorm()),
                    "(" + r.negative() + ", " + r.zero() + ", " + r.positive() + ")", String.valueOf(r.blocks()),
                    String.valueOf(r.undecided()), Numbers.sci(r.smallestMargin())));
        }
        d.table("landscape", "The Table-1 minimum I = {1..k} of L_sigma(lambda_eff), Hessian inertia summed over its exact blocks",
                List.of("k", "lambda", "exists", "gradient norm", "inertia (neg, zero, pos)", "blocks", "undecided", "smallest margin"), lrows);
        d.timing("pca", ms.pcaSeconds()).timing("landscape", ms.landscapeSeconds()).timing("training", ms.trainSeconds());
        return d.build();
    }

    static List<List<String>> spreadRows(List<ImageRun> runs, int k) {
        List<List<String>> rows = new ArrayList<>();
        for (ImageRun c : runs) {
            if (c.k() != k) {
                continue;
            }
            rows.add(List.of(c.schedule().cliName(), String.valueOf(c.seed()), Numbers.general(c.lambda()), Numbers.fixed(c.sW2()[0], 4),
                    Numbers.sci(c.distance()), Numbers.fixed(SeedSpread.min(c.absCos()), 4), SeedSpread.list(c.absCos(), 3), SeedSpread.list(c.principalCos(), 3),
                    Numbers.sci(c.gradNorm()), Numbers.sci(c.asym()), ImageTrainingVerdicts.directions(c).verdict().toString()));
        }
        return rows;
    }

    static List<List<String>> summaryRows(List<ImageRun> runs, ImageSetup s) {
        List<List<String>> rows = new ArrayList<>();
        for (Schedule.Kind kind : runs.stream().map(ImageRun::schedule).distinct().toList()) {
            for (double lambda : s.lambdas()) {
                List<ImageRun> sel = runs.stream().filter(r -> r.schedule() == kind && r.k() == s.k() && r.lambda() == lambda).toList();
                addSummary(rows, kind, lambda, "s_1(W2)", sel.stream().mapToDouble(r -> r.sW2()[0]).toArray(), false);
                addSummary(rows, kind, lambda, "distance to minimum", sel.stream().mapToDouble(ImageRun::distance).toArray(), true);
                addSummary(rows, kind, lambda, "min |cos|", sel.stream().mapToDouble(r -> SeedSpread.min(r.absCos())).toArray(), false);
                addSummary(rows, kind, lambda, "smallest principal-angle cosine",
                        sel.stream().mapToDouble(r -> SeedSpread.min(r.principalCos())).toArray(), false);
            }
        }
        return rows;
    }

    private static void addSummary(List<List<String>> rows, Schedule.Kind kind, double lambda, String what, double[] v, boolean sci) {
        if (v.length == 0) {
            return;
        }
        double[] s = SeedSpread.minMedianMax(v);
        DoubleFunction<String> f = x -> sci ? Numbers.sci(x) : Numbers.fixed(x, 4);
        rows.add(List.of(kind.cliName(), Numbers.general(lambda), what, f.apply(s[0]), f.apply(s[1]), f.apply(s[2])));
    }

    /** The document of a data set that is absent: both readings INCONCLUSIVE, with the reason and how to supply it. */
    static ReportDocument absent(TrainOptions o, ImageSetup s, String why) {
        List<ClaimResult> rs = new ArrayList<>();
        rs.add(ClaimResult.of(s.claim(), "L_sigma")
                .reading(Reading.LANDSCAPE)
                .verdict(Verdict.INCONCLUSIVE, Strength.NONE).atClaimConfiguration("data set absent")
                .evidence("data set absent, nothing computed: the landscape needs the data's principal directions; " + why).build());
        for (Schedule.Kind kind : o.schedules()) {
            rs.add(ClaimResult.of(s.claim(), "L_sigma, " + kind.cliName())
                    .reading(Reading.TRAINING)
                    .verdict(Verdict.INCONCLUSIVE, Strength.NONE).atClaimConfiguration("data set absent")
                    .evidence("data set absent, nothing computed: no training was run; " + why).build());
        }
        return ReportDocument.builder("train/" + s.name(), "train")
                .title("Section 4.1: " + s.name() + " (claim " + s.claim() + "): data set absent")
                .introduction("**Data set absent.** " + Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".")
                .command(o.command())
                .config("experiment", s.name()).config("data", "absent").config("reason", why)
                .results(rs)
                .build();
    }
}
