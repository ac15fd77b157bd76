package illustrated.figure;

import illustrated.simulation.Dataset;
import java.util.Map;

/**
 * The artefacts of one figure: the SVG (null for value sets), its data as CSV files, the provenance
 * record (JSON) and the dataset itself (for values quoted by the prose and data tables).
 */
public record RenderedFigure(FigureSpec spec, Dataset data, String svg, Map<String, String> csv,
        Provenance provenance) {
}
