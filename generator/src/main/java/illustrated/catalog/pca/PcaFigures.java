package illustrated.catalog.pca;

import illustrated.chart.cloud.CloudPainters;
import illustrated.chart.xy.PcaCharts;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.catalog.curse.CurseFigures;
import illustrated.simulation.curse.ThreeClassData;
import illustrated.simulation.pca.Cloud;
import illustrated.simulation.pca.CloudShadows;
import illustrated.simulation.pca.CurvedManifolds;
import illustrated.simulation.pca.LagrangeView;
import illustrated.simulation.pca.OilFlowViews;
import illustrated.simulation.pca.ProjectionResiduals;
import illustrated.simulation.pca.SvdPrecision;
import illustrated.simulation.pca.VarianceByAngle;
import illustrated.simulation.pca.Whitening;
import java.util.List;

/**
 * Figures of the PCA article (dimension reduction, part 2) drawn from point clouds: the curse article's
 * 12-D data, the 2-D example cloud, the SVD precision experiment and the curved data sets. The glyph
 * figures are in {@link PcaGlyphFigures}.
 *
 * <p><b>Contract with the article</b>: figure ids and the values the prose quotes with
 * {@code [[val:id/name]]}. Numbers that are rounding noise are quoted as an upper bound "10⁻ⁿ".
 * <ul>
 * <li>{@code pca-oil-flow-views}: the curse article's data (same seed) through features 1 and 2 and
 *     through its first two components. Values: {@code dims}, {@code points}, {@code raw2-share},
 *     {@code pc2-share} (% of the variance), {@code knn-raw2}, {@code knn-pc2}, {@code knn-all}
 *     (leave-one-out nearest neighbour of the same class, %). Extra: {@code pc1-share}, {@code pc3-share}.</li>
 * <li>{@code pca-shadows}: the centred 2-D cloud projected onto the x axis, the y axis and the first
 *     component. Values: {@code var-1}, {@code var-2}, {@code var-3}, {@code angle-3}, {@code best-angle},
 *     {@code points}. Extra: {@code angle-1}, {@code angle-2}, {@code lambda1}.</li>
 * <li>{@code pca-variance-by-angle}: variance along a turning direction, measured and by formula.
 *     Values: {@code scan-max-angle}, {@code eigen-angle}, {@code true-angle}, {@code lambda1},
 *     {@code lambda2}, {@code var-x}, {@code var-y}, {@code cov-xy}, {@code formula-gap}, {@code step}.
 *     Extra: {@code scan-min-angle}.</li>
 * <li>{@code pca-lagrange}: contours of uᵀSu, the unit circle, the gradients at the best and another
 *     direction. Values: {@code gap-best}, {@code gap-other}, {@code other-angle}, {@code f-other}.
 *     Extra: {@code lambda1}, {@code lambda2}, {@code best-angle}, {@code f-best}.</li>
 * <li>{@code pca-residuals}: projection onto the first component. Values: {@code mean-sq-residual},
 *     {@code lambda2}, {@code kept-share}, {@code gap}. Extra: {@code lambda1}, {@code total-variance}.</li>
 * <li>{@code pca-svd-precision}: relative error of a known small standard deviation ε through the
 *     covariance matrix and through the SVD. Values: {@code cov-error-e4}, {@code svd-error-e4},
 *     {@code cov-error-e6}, {@code svd-error-e6}, {@code svd-error-e10}, {@code cov-lost-eps},
 *     {@code unit-roundoff}, {@code points}. Extra: {@code cov-error-eN}, {@code svd-error-eN} for
 *     ε = 10^−N, N = 1..15.</li>
 * <li>{@code pca-whitening}: centred, rotated and whitened cloud. Values: {@code cov-xy},
 *     {@code correlation}, {@code rotated-cov}, {@code whitened-error}, {@code sd1}, {@code sd2}.
 *     Extra: {@code lambda1}, {@code lambda2}.</li>
 * <li>{@code pca-curved}: noisy circle and spiral with their principal axes. Values:
 *     {@code circle-pc1-share}, {@code spiral-pc1-share}, {@code spiral-neighbours},
 *     {@code line-neighbours}, {@code neighbours}, {@code points}.</li>
 * <li>{@code pca-spiral-unrolled}: the spiral's first principal coordinate against the position along
 *     it (same simulation and seed as {@code pca-curved}, same values).</li>
 * </ul>
 */
public final class PcaFigures implements FigureCatalog {
    /** Drawing width of the narrow layouts (panels stacked) for a phone's column. */
    static final int NARROW = 360;

    /** The 2-D example cloud (the year of Pearson's paper on lines of closest fit). */
    public static final long CLOUD_SEED = 1901L;
    /** The curved data sets (the year Isomap and LLE were published). */
    public static final long CURVE_SEED = 2000L;

