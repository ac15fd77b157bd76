package illustrated.diagram;

import illustrated.figure.FigureSpec;
import illustrated.figure.Painter;

/** The figure spec of a diagram that needs no simulation: what the series' diagram catalogs list. */
public final class DiagramSpec {
    private DiagramSpec() {
    }

    /** A drawn figure: its id, painter, canvas size and accessible text (title and long description). */
    public static FigureSpec of(String id, Painter painter, int width, int height, String title, String description) {
        return FigureSpec.diagram(id).paint(painter).size(width, height).title(title).description(description).build();
    }
}
