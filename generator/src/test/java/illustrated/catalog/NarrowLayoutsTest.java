package illustrated.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.chart.Theme;
import illustrated.chart.histogram.HistogramPanels;
import illustrated.chart.xy.GeometryCharts;
import illustrated.content.FigureFit;
import illustrated.figure.FigureSpec;
import illustrated.figure.FigureStage;
import illustrated.figure.RenderedFigure;
import illustrated.figure.SvgExport;
import illustrated.simulation.Dataset;
import illustrated.simulation.curse.AngleSpread;
import illustrated.simulation.curse.BallRadius;
import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The narrow layouts of the small multiples (issue 11): drawn at a phone's width with every label legible
 * there, the panels stacked one above another, and ids that never clash with the wide rendering's.
 */
class NarrowLayoutsTest {
    /** The column at 390 px (1.25rem padding on each side) and the smallest label size there (issue 11). */
    private static final double PHONE_COLUMN = 390 - 2 * 20;
    private static final Pattern ID = Pattern.compile("\\sid=[\"']([^\"']+)[\"']");
    private static Map<String, RenderedFigure> figures;

    @BeforeAll
    static void render() throws Exception {
        figures = Catalogs.all().stream().flatMap(c -> c.figures().stream()).filter(s -> s.narrow() != null)
                .collect(Collectors.toMap(FigureSpec::id, FigureStage::render));
        Path out = Path.of("target/narrow");
        Files.createDirectories(out);
        for (RenderedFigure f : figures.values()) {
            Files.writeString(out.resolve(f.spec().id() + ".svg"), f.narrowSvg());
        }
    }

    @Test
    void everySmallMultipleHasANarrowLayout() {
        assertEquals(Set.of("angle-histograms", "ball-radius-histograms", "ball-volume", "empty-cells-grids",
                "pca-shadows", "pca-whitening", "pca-curved", "pca-oil-flow-views", "pca-scree", "xor-mlp",
                "bptt-error-heatmap"), figures.keySet());
    }

    @Test
    void narrowRenderingFitsAPhoneColumnWithLegibleLabels() {
        for (RenderedFigure f : figures.values()) {
            FigureSpec.Narrow n = f.spec().narrow();
            assertNotNull(f.narrowSvg(), f.spec().id());
            assertTrue(n.width() <= 360 && n.width() < f.spec().width(), f.spec().id());
            assertTrue(f.narrowSvg().contains("viewBox='0 0 " + n.width() + " " + n.height() + "'"),
                    f.spec().id() + ": " + f.narrowSvg().substring(0, 300));
            // the page draws it at least ratio x 11 px wide: that must fit the column, so nothing scrolls
            double ratio = FigureFit.labelRatio(f.narrowSvg());
            assertTrue(ratio > 0 && ratio * 11 + 1 <= PHONE_COLUMN, f.spec().id() + ": label ratio " + ratio);
            // site.css shows it below 64rem, where the column is at most 40rem (--measure): the wide one
            // (drawn at least ratio x 11 px wide below 40rem, ratio x 12 px above) must scroll at every such width
            double wide = FigureFit.labelRatio(f.svg());
            assertTrue(wide * 11 + 1 > 40 * 16 - 40 && wide * 12 + 1 > 40 * 16, f.spec().id() + ": wide ratio " + wide);
        }
    }

    @Test
    void narrowIdsNeverClashWithTheWideOnes() {
        for (RenderedFigure f : figures.values()) {
            Set<String> wide = ids(f.svg());
            Set<String> narrow = ids(f.narrowSvg());
            assertFalse(narrow.isEmpty());
            String prefix = SvgExport.narrowPrefix(f.spec().id()) + "-";
            for (String id : narrow) {
                assertTrue(id.startsWith(prefix), f.spec().id() + ": narrow id " + id);
                assertFalse(wide.contains(id), f.spec().id() + ": " + id + " in both renderings");
            }
            assertTrue(narrow.contains(prefix + "title") && narrow.contains(prefix + "desc"), f.spec().id());
            assertFalse(f.narrowSvg().contains("<metadata"), "provenance stays with the wide rendering");
        }
    }

