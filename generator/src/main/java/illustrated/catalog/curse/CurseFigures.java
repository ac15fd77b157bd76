package illustrated.catalog.curse;

import illustrated.chart.cells.EmptyCellsNarrow;
import illustrated.chart.cells.EmptyCellsPainter;
import illustrated.chart.histogram.HistogramPanels;
import illustrated.chart.xy.GeometryCharts;
import illustrated.chart.xy.OilFlowCharts;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.curse.AngleSpread;
import illustrated.simulation.curse.BallRadius;
import illustrated.simulation.curse.BallVolume;
import illustrated.simulation.curse.CentreBall;
import illustrated.simulation.curse.DistanceContrast;
import illustrated.simulation.curse.EmptyCells;
import illustrated.simulation.curse.GridClassifier;
import illustrated.simulation.curse.GridGrowth;
import illustrated.simulation.curse.ShellShare;
import illustrated.simulation.curse.ThreeClassData;
import java.util.List;

/**
 * Computed figures of article A, "Spiky cubes, Pac-Man walking, empty M&amp;M's chocolate: the curse
 * of dimensionality". Every figure is a simulation on ND4J (double precision, explicit seed).
 *
 * <p><b>Contract with the article</b>: figure ids and the values the prose quotes with
 * {@code [[val:id/name]]} (shown as in the current build; "extra" values may be quoted too).
 * Percentages carry their "%" sign, angles their "°".
 * <ul>
 * <li>{@code oil-flow-scatter} (A1): 3-class synthetic stand-in for Bishop's oil-flow data in 12-D
 *     (class means ~ N(0, 1.5² I), identity covariance, 100 points per class), features 1 and 2
 *     plotted, the test point (drawn from class 1's distribution) marked with a cross.
 *     Values: {@code dims} (12), {@code points} (300). Extra: {@code classes} (3), {@code per-class} (100).</li>
 * <li>{@code grid-classifier} (A2): the same data and test point with a 6 x 6 grid over the range of
 *     features 1 and 2, cells tinted by majority class (ties to the lower class), empty cells blank.
 *     Values: {@code test-class} (class the grid assigns, 1..3; 0 would mean an empty cell),
 *     {@code empty-cells-d2} (empty cells of the 36). Extra: {@code cells-d2} (36), {@code bins} (6).</li>
 * <li>{@code grid-cells-growth} (A2 continued): cells 6^D (log axis), cells holding a point, and the
 *     share of empty cells when the 300 points are binned on their first D features, D = 1..12.
 *     Values: {@code cells-d3} (216), {@code cells-d12} ("2,176,782,336"), {@code empty-share-d3},
 *     {@code empty-share-d12} (%, with enough decimals not to print as 100%). Extra: {@code points},
 *     {@code empty-share-d2}, {@code occupied-d3}, {@code occupied-d12}, {@code cells-exceed-points-dim}
 *     (first D with more cells than points).</li>
 * <li>{@code empty-cells-grids} (A3): 1,000 uniform points in the unit cube, 10 intervals per axis,
 *     D = 1 (strip), 2 (grid) and 3 (ten 10 x 10 slices), occupied cells tinted, plus bars of the
 *     occupied share. Values: {@code occupied-d1}, {@code occupied-d2}, {@code occupied-d3} (cell
 *     counts). Extra: {@code cells-d1}, {@code cells-d2}, {@code cells-d3}, {@code points}, {@code bins},
 *     and all values of {@code empty-cell-fraction} (same simulation and seed).</li>
 * <li>{@code empty-cell-fraction} (A3): empty-cell share for D = 1..6, simulated (points) vs the
 *     expected (1 - 10^-D)^N (line). Values: {@code empty-d1}, {@code empty-d2}, {@code empty-d3},
 *     {@code empty-d4}, {@code empty-d5}, {@code empty-d6}, {@code theory-d1}, {@code theory-d2},
 *     {@code theory-d3}, {@code theory-d4}, {@code theory-d5}, {@code theory-d6} (%, 2 decimals).</li>
 * <li>{@code centre-ball-diameter} (A6): the source's setting: unit cubes stacked two per axis (stack
 *     width 2), each holding a ball of diameter 1 (radius 1/2) centred at (±1/2, ..., ±1/2); the centre
 *     ball touching them all has diameter √D − 1 (the source claims √D, dashed). Values:
 *     {@code reach-dim} (9: first touches the stack's faces), {@code leave-dim} (10: first pokes out),
 *     {@code diameter-d10} (2.162), {@code width} (2). Extra: {@code claim-leave-dim} (5: where √D
 *     would exceed the width), {@code diameter-d2} (0.414), {@code diameter-d3} (0.732).</li>
 * <li>{@code angle-histograms} (A10): the source's experiment, 10,000 pairs with coordinates uniform in
 *     [−1, 1] (a cube), D = 2, 3, 50, 100, as four histograms. Values: {@code pairs} ("10,000"),
 *     {@code mean-d2}, {@code sd-d2}, {@code mean-d3}, {@code sd-d3}, {@code mean-d50},
 *     {@code sd-d50}, {@code mean-d100}, {@code sd-d100}, {@code theory-sd-d50},
 *     {@code theory-sd-d100} ((180/π)/√D), {@code sd-d2-disc} (the 2-D run repeated with points
 *     uniform in the disc: uniform angle). Extra: {@code mean-d2-disc}, {@code theory-sd-d2-disc}
 *     (180/√12 = 52.0°), {@code sphere-sd-d2}, {@code sphere-sd-d3}, {@code sphere-sd-d50},
 *     {@code sphere-sd-d100} (exact spread for directions uniform on the sphere, by quadrature),
 *     {@code square-ripple-d2} (largest deviation, in %, of the exact 2-D square angle density from
 *     the uniform one: the square favours directions to its corners, yet the angle between two such
 *     directions is only mildly non-uniform, hidden in the noise of 10,000 pairs).</li>
 * <li>{@code shell-share} (A13): share 1 − 0.99^D of the unit ball's volume within the outer 1% shell,
 *     D = 1..1000, markers at 90% / 99% and where they are crossed, Monte-Carlo points from ND4J
 *     samples, and the source's "over D = 400, around 90%" as a cross. Values: {@code d90} (230),
 *     {@code d99} (459), {@code share-d400} (98.2%). Extra: {@code epsilon} (1%), {@code share-d2},
 *     {@code share-d3}, {@code mc-samples}.</li>
 * <li>{@code ball-radius-histograms} (A14): histograms of ‖x‖ for points uniform in the unit D-ball,
 *     D = 2, 10, 100, with the exact density D r^(D−1). Values: {@code median-r-d2},
 *     {@code median-r-d100}. Extra: {@code median-r-d10}, {@code theory-median-r-d2},
 *     {@code theory-median-r-d10}, {@code theory-median-r-d100} (2^(−1/D)), {@code samples}.</li>
 * <li>{@code ball-volume} (A14): volume of the unit D-ball and the ball/cube ratio (log axis),
 *     D = 1..30, Monte-Carlo estimates for D ≤ 10. Values: {@code max-volume-dim} (5),
 *     {@code max-volume} (5.264), {@code ratio-d10} (0.249%). Extra: {@code volume-d2},
 *     {@code volume-d3}, {@code volume-d30}, {@code ratio-d2}, {@code ratio-d3}, {@code mc-samples}.</li>
 * <li>{@code distance-contrast} (A15): (max − min)/min of the distances from a random query to 1,000
 *     uniform points in [0,1]^D, D = 1..1000 (log-spaced), median over 11 queries (the mean is
 *     unstable at D = 1), log-log axes, with the large-D approximation c/√D. Values:
 *     {@code contrast-d2}, {@code contrast-d10}, {@code contrast-d100}, {@code contrast-d1000}.
 *     Extra: {@code contrast-d1}, {@code contrast-d3}, {@code contrast-d5}, {@code contrast-d20},
 *     {@code contrast-d30}, {@code contrast-d50}, {@code contrast-d200}, {@code contrast-d300},
 *     {@code contrast-d500}, {@code approx-constant} (c = 3.55), {@code points}, {@code queries}.</li>
 * </ul>
 */
