package illustrated.catalog.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.simulation.Numerics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every figure of article A renders to a well-formed SVG with a title and a description, offers the
 * values the article quotes (the contract in {@link CurseFigures}'s javadoc), uses only theme colours,
 * and computes quickly.
 */
class CurseFiguresTest {
    /** The contract with the article's writer: figure id to the value names the prose may quote. */
    static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("oil-flow-scatter", List.of("dims", "points"));
        CONTRACT.put("grid-classifier", List.of("test-class", "empty-cells-d2"));
        CONTRACT.put("grid-cells-growth", List.of("cells-d3", "cells-d12", "empty-share-d3", "empty-share-d12"));
        CONTRACT.put("empty-cells-grids", List.of("occupied-d1", "occupied-d2", "occupied-d3"));
        CONTRACT.put("empty-cell-fraction", List.of("empty-d1", "empty-d2", "empty-d3", "empty-d4", "empty-d5",
                "empty-d6", "theory-d1", "theory-d2", "theory-d3", "theory-d4", "theory-d5", "theory-d6"));
        CONTRACT.put("centre-ball-diameter", List.of("reach-dim", "leave-dim", "diameter-d10", "width"));
        CONTRACT.put("angle-histograms", List.of("mean-d2", "sd-d2", "mean-d3", "sd-d3", "mean-d50", "sd-d50",
                "mean-d100", "sd-d100", "theory-sd-d50", "theory-sd-d100", "sd-d2-disc", "pairs"));
        CONTRACT.put("shell-share", List.of("d90", "d99", "share-d400"));
        CONTRACT.put("ball-radius-histograms", List.of("median-r-d2", "median-r-d100"));
        CONTRACT.put("ball-volume", List.of("max-volume-dim", "max-volume", "ratio-d10"));
        CONTRACT.put("distance-contrast", List.of("contrast-d2", "contrast-d10", "contrast-d100", "contrast-d1000"));
    }

    static final Pattern COLOUR = Pattern.compile("(?<![-\\w])(#[0-9a-fA-F]{6}\\b|rgb\\()");
    static final Pattern VAR = Pattern.compile("var\\(--fig-[a-z0-9]+,#[0-9a-f]{6}\\)");

    static List<RenderedFigure> rendered;
    static Map<String, Long> millis = new LinkedHashMap<>();

    @BeforeAll
    static void renderAll() {
        Numerics.init();
        rendered = new ArrayList<>();
        for (FigureSpec spec : new CurseFigures().figures()) {
            long t0 = System.nanoTime();
            rendered.add(FigureStage.render(spec));
            millis.put(spec.id(), (System.nanoTime() - t0) / 1_000_000);
        }
        StringBuilder sb = new StringBuilder("curse figures, render time (simulation + SVG):\n");
        millis.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-26s %6d ms%n", k, v)));
        System.out.print(sb);
    }

    @Test
    void catalogHoldsExactlyTheContractedFiguresInOrder() {
        List<String> ids = new CurseFigures().figures().stream().map(FigureSpec::id).toList();
        assertEquals(new ArrayList<>(CONTRACT.keySet()), ids);
    }

    @Test
    void everyContractedValueExists() {
        illustrated.catalog.FigureContract.assertValuesReadable(rendered, CONTRACT);
    }

    @Test
    void javadocListsEveryContractedValue() throws Exception {
        // the writer of the article reads the contract in the javadoc: it must not drift from the code
        java.nio.file.Path javaFile = java.nio.file.Path.of("generator/src/main/java/illustrated/catalog/curse/CurseFigures.java");
        if (!java.nio.file.Files.exists(javaFile)) {
            return; // run from another working directory: nothing to compare
        }
        String text = java.nio.file.Files.readString(javaFile);
        String doc = text.substring(0, text.indexOf("public final class CurseFigures"));
        CONTRACT.forEach((id, names) -> {
            assertTrue(doc.contains("{@code " + id + "}"), "javadoc does not list figure " + id);
            names.forEach(n -> assertTrue(doc.contains("{@code " + n + "}"), "javadoc does not list value " + n
                    + " of " + id));
        });
    }

    @Test
    void everyFigureIsWellFormedSvgWithTitleAndDescription() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder db = f.newDocumentBuilder();
        for (RenderedFigure r : rendered) {
            String id = r.spec().id();
            Document doc;
            try {
                doc = db.parse(new ByteArrayInputStream(r.svg().getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                fail(id + ": SVG is not well-formed XML: " + e.getMessage());
                return;
            }
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName(), id);
            String title = text(root, "title");
            String desc = text(root, "desc");
            assertTrue(title.length() > 20, id + ": title too short: '" + title + "'");
            assertTrue(desc.length() > 150, id + ": description too short: '" + desc + "'");
            assertFalse(desc.contains("NaN") || desc.contains("null"), id + ": description: " + desc);
        }
    }

    @Test
    void onlyThemeColours() {
        for (RenderedFigure r : rendered) {
            String stripped = VAR.matcher(r.svg()).replaceAll("");
            Matcher m = COLOUR.matcher(stripped);
            if (m.find()) {
                int at = m.start();
                fail(r.spec().id() + ": a colour outside the theme roles near: "
                        + stripped.substring(Math.max(0, at - 60), Math.min(stripped.length(), at + 30)));
            }
        }
    }

    @Test
    void renderingTwiceGivesTheSameSvg() {
        for (RenderedFigure r : List.of(rendered.get(1), rendered.get(3), rendered.get(6))) {
            assertEquals(r.svg(), FigureStage.render(r.spec()).svg(), r.spec().id() + ": SVG differs between runs");
        }
    }

    private static String text(Element root, String tag) {
        var nodes = root.getElementsByTagNameNS("*", tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
