package illustrated.figure;

import java.util.List;

/** The figures (and value sets) that one article uses. One implementation per article. */
public interface FigureCatalog {
    List<FigureSpec> figures();
}
