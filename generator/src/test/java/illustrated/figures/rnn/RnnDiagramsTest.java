package illustrated.figures.rnn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.figure.FigureSpec;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
}
