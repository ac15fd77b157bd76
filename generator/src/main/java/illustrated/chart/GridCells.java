package illustrated.chart;

import illustrated.simulation.Grid;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;

/**
 * A dense grid drawn as vector cells under a plot: each row's runs of equally coloured cells become
 * one rectangle, and all rectangles of one colour one path, so a 121 × 111 surface is a few dozen SVG
 * elements, sharp at any zoom and any device
 * resolution (a raster image stretched over the plot was blurry).
 * Cells are centred on the grid points; runs overlap their neighbours by a fraction of a pixel so no
 * hairline of paper shows between them.
 */
public final class GridCells extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double OVERLAP = 0.5;
    private final transient Grid grid;
    private final transient PaintScale scale;

    public GridCells(Grid grid, PaintScale scale) {
        this.grid = grid;
        this.scale = scale;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
            int rendererIndex, PlotRenderingInfo info) {
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double[] xEdges = edges(xs, domain, area, plot, true);
        double[] yEdges = edges(ys, range, area, plot, false);
        // one path per colour: a few dozen SVG elements however many cells there are
        java.util.Map<Color, Path2D> byColour = new java.util.LinkedHashMap<>();
        for (int r = 0; r < grid.rows(); r++) {
            double top = Math.min(yEdges[r], yEdges[r + 1]);
            double height = Math.abs(yEdges[r + 1] - yEdges[r]) + OVERLAP;
            int c = 0;
            while (c < grid.cols()) {
                Color colour = (Color) scale.getPaint(grid.at(r, c));
                int end = c + 1;
                while (end < grid.cols() && colour.equals(scale.getPaint(grid.at(r, end)))) {
                    end++;
                }
                if (colour.getAlpha() > 0) {
                    double left = Math.min(xEdges[c], xEdges[end]);
                    double width = Math.abs(xEdges[end] - xEdges[c]) + OVERLAP;
                    byColour.computeIfAbsent(colour, k -> new Path2D.Double())
                            .append(new Rectangle2D.Double(left, top, width, height), false);
                }
                c = end;
            }
        }
        Shape clip = g2.getClip();
        Object aa = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g2.clip(area);
        // crisp edges: antialiased edges of touching cells let the paper show through as hairlines
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        byColour.forEach((colour, path) -> {
            g2.setPaint(colour);
            g2.fill(path);
        });
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        g2.setClip(clip);
    }

    /** Java2D coordinates of the n + 1 cell boundaries around n evenly or unevenly spaced centres. */
    private static double[] edges(double[] centres, ValueAxis axis, Rectangle2D area, XYPlot plot, boolean domain) {
        int n = centres.length;
        double[] out = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double v;
            if (n == 1) {
                v = centres[0] + (i == 0 ? -0.5 : 0.5);
            } else if (i == 0) {
                v = centres[0] - (centres[1] - centres[0]) / 2;
            } else if (i == n) {
                v = centres[n - 1] + (centres[n - 1] - centres[n - 2]) / 2;
            } else {
                v = (centres[i - 1] + centres[i]) / 2;
            }
            out[i] = axis.valueToJava2D(v, area, domain ? plot.getDomainAxisEdge() : plot.getRangeAxisEdge());
        }
        return out;
    }
}
