package illustrated.simulation.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import illustrated.simulation.curse.ThreeClassData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PCA article's simulations say what the article claims, checked against theory with stated tolerances. */
class PcaSimulationsTest {
    static final Glyphs.Params SMALL_GLYPHS = new Glyphs.Params(300, 30, 16, 1.0);

    @BeforeAll
    static void init() {
        Numerics.init();
    }

    static double v(Dataset d, String name) {
        return d.value(name).value();
    }

    @Test
    void largeSampleRecoversTheGeneratingCovariance() {
        // 20,000 points: the sample eigenvalues are within a few per cent of sd², the angle within a degree
        Cloud.Params p = new Cloud.Params(20_000, 2.0, 0.7, 30, 4, 3);
        Pca.Fit fit = Pca.byCovariance(Cloud.sample(p, 5));
        assertEquals(4.0, fit.variances()[0], 0.04 * 4.0);
        assertEquals(0.49, fit.variances()[1], 0.04 * 0.49);
        assertEquals(30, Cloud.axisAngle(fit.components()[0]), 1.0);
        assertEquals(4, fit.mean()[0], 0.05);
    }

    @Test
    void theWidestShadowIsAlongTheFirstEigenvector() {
        Dataset d = new VarianceByAngle().run(VarianceByAngle.Params.standard(), 7);
        assertEquals(v(d, "eigen-angle"), v(d, "scan-max-angle"), 0.25 + 1e-9, "the scan's maximum, to half a step");
        assertEquals((v(d, "eigen-angle") + 90) % 180, v(d, "scan-min-angle"), 0.25 + 1e-9, "the minimum, a right angle on");
        double[] measured = d.series("variance of the projected points").y();
        double[] formula = d.series("eigenvalue formula").y();
        for (int i = 0; i < measured.length; i++) {
            assertEquals(formula[i], measured[i], 1e-12 * v(d, "lambda1"), "angle index " + i);
        }
        assertTrue(v(d, "var-x") < v(d, "lambda1") && v(d, "var-y") < v(d, "lambda1"));
    }

    @Test
    void shadowsOfTheFirstComponentAreWiderThanAlongTheAxes() {
        Dataset d = new CloudShadows().run(CloudShadows.Params.standard(), 7);
        assertEquals(v(d, "lambda1"), v(d, "var-3"), 1e-12 * v(d, "lambda1"));
        assertTrue(v(d, "var-3") > v(d, "var-1") && v(d, "var-3") > v(d, "var-2"));
    }

    @Test
    void gradientsAreParallelOnlyAtTheEigenvector() {
        Dataset d = new LagrangeView().run(LagrangeView.Params.standard(), 7);
        assertEquals(0, v(d, "gap-best"), 1e-5, "degrees between 2Su and 2u at the first eigenvector");
        assertTrue(v(d, "gap-other") > 5, "at another direction the gradients part");
        assertTrue(v(d, "f-other") < v(d, "f-best"));
    }

    @Test
    void meanSquaredResidualEqualsTheSecondEigenvalue() {
        Dataset d = new ProjectionResiduals().run(Cloud.Params.standard(), 7);
        assertEquals(v(d, "lambda2"), v(d, "mean-sq-residual"), 1e-12);
    }

    @Test
    void whiteningGivesTheIdentity() {
        Dataset d = new Whitening().run(Cloud.Params.standard(), 7);
        double[][] w = new double[d.series("whitened").size()][];
        for (int i = 0; i < w.length; i++) {
            w[i] = new double[] {d.series("whitened").x(i), d.series("whitened").y(i)};
        }
        double[][] c = Pca.covariance(w);
        assertEquals(1, c[0][0], 1e-12);
        assertEquals(1, c[1][1], 1e-12);
        assertEquals(0, c[0][1], 1e-12);
        assertTrue(v(d, "whitened-error") <= 1e-12, "the quoted bound is rounding-sized");
    }

    @Test
    void reconstructionErrorMatchesTheEigenvaluesAndHeldOutGlyphsDoWorse() {
        Dataset d = new ReconstructionError().run(new ReconstructionError.Params(SMALL_GLYPHS, List.of(0, 1, 5, 20, 60)), 3);
        var measured = d.series("measured on the fitted glyphs");
        var predicted = d.series("sum of the discarded eigenvalues");
        var heldOut = d.series("measured on held-out glyphs");
        for (int i = 0; i < measured.size(); i++) {
            int k = (int) measured.x(i);
            assertEquals(predicted.y(k), measured.y(i), 1e-9 * predicted.y(0), "k = " + k);
            if (k > 0) {
                assertTrue(heldOut.y(i) > measured.y(i), "held-out glyphs are rebuilt less well at k = " + k);
            }
        }
        assertTrue(v(d, "gap") <= 1e-10);
    }

