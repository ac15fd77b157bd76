package illustrated.catalog.rnn;

import illustrated.catalog.FigureContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class RnnDiagramsTest {
    /** The ids the articles place: a contract with the prose. */
    private static final List<String> CONTRACT = List.of("rnn-neurons", "rnn-black-box", "cnn-semantic-vector",
            "rnn-task-types", "dcl-backprop", "parameter-count", "rnn-recurrent", "rnn-unfolded",
            "rnn-computational-graph", "history-timeline", "memory-cell-1997");

    @Test
    void everyContractedIdIsDrawn() {
        FigureContract.assertDrawn(new RnnDiagrams(), CONTRACT);
    }
}
