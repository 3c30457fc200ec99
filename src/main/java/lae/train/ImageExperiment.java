package lae.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lae.core.ClaimResult;
import lae.core.InputException;
import lae.data.ImageDatasets;
import lae.data.LabelledImages;
import lae.numeric.Schedule;
import lae.report.ReportDocument;

/**
 * Section 4.1: the sum-regularised LAE against PCA on real images, under each {@link Schedule} and several
 * seeds. Fashion-MNIST (test set, 10,000 x 784): L_sigma, lambda = 8, k = 9, 200 epochs, batch 32, Figure 1 and
 * the k = 2 embeddings (claim C25). CIFAR-10 (test set, CCIR 601 greyscale, 10,000 x 1024): k = 6, lambda = 5 and
 * 15, 400 epochs, Figure 2 (claim C26). Training charges lambda R to every batch (Keras {@code add_loss}), so it
 * follows the full-data loss with lambda_eff = lambda ceil(n / b) ({@link BatchRegularization}).
 *
 * <p>In layers: the configuration ({@link ImageSetup}) and the data set ({@link ImageDatasets}), the runs
 * ({@link AdamTrainer}), the measurements ({@link ImageMeasurements}: PCA, the landscape check of the Table-1
 * minimum by {@link SumLossMinimum}, every run against PCA by {@link ImageRun}), the verdict rules
 * ({@link ImageLandscapeVerdicts}, {@link ImageTrainingVerdicts}) and the document ({@link ImageReport}).
 */
public final class ImageExperiment {
    private ImageExperiment() {
    }

    /** Figure 1 and the k = 2 embeddings (C25): the report "train/fashion-mnist", or the data set's absence. */
    public static ReportDocument fashionMnist(TrainOptions o) {
        return run(o, ImageSetup.FASHION_MNIST, ImageDatasets.fashionMnist(o.data()));
    }

    /** Figure 2 (C26): the report "train/cifar10", or the data set's absence and how to supply it. */
    public static ReportDocument cifar10(TrainOptions o) {
        return run(o, ImageSetup.CIFAR10, ImageDatasets.cifar10(o.data()));
    }

    private static ReportDocument run(TrainOptions o, ImageSetup s, ImageDatasets.Location at) {
        if (!at.found()) {
            return ImageReport.absent(o, s, at.absent());
        }
        ImageMeasurements ms = measure(o, s, at.read());
        List<ClaimResult> results = new ArrayList<>(ImageLandscapeVerdicts.verdicts(s, ms.minima(), ms.lambdaEff()));
        for (Schedule.Kind kind : o.schedules()) {
            results.addAll(ImageTrainingVerdicts.verdicts(s, ms.runs(), kind));
        }
        return ImageReport.document(o, s, ms, results);
    }

    /** PCA, the landscape checks, and every run trained and measured against PCA. */
    static ImageMeasurements measure(TrainOptions o, ImageSetup s, LabelledImages im) {
        int epochs = s.epochs(o);
        int n = im.count();
        int m = im.dimension();
        if (n <= s.k()) {
            throw new InputException(im.origin() + ": field 'images' = " + n + " is not allowed (allowed: more than k = " + s.k() + ")");
        }
        o.progress().phase(s.name() + ": principal directions (m = " + m + ", n = " + n + ")");
        long t0 = System.nanoTime();
        double[] raw = im.pixels();
        PrincipalDirections pca = PrincipalDirections.of(raw, m, n);
        double[] centred = pca.centred(raw);
        double pcaSeconds = (System.nanoTime() - t0) / 1e9;
        int b = ImageSetup.batch(n);

        o.progress().phase(s.name() + ": landscape (Table-1 minimum, Hessian by blocks)");
        long tl = System.nanoTime();
        Map<String, SumLossMinimum.Result> minima = new LinkedHashMap<>();
        double[] lambdaEff = new double[s.lambdas().length];
        for (int l = 0; l < lambdaEff.length; l++) {
            lambdaEff[l] = o.regularization().effectiveLambda(s.lambdas()[l], b, n);
            for (int k : s.ks()) {
                minima.put(ImageSetup.key(k, s.lambdas()[l]), SumLossMinimum.check(pca, lambdaEff[l], k));
            }
        }
        double landscapeSeconds = (System.nanoTime() - tl) / 1e9;

        List<ImageRun> runs = new ArrayList<>();
        long runsPerSchedule = (long) o.seeds() * s.lambdas().length * s.ks().size();
        o.progress().start(s.name() + ": training", runsPerSchedule * o.schedules().size() * epochs);
        long t1 = System.nanoTime();
        for (Schedule.Kind kind : o.schedules()) {
            Schedule sc = ImageSetup.schedule(o, kind);
            double[] x = sc.keras() ? raw : centred;
            BytePixels pixels = BytePixels.of(x, m, sc.keras() ? null : pca.mean()); // null unless the images are bytes
            for (long seed : o.adamSeeds()) {
                for (double lambda : s.lambdas()) {
                    for (int k : s.ks()) {
                        TrainingConfig c = ImageSetup.config(o, sc, k, lambda, seed, n, epochs);
                        TrainingResult r = AdamTrainer.train(x, pixels, m, n, c, (e, th, l) -> o.progress().step());
                        runs.add(ImageRun.measure(c, r, x, centred, m, n, pca));
                    }
                }
            }
        }
        o.progress().done();
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        return new ImageMeasurements(im, pca, lambdaEff, minima, runs, pcaSeconds, landscapeSeconds, trainSeconds);
    }
}