public final class CurseFigures implements FigureCatalog {
    /** One seed for the oil-flow stand-in, so that A1, A2, the grid growth and the PCA article show the same points. */
    public static final long OIL_SEED = 2021L;
    /**
     * Drawing width of the narrow layouts of the small multiples: at labels of 12.5 units and more it fits a
     * phone's column (350 px at 390 px) without drawing any label under 11 px.
     */
    static final int NARROW = 360;

    @Override
    public List<FigureSpec> figures() {
        return List.of(oilFlowScatter(), gridClassifier(), gridCellsGrowth(), emptyCellsGrids(), emptyCellFraction(),
                centreBallDiameter(), angleHistograms(), shellShare(), ballRadiusHistograms(), ballVolume(),
                distanceContrast());
    }

    static FigureSpec oilFlowScatter() {
        return FigureSpec.computed("oil-flow-scatter", new ThreeClassData(), ThreeClassData.Params.standard(), OIL_SEED)
                .chart(OilFlowCharts::scatter)
                .size(720, 480)
                .title("Three classes of 12-dimensional data, seen through two of the twelve features")
                .description(d -> "Scatter plot of " + d.value("points").formatted() + " synthetic points in "
                        + d.value("dims").formatted() + " dimensions, " + d.value("per-class").formatted()
                        + " per class, standing in for Bishop's oil-flow data: class means drawn from a normal "
                        + "distribution with standard deviation 1.5, unit variance around each mean. Only features 1 "
                        + "and 2 are plotted. Class 1 is drawn as blue circles, class 2 as orange squares, class 3 as "
                        + "green triangles; the three clouds overlap in this view. A black cross marks a test point "
                        + "whose class we want to guess.")
                .build();
    }

