package lae.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYChart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lae.core.ClaimResult;
import lae.core.Strength;
import lae.core.InputException;
import lae.core.Verdict;
import lae.data.Cifar10Binary;
import lae.data.IdxFile;
import lae.data.LabelledImages;
import lae.model.DataMatrix;
import lae.model.LaePoint;
import lae.model.LossKind;
import lae.report.AtomicFiles;
import lae.report.Figures;
import lae.report.ReportJson;

/**
 * Section 4.1: the sum-regularised LAE against PCA on real images. Fashion-MNIST (test set,
 * 10,000 x 784, centred): L_sigma, lambda = 8, k = 9, 200 epochs, batch 32, Figure 1 and the k = 2
 * embeddings (claim C25). CIFAR-10 (test set, CCIR 601 greyscale, 10,000 x 1024, centred): k = 6,
 * lambda = 5 and 15, 400 epochs, Figure 2 (claim C26).
 */
public final class ImageExperiment {
    public static final Path DEFAULT_FASHION = Path.of("/usr/share/datasets/fashion-mnist");
    static final String[] FASHION_LABELS = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
        "Sneaker", "Bag", "Ankle boot"};
    static final String[] CIFAR_LABELS = {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
        "truck"};
    /** A direction matches when |cos| with the principal direction of the same rank is at least this. */
    static final double COS_TOL = 0.99;
    /** The k = 2 embeddings match up to rotation and reflection when the Procrustes residual is at most this. */
    static final double PROCRUSTES_TOL = 0.05;
    static final int BATCH = 32;

    private ImageExperiment() {
    }

    /** One data set's settings. */
    record Setup(String name, String claim, String figure, int k, double[] lambdas, int epochs, boolean embeddings,
                 String[] labelNames) {
    }

    /** One trained L_sigma autoencoder compared with PCA. */
    record Compared(double lambda, double lambdaEff, TrainingResult result, double[] absCos, double[] sW2,
                    double[][] lae, double fullLoss, double fullLossNominal) {
    }

    public static ExperimentOutput fashionMnist(TrainOptions o) {
        Setup s = new Setup("fashion-mnist", "C25", "fashion-mnist-figure1", 9, new double[] {8}, 200, true, FASHION_LABELS);
        Path dir = o.data() != null ? o.data() : DEFAULT_FASHION;
        Path images = firstExisting(dir, "t10k-images-idx3-ubyte.gz", "t10k-images-idx3-ubyte");
        Path labels = firstExisting(dir, "t10k-labels-idx1-ubyte.gz", "t10k-labels-idx1-ubyte");
        if (images == null || labels == null) {
            if (o.data() != null) {
                throw new InputException(dir + ": field '--data' names no directory with t10k-images-idx3-ubyte[.gz] and "
                        + "t10k-labels-idx1-ubyte[.gz] (allowed: the Fashion-MNIST directory, e.g. " + DEFAULT_FASHION + ")");
            }
            return absent(o, s, "the Fashion-MNIST test set is absent: no t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz] under "
                    + dir + " (install the Debian package dataset-fashion-mnist or pass --data DIR)");
        }
        return run(o, s, IdxFile.readImages(images, labels));
    }

    public static ExperimentOutput cifar10(TrainOptions o) {
        Setup s = new Setup("cifar10", "C26", "cifar10-figure2", 6, new double[] {5, 15}, 400, false, CIFAR_LABELS);
        if (o.data() == null) {
            return absent(o, s, "the CIFAR-10 data set is absent: it is not installed on this machine and no --data "
                    + "test_batch.bin was given, so Figure 2 and claim C26 were not computed");
        }
        Path file = o.data();
        if (Files.isDirectory(file)) {
            file = file.resolve("test_batch.bin");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": field '--data' names no file (allowed: the CIFAR-10 binary test_batch.bin)");
        }
        return run(o, s, Cifar10Binary.read(file));
    }

    static Path firstExisting(Path dir, String... names) {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static ExperimentOutput run(TrainOptions o, Setup s, LabelledImages im) {
        int epochs = o.epochs() == null ? s.epochs() : o.epochs();
        int n = im.count();
        int m = im.dimension();
        if (n <= s.k()) {
            throw new InputException(im.origin() + ": field 'images' = " + n + " is not allowed (allowed: more than k = " + s.k() + ")");
        }
        long t0 = System.nanoTime();
        DMatrixRMaj raw = new DMatrixRMaj(m, n);
        double[] px = im.pixels();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                raw.data[j * n + i] = px[i * m + j];
            }
        }
        DataMatrix d = DataMatrix.fromMatrix(raw, im.origin());
        raw = null;
        double pcaSeconds = (System.nanoTime() - t0) / 1e9;
        double[] x = ArtificialExperiment.rowsOf(d.x());
        DMatrixRMaj u = d.u();
        double[] sv = d.singularValues();
        int b = Math.min(BATCH, n);

        List<Compared> runs = new ArrayList<>();
        long total = (long) epochs * s.lambdas().length + (s.embeddings() ? epochs : 0);
        double[][] embLae = null;
        double procrustes = Double.NaN;
        double procrustesExpected = Double.NaN;
        TrainingResult embResult = null;
        long t1 = System.nanoTime();
        try (Progress bar = o.bar(s.name(), total, "epochs")) {
            for (double lambda : s.lambdas()) {
                TrainingConfig c = o.apply(TrainingConfig.of(LossKind.L_SIGMA, lambda, 0.5, s.k(), epochs, b, o.seed()));
                TrainingResult r = AdamTrainer.train(x, m, n, c, (e, th, l) -> bar.stepBy(1));
                runs.add(compare(c, r, x, m, n, u, sv, im));
            }
            if (s.embeddings()) {
                TrainingConfig c = o.apply(TrainingConfig.of(LossKind.L_SIGMA, s.lambdas()[0], 0.5, 2, epochs, b, o.seed()));
                embResult = AdamTrainer.train(x, m, n, c, (e, th, l) -> bar.stepBy(1));
                LaePoint p = embResult.point();
                double[][] bias = embResult.biases();
                DMatrixRMaj a = new DMatrixRMaj(n, 2);
                DMatrixRMaj pc = new DMatrixRMaj(n, 2);
                for (int i = 0; i < n; i++) {
                    for (int c2 = 0; c2 < 2; c2++) {
                        double za = bias == null ? 0 : bias[0][c2];
                        double zp = 0;
                        for (int j = 0; j < m; j++) {
                            za += p.w1.get(c2, j) * x[i * m + j];
                            zp += u.get(j, c2) * x[i * m + j];
                        }
                        a.set(i, c2, za);
                        pc.set(i, c2, zp);
                    }
                }
                DMatrixRMaj aligned = new DMatrixRMaj(n, 2);
                procrustes = Analysis.procrustesResidual(a, pc, aligned);
                double lamEff = c.regularization().effectiveLambda(c.lambda(), b, n);
                double num = 0;
                double den = 0;
                for (int c2 = 0; c2 < 2; c2++) {
                    double comp = Math.sqrt(Math.max(0, 1 - lamEff / (sv[c2] * sv[c2])));
                    num += (1 - comp) * (1 - comp) * sv[c2] * sv[c2];
                    den += sv[c2] * sv[c2];
                }
                procrustesExpected = Math.sqrt(num / den);
                embLae = new double[][] {column(a, 0), column(a, 1), column(pc, 0), column(pc, 1)};
            }
        }
        double trainSeconds = (System.nanoTime() - t1) / 1e9;

        Path out = o.out();
        List<Path> figures = new ArrayList<>();
        figures.add(tiles(out.resolve(s.figure() + ".png"), s, runs, u, im, epochs));
        if (embLae != null) {
            Path p = out.resolve(s.name() + "-embeddings.png");
            XYChart c1 = Figures.scatterByLabel("b) LAE (L_sigma, lambda = " + TrainingConfig.fmt(s.lambdas()[0]) + ", k = 2): W1 x",
                    "latent 1", "latent 2", embLae[0], embLae[1], im.labels(), s.labelNames(), 700, 560);
            XYChart c2 = Figures.scatterByLabel("d) PCA: (u1 . x, u2 . x)", "principal component 1", "principal component 2",
                    embLae[2], embLae[3], im.labels(), s.labelNames(), 700, 560);
            Figures.writePng(p, Figures.grid(String.format(Locale.ROOT,
                    "k = 2 embeddings of the %d test images; orthogonal Procrustes residual %.4f", n, procrustes),
                    List.of(c1, c2), 2));
            figures.add(p);
        }
        List<ClaimResult> results = verdicts(s, runs, procrustes, procrustesExpected, epochs);
        Path md = out.resolve(s.name() + ".md");
        Path json = out.resolve(s.name() + ".json");
        AtomicFiles.writeString(md, markdown(o, s, d, runs, results, procrustes, procrustesExpected, embResult, epochs, b, n,
                pcaSeconds, trainSeconds));
        writeJson(json, o, s, d, runs, results, procrustes, procrustesExpected, epochs, b, n, pcaSeconds, trainSeconds);
        return new ExperimentOutput(s.name(), md, json, figures, results);
    }

    static double[] column(DMatrixRMaj a, int c) {
        double[] v = new double[a.numRows];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i, c);
        }
        return v;
    }

    static Compared compare(TrainingConfig c, TrainingResult r, double[] x, int m, int n, DMatrixRMaj u, double[] sv,
                            LabelledImages im) {
        int k = c.k();
        LaePoint p = r.point();
        Analysis.Svd w2 = Analysis.svd(p.w2);
        double[] cos = new double[k];
        double[][] lae = new double[k][m];
        for (int i = 0; i < k; i++) {
            double dot = 0;
            for (int j = 0; j < m; j++) {
                dot += w2.u().get(j, i) * u.get(j, i);
            }
            double sign = dot < 0 ? -1 : 1;
            cos[i] = Analysis.absCos(w2.u(), i, u, i);
            for (int j = 0; j < m; j++) {
                lae[i][j] = sign * w2.u().get(j, i);
            }
        }
        int b = c.batchFor(n);
        double lamEff = c.regularization().effectiveLambda(c.lambda(), b, n);
        try (MiniBatchLaeLoss full = new MiniBatchLaeLoss(x, m, n, k, c.bias(), 0, lamEff, b, 1);
             MiniBatchLaeLoss nominal = new MiniBatchLaeLoss(x, m, n, k, c.bias(), 0, c.lambda(), b, 1)) {
            double rec = full.reconstructionError(r.theta());
            return new Compared(c.lambda(), lamEff, r, cos, w2.s(), lae, rec + full.regulariser(r.theta()),
                    rec + nominal.regulariser(r.theta()));
        }
    }

    static List<ClaimResult> verdicts(Setup s, List<Compared> runs, double procrustes, double procrustesExpected, int epochs) {
        List<ClaimResult> out = new ArrayList<>();
        if (s.claim().equals("C25")) {
            Compared r = runs.get(0);
            double min = min(r.absCos());
            int matched = countAtLeast(r.absCos(), COS_TOL);
            Verdict v = r.result().stoppedOnNaN() ? Verdict.INCONCLUSIVE : matched == s.k() ? Verdict.HOLDS : Verdict.FAILS;
            out.add(new ClaimResult("C25", "L_sigma", v, Strength.OBSERVED, s.k(), s.k() - matched, 1 - min,
                    v == Verdict.FAILS ? "Fashion-MNIST test set, lambda=8 (lambda_eff=" + TrainingConfig.fmt(r.lambdaEff())
                            + "), k=9, " + epochs + " epochs, batch 32: |cos| = " + cosList(r.absCos()) : null, null,
                    "left singular vectors of W2 against the top-" + s.k() + " principal directions: " + matched + "/" + s.k()
                            + " with |cos| >= " + COS_TOL + "; |cos| = " + cosList(r.absCos())
                            + (r.result().stoppedOnNaN() ? "; training stopped on a non-finite value in epoch " + r.result().nanEpoch() : "")));
            Verdict ve = Double.isNaN(procrustes) ? Verdict.INCONCLUSIVE : procrustes <= PROCRUSTES_TOL ? Verdict.HOLDS : Verdict.FAILS;
            out.add(new ClaimResult("C25", "L_sigma", ve, Strength.OBSERVED, 1, ve == Verdict.FAILS ? 1 : 0, procrustes,
                    ve == Verdict.FAILS ? String.format(Locale.ROOT, "k=2 embeddings: Procrustes residual %.4f", procrustes) : null, null,
                    String.format(Locale.ROOT, "k = 2: the LAE embedding W1 X against PCA's U_2^T X after the best orthogonal map: "
                            + "relative residual %.4f (criterion <= %.2f; the compression (1 - lambda_eff/s_i^2)^(1/2) of "
                            + "Theorem 3.1 alone accounts for %.4f)", procrustes, PROCRUSTES_TOL, procrustesExpected)));
        } else {
            Compared lo = runs.get(0);
            Compared hi = runs.get(1);
            double meanLo = mean(lo.absCos());
            double meanHi = mean(hi.absCos());
            int half = s.k() / 2;
            boolean laterDisagree = false;
            for (int i = half; i < s.k(); i++) {
                laterDisagree |= lo.absCos()[i] < COS_TOL;
            }
            Verdict v = lo.result().stoppedOnNaN() || hi.result().stoppedOnNaN() ? Verdict.INCONCLUSIVE
                    : meanHi > meanLo && laterDisagree ? Verdict.HOLDS : Verdict.FAILS;
            out.add(new ClaimResult("C26", "L_sigma", v, Strength.OBSERVED, 2, v == Verdict.FAILS ? 1 : 0, meanHi - meanLo,
                    v == Verdict.FAILS ? "CIFAR-10 greyscale, k=6, " + epochs + " epochs: |cos| lambda=5 " + cosList(lo.absCos())
                            + ", lambda=15 " + cosList(hi.absCos()) : null, null,
                    String.format(Locale.ROOT, "mean |cos| with the principal directions: lambda = 5: %.4f (%s), lambda = 15: %.4f (%s); "
                            + "criterion: lambda = 15 higher and some of directions %d..%d at lambda = 5 below %.2f",
                            meanLo, cosList(lo.absCos()), meanHi, cosList(hi.absCos()), half + 1, s.k(), COS_TOL)));
        }
        return out;
    }

    static Path tiles(Path target, Setup s, List<Compared> runs, DMatrixRMaj u, LabelledImages im, int epochs) {
        int k = s.k();
        int m = im.dimension();
        double[][][] panels = new double[runs.size() + 1][k][];
        String[] caps = new String[runs.size() + 1];
        String[][] tileCaps = new String[runs.size() + 1][k];
        char letter = 'a';
        for (int r = 0; r < runs.size(); r++) {
            Compared c = runs.get(r);
            caps[r] = (letter++) + ") LAE (L_sigma, lambda = " + TrainingConfig.fmt(c.lambda()) + ")";
            for (int i = 0; i < k; i++) {
                panels[r][i] = c.lae()[i];
                tileCaps[r][i] = String.format(Locale.ROOT, "%d  |cos| %.3f", i + 1, c.absCos()[i]);
            }
        }
        if (s.claim().equals("C25")) {
            letter = 'c';
        }
        int pIdx = runs.size();
        caps[pIdx] = letter + ") PCA directions";
        for (int i = 0; i < k; i++) {
            double[] v = new double[m];
            for (int j = 0; j < m; j++) {
                v[j] = u.get(j, i);
            }
            panels[pIdx][i] = v;
            tileCaps[pIdx][i] = "u_" + (i + 1);
        }
        String title = (s.claim().equals("C25") ? "Figure 1" : "Figure 2") + ": " + s.name() + ", k = " + k + ", " + epochs
                + " epochs";
        Figures.writePng(target, Figures.tiles(title, caps, panels, tileCaps, im.height(), im.width(), 4));
        return target;
    }

    static ExperimentOutput absent(TrainOptions o, Setup s, String why) {
        ClaimResult r = new ClaimResult(s.claim(), "L_sigma", Verdict.INCONCLUSIVE, Strength.OBSERVED, 0, 0, Double.NaN, null, null,
                "data set absent: " + why);
        Path md = o.out().resolve(s.name() + ".md");
        Path json = o.out().resolve(s.name() + ".json");
        AtomicFiles.writeString(md, "# " + s.name() + " (claim " + s.claim() + ")\n\nReproduce with: `" + o.command()
                + "`\n\n**Data set absent.** " + Character.toUpperCase(why.charAt(0)) + why.substring(1)
                + ".\n\n| claim | loss | verdict | evidence |\n| --- | --- | --- | --- |\n| " + s.claim()
                + " | L_sigma | **INCONCLUSIVE** | data set absent |\n");
        ReportJson j = new ReportJson("train-" + s.name(), "train", o.command(), o.seed());
        j.config().put("experiment", s.name()).put("data", "absent").put("reason", why);
        j.results(List.of(r));
        j.write(json);
        return new ExperimentOutput(s.name(), md, json, List.of(), List.of(r));
    }

    static String markdown(TrainOptions o, Setup s, DataMatrix d, List<Compared> runs, List<ClaimResult> results, double procrustes,
                           double procrustesExpected, TrainingResult emb, int epochs, int b, int n, double pcaSeconds,
                           double trainSeconds) {
        StringBuilder sb = new StringBuilder();
        String fig = s.claim().equals("C25") ? "Figure 1" : "Figure 2";
        sb.append("# Section 4.1: ").append(s.name()).append(", ").append(fig).append(" (claim ").append(s.claim()).append(")\n\n");
        sb.append("Reproduce with: `").append(o.command()).append("`\n\n## Configuration\n\n");
        sb.append("- Data: ").append(d.origin()).append("; m = ").append(d.m()).append(", n = ").append(n).append(".\n");
        sb.append("- Loss: L_sigma, k = ").append(s.k()).append(", lambda = ");
        for (int i = 0; i < s.lambdas().length; i++) {
            sb.append(i == 0 ? "" : " and ").append(TrainingConfig.fmt(s.lambdas()[i]));
        }
        sb.append(".\n- ").append(new Adam(1, o.learningRate()).describe()).append("; ").append(epochs)
                .append(" epochs, batch ").append(b).append(" (").append((n + b - 1) / b)
                .append(" steps per epoch), reshuffled every epoch (seed ").append(o.seed()).append(").\n");
        sb.append("- Initialisation: N(0, sigma^2), sigma = ").append(o.initSigma()).append("; biases: ")
                .append(o.bias() ? "trained" : "none (the data are centred)").append(".\n");
        sb.append("- Mini-batch regulariser: ").append(o.regularization().describe()).append(".\n");
        for (Compared c : runs) {
            sb.append(String.format(Locale.ROOT, "- **Effective lambda** against the full-data loss for lambda = %s: %s "
                    + "(full-data loss at lambda_eff %.6e; at lambda itself %.6e).\n", TrainingConfig.fmt(c.lambda()),
                    TrainingConfig.fmt(c.lambdaEff()), c.fullLoss(), c.fullLossNominal()));
        }
        sb.append(String.format(Locale.ROOT, "- Time: centring and SVD %.1f s, training %.1f s", pcaSeconds, trainSeconds));
        for (Compared c : runs) {
            sb.append(String.format(Locale.ROOT, "; %.3f s per epoch at lambda = %s", c.result().secondsPerEpoch(),
                    TrainingConfig.fmt(c.lambda())));
        }
        sb.append(".\n\n## Criteria (fixed before the runs)\n\n");
        sb.append("- The i-th left singular vector of W2 matches the i-th principal direction when |cos| >= ").append(COS_TOL)
                .append(".\n");
        if (s.embeddings()) {
            sb.append("- The k = 2 embeddings match up to rotation and reflection when the relative residual of the best ")
                    .append("orthogonal map (Procrustes) is <= ").append(PROCRUSTES_TOL).append(".\n");
        }
        if (s.claim().equals("C26")) {
            sb.append("- C26 holds when the mean |cos| at lambda = 15 exceeds that at lambda = 5 and at lambda = 5 some of the ")
                    .append("later half of the directions has |cos| < ").append(COS_TOL).append(".\n");
        }
        sb.append("\n## ").append(fig).append("\n\n![").append(fig).append("](").append(s.figure()).append(".png)\n\n");
        sb.append("| i | s_i^2 (data) |");
        for (Compared c : runs) {
            sb.append(" |cos| lambda = ").append(TrainingConfig.fmt(c.lambda())).append(" | s_i(W2) | (1 - lambda_eff/s_i^2)^(1/2) |");
        }
        sb.append("\n| --- | --- |");
        for (int r = 0; r < runs.size(); r++) {
            sb.append(" --- | --- | --- |");
        }
        sb.append("\n");
        double[] sv = d.singularValues();
        for (int i = 0; i < s.k(); i++) {
            sb.append(String.format(Locale.ROOT, "| %d | %.1f |", i + 1, sv[i] * sv[i]));
            for (Compared c : runs) {
                double comp = Math.sqrt(Math.max(0, 1 - c.lambdaEff() / (sv[i] * sv[i])));
                sb.append(String.format(Locale.ROOT, " %.4f | %.4f | %.4f |", c.absCos()[i], c.sW2()[i], comp));
            }
            sb.append("\n");
        }
        sb.append(String.format(Locale.ROOT, "\ns_%d^2 = %.1f (the next principal direction, for the spectral gap).\n",
                s.k() + 1, sv[s.k()] * sv[s.k()]));
        if (s.embeddings()) {
            sb.append("\n## k = 2 embeddings\n\n![embeddings](").append(s.name()).append("-embeddings.png)\n\n");
            sb.append(String.format(Locale.ROOT, "Orthogonal Procrustes residual ||Z_LAE O - Z_PCA||_F / ||Z_PCA||_F = %.4f "
                    + "(compression alone: %.4f).\n", procrustes, procrustesExpected));
        }
        sb.append("\n## Verdicts\n\n| claim | loss | verdict | evidence |\n| --- | --- | --- | --- |\n");
        for (ClaimResult c : results) {
            sb.append("| ").append(c.claim()).append(" | ").append(c.loss()).append(" | **").append(c.verdict()).append("** | ")
                    .append(c.evidence().replace("|", "\\|")).append(" |\n");
        }
        for (Compared c : runs) {
            if (c.result().stoppedOnNaN()) {
                sb.append("\nTraining at lambda = ").append(TrainingConfig.fmt(c.lambda()))
                        .append(" stopped on a non-finite value in epoch ").append(c.result().nanEpoch())
                        .append("; the last good weights (epoch ").append(c.result().epochsCompleted()).append(") were analysed.\n");
            }
        }
        if (emb != null && emb.stoppedOnNaN()) {
            sb.append("\nThe k = 2 run stopped on a non-finite value in epoch ").append(emb.nanEpoch()).append(".\n");
        }
        return sb.toString();
    }

    static void writeJson(Path target, TrainOptions o, Setup s, DataMatrix d, List<Compared> runs, List<ClaimResult> results,
                          double procrustes, double procrustesExpected, int epochs, int b, int n, double pcaSeconds,
                          double trainSeconds) {
        ReportJson j = new ReportJson("train-" + s.name(), "train", o.command(), o.seed());
        ObjectNode c = j.config();
        c.put("experiment", s.name()).put("data", d.origin()).put("m", d.m()).put("n", n).put("k", s.k());
        ArrayNode l = c.putArray("lambdas");
        for (double v : s.lambdas()) {
            l.add(v);
        }
        c.put("loss", "L_sigma").put("epochs", epochs).put("batch", b);
        c.put("optimizer", new Adam(1, o.learningRate()).describe());
        c.put("init_sigma", o.initSigma()).put("bias", o.bias());
        c.put("batch_regularization", o.regularization().cliName());
        c.put("batch_regularization_convention", o.regularization().describe());
        ArrayNode le = c.putArray("lambda_effective");
        for (Compared r : runs) {
            le.add(r.lambdaEff());
        }
        c.putObject("criteria").put("cos_tol", COS_TOL).put("procrustes_tol", PROCRUSTES_TOL);
        j.timing("centre_and_svd", pcaSeconds);
        j.timing("training", trainSeconds);
        j.results(results);
        ArrayNode meas = j.root().putArray("measurements");
        for (Compared r : runs) {
            ObjectNode m = meas.addObject();
            m.put("lambda", r.lambda()).put("lambda_effective", r.lambdaEff());
            m.put("epochs_trained", r.result().epochsCompleted()).put("nan_epoch", r.result().nanEpoch());
            m.put("seconds_per_epoch", r.result().secondsPerEpoch());
            ArrayNode a = m.putArray("abs_cos");
            for (double v : r.absCos()) {
                a.add(v);
            }
            ArrayNode w = m.putArray("singular_values_W2");
            for (double v : r.sW2()) {
                w.add(v);
            }
            m.put("full_data_loss_at_lambda_effective", r.fullLoss());
            m.put("full_data_loss_at_lambda", r.fullLossNominal());
        }
        if (!Double.isNaN(procrustes)) {
            ObjectNode e = meas.addObject();
            e.put("embedding_k", 2).put("procrustes_residual", procrustes).put("procrustes_from_compression", procrustesExpected);
        }
        j.write(target);
    }

    static double min(double[] v) {
        double x = Double.POSITIVE_INFINITY;
        for (double d : v) {
            x = Math.min(x, d);
        }
        return x;
    }

    static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    static int countAtLeast(double[] v, double t) {
        int c = 0;
        for (double d : v) {
            if (d >= t) {
                c++;
            }
        }
        return c;
    }

    static String cosList(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v[i]));
        }
        return sb.append("]").toString();
    }
}