    @Override
    public List<FigureSpec> figures() {
        return List.of(oilFlowViews(), shadows(), varianceByAngle(), lagrange(), residuals(), svdPrecision(),
                whitening(), curved(), spiralUnrolled());
    }

    static FigureSpec oilFlowViews() {
        return FigureSpec.computed("pca-oil-flow-views", new OilFlowViews(), ThreeClassData.Params.standard(),
                        CurseFigures.OIL_SEED)
                .paint((g, d, t) -> PcaCharts.oilFlowViews(g, d, t, 960, 440))
                .size(960, 440)
                .narrow(PcaFigures.NARROW, 760, (g, d, t) -> PcaCharts.oilFlowViewsNarrow(g, d, t, PcaFigures.NARROW, 760))
                .title("The 12-dimensional three-class data through two raw features and through two principal components")
                .description(d -> "Two scatter plots of the same " + d.value("points").formatted() + " points in "
                        + d.value("dims").formatted() + " dimensions, three classes drawn as blue circles, orange squares "
                        + "and green triangles. Left: features 1 and 2, which carry " + d.value("raw2-share").formatted()
                        + " of the total variance; the classes overlap, and a point's nearest neighbour belongs to its "
                        + "own class for " + d.value("knn-raw2").formatted() + " of the points. Right: the first two "
                        + "principal components, which carry " + d.value("pc2-share").formatted() + " of the variance; "
                        + "the three classes form separate clouds and the nearest neighbour is of the same class for "
                        + d.value("knn-pc2").formatted() + " of the points.")
                .build();
    }

    static FigureSpec shadows() {
        return FigureSpec.computed("pca-shadows", new CloudShadows(), CloudShadows.Params.standard(), CLOUD_SEED)
                .paint((g, d, t) -> CloudPainters.shadows(g, d, t, 960, 380))
                .size(960, 380)
                .narrow(NARROW, 810, (g, d, t) -> CloudPainters.shadowsNarrow(g, d, t, NARROW, 810))
                .title("Shadows of a 2-D cloud on three lines through its mean")
                .description(d -> "Three panels show the same " + d.value("points").formatted() + " centred points (blue) "
                        + "and, in orange, each point dropped perpendicularly onto a line through the mean, joined to it "
                        + "by a thin grey segment. On the horizontal line the shadow has variance " + d.value("var-1").formatted()
                        + ", on the vertical line " + d.value("var-2").formatted() + ", and on the line at "
                        + d.value("angle-3").formatted() + ", the first principal component, "
                        + d.value("var-3").formatted() + ": the widest shadow of all.")
                .build();
    }

    static FigureSpec varianceByAngle() {
        return FigureSpec.computed("pca-variance-by-angle", new VarianceByAngle(), VarianceByAngle.Params.standard(),
                        CLOUD_SEED)
                .chart(PcaCharts::varianceByAngle)
                .size(760, 440)
                .title("The variance along a direction, for every direction")
                .description(d -> "Line chart of the variance of the projected points against the angle of the direction, "
                        + "from 0 to 180 degrees in steps of " + d.value("step").formatted() + ". The measured curve and the "
                        + "formula built from the two eigenvalues coincide. The curve peaks at "
                        + d.value("scan-max-angle").formatted() + " with the value lambda 1 = " + d.value("lambda1").formatted()
                        + ", where the first eigenvector points (" + d.value("eigen-angle").formatted() + "), and dips to "
                        + "lambda 2 = " + d.value("lambda2").formatted() + " a right angle further on. Diamonds mark the "
                        + "three directions of the previous figure.")
                .build();
    }

    static FigureSpec lagrange() {
        return FigureSpec.computed("pca-lagrange", new LagrangeView(), LagrangeView.Params.standard(), CLOUD_SEED)
                .paint((g, d, t) -> CloudPainters.lagrange(g, d, t, 720, 560))
                .size(720, 560)
                .title("Maximising the variance on the unit circle: where the two gradients line up")
                .description(d -> "The plane of directions u. Light blue ellipses are contour lines of the variance "
                        + "u transpose S u, from lambda 2 = " + d.value("lambda2").formatted() + " to lambda 1 = "
                        + d.value("lambda1").formatted() + "; the black circle is the constraint u transpose u = 1. At the "
                        + "best direction, " + d.value("best-angle").formatted() + ", the purple arrow (the gradient of the "
                        + "variance) and the black arrow (the gradient of the constraint) point the same way: the angle "
                        + "between them is " + d.value("gap-best").formatted() + ". At " + d.value("other-angle").formatted()
                        + " they part by " + d.value("gap-other").formatted() + ", so sliding along the circle still "
                        + "gains variance.")
                .build();
    }

