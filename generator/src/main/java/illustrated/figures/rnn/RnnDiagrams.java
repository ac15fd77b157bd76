package illustrated.figures.rnn;

import illustrated.diagram.rnn.NeuronNets;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/** The drawn (not computed) figures of the RNN series, articles B, C and D; see docs/authoring.md. */
public final class RnnDiagrams implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of(
                FigureSpec.diagram("rnn-neurons")
                        .paint((g, d, t) -> NeuronNets.rnnNeurons(g, t))
                        .size(720, 430)
                        .title("A simple RNN drawn as neurons")
                        .description("Three input neurons at the bottom, four hidden neurons in the middle and two output "
                                + "neurons at the top, densely connected upwards. Curved arrows join every hidden "
                                + "neuron to every hidden neuron, itself included: the recurrent connections.")
                        .build());
    }
}
