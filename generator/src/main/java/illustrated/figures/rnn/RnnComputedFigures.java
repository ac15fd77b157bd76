package illustrated.figures.rnn;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/** Figures of the article(s) this catalog serves; see docs/authoring.md. */
public final class RnnComputedFigures implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of();
    }
}
