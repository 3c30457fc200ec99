package lae.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import lae.core.Tolerance;
import lae.explore.SyntheticExplorer.AdamTrace;
import lae.explore.SyntheticExplorer.Cell;
import lae.explore.SyntheticExplorer.Point;
import lae.explore.SyntheticExplorer.Result;
import lae.report.Figures;

/** The two figures of the report "explore/synthetic": the asymmetry at the critical points found, and Adam's traces. */
final class ExploreFigures {
    private ExploreFigures() {
    }

    static XYChart asymmetryChart(Result r) {
        XYChart chart = new XYChartBuilder().width(900).height(560)
                .title("Asymmetry ||W1 - W2^T|| / (1 + |P|) at critical points (x: w_sigma, 0 drawn at 1e-5)")
                .xAxisTitle("w_sigma").yAxisTitle("relative asymmetry").build();
        var st = chart.getStyler();
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        st.setXAxisLogarithmic(true);
        st.setYAxisLogarithmic(true);
        st.setChartBackgroundColor(java.awt.Color.WHITE);
        st.setLegendPosition(Styler.LegendPosition.OutsideS);
        st.setLegendLayout(Styler.LegendLayout.Horizontal);
        st.setYAxisDecimalPattern("0.#E0");
        st.setMarkerSize(6);
        double floor = 1e-17;
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        for (Cell c : r.cells()) {
            double x = c.wSigma() == 0 ? 1e-5 : c.wSigma();
            for (Point p : c.converged()) {
                series.computeIfAbsent("Newton points", k -> new ArrayList<>()).add(new double[] {x, Math.max(floor, p.asymmetry())});
                if (p.probeGradient() <= Tolerance.GAUGE_PROBE.value()) {
                    series.computeIfAbsent("critical gauge-probe points", k -> new ArrayList<>())
                            .add(new double[] {x * 1.15, Math.max(floor, p.probeAsymmetry())});
                }
            }
        }
        List<double[]> tol = List.of(new double[] {1e-5, Tolerance.ASYMMETRY.value()}, new double[] {1, Tolerance.ASYMMETRY.value()});
        for (Map.Entry<String, List<double[]>> e : series.entrySet()) {
            double[] xs = e.getValue().stream().mapToDouble(v -> v[0]).toArray();
            double[] ys = e.getValue().stream().mapToDouble(v -> v[1]).toArray();
            chart.addSeries(e.getKey(), xs, ys);
        }
        XYSeries t = chart.addSeries("tolerance", tol.stream().mapToDouble(v -> v[0]).toArray(),
                tol.stream().mapToDouble(v -> v[1]).toArray());
        t.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        t.setMarker(SeriesMarkers.NONE);
        return chart;
    }

    static java.awt.image.BufferedImage adamChart(Result r) {
        Map<String, double[][]> a = new LinkedHashMap<>();
        Map<String, double[][]> d = new LinkedHashMap<>();
        for (AdamTrace t : r.adam()) {
            a.put("w_sigma=" + ExploreAnalysis.fmt(t.wSigma()), new double[][] {t.epochs(), t.asymmetry()});
            d.put("w_sigma=" + ExploreAnalysis.fmt(t.wSigma()), new double[][] {t.epochs(), t.orbitDistance()});
        }
        XYChart top = Figures.logLines("Adam, Section 4.2 data, lambda = " + (r.adam().isEmpty() ? "-" : ExploreAnalysis.fmt(r.adam().get(0).lambda()))
                + ": ||W1 - W2^T||_F", "epoch", "||W1 - W2^T||_F", a, 1e-16, 1000, 450);
        XYChart bottom = Figures.logLines("distance to the nearest critical point found, modulo O(k) (an upper bound at w_sigma = 0)",
                "epoch", "distance", d, 1e-16, 1000, 450);
        return Figures.grid("Adam beside the Newton census", List.of(top, bottom), 1);
    }
}
