package illustrated.chart.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.fixture.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The slimmer on real JFreeSVG output of site figures (kept in {@code src/test/resources/svg-slimmer}:
 * a line chart with clips and a rotated label, a scatter plot, a diagram with escaped text, histograms).
 * Each result is compared with a golden file; to accept an intended change, run with
 * {@code -Dgolden.update=true} and review the diff. Independently of the golden files, the result must
 * be well-formed SVG, show the same texts, transforms and clips, and be a fixed point.
 */
class SvgOptimiserTest {
    static final Path FIXTURES = Path.of("").toAbsolutePath().resolve("generator/src/test/resources/svg-slimmer");
    private static final Pattern CLIP_REF = Pattern.compile("url\\(#([^)]+)\\)");

    @ParameterizedTest
    @ValueSource(strings = {"rnn-training-loss", "perceptron-separable", "hemisphere-cone", "ball-radius-histograms"})
    void slimsRealFiguresAsTheGoldenFileSays(String figure) throws Exception {
        String raw = Files.readString(FIXTURES.resolve(figure + ".jfreesvg.svg"), StandardCharsets.UTF_8);
        assertEquals(raw, SvgXml.write(SvgXml.parse(raw)), "reading and writing unchanged gives JFreeSVG's text back");

        String slim = SvgOptimiser.slim(raw);
        Golden.check(FIXTURES, figure + ".slim.svg", slim);
        assertEquals(slim, SvgOptimiser.slim(slim), "slimming slim output changes nothing");
        assertTrue(slim.length() < raw.length() * 3 / 4, slim.length() + " vs " + raw.length());

        Document before = parse(raw);
        Document after = parse(slim);
        assertEquals("svg", after.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", after.getDocumentElement().getNamespaceURI());
        assertEquals(texts(before), texts(after), "the same texts in the same order");
        assertEquals(attributeValues(before, "transform"), attributeValues(after, "transform"), "the same transforms");
        assertEquals(clipIds(raw), clipIds(slim), "the same clips are used");
        Set<String> defined = new TreeSet<>(attributeValues(after, "id"));
        for (String id : clipIds(slim)) {
            assertTrue(defined.contains(id), "clip " + id + " is defined");
        }
    }

    @org.junit.jupiter.api.Test
    void malformedInputIsAnErrorNotAGuess() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SvgOptimiser.slim("<svg><g></svg>"));
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void escapesAreWrittenAsJFreeSvgWritesThem() {
        String svg = "<svg id='a'><text x='1' y='2' style='fill:red'>a &lt; b &amp; c&apos;s &quot;d&quot; &gt;</text>"
                + "<rect x='0' y='0' width='1' height='1' style='fill:red'/></svg>";
        assertEquals(svg, SvgXml.write(SvgXml.parse(svg)));
        assertFalse(SvgXml.write(SvgXml.parse("<svg a=\"x'y\"/>")).contains("x'y"), "a quote inside a value is escaped");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document d) {
        NodeList nodes = d.getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The values of an attribute on all elements, in document order. */
    private static List<String> attributeValues(Document d, String attribute) {
        NodeList nodes = d.getElementsByTagName("*");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.hasAttribute(attribute)) {
                out.add(e.getAttribute(attribute));
            }
        }
        return out;
    }

    private static Set<String> clipIds(String svg) {
        Set<String> ids = new TreeSet<>();
        Matcher m = CLIP_REF.matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