    static FigureSpec residuals() {
        return FigureSpec.computed("pca-residuals", new ProjectionResiduals(), Cloud.Params.standard(),
                        CLOUD_SEED)
                .paint((g, d, t) -> CloudPainters.residuals(g, d, t, 760, 480))
                .size(760, 480)
                .title("Keeping one component: each point replaced by its projection on the first principal axis")
                .description(d -> "The 2-D cloud (blue) with its first principal component as a black line through the "
                        + "mean (cross). Each point's projection onto the line is drawn in orange, joined to the point by "
                        + "an orange segment, the residual. The mean squared residual is "
                        + d.value("mean-sq-residual").formatted() + ", equal to the second eigenvalue, "
                        + d.value("lambda2").formatted() + "; the line keeps " + d.value("kept-share").formatted()
                        + " of the variance.")
                .build();
    }

    static FigureSpec svdPrecision() {
        return FigureSpec.computed("pca-svd-precision", new SvdPrecision(), SvdPrecision.Params.standard(), 0L)
                .tolerance(1.0) // relative errors of rounding: noise by nature
                .chart(PcaCharts::svdPrecision)
                .size(760, 460)
                .title("Covariance or SVD: how small a standard deviation each route can still see")
                .description(d -> "Log-log chart of the relative error of a known small standard deviation epsilon, "
                        + "computed from " + d.value("points").formatted() + " points, against epsilon from 0.3 down to "
                        + "10 to the minus 15. Through the covariance matrix (orange diamonds) the error grows like the "
                        + "unit roundoff over epsilon squared: " + d.value("cov-error-e4").formatted() + " at epsilon 10 to "
                        + "the minus 4, " + d.value("cov-error-e6").formatted() + " at 10 to the minus 6, and from epsilon "
                        + d.value("cov-lost-eps").formatted() + " on nothing of epsilon is left. Through the SVD of the data "
                        + "(blue) it grows only like the unit roundoff over epsilon: " + d.value("svd-error-e6").formatted()
                        + " at 10 to the minus 6 and " + d.value("svd-error-e10").formatted() + " at 10 to the minus 10. "
                        + "Dashed lines show the two rounding laws.")
                .build();
    }

    static FigureSpec whitening() {
        return FigureSpec.computed("pca-whitening", new Whitening(), Cloud.Params.standard(), CLOUD_SEED)
                .paint((g, d, t) -> CloudPainters.whitening(g, d, t, 960, 370))
                .size(960, 370)
                .narrow(NARROW, 930, (g, d, t) -> CloudPainters.whiteningNarrow(g, d, t, NARROW, 930))
                .title("Whitening in two steps: rotate into the principal axes, then scale each axis to unit variance")
                .description(d -> "Three scatter plots on one scale. Left: the centred cloud, tilted, with covariance "
                        + d.value("cov-xy").formatted() + " between x and y (correlation " + d.value("correlation").formatted()
                        + "). Middle: the same points in principal coordinates, an upright ellipse with standard deviations "
                        + d.value("sd1").formatted() + " and " + d.value("sd2").formatted() + " and no correlation. Right: "
                        + "each coordinate divided by its standard deviation, a round cloud whose covariance matrix is the "
                        + "identity to within " + d.value("whitened-error").formatted() + ".")
                .build();
    }

    static FigureSpec curved() {
        return FigureSpec.computed("pca-curved", new CurvedManifolds(), CurvedManifolds.Params.standard(), CURVE_SEED)
                .paint((g, d, t) -> CloudPainters.curved(g, d, t, 960, 460))
                .size(960, 460)
                .narrow(NARROW, 760, (g, d, t) -> CloudPainters.curvedNarrow(g, d, t, NARROW, 760))
                .title("Curved data: a circle and a spiral, and the straight axes PCA gives them")
                .description(d -> "Left: " + d.value("points").formatted() + " points on a noisy circle with its two "
                        + "principal axes; the first carries only " + d.value("circle-pc1-share").formatted()
                        + " of the variance, so PCA needs both dimensions for a one-dimensional curve. Right: points on a "
                        + "spiral, coloured in six bands from the centre outwards, with the first principal axis, which "
                        + "carries " + d.value("spiral-pc1-share").formatted() + " of the variance and cuts across the turns.")
                .build();
    }

    static FigureSpec spiralUnrolled() {
        return FigureSpec.computed("pca-spiral-unrolled", new CurvedManifolds(), CurvedManifolds.Params.standard(),
                        CURVE_SEED)
                .chart(PcaCharts::spiralUnrolled)
                .size(760, 420)
                .title("The spiral seen by its first principal component: the turns fold onto each other")
                .description(d -> "Scatter plot of each spiral point's first principal coordinate against its position "
                        + "along the spiral, in the colour bands of the previous figure. The coordinate rises and falls with "
                        + "every turn instead of growing steadily, so points from different turns get the same coordinate. "
                        + "Of each point's " + d.value("neighbours").formatted() + " nearest neighbours along the first "
                        + "component, only " + d.value("spiral-neighbours").formatted() + " are among its nearest neighbours "
                        + "along the curve, against " + d.value("line-neighbours").formatted() + " when the same curve is "
                        + "unrolled into a straight band first.")
                .build();
    }
}
