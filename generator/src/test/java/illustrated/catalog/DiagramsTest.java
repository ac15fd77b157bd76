package illustrated.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.chart.Theme;
import illustrated.diagram.LabelBoxes;
import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.catalog.curse.CurseDiagrams;
import illustrated.catalog.lstm.LstmDiagrams;
import illustrated.catalog.rnn.RnnDiagrams;
import illustrated.simulation.Numerics;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** What every drawn figure of every series must satisfy, checked on each diagram of the three diagram catalogs. */
class DiagramsTest {
    /** Two labels may touch by this much (px, in both directions) before they count as colliding. */
    private static final double TOUCH = 0.5;
    /** A fill at least this opaque (0–255) hides the lines drawn before it. */
    private static final int HIDING = 200;

    static Stream<FigureSpec> diagrams() {
        return Stream.of(new CurseDiagrams(), new RnnDiagrams(), new LstmDiagrams())
                .flatMap(c -> c.figures().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void rendersToWellFormedSvgWithTitleAndDescription(FigureSpec spec) throws Exception {
        assertEquals(FigureSpec.Kind.DIAGRAM, spec.kind());
        RenderedFigure f = FigureStage.render(spec);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(f.svg())));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(1, doc.getElementsByTagNameNS("*", "title").getLength(), spec.id() + ": one <title>");
        assertEquals(1, doc.getElementsByTagNameNS("*", "desc").getLength(), spec.id() + ": one <desc>");
        String title = doc.getElementsByTagNameNS("*", "title").item(0).getTextContent();
        String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertFalse(title.isBlank(), spec.id() + " has an empty <title>");
        assertEquals(spec.title(), title, spec.id());
        assertTrue(desc.length() > 120, spec.id() + " needs a real long description, got: " + desc);
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() >= 3, spec.id() + ": labels are missing");
        assertTrue(f.svg().contains("var(--fig-"), spec.id() + " uses no theme roles");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void drawingIsDeterministic(FigureSpec spec) {
        assertEquals(FigureStage.render(spec).svg(), FigureStage.render(spec).svg());
    }

    /** Every colour must be a theme role (a CSS variable), or dark mode cannot recolour it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyColourIsAThemeRole(FigureSpec spec) {
        String svg = FigureStage.render(spec).svg();
        Matcher m = Pattern.compile("(?:fill|stroke|stop-color)\\s*[:=]\\s*['\"]?\\s*([^;'\"]+)").matcher(svg);
        int seen = 0;
        while (m.find()) {
            String v = m.group(1).trim();
            seen++;
            assertTrue(v.startsWith("var(--fig-") || v.equals("none"), spec.id() + ": colour '" + v
                    + "' is not a theme role, near: " + svg.substring(Math.max(0, m.start() - 60), m.end()));
        }
        assertTrue(seen > 10, spec.id() + ": found only " + seen + " colours; did the pattern break?");
    }

    /**
     * No two labels overlap: the ink boxes of every label the pen set (from the painter's own layout,
     * glyph outlines of the Theme's KaTeX fonts) are pairwise disjoint.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void noTwoLabelsCollide(FigureSpec spec) {
        List<LabelBoxes.Label> labels = LabelBoxes.of(() -> FigureStage.render(spec)).labels();
        assertTrue(labels.size() >= 3, spec.id() + ": the pen reported only " + labels.size() + " labels");
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Rectangle2D a = labels.get(i).box();
                Rectangle2D b = labels.get(j).box();
                Rectangle2D both = a.createIntersection(b);
                if (both.getWidth() > TOUCH && both.getHeight() > TOUCH) {
                    clashes.add(String.format(Locale.ROOT, "'%s' %s and '%s' %s", labels.get(i).text(), box(a),
                            labels.get(j).text(), box(b)));
                }
            }
        }
        assertTrue(clashes.isEmpty(), spec.id() + ": labels collide:\n  " + String.join("\n  ", clashes));
    }

    /** Every label lies inside the drawing: the page clips what sticks out (the "…" of rnn-unfolded once did). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void everyLabelLiesInsideTheCanvas(FigureSpec spec) {
        Rectangle2D canvas = new Rectangle2D.Double(0, 0, spec.width(), spec.height());
        for (LabelBoxes.Label l : LabelBoxes.of(() -> FigureStage.render(spec)).labels()) {
            assertTrue(canvas.contains(l.box()), spec.id() + ": '" + l.text() + "' " + box(l.box())
                    + " sticks out of the " + spec.width() + " x " + spec.height() + " drawing");
        }
    }

    /**
     * No label sits on a line: no stroke crosses the ink of a string (shrunk by {@link #TOUCH}), unless a
     * fill of at least {@link #HIDING} opacity drawn after the line and before the string covers it (a
     * label on paper, a tinted node). Strings are taken from the drawing calls, so this sees every word.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void noLabelSitsOnALine(FigureSpec spec) {
        RecordingGraphics g = new RecordingGraphics(spec.width(), spec.height());
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Numerics.init();
        spec.painter().paint(g, spec.simulation().run(spec.params(), spec.seed()), Theme.standard());
        List<RecordingGraphics.Mark> marks = g.marks();
        List<String> clashes = new ArrayList<>();
        for (int t = 0; t < marks.size(); t++) {
            RecordingGraphics.Mark text = marks.get(t);
            if (text.kind() != RecordingGraphics.Kind.TEXT) {
                continue;
            }
            Rectangle2D ink = text.shape().getBounds2D();
            Rectangle2D inner = new Rectangle2D.Double(ink.getX() + TOUCH, ink.getY() + TOUCH,
                    ink.getWidth() - 2 * TOUCH, ink.getHeight() - 2 * TOUCH);
            if (inner.isEmpty()) {
                continue;
            }
            for (int s = 0; s < marks.size(); s++) {
                RecordingGraphics.Mark line = marks.get(s);
                if (line.kind() == RecordingGraphics.Kind.STROKE && line.shape().intersects(inner)
                        && !hidden(marks, s, t, inner) && !decoration(marks, t, s)) {
                    clashes.add(String.format(Locale.ROOT, "'%s' %s crosses a line%s drawn %s it", text.text(), box(ink),
                            box(line.shape().getBounds2D()), s > t ? "after" : "before"));
                }
            }
        }
        assertTrue(clashes.isEmpty(), spec.id() + ": labels on lines:\n  " + String.join("\n  ", clashes));
    }

    /**
     * Whether stroke {@code s} is the typesetter's own mark on string {@code t} (an accent, a radical's bar):
     * the first stroke after the string, with only strings of the same label between them.
     */
    private static boolean decoration(List<RecordingGraphics.Mark> marks, int t, int s) {
        if (s <= t) {
            return false;
        }
        for (int k = t + 1; k < s; k++) {
            if (marks.get(k).kind() != RecordingGraphics.Kind.TEXT) {
                return false;
            }
        }
        return true;
    }

    /** Whether a fill drawn between the line ({@code s}) and the string ({@code t}) hides the line there. */
    private static boolean hidden(List<RecordingGraphics.Mark> marks, int s, int t, Rectangle2D where) {
        for (int k = s + 1; k < t; k++) {
            RecordingGraphics.Mark m = marks.get(k);
            if (m.kind() == RecordingGraphics.Kind.FILL && m.alpha() >= HIDING && m.shape().contains(where)) {
                return true;
            }
        }
        return false;
    }

    private static String box(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.1f,%.1f %.1fx%.1f]", r.getX(), r.getY(), r.getWidth(), r.getHeight());
    }
}
