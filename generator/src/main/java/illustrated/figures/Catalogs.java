package illustrated.figures;

import illustrated.figure.FigureCatalog;
import java.util.ArrayList;
import java.util.List;

/** Every figure catalog of the site. A new article adds its catalog here. */
public final class Catalogs {
    private Catalogs() {
    }

    public static List<FigureCatalog> all() {
        // -Dillustrated.catalogs=a.B,c.D replaces the list (test fixtures, see generator/docs/reviewers.md)
        String chosen = System.getProperty("illustrated.catalogs", "").trim();
        if (!chosen.isEmpty()) {
            List<FigureCatalog> out = new ArrayList<>();
            for (String name : chosen.split(",")) {
                try {
                    out.add((FigureCatalog) Class.forName(name.trim(), true, Catalogs.class.getClassLoader())
                            .getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("catalog class '" + name.trim() + "' (illustrated.catalogs): " + e);
                }
            }
            return out;
        }
        return List.of(
                new illustrated.figures.curse.CurseFigures(),
                new illustrated.figures.curse.CurseDiagrams(),
                new illustrated.figures.pca.PcaFigures(),
                new illustrated.figures.pca.PcaGlyphFigures(),
                new illustrated.figures.rnn.RnnComputedFigures(),
                new illustrated.figures.rnn.RnnDiagrams(),
                new illustrated.figures.lstm.LstmComputedFigures(),
                new illustrated.figures.lstm.LstmDiagrams());
    }
}
