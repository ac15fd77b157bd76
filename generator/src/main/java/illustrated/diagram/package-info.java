/**
 * The glyph library of the site's diagrams (RNN, LSTM and curse-of-dimensionality articles): one pen
 * and one visual language for every article.
 *
 * <ul>
 *   <li>{@link illustrated.diagram.Pen} draws: {@code neuron}, {@code box}, {@code vector},
 *       {@code blackBox}, {@code panel}, {@code frame}, {@code paper}; arrows {@code arrow}, {@code curve},
 *       {@code weightArrow} (labelled with a parameter), {@code loop} (recurrent self-loop),
 *       {@code gradientArrow} / {@code gradientCurve} (always {@code Role.GRADIENT} purple),
 *       {@code bigArrow} ("unfold"); the geometry sketches' {@code pointer}, {@code arrowHead},
 *       {@code dimension}, {@code rightAngle} (in the current paint and stroke); text {@code text},
 *       {@code note}, {@code math} (TeX notation), {@code label} / {@code labelCentred} /
 *       {@code labelOnPaper} (prose with {@code $...$} math); {@code legend}. {@link illustrated.diagram.Arrows}
 *       holds the arrow geometry.</li>
 *   <li>{@link illustrated.diagram.Node} is what shapes return: geometry with anchors
 *       ({@code top()}, {@code at(angle)}, {@code toward(other)}) that arrows attach to.</li>
 *   <li>{@link illustrated.diagram.MathText} typesets labels written like TeX ({@code "h^{(t)}"},
 *       {@code "\\hat{y}_1"}, {@code "\\delta \\bar{z}^{(t)}"}) and prose labels ({@code "radius $r$"}) in the
 *       KaTeX fonts: the one typesetter; {@link illustrated.diagram.LabelBoxes} reports where labels lie.</li>
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
