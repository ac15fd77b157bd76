package illustrated.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract between a figure catalog and its article: the values the prose may quote. */
public final class FigureContract {
    private FigureContract() {
    }

    /** The catalog draws every id of {@code contract} (the figures its articles place). */
    public static void assertDrawn(FigureCatalog catalog, List<String> contract) {
        Set<String> ids = catalog.figures().stream().map(FigureSpec::id).collect(Collectors.toSet());
        for (String id : contract) {
            assertTrue(ids.contains(id), catalog.getClass().getSimpleName() + " lacks '" + id + "', which an article places");
        }
    }

    /** Every value of {@code contract} exists in its rendered figure and reads as a number (no NaN, no blank). */
    public static void assertValuesReadable(List<RenderedFigure> rendered, Map<String, List<String>> contract) {
        for (RenderedFigure f : rendered) {
            for (String name : contract.get(f.spec().id())) {
                assertTrue(f.data().values().containsKey(name), f.spec().id() + " lacks value '" + name + "'");
                String shown = f.data().value(name).formatted();
                assertFalse(shown.isBlank() || shown.contains("NaN") || shown.contains("Infinity"),
                        f.spec().id() + "/" + name + " shows as '" + shown + "'");
            }
        }
    }
}
