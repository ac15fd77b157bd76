package illustrated.figures.curse;

import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/**
 * Computed figures of article A, "Spiky cubes, Pac-Man walking, empty M&amp;M's chocolate: the curse
 * of dimensionality". Every figure is a simulation on ND4J (double precision, explicit seed).
 *
 * <p><b>Contract with the article</b> (figure ids and the values the prose quotes with
 * {@code [[val:id/name]]}):
 * <ul>
 * <li>{@code oil-flow-scatter} (A1): 3-class synthetic stand-in for Bishop's oil-flow data in 12-D,
 *     coordinates 1 and 2 plotted, a test point marked. Values: {@code dims} (12), {@code points} (300).</li>
 * <li>{@code grid-classifier} (A2): the same data and test point with a 6 x 6 grid coloured by
 *     majority class. Values: {@code test-class} (class the grid assigns, 1..3; 0 if its cell is
 *     empty), {@code empty-cells-d2} (empty cells of the 36).</li>
 * <li>{@code grid-cells-growth} (A2): cells 6^D and share of empty cells when the 300 points are
 *     binned on their first D coordinates, D = 1..12. Values: {@code cells-d3} (216),
 *     {@code cells-d12} (2,176,782,336), {@code empty-share-d3}, {@code empty-share-d12} (%).</li>
 * <li>{@code empty-cells-grids} (A3): 1000 uniform points, 10 bins per axis, D = 1, 2, 3.
 *     Values: {@code occupied-d1}, {@code occupied-d2}, {@code occupied-d3} (cell counts).</li>
 * <li>{@code empty-cell-fraction} (A3): empty-cell fraction for D = 1..6, simulated vs
 *     (1 - 10^-D)^N. Values: {@code empty-d1} .. {@code empty-d6}, {@code theory-d1} ..
 *     {@code theory-d6} (%).</li>
 * <li>{@code centre-ball-diameter} (A6): unit cubes stacked 2 x 2 x ... (stack width 2), each
 *     holding a ball of diameter 1; the centre ball touching them all has diameter sqrt(D) - 1, the
 *     source claims sqrt(D). Values: {@code reach-dim} (9: centre ball first touches the stack's
 *     faces), {@code leave-dim} (10: first D where it pokes out), {@code diameter-d10},
 *     {@code width} (2).</li>
 * <li>{@code angle-histograms} (A10): 10,000 random pairs, coordinates uniform in [-1, 1],
 *     D = 2, 3, 50, 100. Values: {@code pairs}, {@code mean-d2}, {@code sd-d2}, {@code mean-d3},
 *     {@code sd-d3}, {@code mean-d50}, {@code sd-d50}, {@code mean-d100}, {@code sd-d100},
 *     {@code theory-sd-d50}, {@code theory-sd-d100} ((180/pi)/sqrt D), {@code sd-d2-disc} (same
 *     experiment sampling the unit disc), {@code theory-sd-d2-disc} (180/sqrt 12) (all in degrees).</li>
 * <li>{@code shell-share} (A13): share 1 - 0.99^D of the unit ball's volume in the outer 1% shell,
 *     D = 1..1000, with a Monte-Carlo check. Values: {@code d90}, {@code d99} (smallest D reaching 90%
 *     and 99%), {@code share-d400} (%).</li>
 * <li>{@code ball-radius-histograms} (A14): histograms of |x| for points uniform in the unit D-ball,
 *     D = 2, 10, 100. Values: {@code median-r-d2}, {@code median-r-d100}.</li>
 * <li>{@code ball-volume} (A14): volume of the unit D-ball and ball/cube ratio, D = 1..30, with
 *     Monte-Carlo estimates. Values: {@code max-volume-dim} (5), {@code max-volume} (5.264),
 *     {@code ratio-d10} (%).</li>
 * <li>{@code distance-contrast} (A15): (max - min)/min of distances from a query to 1,000 uniform
 *     points in [0,1]^D, D = 1..1000. Values: {@code contrast-d2}, {@code contrast-d10},
 *     {@code contrast-d100}, {@code contrast-d1000}.</li>
 * </ul>
 */
public final class CurseFigures implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of();
    }
}
