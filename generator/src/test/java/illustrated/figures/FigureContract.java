package illustrated.figures;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.RenderedFigure;
import java.util.List;
import java.util.Map;

/** The contract between a figure catalog and its article: the values the prose may quote. */
public final class FigureContract {
    private FigureContract() {
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