    @Test
    void glyphsAreInkInTheUnitRangeAndDistortionsMatter() {
        Glyphs.Images a = Glyphs.draw(SMALL_GLYPHS, 1);
        for (double[] img : a.pixels()) {
            for (double p : img) {
                assertTrue(p >= 0 && p <= 1);
            }
        }
        assertEquals(30, a.heldOut().length);
        Glyphs.Images still = Glyphs.draw(new Glyphs.Params(20, 0, 16, 0.0), 1);
        assertEquals(java.util.Arrays.toString(still.pixels()[3]), java.util.Arrays.toString(still.pixels()[13]),
                "without wobble two 3s are the same image");
        assertTrue(!java.util.Arrays.equals(a.pixels()[3], a.pixels()[13]), "with wobble they differ");
        // a pen of width w covers about w x length of the unit square: the vertical bar of a 1 is one such stroke
        double ink = java.util.Arrays.stream(still.pixels()[1]).sum() / (16.0 * 16.0);
        assertTrue(ink > 0.05 && ink < 0.2, "share of ink in a 1: " + ink);
        assertEquals(5.0, Glyphs.segmentDistance(3, 4, 0, 0, 0, 0), 1e-15, "a point segment");
        assertEquals(2.0, Glyphs.segmentDistance(1, 2, 0, 0, 4, 0), 1e-15, "above the middle of a segment");
        assertEquals(1.0, Glyphs.segmentDistance(5, 0, 0, 0, 4, 0), 1e-15, "beyond its end");
    }

    @Test
    void svdKeepsASmallDirectionThatTheCovarianceLoses() {
        SvdPrecision.Params p = SvdPrecision.Params.standard();
        SvdPrecision.Estimate easy = SvdPrecision.estimate(p, 1e-3);
        assertEquals(1e-3, easy.covariance(), 1e-3 * 1e-6);
        assertEquals(1e-3, easy.svd(), 1e-3 * 1e-10);
        // ε = 1e-10: ε² = 1e-20 is far below the unit roundoff, but ε itself is not
        SvdPrecision.Estimate hard = SvdPrecision.estimate(p, 1e-10);
        assertEquals(1e-10, hard.svd(), 1e-10 * 1e-4, "the SVD still sees it");
        assertTrue(Math.abs(hard.covariance() - 1e-10) > 0.5e-10, "the covariance route has lost it: " + hard.covariance());
        Dataset d = new SvdPrecision().run(p, 0);
        double lost = v(d, "cov-lost-eps");
        assertTrue(lost >= 3e-9 && lost <= 3.2e-8, "lost near the square root of the unit roundoff, 1.05e-8: " + lost);
    }

    @Test
    void pcaFoldsTheSpiralButNotTheUnrolledCurve() {
        Dataset d = new CurvedManifolds().run(CurvedManifolds.Params.standard(), 11);
        assertEquals(50, v(d, "circle-pc1-share"), 10, "a circle's spread is nearly the same in every direction");
        assertTrue(v(d, "spiral-neighbours") + 25 < v(d, "line-neighbours"),
                "the spiral loses neighbours the straight band keeps: " + v(d, "spiral-neighbours") + " vs "
                        + v(d, "line-neighbours"));
        // arc length of the spiral r = t, the integral of √(1 + s²) from 0 to t, against the trapezoid rule
        double t = 5;
        int steps = 100_000;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            double a = t * i / steps;
            double b = t * (i + 1) / steps;
            sum += (Math.sqrt(1 + a * a) + Math.sqrt(1 + b * b)) / 2 * (b - a);
        }
        assertEquals(sum, CurvedManifolds.arcLength(t), 1e-8);
    }

    @Test
    void twoComponentsSeparateTheThreeClasses() {
        Dataset d = new OilFlowViews().run(ThreeClassData.Params.standard(), 2021);
        assertTrue(v(d, "pc2-share") > v(d, "raw2-share"), "PCA's plane carries more variance than two raw features");
        assertTrue(v(d, "knn-pc2") >= v(d, "knn-raw2"));
        // three class means span a plane: the first two components carry the between-class spread,
        // the remaining ten only the unit noise, so their shares are nearly equal
        Dataset scree = new Scree().run(new Scree.Params(ThreeClassData.Params.standard(), 2021, SMALL_GLYPHS, 10), 3);
        assertEquals(2, v(scree, "oil-elbow"));
        assertEquals(v(scree, "oil-share3"), v(scree, "oil-share12"), 2.5, "the flat part of the scree");
    }

    @Test
    void theAgreementValuesAreAllRoundingSized() {
        Dataset d = new Agreement().run(new Agreement.Params(SMALL_GLYPHS, 3, 1e-13, 200_000), 3);
        for (String name : List.of("lapack-exact-value", "lapack-exact-vector", "power-exact-value", "power-exact-vector",
                "routes-value", "routes-vector", "power-glyph-value", "power-glyph-vector", "orthogonality")) {
            assertTrue(v(d, name) <= 1e-10, name + " = " + v(d, name));
        }
    }
}