    static FigureSpec gridClassifier() {
        return FigureSpec.computed("grid-classifier", new GridClassifier(), GridClassifier.Params.standard(), OIL_SEED)
                .chart(OilFlowCharts::gridClassifier)
                .size(720, 480)
                .title("A naive classifier: cut the plane into a 6 by 6 grid and let each cell vote")
                .description(d -> "The same points as the previous figure on a 6 by 6 grid spanning the range of "
                        + "features 1 and 2. Each cell is tinted with the colour of the class that has most points in "
                        + "it; " + d.value("empty-cells-d2").formatted() + " of the " + d.value("cells-d2").formatted()
                        + " cells hold no point and stay blank. The test point, a black cross, lies in a cell of "
                        + "class " + d.value("test-class").formatted() + ", so the grid assigns it class "
                        + d.value("test-class").formatted() + ".")
                .build();
    }

    static FigureSpec gridCellsGrowth() {
        return FigureSpec.computed("grid-cells-growth", new GridGrowth(), GridClassifier.Params.standard(), OIL_SEED)
                .chart(OilFlowCharts::gridGrowth)
                .size(720, 440)
                .title("Adding features: the grid's cells multiply, the data does not")
                .description(d -> "The " + d.value("points").formatted() + " points binned with 6 intervals per feature on "
                        + "their first D features, D = 1 to 12. The number of cells, 6 to the power D, is drawn on a log scale: "
                        + d.value("cells-d3").formatted() + " cells at D = 3 and " + d.value("cells-d12").formatted()
                        + " at D = 12, while the number of cells that hold at least one point can never exceed the "
                        + d.value("points").formatted() + " points (a horizontal line). The dashed line, on the right "
                        + "axis, is the share of empty cells: " + d.value("empty-share-d3").formatted() + " at D = 3 and "
                        + d.value("empty-share-d12").formatted() + " at D = 12.")
                .build();
    }

    static FigureSpec emptyCellsGrids() {
        return FigureSpec.computed("empty-cells-grids", new EmptyCells(), EmptyCells.Params.standard(), 314L)
                .paint((g, d, t) -> EmptyCellsPainter.paint(g, d, t))
                .size(980, 470)
                .narrow(EmptyCellsNarrow.WIDTH, EmptyCellsNarrow.HEIGHT, EmptyCellsNarrow::paint)
                .title("The same 1,000 points in grids of 10, 100 and 1,000 cells")
                .description(d -> "One thousand points uniform in the unit cube, binned with ten intervals per axis. "
                        + "Left, top: on one axis all " + d.value("occupied-d1").formatted()
                        + " of the 10 cells hold points. Left, bottom: on two axes " + d.value("occupied-d2").formatted()
                        + " of the 100 cells hold points. Right: on three axes, drawn as ten slices of 10 by 10 cells "
                        + "along the third axis, only " + d.value("occupied-d3").formatted() + " of the 1,000 cells "
                        + "hold a point; the blank cells are empty.")
                .build();
    }

