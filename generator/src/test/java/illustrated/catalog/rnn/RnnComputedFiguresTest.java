package illustrated.catalog.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.simulation.Numerics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class RnnComputedFiguresTest {
    /** The contract with the prose (see the javadoc of RnnComputedFigures). */
    private static final Map<String, List<String>> CONTRACT = new LinkedHashMap<>();

    static {
        CONTRACT.put("weather-series", List.of("steps-96h", "channels"));
        CONTRACT.put("rnn-training-loss", List.of("final-loss-full", "final-loss-truncated", "hidden", "steps"));
        CONTRACT.put("bptt-error-heatmap", List.of("seq-len", "decay-per-step"));
        CONTRACT.put("rnn-gradient-check", List.of("worst-fd", "worst-samediff"));
        CONTRACT.put("perceptron-separable", List.of("epochs-to-converge"));
        CONTRACT.put("perceptron-xor", List.of("min-errors"));
        CONTRACT.put("xor-mlp", List.of("final-loss", "epochs"));
        CONTRACT.put("deep-net-gradients", List.of("ratio-sigmoid", "ratio-tanh", "ratio-relu", "layers"));
    }

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void everyFigureBuildsAsAccessibleWellFormedSvgAndKeepsTheContract() throws Exception {
        List<FigureSpec> specs = new RnnComputedFigures().figures();
        assertEquals(CONTRACT.keySet().stream().toList(), specs.stream().map(FigureSpec::id).toList());
        for (FigureSpec spec : specs) {
            long t0 = System.nanoTime();
            RenderedFigure f = FigureStage.render(spec);
            System.out.printf("%-24s %6d ms%n", spec.id(), (System.nanoTime() - t0) / 1_000_000);
            for (String v : CONTRACT.get(spec.id())) {
                assertNotNull(f.data().values().get(v), spec.id() + " lacks value " + v);
            }
            assertNotNull(f.svg(), spec.id());
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(f.svg().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
            String title = doc.getElementsByTagNameNS("*", "title").item(0).getTextContent();
            String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
            assertFalse(title.isBlank(), spec.id() + " title");
            assertTrue(desc.length() > 120, spec.id() + " description too short: " + desc);
            assertFalse(desc.contains("NaN"), spec.id() + " description quotes NaN");
        }
    }

    @Test
    void gradientCheckTableIsInTheDataset() {
        FigureSpec spec = new RnnComputedFigures().figures().stream()
                .filter(s -> s.id().equals("rnn-gradient-check")).findFirst().orElseThrow();
        RenderedFigure f = FigureStage.render(spec);
        List<String> table = f.data().tables().get("gradient-check");
        assertNotNull(table);
        assertEquals(6, table.size());
        assertTrue(f.csv().keySet().stream().anyMatch(k -> k.contains("gradient-check")),
                "the table should be published as CSV too; have " + f.csv().keySet());
    }
}
