package illustrated.figure;

import illustrated.simulation.Dataset;
import java.util.Map;

/**
 * The artefacts of one figure: the SVG (null for value sets), its data as CSV files, the provenance
 * record (JSON), the dataset itself (for values quoted by the prose and data tables) and the SVG of
 * the narrow layout (null when the figure has none).
 */
public record RenderedFigure(FigureSpec spec, Dataset data, String svg, Map<String, String> csv,
        Provenance provenance, String narrowSvg) {
    public RenderedFigure(FigureSpec spec, Dataset data, String svg, Map<String, String> csv, Provenance provenance) {
        this(spec, data, svg, csv, provenance, null);
    }
}
