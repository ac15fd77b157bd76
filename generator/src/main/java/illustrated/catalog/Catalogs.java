package illustrated.catalog;

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
                new illustrated.catalog.curse.CurseFigures(),
                new illustrated.catalog.curse.CurseDiagrams(),
                new illustrated.catalog.pca.PcaFigures(),
                new illustrated.catalog.pca.PcaGlyphFigures(),
                new illustrated.catalog.rnn.RnnComputedFigures(),
                new illustrated.catalog.rnn.RnnDiagrams(),
                new illustrated.catalog.lstm.LstmComputedFigures(),
                new illustrated.catalog.lstm.LstmDiagrams());
    }
}