    static FigureSpec emptyCellFraction() {
        return FigureSpec.computed("empty-cell-fraction", new EmptyCells(), EmptyCells.Params.standard(), 314L)
                .chart(GeometryCharts::emptyFraction)
                .size(720, 420)
                .title("Share of empty cells as dimensions are added, simulation against theory")
                .description(d -> "Share of the 10 to the power D cells that hold none of 1,000 uniform points, for D = "
                        + "1 to 6. Diamonds: simulation; line: the expected share (1 minus 10 to the minus D) to the "
                        + "power 1,000. Simulated: " + d.value("empty-d1").formatted() + ", "
                        + d.value("empty-d2").formatted() + ", " + d.value("empty-d3").formatted() + ", "
                        + d.value("empty-d4").formatted() + ", " + d.value("empty-d5").formatted() + " and "
                        + d.value("empty-d6").formatted() + "; expected: " + d.value("theory-d1").formatted() + ", "
                        + d.value("theory-d2").formatted() + ", " + d.value("theory-d3").formatted() + ", "
                        + d.value("theory-d4").formatted() + ", " + d.value("theory-d5").formatted() + " and "
                        + d.value("theory-d6").formatted() + ".")
                .build();
    }

    static FigureSpec centreBallDiameter() {
        return FigureSpec.computed("centre-ball-diameter", new CentreBall(), CentreBall.Params.standard(), 0L)
                .chart(GeometryCharts::centreBall)
                .size(720, 440)
                .title("The ball in the middle of the stacked cubes outgrows the stack")
                .description(d -> "Unit cubes stacked two per axis form a cube of width " + d.value("width").formatted()
                        + "; each holds a ball of diameter 1, and a ball at the centre touches all of them. Its "
                        + "diameter, the square root of D minus 1, is plotted against D with points; the source's claim, "
                        + "the square root of D, is dashed; the stack's width is a flat line at 2. The centre ball "
                        + "touches the stack's faces at D = " + d.value("reach-dim").formatted()
                        + " and sticks out from D = " + d.value("leave-dim").formatted() + " on (diameter "
                        + d.value("diameter-d10").formatted() + " at D = 10); the source's formula would already cross "
                        + "the width at D = " + d.value("claim-leave-dim").formatted() + ".")
                .build();
    }

    static FigureSpec angleHistograms() {
        AngleSpread.Params p = AngleSpread.Params.standard();
        return FigureSpec.computed("angle-histograms", new AngleSpread(), p, 42L)
                .paint((g, d, t) -> HistogramPanels.angles(g, d, t, p.dims(), p.binDegrees(), 760, 560))
                .size(760, 560)
                .narrow(NARROW, 1120, (g, d, t) -> HistogramPanels.anglesNarrow(g, d, t, p.dims(), p.binDegrees(),
                        NARROW, 1120))
                .title("Angles between random vectors in 2, 3, 50 and 100 dimensions")
                .description(d -> "Four histograms of the angle between two random vectors, "
                        + d.value("pairs").formatted() + " pairs each, coordinates uniform between minus 1 and 1. "
                        + "D = 2: mean " + d.value("mean-d2").formatted() + ", spread " + d.value("sd-d2").formatted()
                        + " (points in the disc instead of the square would give a flat histogram with spread "
                        + d.value("sd-d2-disc").formatted() + "). D = 3: mean " + d.value("mean-d3").formatted()
                        + ", spread " + d.value("sd-d3").formatted() + ", a hump like half a sine. D = 50: mean "
                        + d.value("mean-d50").formatted() + ", spread " + d.value("sd-d50").formatted()
                        + " (theory " + d.value("theory-sd-d50").formatted() + "). D = 100: mean "
                        + d.value("mean-d100").formatted() + ", spread " + d.value("sd-d100").formatted() + " (theory "
                        + d.value("theory-sd-d100").formatted() + "). A dashed curve in each panel shows the density "
                        + "for directions uniform on the sphere. The higher the dimension, the more tightly the "
                        + "angles crowd around 90 degrees.")
                .build();
    }

