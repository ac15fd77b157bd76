package illustrated.figures.lstm;

import illustrated.diagram.lstm.BlackBoxPainter;
import illustrated.diagram.lstm.CircuitPainter;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/** Diagrams of articles E (LSTM forward propagation) and F (LSTM back-propagation). */
public final class LstmDiagrams implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of(
                FigureSpec.diagram("lstm-circuit")
                        .paint(new CircuitPainter(false))
                        .size(CircuitPainter.WIDTH, CircuitPainter.HEIGHT)
                        .title("An LSTM block drawn as an electronic circuit")
                        .description("The cell runs as a straight gold highway along the top of the block, from "
                                + "c(t-1) on the left to c(t) on the right, meeting two junctions: a Hadamard product "
                                + "with the forget gate f(t), then a plus, the on-ramp, where the block input z(t) "
                                + "multiplied by the input gate i(t) joins. Below, four units (forget gate, input "
                                + "gate, block input, output gate) each receive the input x(t) from a green bus and the "
                                + "previous output y(t-1) from a blue bus. At the right the cell is squashed by tanh "
                                + "and multiplied by the output gate o(t), giving the output y(t).")
                        .build(),
                FigureSpec.diagram("lstm-circuit-peepholes")
                        .paint(new CircuitPainter(true))
                        .size(CircuitPainter.WIDTH, CircuitPainter.HEIGHT)
                        .title("An LSTM block with peephole connections")
                        .description("The same electronic-circuit block with three peephole connections drawn "
                                + "in blue. One line leaves the highway before the forget junction, where it carries "
                                + "the old cell c(t-1), and feeds the forget gate (weight p_f) and the input gate "
                                + "(weight p_i). A second line leaves the highway after the on-ramp, where it carries "
                                + "the new cell c(t), and feeds the output gate (weight p_o).")
                        .build(),
                FigureSpec.diagram("lstm-black-box")
                        .paint(new BlackBoxPainter())
                        .size(BlackBoxPainter.WIDTH, BlackBoxPainter.HEIGHT)
                        .title("The LSTM block as a black box")
                        .description("A black box labelled LSTM, block at time t. From the left enter the previous "
                                + "cell c(t-1) (gold) and the previous output y(t-1) (blue), both from time t-1; from "
                                + "below enters the input x(t) (green). To the right leave the new cell c(t) and the new "
                                + "output y(t), both to time t+1; the output y(t) also leaves upwards, to the layer "
                                + "above.")
                        .build());
    }
}
