package illustrated.figures;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** All figure specs by id; fails on a duplicate id, naming both catalogs. */
    public static Map<String, FigureSpec> byId(List<FigureCatalog> catalogs) {
        Map<String, FigureSpec> out = new java.util.LinkedHashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (FigureCatalog c : catalogs) {
            for (FigureSpec f : c.figures()) {
                String prev = owner.put(f.id(), c.getClass().getSimpleName());
                if (prev != null) {
                    throw new IllegalStateException("figure id '" + f.id() + "' is defined twice: in " + prev
                            + " and in " + c.getClass().getSimpleName() + "; rename one of them");
                }
                out.put(f.id(), f);
            }
        }
        return out;
    }

    public static List<FigureSpec> allFigures() {
        return new ArrayList<>(byId(all()).values());
    }
}