    static FigureSpec shellShare() {
        return FigureSpec.computed("shell-share", new ShellShare(), ShellShare.Params.standard(), 7L)
                .chart(GeometryCharts::shellShare)
                .size(720, 440)
                .title("How much of a ball lies in its outer 1% shell")
                .description(d -> "Share of the unit ball's volume within 0.01 of its surface, 1 minus 0.99 to the power "
                        + "D, for D = 1 to 1,000 (line), with Monte-Carlo estimates from points sampled uniformly in "
                        + "the ball (diamonds). The share passes 90% at D = " + d.value("d90").formatted()
                        + " and 99% at D = " + d.value("d99").formatted() + "; at D = 400 it is already "
                        + d.value("share-d400").formatted() + ", not the 90% the source quotes (cross).")
                .build();
    }

    static FigureSpec ballRadiusHistograms() {
        BallRadius.Params p = BallRadius.Params.standard();
        return FigureSpec.computed("ball-radius-histograms", new BallRadius(), p, 11L)
                .paint((g, d, t) -> HistogramPanels.radii(g, d, t, p.dims(), p.bins(), 900, 340))
                .size(900, 340)
                .narrow(NARROW, 800, (g, d, t) -> HistogramPanels.radiiNarrow(g, d, t, p.dims(), p.bins(), NARROW, 800))
                .title("Where the points of a ball are: distance from the centre in 2, 10 and 100 dimensions")
                .description(d -> "Histograms of the distance from the centre for " + d.value("samples").formatted()
                        + " points uniform in the unit ball, in 2, 10 and 100 dimensions, with the exact density "
                        + "D times r to the power D minus 1 dashed. In 2-D the density rises linearly and the median "
                        + "distance is " + d.value("median-r-d2").formatted() + "; in 100-D nearly every point sits "
                        + "just under the surface, median " + d.value("median-r-d100").formatted()
                        + ": the ball is an empty shell, like an M&M's with nothing but coating.")
                .build();
    }

    static FigureSpec ballVolume() {
        return FigureSpec.computed("ball-volume", new BallVolume(), BallVolume.Params.standard(), 5L)
                .paint((g, d, t) -> GeometryCharts.ballVolume(g, d, t, 900, 400))
                .size(900, 400)
                .narrow(NARROW, 640, (g, d, t) -> GeometryCharts.ballVolumeNarrow(g, d, t, NARROW, 640))
                .title("Volume of the unit ball, and the share of its cube it fills, against dimension")
                .description(d -> "Left: volume of the ball of radius 1 in D dimensions, pi to the power D over 2 divided "
                        + "by Gamma of D over 2 plus 1, for D = 1 to 30, with Monte-Carlo estimates for D up to 10. It "
                        + "grows to a maximum of " + d.value("max-volume").formatted() + " at D = "
                        + d.value("max-volume-dim").formatted() + " and then falls towards zero. Right, on a log scale: "
                        + "the share of the cube from minus 1 to 1 that the ball fills, " + d.value("ratio-d2").formatted()
                        + " in 2-D, " + d.value("ratio-d3").formatted() + " in 3-D and only "
                        + d.value("ratio-d10").formatted() + " in 10-D: almost all of a high-dimensional cube is in "
                        + "its corners.")
                .build();
    }

    static FigureSpec distanceContrast() {
        return FigureSpec.computed("distance-contrast", new DistanceContrast(), DistanceContrast.Params.standard(), 99L)
                .chart(GeometryCharts::distanceContrast)
                .size(720, 440)
                .title("Nearest and farthest neighbours become alike as dimensions grow")
                .description(d -> "Relative contrast, the farthest distance minus the nearest divided by the nearest, "
                        + "from a random query to " + d.value("points").formatted() + " uniform points in the unit "
                        + "cube, against D from 1 to 1,000 on log-log axes; line: median over "
                        + d.value("queries").formatted() + " queries, grey dots: single queries. The contrast is "
                        + d.value("contrast-d2").formatted() + " at D = 2, " + d.value("contrast-d10").formatted()
                        + " at D = 10, " + d.value("contrast-d100").formatted() + " at D = 100 and "
                        + d.value("contrast-d1000").formatted() + " at D = 1,000: the nearest point is hardly nearer "
                        + "than the farthest.")
                .build();
    }
}
