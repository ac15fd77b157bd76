package illustrated.catalog.rnn;

import illustrated.diagram.DiagramSpec;
import illustrated.diagram.rnn.Backprop;
import illustrated.diagram.rnn.BlackBoxes;
import illustrated.diagram.rnn.ComputationalGraph;
import illustrated.diagram.rnn.History;
import illustrated.diagram.rnn.NeuronNets;
import illustrated.diagram.rnn.TaskTypes;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The drawn (not computed) figures of the RNN series, articles B, C and D; see generator/docs/authoring.md.
 * The painters live in {@code illustrated.diagram.rnn}; this catalog gives each one its id, size
 * and accessible text.
 */
public final class RnnDiagrams implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        List<FigureSpec> out = new ArrayList<>();
        out.addAll(prerequisites());
        out.addAll(simpleRnn());
        out.addAll(history());
        return List.copyOf(out);
    }

    /** Article B. */
    static List<FigureSpec> prerequisites() {
        return List.of(
                DiagramSpec.of("rnn-neurons", (g, d, t) -> NeuronNets.rnnNeurons(g, t), 720, 430,
                        "A simple RNN drawn as neurons",
                        "Three input neurons x1 to x3 at the bottom, four hidden neurons h1 to h4 in the "
                        + "middle and two output neurons y-hat 1 and y-hat 2 at the top, densely connected "
                        + "upwards. Blue curved arrows join every hidden neuron to every hidden neuron, itself "
                        + "included: the recurrent connections, whose values are used at the next time step."),
                DiagramSpec.of("rnn-black-box", (g, d, t) -> BlackBoxes.rnnBlackBox(g, t), 720, 350,
                        "The same simple RNN as neurons and as a black box with a loop",
                        "Left: the small RNN of three input, four hidden and two output neurons with its "
                        + "recurrent connections. Right, after an equals sign: the usual abstract drawing, an "
                        + "input vector x(t) entering a black box labelled RNN, an output vector y-hat(t) "
                        + "leaving it, and a loop arrow on the box that carries the hidden state h(t-1) back "
                        + "into it."),
                DiagramSpec.of("cnn-semantic-vector", (g, d, t) -> BlackBoxes.cnnSemanticVector(g, t), 840, 340,
                        "A CNN maps an image to a semantic vector, and a classifier maps that to dog or cat",
                        "A three-channel 150 by 150 image passes through a feature-extraction part of "
                        + "shrinking, deepening feature maps (convolution and pooling) and comes out as a "
                        + "single column vector, the semantic vector. A small densely connected classifier "
                        + "maps the vector to two outputs, dog and cat, written as (1, 0) or (0, 1). Below: the "
                        + "whole network is one mapping f from R to the 3 times 150 times 150 into R squared."),
                DiagramSpec.of("rnn-task-types", (g, d, t) -> TaskTypes.paint(g, t), 916, 616,
                        "Six kinds of RNN task, drawn as unrolled RNNs",
                        "Six panels, each an RNN unrolled over a few time steps with green input squares "
                        + "at the bottom, blue RNN cells in the middle passing their hidden state to the right, "
                        + "and orange output squares on top. Many-to-one: four words of a post in, one "
                        + "sentiment out at the end. One-to-many: one first note in, a note out at every step, "
                        + "each output fed back as the next input. Many-to-many: a tag (name or not) for every "
                        + "word of 'Teddy Roosevelt was great'. Sequence-to-sequence: an encoder reads 'Ich mag "
                        + "Katzen', hands its hidden state to a decoder that writes 'I like cats', reading its "
                        + "own previous word. Bidirectional: one row of cells runs left to right, another right "
                        + "to left, and each output reads both. Image captioning: a CNN turns an image into a "
                        + "semantic vector that starts a one-to-many RNN writing 'a dog on grass'."));
    }

    /** Article C. */
    static List<FigureSpec> simpleRnn() {
        return List.of(
                DiagramSpec.of("dcl-backprop", (g, d, t) -> Backprop.dclBackprop(g, t), 860, 410,
                        "Errors flowing back through densely connected layers",
                        "Four layers of neurons, three inputs, two hidden layers of four and two outputs, "
                        + "joined by light grey forward connections and followed by a loss node L. Purple arrows "
                        + "run backwards: from the loss to both outputs, from both outputs to the second neuron "
                        + "of hidden layer 2 (its error delta 2), and from all four neurons of hidden layer 2 to "
                        + "the third neuron of hidden layer 1 (delta 3). To compute one neuron's error you need "
                        + "the errors of every neuron it feeds in the next layer."),
                DiagramSpec.of("parameter-count", (g, d, t) -> Backprop.parameterCount(g, t), 880, 345,
                        "Counting parameters: a small dense net and a simple RNN",
                        "Left: a densely connected net with 3 inputs, 4 hidden and 2 output neurons; 3 times 4 "
                        + "weights plus 4 biases is 16, 4 times 2 weights plus 2 biases is 10, 26 parameters in "
                        + "all. Right: the simple RNN with the same layer sizes drawn as its parameter matrices, "
                        + "one row per receiving neuron: W_h (Goodfellow's U) 4 by 3, 12 numbers; R_h "
                        + "(Goodfellow's W) 4 by 4, 16; bias b, 4; V 2 by 4, 8; bias c, 2; 42 parameters, the "
                        + "same at every time step."),
                DiagramSpec.of("rnn-recurrent", (g, d, t) -> NeuronNets.rnnRecurrent(g, t), 920, 350,
                        "The recurrent connections, one hidden neuron at a time",
                        "Four copies of a small RNN with three input, four hidden and two output neurons. In "
                        + "copy k, blue arrows leave hidden neuron h_k and reach all four hidden neurons, itself "
                        + "included: the value of h_k at time t-1 feeds every hidden neuron at time t. Together "
                        + "the four copies show 16 recurrent weights, the 4 by 4 matrix R_h."),
                DiagramSpec.of("rnn-unfolded", (g, d, t) -> NeuronNets.rnnUnfolded(g, t), 1000, 400,
                        "Unfolding a simple RNN over time",
                        "Left: the small RNN with a loop on its hidden layer (folded). An arrow labelled "
                        + "unfold leads to three copies of the same network for time steps t-1, t and t+1, each "
                        + "with its input x, hidden state h and output y-hat. Blue lines join every hidden neuron "
                        + "of one step to every hidden neuron of the next step; dots on both ends show that the "
                        + "chain goes on. The copies share one set of parameters."),
                DiagramSpec.of("rnn-computational-graph", (g, d, t) -> ComputationalGraph.paint(g, t), 900, 545,
                        "Two time steps of a simple RNN as a computational graph, with the gradient flowing back",
                        "Nodes for time steps 1 and 2, bottom to top: input x(t), hidden state h(t), output "
                        + "o(t), loss L(t) with its target y(t) beside it; h(0) on the left. Forward arrows are "
                        + "labelled with the parameter they use: W_h from x to h, R_h from one hidden state to the "
                        + "next, V from h to o. Purple arrows run backwards from each loss to its output and from "
                        + "each output to its hidden state, and from h(2) back to h(1), so the gradient at h(1) "
                        + "collects two contributions: R_h transposed times diag(1 - h(2) squared) times the "
                        + "gradient at h(2), plus V transposed times the gradient at o(1)."),
                DiagramSpec.of("rnn-black-box-c", (g, d, t) -> BlackBoxes.rnnBlackBoxUnrolled(g, t), 880, 300,
                        "The black-box RNN and the same box unrolled over time",
                        "Left: a black box labelled RNN with input x(t) below, output y-hat(t) above and a "
                        + "loop arrow on its side. An arrow labelled unroll leads to four copies of the box for "
                        + "time steps 1, 2, 3 and T, each passing its hidden state h to the next one to the "
                        + "right. The same box with the same parameters is used at every step."));
    }

    /** Article D. */
    static List<FigureSpec> history() {
        return List.of(
                DiagramSpec.of("history-timeline", (g, d, t) -> History.timeline(g, t), 1000, 530,
                        "A timeline of neural nets, 1950 to 2010",
                        "A horizontal axis from 1950 to 2010 with shaded bands: first AI boom from 1956, "
                        + "first winter about 1974 to 1980, second boom in the 1980s, second winter about 1987 to "
                        + "1993, third boom from 2006. Events: 1956 Dartmouth workshop; perceptron, idea 1957 and "
                        + "paper 1958; 1960 Mark I Perceptron with 20 by 20 photocells; 1969 Perceptrons by Minsky "
                        + "and Papert; 1969 frame problem by McCarthy and Hayes; 1980 Neocognitron; 1984 "
                        + "Dennett's robot story; 1986 back-propagation popularised; 1989 LeCun's zip-code CNN; "
                        + "1997 LSTM; 1998 LeNet-5; 2000 forget gate and peepholes; February 2001 GeForce 3 with "
                        + "programmable shaders; November 2001 Xbox; 2006 deep belief net pretraining; November "
                        + "2006 CUDA announced, first toolkit 2007."),
                DiagramSpec.of("memory-cell-1997", (g, d, t) -> History.memoryCell(g, t), 820, 470,
                        "The LSTM memory cell of 1997 and its constant error carousel",
                        "Left to right: the inputs (x(t) and the previous outputs y(t-1)) pass a squashing "
                        + "function g, are multiplied by the input gate i and added to the cell state c(t). The "
                        + "cell has a self-loop of fixed weight 1.0, the constant error carousel; a purple arrow "
                        + "shows errors circling back along it unchanged. The cell state passes a squashing "
                        + "function h and is multiplied by the output gate o to give the output y(t). The same "
                        + "inputs drive both gates. There is no forget gate and there are no peepholes; both "
                        + "were added in 2000."));
    }
}
