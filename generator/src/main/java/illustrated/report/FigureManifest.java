package illustrated.report;

import illustrated.build.Problems;
import illustrated.figure.RenderedFigure;
import java.nio.file.Path;
import java.util.Map;

/**
 * The committed figure manifest (SHA-256 of every figure's SVG and data). The default build
 * checks the regenerated figures against it. (Stub: filled in by the reviewers' work.)
 */
public final class FigureManifest {
    /** Where the manifest lives in the repository. */
    public static final String FILE = "generator/figure-manifest.json";

    private FigureManifest() {
    }

    /** Adds a problem for every figure whose SVG or data differ from the committed manifest. */
    public static void check(Path projectDir, Map<String, RenderedFigure> figures, Problems problems) {
        // implemented by the reviewers' tooling
    }
}