    @Test
    void narrowLayoutsStackThePanels() {
        Theme t = Theme.standard();
        AngleSpread.Params a = AngleSpread.Params.standard();
        BallRadius.Params b = BallRadius.Params.standard();
        assertStacked("angle-histograms", a.dims().size(), (g, d) -> HistogramPanels.anglesNarrow(g, d, t, a.dims(),
                a.binDegrees(), width("angle-histograms"), height("angle-histograms")));
        assertStacked("ball-radius-histograms", b.dims().size(), (g, d) -> HistogramPanels.radiiNarrow(g, d, t,
                b.dims(), b.bins(), width("ball-radius-histograms"), height("ball-radius-histograms")));
        assertStacked("ball-volume", 2, (g, d) -> GeometryCharts.ballVolumeNarrow(g, d, t, width("ball-volume"),
                height("ball-volume")));
        for (String id : List.of("empty-cells-grids", "pca-shadows", "pca-whitening", "pca-curved")) {
            assertHeadingsStacked(id);
        }
    }

    private interface Layout {
        List<Rectangle2D> draw(SVGGraphics2D g, Dataset d);
    }

    private static void assertStacked(String id, int panels, Layout layout) {
        RenderedFigure f = figures.get(id);
        SVGGraphics2D g = new SVGGraphics2D(width(id), height(id));
        List<Rectangle2D> boxes = layout.draw(g, f.data());
        assertEquals(panels, boxes.size(), id);
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D box = boxes.get(i);
            assertTrue(box.getMinX() >= 0 && box.getMaxX() <= width(id) && box.getMaxY() <= height(id) + 1e-9,
                    id + " panel " + i + " " + box);
            assertTrue(box.getWidth() >= 0.9 * width(id), id + ": one panel per row, " + box);
            if (i > 0) {
                assertTrue(box.getMinY() >= boxes.get(i - 1).getMaxY() - 1e-9, id + ": panel " + i + " below " + (i - 1));
            }
        }
        if (!id.equals("ball-volume")) {
            assertHeadingsStacked(id);
        }
    }

    /**
     * The exported drawing is stacked: each panel's heading (in the order given, each a regular expression for
     * the start of its text) lower than the one before, all starting in the left half.
     */
    private static void assertHeadingsStacked(String id) {
        double last = -1;
        int from = 0;
        for (String heading : headings(id)) {
            Matcher m = Pattern.compile("<text x='([\\d.]+)' y='([\\d.]+)'[^>]*>" + heading)
                    .matcher(figures.get(id).narrowSvg());
            assertTrue(m.find(from), id + ": heading " + heading);
            from = m.end();
            double y = Double.parseDouble(m.group(2));
            assertTrue(y > last, id + ": " + heading + " at " + y + " after " + last);
            assertTrue(Double.parseDouble(m.group(1)) < width(id) / 2.0, id + ": " + heading + " beside another panel");
            last = y;
        }
    }

    private static List<String> headings(String id) {
        Function<List<Integer>, List<String>> names = dims -> dims.stream().map(d -> "D = " + d + "</text>").toList();
        return switch (id) {
            case "angle-histograms" -> names.apply(AngleSpread.Params.standard().dims());
            case "ball-radius-histograms" -> names.apply(BallRadius.Params.standard().dims());
            case "pca-shadows" -> List.of("[^<]*: variance", "[^<]*: variance", "[^<]*first component: variance");
            case "pca-whitening" -> List.of("centred:", "rotated:", "whitened:");
            case "pca-curved" -> List.of("circle:", "spiral:");
            default -> List.of("D = 1: ", "D = 2: ", "D = 3: ");
        };
    }

    private static int width(String id) {
        return figures.get(id).spec().narrow().width();
    }

    private static int height(String id) {
        return figures.get(id).spec().narrow().height();
    }

    private static Set<String> ids(String svg) {
        Set<String> out = new TreeSet<>();
        Matcher m = ID.matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
