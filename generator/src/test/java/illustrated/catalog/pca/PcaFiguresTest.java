package illustrated.catalog.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import illustrated.chart.FontCoverage;
import illustrated.chart.Theme;
import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.simulation.Numerics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every figure of the PCA article renders to well-formed SVG with a title and a description, offers the
 * values the article quotes (the contract in the catalogs' javadoc), uses only theme colours and text its
 * fonts can draw, and renders the same twice.
 */
class PcaFiguresTest {
    static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("pca-oil-flow-views", List.of("dims", "points", "raw2-share", "pc2-share", "knn-raw2", "knn-pc2",
                "knn-all"));
        CONTRACT.put("pca-shadows", List.of("var-1", "var-2", "var-3", "angle-3", "best-angle", "points"));
        CONTRACT.put("pca-variance-by-angle", List.of("scan-max-angle", "eigen-angle", "true-angle", "lambda1", "lambda2",
                "var-x", "var-y", "cov-xy", "formula-gap", "step"));
        CONTRACT.put("pca-lagrange", List.of("gap-best", "gap-other", "other-angle", "f-other"));
        CONTRACT.put("pca-residuals", List.of("mean-sq-residual", "lambda2", "kept-share", "gap"));
        CONTRACT.put("pca-svd-precision", List.of("cov-error-e4", "svd-error-e4", "cov-error-e6", "svd-error-e6",
                "svd-error-e10", "cov-lost-eps", "unit-roundoff", "points"));
        CONTRACT.put("pca-whitening", List.of("cov-xy", "correlation", "rotated-cov", "whitened-error", "sd1", "sd2"));
        CONTRACT.put("pca-curved", List.of("circle-pc1-share", "spiral-pc1-share", "spiral-neighbours", "line-neighbours",
                "neighbours", "points"));
        CONTRACT.put("pca-spiral-unrolled", List.of());
        CONTRACT.put("pca-scree", List.of("oil-elbow", "oil-cum2", "oil-share3", "glyph-share1", "glyph-k90", "glyph-dims"));
        CONTRACT.put("pca-glyph-gallery", List.of("count", "size", "dims", "shown", "shown-share"));
        CONTRACT.put("pca-glyph-reconstructions", List.of("error-k1", "error-k5", "error-k20", "error-k50", "kept-k50",
                "held-out"));
        CONTRACT.put("pca-reconstruction-error", List.of("gap", "k90", "k99", "kept-k10", "kept-k50", "count"));
        CONTRACT.put("pca-agreement", List.of("exact-dims", "exact-largest", "lapack-exact-value", "lapack-exact-vector",
                "power-exact-value", "power-exact-vector", "routes-value", "routes-vector", "power-glyph-value",
                "power-glyph-vector", "power-leading", "power-iterations", "orthogonality"));
    }

    static final Pattern COLOUR = Pattern.compile("(?<![-\\w])(#[0-9a-fA-F]{6}\\b|rgb\\()");
    static final Pattern VAR = Pattern.compile("var\\(--fig-[a-z0-9]+,#[0-9a-f]{6}\\)");

    static List<RenderedFigure> rendered;

    static List<FigureSpec> specs() {
        List<FigureSpec> all = new ArrayList<>(new PcaFigures().figures());
        all.addAll(new PcaGlyphFigures().figures());
        return all;
    }

    @BeforeAll
    static void renderAll() {
        Numerics.init();
        rendered = new ArrayList<>();
        for (FigureSpec spec : specs()) {
            rendered.add(FigureStage.render(spec));
        }
    }

    @Test
    void catalogsHoldExactlyTheContractedFigures() {
        assertEquals(new java.util.TreeSet<>(CONTRACT.keySet()),
                new java.util.TreeSet<>(specs().stream().map(FigureSpec::id).toList()));
    }

    @Test
    void everyContractedValueExistsAndReads() {
        illustrated.catalog.FigureContract.assertValuesReadable(rendered, CONTRACT);
    }

    @Test
    void javadocListsEveryContractedValue() throws Exception {
        Path dir = Path.of("generator/src/main/java/illustrated/catalog/pca");
        if (!Files.isDirectory(dir)) {
            return; // run from another working directory: nothing to compare
        }
        String doc = Files.readString(dir.resolve("PcaFigures.java")) + Files.readString(dir.resolve("PcaGlyphFigures.java"));
        CONTRACT.forEach((id, names) -> {
            assertTrue(doc.contains("{@code " + id + "}"), "javadoc does not list figure " + id);
            names.forEach(n -> assertTrue(doc.contains("{@code " + n + "}"), "javadoc does not list value " + n + " of " + id));
        });
    }

    @Test
    void everyPictureIsWellFormedSvgWithThemeColoursAndDrawableText() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (RenderedFigure r : rendered) {
            String id = r.spec().id();
            if (r.spec().kind() == FigureSpec.Kind.VALUES) {
                assertEquals(null, r.svg(), id);
                continue;
            }
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.svg().getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            assertEquals("svg", root.getLocalName(), id);
            String title = root.getElementsByTagNameNS("*", "title").item(0).getTextContent();
            String desc = root.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
            assertTrue(title.length() > 20, id + ": title '" + title + "'");
            assertTrue(desc.length() > 150 && !desc.contains("NaN") && !desc.contains("null"), id + ": description '" + desc + "'");
            Matcher m = COLOUR.matcher(VAR.matcher(r.svg()).replaceAll(""));
            if (m.find()) {
                fail(id + ": a colour outside the theme roles at " + m.start());
            }
            assertEquals(List.of(), FontCoverage.gaps(r.svg(), Theme.standard()), id + ": text the chart fonts cannot draw");
        }
    }

    @Test
    void renderingTwiceGivesTheSameSvg() {
        for (RenderedFigure r : rendered) {
            if (List.of("pca-shadows", "pca-lagrange", "pca-glyph-gallery").contains(r.spec().id())) {
                assertEquals(r.svg(), FigureStage.render(r.spec()).svg(), r.spec().id());
            }
        }
    }
}
