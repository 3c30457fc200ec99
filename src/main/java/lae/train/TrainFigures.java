package lae.train;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

import lae.core.Numbers;
import lae.model.LossKind;
import lae.report.Figures;

/**
 * The figures of the training reports, drawn with {@link Figures} and encoded as PNG here alone: Figure 3 (heat
 * maps of [U V*]^T [U U*]) and Figure 4 (||W1 - W2^T||_F^2 per epoch) of Section 4.2, one panel per schedule side
 * by side; Figures 1 and 2 of Section 4.1 (the decoders' singular vectors as images beside PCA's directions) and
 * the k = 2 embeddings.
 */
final class TrainFigures {
    private static final Color[] HEAT_COLOURS = {Color.BLACK, new Color(200, 0, 0), Color.WHITE};
    private static final String[] PANEL_LETTERS = {"a", "b", "c", "d"};

    private TrainFigures() {
    }

    /** Figure 3 for each schedule's runs (first seed), side by side. */
    static byte[] figure3(List<List<ArtificialRun>> perSchedule, List<String> schedules, int epochs) {
        List<BufferedImage> panels = new ArrayList<>();
        for (int i = 0; i < perSchedule.size(); i++) {
            panels.add(heatMaps(perSchedule.get(i), epochs, schedules.get(i)));
        }
        return Figures.png(Figures.sideBySide(panels));
    }

    /** Figure 4 for each schedule's runs (first seed), side by side. */
    static byte[] figure4(List<List<ArtificialRun>> perSchedule, List<String> schedules) {
        List<BufferedImage> panels = new ArrayList<>();
        for (int i = 0; i < perSchedule.size(); i++) {
            panels.add(Figures.image(asymmetryCurves(perSchedule.get(i), schedules.get(i))));
        }
        return Figures.png(Figures.sideBySide(panels));
    }

    /** Figure 3 under one schedule: the heat maps of L, L_pi, L_sigma and the synthetic loss at w_sigma = 0.5. */
    private static BufferedImage heatMaps(List<ArtificialRun> runs, int epochs, String schedule) {
        List<HeatMapChart> charts = new ArrayList<>();
        int i = 0;
        for (ArtificialRun r : runs) {
            boolean show = r.cfg().loss() != LossKind.SYNTHETIC || r.cfg().wSigma() == 0.5;
            if (!show) {
                continue;
            }
            String name = r.cfg().loss() == LossKind.SYNTHETIC ? "L~ (w_sigma = w_pi = 0.5)" : r.cfg().loss().label();
            charts.add(Figures.heatMap(PANEL_LETTERS[i++] + ") " + name + ", lambda = 10", r.heat(), -1, 1, HEAT_COLOURS, 460, 410));
        }
        return Figures.grid("Figure 3, " + schedule + ": [U V*]^T [U U*] after " + epochs + " epochs", charts, 2);
    }

    /** Figure 4 under one schedule: ||W1 - W2^T||_F^2 per epoch for L_sigma and the synthetic loss (at most 2000 points). */
    private static XYChart asymmetryCurves(List<ArtificialRun> runs, String schedule) {
        Map<String, double[][]> series = new LinkedHashMap<>();
        for (ArtificialRun r : runs) {
            if (r.cfg().loss() != LossKind.L_SIGMA && r.cfg().loss() != LossKind.SYNTHETIC) {
                continue;
            }
            double[] g = r.result().transposeGapSq();
            int len = g.length;
            int stride = Math.max(1, len / 2000);
            int pts = (len + stride - 1) / stride;
            double[] xs = new double[pts];
            double[] ys = new double[pts];
            for (int p = 0; p < pts; p++) {
                int e = Math.min(len - 1, p * stride);
                xs[p] = e + 1;
                ys[p] = g[e];
            }
            String name = r.cfg().loss() == LossKind.L_SIGMA ? "L_sigma" : "L~, w_sigma = " + Numbers.general(r.cfg().wSigma());
            series.put(name, new double[][] {xs, ys});
        }
        return Figures.logLines("Figure 4, " + schedule + ": ||W1 - W2^T||_F^2 per epoch", "epoch", "||W1 - W2^T||_F^2", series,
                1e-30, 720, 500);
    }

    /** Figure 1 or 2: panels of images (each a list of vectors shown as height x width tiles), three per row. */
    static byte[] tiles(String title, List<String> captions, List<double[][]> panels, List<String[]> tileCaptions, int height,
                        int width) {
        return Figures.png(Figures.tiles(title, captions.toArray(new String[0]), panels.toArray(new double[0][][]),
                tileCaptions.toArray(new String[0][]), height, width, 3));
    }

    /**
     * The k = 2 embeddings: one scatter plot of W1 x per run (one run per schedule), then PCA's (u_1 . x, u_2 . x),
     * coloured by label, side by side.
     */
    static byte[] embeddings(String title, List<ImageRun> runs, int[] labels, String[] names) {
        List<XYChart> charts = new ArrayList<>();
        for (ImageRun c : runs) {
            charts.add(scatter("LAE k = 2, " + c.schedule().cliName() + ": W1 x (Procrustes " + Numbers.fixed(c.procrustes(), 3)
                    + ")", "latent 1", "latent 2", c.embedding()[0], c.embedding()[1], labels, names));
        }
        ImageRun last = runs.get(runs.size() - 1);
        charts.add(scatter("PCA: (u1 . x, u2 . x)", "principal component 1", "principal component 2", last.embedding()[2],
                last.embedding()[3], labels, names));
        return Figures.png(Figures.grid(title, charts, charts.size()));
    }

    private static XYChart scatter(String title, String xTitle, String yTitle, double[] x, double[] y, int[] labels, String[] names) {
        return Figures.scatterByLabel(title, xTitle, yTitle, x, y, labels, names, 560, 460);
    }
}
