package illustrated.catalog.lstm;

import illustrated.diagram.DiagramSpec;
import illustrated.diagram.lstm.BlackBoxPainter;
import illustrated.diagram.lstm.ChainRulePainter;
import illustrated.diagram.lstm.CircuitPainter;
import illustrated.diagram.lstm.DeltaFlowPainter;
import illustrated.diagram.lstm.GradientPathsPainter;
import illustrated.diagram.lstm.SpaceOdysseyPainter;
import illustrated.diagram.lstm.UnrolledPainter;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/** Diagrams of articles E (LSTM forward propagation) and F (LSTM back-propagation). */
public final class LstmDiagrams implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of(
                DiagramSpec.of("lstm-circuit", new CircuitPainter(false), CircuitPainter.WIDTH, CircuitPainter.HEIGHT,
                        "An LSTM block drawn as an electronic circuit",
                        "The cell runs as a straight gold highway along the top of the block, from "
                        + "c(t-1) on the left to c(t) on the right, meeting two junctions: a Hadamard product "
                        + "with the forget gate f(t), then a plus, the on-ramp, where the block input z(t) "
                        + "multiplied by the input gate i(t) joins. Below, four units (forget gate, input "
                        + "gate, block input, output gate) each receive the input x(t) from a green bus and the "
                        + "previous output y(t-1) from a blue bus. At the right the cell is squashed by tanh "
                        + "and multiplied by the output gate o(t), giving the output y(t)."),
                DiagramSpec.of("lstm-circuit-peepholes", new CircuitPainter(true), CircuitPainter.WIDTH, CircuitPainter.HEIGHT,
                        "An LSTM block with peephole connections",
                        "The same electronic-circuit block with three peephole connections drawn "
                        + "in blue. One line leaves the highway before the forget junction, where it carries "
                        + "the old cell c(t-1), and feeds the forget gate (weight p_f) and the input gate "
                        + "(weight p_i). A second line leaves the highway after the on-ramp, where it carries "
                        + "the new cell c(t), and feeds the output gate (weight p_o)."),
                DiagramSpec.of("lstm-black-box", new BlackBoxPainter(), BlackBoxPainter.WIDTH, BlackBoxPainter.HEIGHT,
                        "The LSTM block as a black box",
                        "A black box labelled LSTM, block at time t. From the left enter the previous "
                        + "cell c(t-1) (gold) and the previous output y(t-1) (blue), both from time t-1; from "
                        + "below enters the input x(t) (green). To the right leave the new cell c(t) and the new "
                        + "output y(t), both to time t+1; the output y(t) also leaves upwards, to the layer "
                        + "above."),
                DiagramSpec.of("lstm-space-odyssey", new SpaceOdysseyPainter(), SpaceOdysseyPainter.WIDTH, SpaceOdysseyPainter.HEIGHT,
                        "An LSTM block in the style of Greff et al.'s Fig. 1",
                        "The cell c sits in the middle. Below it the block input g receives the input "
                        + "x(t) and the recurrent output y(t-1) and sends z(t) up to a multiplication with the "
                        + "input gate's i(t); the product enters the cell. To the upper right, the old cell "
                        + "c(t-1) leaves along a dashed loop, is multiplied by the forget gate's f(t) and "
                        + "returns to the cell. Above, the new cell c(t) passes the output activation h and is "
                        + "multiplied by the output gate's o(t), giving the output y(t) at the top. Each gate "
                        + "also receives x(t) and y(t-1). Blue peephole lines join the cell to the three gates: "
                        + "dashed to the input and forget gates, which see the old cell, solid to the output "
                        + "gate, which sees the new one. A key on the right explains the symbols."),
                DiagramSpec.of("chain-rule-one-path", new ChainRulePainter(ChainRulePainter.Case.ONE_PATH), ChainRulePainter.WIDTH, ChainRulePainter.HEIGHT,
                        "The chain rule along one path",
                        "Two panels. Forward: x points to y = g(x), which points to z = f(y). Backward: "
                        + "purple arrows run from z to y, labelled dz/dy, and from y to x, labelled dy/dx; "
                        + "underneath, dz/dx = (dz/dy)(dy/dx): one path, one product."),
                DiagramSpec.of("chain-rule-two-paths", new ChainRulePainter(ChainRulePainter.Case.TWO_PATHS), ChainRulePainter.WIDTH, ChainRulePainter.HEIGHT,
                        "The chain rule along two paths",
                        "Two panels. Forward: x1 and x2 both point to u and to v, and u and v both "
                        + "point to z. Backward: two purple paths lead from z to x1, one through u (arrows "
                        + "labelled dz/du and du/dx1) and one through v (dz/dv and dv/dx1); the edges from x2 are "
                        + "greyed out. Underneath, dz/dx1 is written as the sum of the two products, one per "
                        + "path."),
                DiagramSpec.of("chain-rule-n-paths", new ChainRulePainter(ChainRulePainter.Case.N_PATHS), ChainRulePainter.WIDTH, ChainRulePainter.HEIGHT,
                        "The chain rule along n paths",
                        "Two panels. Forward: x points to each of u1, u2, u3, ..., un, which all point "
                        + "to z. Backward: n purple paths lead from z back to x, one through each u_k; the "
                        + "first and the last are labelled with their local derivatives. Underneath, dz/dx "
                        + "is the sum over k from 1 to n of (dz/du_k)(du_k/dx)."),
                DiagramSpec.of("lstm-delta-o", new DeltaFlowPainter(DeltaFlowPainter.Target.OUTPUT_GATE), DeltaFlowPainter.WIDTH, DeltaFlowPainter.height(DeltaFlowPainter.Target.OUTPUT_GATE),
                        "The single flow into the output gate's error",
                        "A row of variables: the output-gate pre-activation o-bar(t), the gate o(t), the "
                        + "output y(t) (which also depends on the cell c(t)) and the loss L, joined by grey "
                        + "forward arrows. One purple path runs back from L to y(t) (the error delta y(t), assumed "
                        + "known for now), from y(t) to o(t) multiplied by h(c(t)), and from o(t) to o-bar(t) "
                        + "multiplied by sigma'(o-bar(t)). Underneath: delta o-bar(t) = delta y(t) times h(c(t)) "
                        + "times sigma'(o-bar(t)), element-wise."),
                DiagramSpec.of("lstm-delta-c", new DeltaFlowPainter(DeltaFlowPainter.Target.CELL), DeltaFlowPainter.WIDTH, DeltaFlowPainter.height(DeltaFlowPainter.Target.CELL),
                        "The five flows into the cell's error",
                        "The cell c(t) is highlighted in the time-t column. Grey arrows lead from it to "
                        + "its five children: the output y(t) and the output-gate pre-activation o-bar(t) at "
                        + "time t, and the input-gate and forget-gate pre-activations i-bar(t+1), f-bar(t+1) and "
                        + "the next cell c(t+1) at time t+1. Five purple arrows bring the children's errors back "
                        + "to c(t), labelled with the local derivatives o(t) times h'(c(t)), p_o, p_i, p_f and "
                        + "f(t+1). Underneath, delta c(t) is written as the sum of the five products."),
                DiagramSpec.of("lstm-delta-y", new DeltaFlowPainter(DeltaFlowPainter.Target.OUTPUT), DeltaFlowPainter.WIDTH, DeltaFlowPainter.height(DeltaFlowPainter.Target.OUTPUT),
                        "The five flows into the output's error",
                        "The output y(t) is highlighted in the time-t column. Grey arrows lead from it "
                        + "up to the layer above (or the loss) and right to the four pre-activations z-bar, "
                        + "i-bar, f-bar and o-bar of time t+1. Purple arrows bring their errors back: Delta(t) "
                        + "from above, and from the next time step the errors multiplied by the transposed "
                        + "recurrent matrices R_z, R_i, R_f and R_o. Underneath, delta y(t) is written as the "
                        + "sum of the five terms."),
                DiagramSpec.of("gradient-paths-rnn-lstm", new GradientPathsPainter(), GradientPathsPainter.WIDTH, GradientPathsPainter.HEIGHT,
                        "The error's way back in time: simple RNN against the LSTM's cell highway",
                        "Two rows of states from step k to step t, with faint forward arrows and purple "
                        + "arrows for the error travelling back. Top, a simple RNN: every purple step is "
                        + "labelled W, because each one multiplies by the same recurrent matrix (and a tanh "
                        + "derivative), so dh(t)/dh(k) is a product of diag(1 - h(j)^2) W. Bottom, the LSTM's "
                        + "cell highway: the purple steps are labelled with the forget gates f(k+1), f(k+2), "
                        + "..., f(t), so the highway part of dc(t)/dc(k) is the diagonal of their element-wise "
                        + "product."),
                DiagramSpec.of("lstm-unrolled", new UnrolledPainter(), UnrolledPainter.WIDTH, UnrolledPainter.HEIGHT,
                        "Three LSTM blocks unfolded in time, joined by one cell highway",
                        "Three blocks side by side for times t-1, t and t+1. A single gold cell highway "
                        + "runs straight through the tops of all three, meeting in each block one "
                        + "multiplication (the forget gate) and one addition (the on-ramp), fed from a grey box "
                        + "of gates below, and giving a branch down that feeds the block's output. The inputs "
                        + "x enter each box from below, and the outputs y hop from one block's box to the "
                        + "next block's box as blue arrows, labelled y(t-1), y(t), y(t+1); the cell values "
                        + "between blocks are labelled c(t-1), c(t), c(t+1)."));
    }
}
