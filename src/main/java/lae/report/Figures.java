package lae.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * PNG figures of the reports, drawn with XChart (heat maps with a colour bar, log-scale line plots,
 * scatter plots) or, for image tiles, with Java2D, and encoded as PNG bytes ({@link #png(BufferedImage)})
 * that a {@link ReportDocument} carries and {@link ReportWriter} writes with the report.
 */
public final class Figures {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Ten distinguishable colours for class labels 0..9 (Tableau 10). */
    public static final Color[] LABEL_COLOURS = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207)
    };

    private Figures() {
    }

    /** A heat map of values[row][col] in [min, max] with a continuous colour bar. */
    public static HeatMapChart heatMap(String title, double[][] values, double min, double max, Color[] colours,
                                       int width, int height) {
        int rows = values.length;
        int cols = values[0].length;
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(title).build();
        chart.setXAxisTitle("column");
        chart.setYAxisTitle("row");
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int c = 1; c <= cols; c++) {
            xs.add(c);
        }
        // XChart draws y upwards; list rows top to bottom as in a matrix
        for (int r = rows; r >= 1; r--) {
            ys.add(r);
        }
        List<Number[]> heat = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // clamp to [min, max] and round to 1e-6: XChart 3.8.8 indexes past its colour array when
                // (v - min) / (max - min) rounds to 1 for a v just below the maximum
                double v = Math.max(min, Math.min(max, values[r][c]));
                heat.add(new Number[] {c, rows - 1 - r, Math.rint(v * 1e6) / 1e6});
            }
        }
        chart.addSeries("entries", xs, ys, heat);
        var st = chart.getStyler();
        st.setMin(min);
        st.setMax(max);
        st.setRangeColors(colours);
        st.setPiecewise(false);
        st.setShowValue(false);
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        st.setLegendVisible(true);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(true);
        st.setHeatMapValueDecimalPattern("0.0");
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        st.setXAxisLabelRotation(90);
        return chart;
    }

    /** Lines y(x) with a logarithmic y axis; non-positive values are clamped to {@code floor}. */
    public static XYChart logLines(String title, String xTitle, String yTitle, Map<String, double[][]> series,
                                   double floor, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        var st = chart.getStyler();
        st.setYAxisLogarithmic(true);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setChartBackgroundColor(Color.WHITE);
        st.setMarkerSize(0);
        st.setYAxisDecimalPattern("0.#E0");
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            double[] x = e.getValue()[0];
            double[] y = e.getValue()[1].clone();
            for (int i = 0; i < y.length; i++) {
                if (!(y[i] > floor)) {
                    y[i] = floor;
                }
            }
            XYSeries s = chart.addSeries(e.getKey(), x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineStyle(new BasicStroke(1.6f));
        }
        return chart;
    }

    /** A scatter plot of points (x, y) coloured by integer label 0..9. */
    public static XYChart scatterByLabel(String title, String xTitle, String yTitle, double[] x, double[] y, int[] labels,
                                         String[] labelNames, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        var st = chart.getStyler();
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        st.setMarkerSize(3);
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        st.setChartBackgroundColor(Color.WHITE);
        Map<Integer, List<double[]>> byLabel = new LinkedHashMap<>();
        for (int l = 0; l < 10; l++) {
            byLabel.put(l, new ArrayList<>());
        }
        for (int i = 0; i < x.length; i++) {
            byLabel.computeIfAbsent(labels[i], z -> new ArrayList<>()).add(new double[] {x[i], y[i]});
        }
        for (Map.Entry<Integer, List<double[]>> e : byLabel.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            double[] xs = new double[e.getValue().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = e.getValue().get(i)[0];
                ys[i] = e.getValue().get(i)[1];
            }
            int l = e.getKey();
            String name = labelNames != null && l < labelNames.length ? l + " " + labelNames[l] : String.valueOf(l);
            XYSeries s = chart.addSeries(name, xs, ys);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(LABEL_COLOURS[Math.floorMod(l, LABEL_COLOURS.length)]);
        }
        return chart;
    }

    /** Charts laid out in a grid with a common title above, as one image. */
    public static BufferedImage grid(String title, List<? extends Chart<?, ?>> charts, int cols) {
        int rows = (charts.size() + cols - 1) / cols;
        int w = charts.get(0).getWidth();
        int h = charts.get(0).getHeight();
        int top = title == null ? 0 : 36;
        BufferedImage img = new BufferedImage(cols * w, rows * h + top, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        if (title != null) {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            int tw = g.getFontMetrics().stringWidth(title);
            g.drawString(title, Math.max(4, (img.getWidth() - tw) / 2), 24);
        }
        for (int i = 0; i < charts.size(); i++) {
            BufferedImage c = BitmapEncoder.getBufferedImage(charts.get(i));
            g.drawImage(c, (i % cols) * w, top + (i / cols) * h, null);
        }
        g.dispose();
        return img;
    }

    /**
     * Image tiles: {@code panels[p][t]} is tile t (height x width values) of panel p, drawn in greyscale
     * (each tile scaled to its own range, black = minimum, white = maximum), panels side by side,
     * tiles in a square-ish grid within each panel, one caption per panel and one per tile.
     */
    public static BufferedImage tiles(String title, String[] panelCaptions, double[][][] panels, String[][] tileCaptions,
                                      int height, int width, int scale) {
        int nTiles = panels[0].length;
        int gridCols = (int) Math.ceil(Math.sqrt(nTiles));
        int gridRows = (nTiles + gridCols - 1) / gridCols;
        int tileW = width * scale;
        int tileH = height * scale;
        int capH = 16;
        int pad = 8;
        int panelW = gridCols * (tileW + pad) + pad;
        int panelH = gridRows * (tileH + capH + pad) + pad + 24;
        int top = 34;
        BufferedImage img = new BufferedImage(panels.length * panelW, panelH + top, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, pad, 22);
        for (int p = 0; p < panels.length; p++) {
            int x0 = p * panelW;
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(panelCaptions[p], x0 + pad, top + 16);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int t = 0; t < nTiles; t++) {
                double[] v = panels[p][t];
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double d : v) {
                    lo = Math.min(lo, d);
                    hi = Math.max(hi, d);
                }
                double span = hi > lo ? hi - lo : 1;
                int tx = x0 + pad + (t % gridCols) * (tileW + pad);
                int ty = top + 24 + (t / gridCols) * (tileH + capH + pad);
                for (int r = 0; r < height; r++) {
                    for (int c = 0; c < width; c++) {
                        int grey = (int) Math.round(255 * (v[r * width + c] - lo) / span);
                        g.setColor(new Color(grey, grey, grey));
                        g.fillRect(tx + c * scale, ty + r * scale, scale, scale);
                    }
                }
                g.setColor(Color.BLACK);
                g.drawRect(tx - 1, ty - 1, tileW + 1, tileH + 1);
                g.drawString(tileCaptions[p][t], tx, ty + tileH + capH - 3);
            }
        }
        g.dispose();
        return img;
    }

    /** The PNG encoding of {@code img}: the one place where the toolkit encodes a figure. */
    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG encoding of an XChart chart, drawn at its own size. */
    public static byte[] png(Chart<?, ?> chart) {
        return png(BitmapEncoder.getBufferedImage(chart));
    }

    /** The images left to right on a white background, tops aligned (figures whose panels are drawn apart). */
    public static BufferedImage sideBySide(List<BufferedImage> images) {
        int w = 0;
        int h = 0;
        for (BufferedImage i : images) {
            w += i.getWidth();
            h = Math.max(h, i.getHeight());
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int x = 0;
        for (BufferedImage i : images) {
            g.drawImage(i, x, 0, null);
            x += i.getWidth();
        }
        g.dispose();
        return out;
    }

    /** The image of an XChart chart, drawn at its own size (to be laid out with others before encoding). */
    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }
}
