package illustrated.catalog.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.figure.RenderedFigure;
import illustrated.simulation.Dataset;
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

/**
 * Renders every LSTM figure once: well-formed SVG with a title and a description, the promised
 * value names, and the claims the article makes about the computed results (with stated thresholds).
 */
class LstmComputedFiguresTest {
    private static final Map<String, RenderedFigure> FIGURES = new LinkedHashMap<>();

    @BeforeAll
    static void renderAll() {
        Numerics.init();
        for (FigureSpec spec : new LstmComputedFigures().figures()) {
            long t0 = System.nanoTime();
            FIGURES.put(spec.id(), FigureStage.render(spec));
            System.out.printf("%-24s %6d ms%n", spec.id(), (System.nanoTime() - t0) / 1_000_000);
        }
    }

    @Test
    void theContractedFigureIdsExist() {
        assertEquals(List.of("lstm-gradient-check", "adding-problem", "lstm-gates-heatmap", "lstm-cell-heatmap",
                "vanishing-tanh-rnn", "lstm-cell-path", "gradient-cliff"), List.copyOf(FIGURES.keySet()));
    }

    @Test
    void everyFigureIsWellFormedSvgWithTitleAndDescription() throws Exception {
        for (RenderedFigure f : FIGURES.values()) {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(f.svg().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getLocalName(), f.spec().id());
            String title = doc.getElementsByTagNameNS("*", "title").item(0).getTextContent();
            String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
            assertFalse(title.isBlank(), f.spec().id() + " title");
            assertTrue(desc.length() > 150, f.spec().id() + " description is too short: " + desc);
            assertFalse(desc.contains("NaN"), f.spec().id() + " description: " + desc);
        }
    }

    @Test
    void gradientCheckTableHasARowPerParameterBlock() {
        Dataset d = data("lstm-gradient-check");
        List<String> table = d.tables().get("gradient-check");
        assertEquals(16, table.size());
        List<String> params = table.stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("W_z", "W_i", "W_f", "W_o", "R_z", "R_i", "R_f", "R_o", "b_z", "b_i", "b_f", "b_o",
                "p_i", "p_f", "p_o"), params);
        assertTrue(d.value("worst-fd").value() <= 1e-6);
        assertTrue(d.value("worst-samediff").value() <= 1e-6);
    }

    @Test
    void theSimpleRnnFailsAtTheLongestLengthWhileTheLstmLearns() {
        Dataset d = data("adding-problem");
        int last = LstmComputedFigures.ADDING_LENGTHS.get(LstmComputedFigures.ADDING_LENGTHS.size() - 1);
        double baseline = d.value("baseline").value();
        // baseline: mean of (S - 1)^2 over 3 x 500 test sums, standard error sqrt((1/15 - 1/36) / 1500)
        assertEquals(1.0 / 6, baseline, 3 * Math.sqrt((1.0 / 15 - 1.0 / 36) / 1500));
        assertTrue(d.value("mse-rnn-t" + last).value() > 0.7 * baseline,
                "the RNN should not beat 70% of the baseline at T = " + last + ": " + d.value("mse-rnn-t" + last));
        assertTrue(d.value("mse-lstm-t" + last).value() < 0.1 * baseline,
                "the LSTM should reach 10% of the baseline at T = " + last + ": " + d.value("mse-lstm-t" + last));
        for (int t : LstmComputedFigures.ADDING_LENGTHS) {
            assertTrue(d.value("mse-lstm-t" + t).value() < d.value("mse-rnn-t" + t).value(), "T = " + t);
        }
        // the shortest length is learnable by both
        int first = LstmComputedFigures.ADDING_LENGTHS.get(0);
        assertTrue(d.value("mse-rnn-t" + first).value() < 0.2 * baseline, "RNN at T = " + first);
    }

    @Test
    void theTrainedLstmStoresTheMarkedNumbersBehindItsInputGate() {
        Dataset d = data("lstm-gates-heatmap");
        assertTrue(d.value("test-mse").value() < 0.1 / 6, "trained LSTM test MSE " + d.value("test-mse"));
        assertTrue(d.value("memory-i-marked").value() > 0.5, "input gate at the markers " + d.value("memory-i-marked"));
        assertTrue(d.value("memory-i-other").value() < 0.1, "input gate elsewhere " + d.value("memory-i-other"));
        assertEquals(d.value("target").value(), d.value("prediction").value(), 0.25);
        assertEquals(data("lstm-cell-heatmap").values().keySet(), d.values().keySet());
    }

    @Test
    void clippingEndsLowerOnTheCliffThanPlainDescent() {
        Dataset d = data("gradient-cliff");
        assertTrue(d.value("final-loss-clipped").value() < d.value("final-loss-unclipped").value());
        assertTrue(d.value("max-jump-clipped").value() <= 0.01 * 2.0 + 1e-12);
    }

    @Test
    void quotedValueNamesExist() {
        for (String v : List.of("norm-t50-scale0-9", "norm-t50-scale3-0", "bound-t50-scale3-0")) {
            data("vanishing-tanh-rnn").value(v);
        }
        for (String v : List.of("path-t50-bias0", "path-t50-bias1", "path-t50-bias3", "mean-f-bias3")) {
            data("lstm-cell-path").value(v);
        }
        for (String v : List.of("max-grad-norm", "clip-threshold", "final-loss-clipped", "final-loss-unclipped")) {
            data("gradient-cliff").value(v);
        }
    }

    private static Dataset data(String id) {
        return FIGURES.get(id).data();
    }
}
