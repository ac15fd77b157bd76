package illustrated.figures.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class RnnDiagramsTest {
    /** The ids the articles place: a contract with the prose. */
    private static final List<String> CONTRACT = List.of("rnn-neurons", "rnn-black-box", "cnn-semantic-vector",
            "rnn-task-types", "dcl-backprop", "parameter-count", "rnn-recurrent", "rnn-unfolded",
            "rnn-computational-graph", "history-timeline", "memory-cell-1997");

    static Stream<FigureSpec> diagrams() {
        return new RnnDiagrams().figures().stream();
    }

    @Test
    void everyContractedIdIsDrawn() {
        Set<String> ids = diagrams().map(FigureSpec::id).collect(Collectors.toSet());
        for (String id : CONTRACT) {
            assertTrue(ids.contains(id), "RnnDiagrams lacks '" + id + "', which an article places");
        }
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
        String title = doc.getElementsByTagNameNS("*", "title").item(0).getTextContent();
        String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
        assertFalse(title.isBlank(), spec.id() + " has an empty <title>");
        assertTrue(desc.length() > 80, spec.id() + " needs a real long description, got: " + desc);
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > 0, spec.id() + " has no text labels");
        assertTrue(f.svg().contains("var(--fig-"), spec.id() + " uses no theme roles");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void drawingIsDeterministic(FigureSpec spec) {
        assertEquals(FigureStage.render(spec).svg(), FigureStage.render(spec).svg());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void onlyThemeColoursAreUsed(FigureSpec spec) {
        String svg = FigureStage.render(spec).svg();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![,(])#[0-9a-f]{6}\\b").matcher(svg);
        // a bare hex colour (not the fallback inside var(--fig-x,#hex)) would not follow dark mode
        if (m.find()) {
            int at = m.start();
            throw new AssertionError(spec.id() + " uses a non-theme colour " + m.group() + " near: "
                    + svg.substring(Math.max(0, at - 60), Math.min(svg.length(), at + 20)));
        }
    }
}
