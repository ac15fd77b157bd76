package illustrated.catalog.lstm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureStage;
import illustrated.figure.FigureSpec;
import illustrated.catalog.FigureContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LstmDiagramsTest {
    /** The ids the articles place: a contract with the prose. */
    private static final List<String> CONTRACT = List.of("lstm-circuit", "lstm-circuit-peepholes", "lstm-black-box",
            "lstm-space-odyssey", "chain-rule-one-path", "chain-rule-two-paths", "chain-rule-n-paths",
            "lstm-delta-o", "lstm-delta-c", "lstm-delta-y", "gradient-paths-rnn-lstm", "lstm-unrolled");

    /** Computed figures of the same articles, drawn by LstmComputedFigures (another helper's catalog). */
    private static final List<String> COMPUTED = List.of("lstm-gradient-check", "adding-problem",
            "lstm-gates-heatmap", "lstm-cell-heatmap", "vanishing-tanh-rnn", "lstm-cell-path", "gradient-cliff");

    private static final Path FORWARD = Path.of("content", "rnn", "lstm-forward.md");
    private static final Path BACKPROP = Path.of("content", "rnn", "lstm-backprop.md");

    static Stream<FigureSpec> diagrams() {
        return new LstmDiagrams().figures().stream();
    }

    @Test
    void everyContractedIdIsDrawn() {
        FigureContract.assertDrawn(new LstmDiagrams(), CONTRACT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chain-rule-one-path", "chain-rule-two-paths", "chain-rule-n-paths", "lstm-delta-o",
            "lstm-delta-c", "lstm-delta-y", "gradient-paths-rnn-lstm"})
    void gradientFlowIsPurple(String id) {
        assertTrue(svg(id).contains("var(--fig-gradient"), id + " draws no gradient (purple) arrow");
    }

    @Test
    void peepholesAreBlueAndOnlyWhereThereArePeepholes() {
        assertTrue(svg("lstm-circuit-peepholes").contains("var(--fig-peephole"));
        assertTrue(svg("lstm-space-odyssey").contains("var(--fig-peephole"));
        assertFalse(svg("lstm-circuit").contains("var(--fig-peephole"),
                "the block without peepholes must not draw a peephole");
    }

    @Test
    void articlesPlaceEveryDiagramExactlyOnce() throws IOException {
        List<String> placed = new ArrayList<>();
        placed.addAll(placements(read(FORWARD)));
        placed.addAll(placements(read(BACKPROP)));
        for (String id : CONTRACT) {
            assertEquals(1, placed.stream().filter(id::equals).count(), "'" + id + "' must be placed exactly once");
        }
        Set<String> known = new LinkedHashSet<>(CONTRACT);
        known.addAll(COMPUTED);
        for (String id : placed) {
            assertTrue(known.contains(id), "an article places an unknown figure '" + id + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content/rnn/lstm-forward.md", "content/rnn/lstm-backprop.md"})
    void referencesInAnArticleResolveWithinIt(String file) throws IOException {
        String text = read(Path.of(file));
        Set<String> figs = new LinkedHashSet<>(placements(text));
        for (String ref : all(text, "\\[\\[fig:([a-z0-9-]+)]]")) {
            assertTrue(figs.contains(ref), file + " cites figure '" + ref + "' but does not place it");
        }
        Set<String> eqs = new LinkedHashSet<>();
        for (String label : all(text, "(?m)^\\$\\$ \\{#eq:([a-z0-9-]+)}\\s*$")) {
            assertTrue(eqs.add(label), file + " defines equation '" + label + "' twice");
        }
        for (String ref : all(text, "\\[\\[eq:([a-z0-9-]+)]]")) {
            assertTrue(eqs.contains(ref), file + " cites equation '" + ref + "' which it does not define");
        }
        Set<String> keys = new LinkedHashSet<>(all(text, "(?m)^- ([a-z0-9]+): "));
        for (String ref : all(text, "\\[\\[cite:([a-z0-9]+)]]")) {
            assertTrue(keys.contains(ref), file + " cites '" + ref + "' which is not in its reference list");
        }
        for (String key : keys) {
            assertTrue(text.contains("[[cite:" + key + "]]"), file + " lists reference '" + key + "' but never cites it");
        }
        for (String val : all(text, "\\[\\[val:([a-z0-9-]+)/[a-z0-9-]+]]")) {
            assertTrue(COMPUTED.contains(val), file + " quotes a value of an unknown figure '" + val + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"content/rnn/lstm-forward.md", "content/rnn/lstm-backprop.md"})
    void headerHasTheRequiredFields(String file) throws IOException {
        String text = read(Path.of(file));
        String header = text.substring(0, text.indexOf("~~~~~~"));
        for (String field : List.of("title=", "date=", "type=post", "status=published", "series=rnn",
                "seriesOrder=", "summary=")) {
            assertTrue(header.contains(field), file + " header lacks '" + field + "'");
        }
    }

    private static String svg(String id) {
        FigureSpec spec = diagrams().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no diagram '" + id + "'"));
        return FigureStage.render(spec).svg();
    }

    private static List<String> placements(String text) {
        return all(text, "(?m)^::: (?:figure|table) ([a-z0-9-]+)\\s*$");
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
