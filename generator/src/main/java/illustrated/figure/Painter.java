package illustrated.figure;

import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;

/** Draws a diagram with Java2D; the exporter captures it as SVG. */
@FunctionalInterface
public interface Painter {
    void paint(Graphics2D g, Dataset data, Theme theme);
}
