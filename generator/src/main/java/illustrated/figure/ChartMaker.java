package illustrated.figure;

import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import org.jfree.chart.JFreeChart;

/** Turns a dataset into a JFreeChart; the exporter draws it to SVG. */
@FunctionalInterface
public interface ChartMaker {
    JFreeChart chart(Dataset data, Theme theme);
}
