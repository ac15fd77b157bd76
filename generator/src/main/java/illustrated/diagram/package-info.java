/**
 * The glyph library of the RNN series' diagrams: one visual language for every article.
 *
 * <ul>
 *   <li>{@link illustrated.diagram.Pen} draws: {@code neuron}, {@code box}, {@code vector},
 *       {@code blackBox}, {@code panel}, {@code frame}; arrows {@code arrow}, {@code curve},
 *       {@code weightArrow} (labelled with a parameter), {@code loop} (recurrent self-loop),
 *       {@code gradientArrow} / {@code gradientCurve} (always {@code Role.GRADIENT} purple),
 *       {@code bigArrow} ("unfold"); text {@code text}, {@code note}, {@code math}; {@code legend}.</li>
 *   <li>{@link illustrated.diagram.Node} is what shapes return: geometry with anchors
 *       ({@code top()}, {@code at(angle)}, {@code toward(other)}) that arrows attach to.</li>
 *   <li>{@link illustrated.diagram.MathText} typesets labels written like TeX ({@code "h^{(t)}"},
 *       {@code "\\hat{y}_1"}, {@code "\\delta \\bar{z}^{(t)}"}) in the KaTeX fonts.</li>
 *   <li>{@link illustrated.diagram.Layout} spaces neurons in rows and columns and connects layers.</li>
 * </ul>
 *
 * <p>Colour is meaning: inputs {@code INPUT} green, hidden state (and LSTM output y) {@code HIDDEN}
 * blue, outputs {@code OUTPUT} orange, cell state {@code CELL} gold, gates {@code GATE} grey, peepholes
 * {@code PEEPHOLE} bright blue, gradients {@code GRADIENT} purple; structure in {@code MUTED} /
 * {@code GRID}. Never use a colour that is not a {@code Theme.Role}: dark mode could not follow it.
 * Forward arrows take the colour of the quantity they carry (their source).
 */
package illustrated.diagram;
