package illustrated.simulation.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Empty cells, the grid classifier and the centre ball against closed forms. */
class GridsAndCellsTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void emptyCellFractionMatchesTheory() {
        EmptyCells.Params p = EmptyCells.Params.standard();
        for (long seed : new long[] {1, 2, 3}) {
            Dataset d = new EmptyCells().run(p, seed);
            for (int dim = 1; dim <= p.maxDim(); dim++) {
                double m = Math.pow(p.bins(), dim);
                int n = p.points();
                // exact variance of the number of empty cells (occupancy problem)
                double q1 = Math.pow(1 - 1 / m, n);
                double q2 = Math.pow(1 - 2 / m, n);
                double var = m * q1 + m * (m - 1) * q2 - m * m * q1 * q1;
                double sdShare = 100 * Math.sqrt(Math.max(var, 0)) / m;
                double theory = 100 * EmptyCells.theoryEmpty(n, p.bins(), dim);
                assertEquals(theory, d.value("theory-d" + dim).value(), 1e-9);
                // 4 standard deviations, plus a floor of one cell for the small-D cases with zero variance
                assertEquals(theory, d.value("empty-d" + dim).value(), 4 * sdShare + 100 / m,
                        "empty-cell share at D = " + dim + ", seed " + seed);
            }
        }
    }

    @Test
    void occupancyGridsAgreeWithCounts() {
        Dataset d = new EmptyCells().run(EmptyCells.Params.standard(), 314L);
        double sum = 0;
        for (int s = 1; s <= 10; s++) {
            for (double[] row : d.grid("occupied d3 slice " + s).z()) {
                for (double z : row) {
                    sum += z;
                }
            }
        }
        assertEquals(d.value("occupied-d3").value(), sum, "occupied 3-D cells counted from the slices");
        assertEquals(100 - 100 * d.value("occupied-d3").value() / 1000, d.value("empty-d3").value(), 1e-9);
    }

    @Test
    void centreBallDiameterFromGeometryMatchesClosedForm() {
        for (int d = 1; d <= 14; d++) {
            assertEquals(Math.sqrt(d) - 1, CentreBall.diameterByEnumeration(d), 1e-12, "diameter at D = " + d);
        }
        Dataset data = new CentreBall().run(CentreBall.Params.standard(), 0L);
        // centre radius (sqrt(D) - 1) r reaches the face at distance W/2 when sqrt(D) = 1 + W / (2 r)
        double root = 1 + CentreBall.WIDTH / (2 * CentreBall.SMALL_RADIUS);
        int reach = (int) Math.ceil(root * root);
        int leave = (int) Math.floor(root * root) + 1;
        assertEquals(reach, data.value("reach-dim").value(), "D where the centre ball touches the faces");
        assertEquals(leave, data.value("leave-dim").value(), "first D where the centre ball pokes out");
        assertEquals(Math.sqrt(10) - 1, data.value("diameter-d10").value(), 1e-12);
        assertEquals(5, data.value("claim-leave-dim").value(), "sqrt(D) > 2 first at D = 5");
    }

    @Test
    void gridClassifierIsConsistentWithGridGrowth() {
        Dataset grid = new GridClassifier().run(GridClassifier.Params.standard(), 2021L);
        Dataset growth = new GridGrowth().run(GridClassifier.Params.standard(), 2021L);
        double empty = grid.value("empty-cells-d2").value();
        assertEquals(100 * empty / 36, growth.value("empty-share-d2").value(), 1e-9,
                "the 2-D grid of the classifier is the D = 2 grid of the growth figure");
        int cls = (int) grid.value("test-class").value();
        assertTrue(cls >= 1 && cls <= 3, "the test point falls in a non-empty cell, got class " + cls);
        assertEquals(216, growth.value("cells-d3").value());
        assertEquals(Math.pow(6, 12), growth.value("cells-d12").value());
        assertEquals("2,176,782,336", growth.value("cells-d12").formatted());
        double occupied12 = growth.value("occupied-d12").value();
        assertTrue(occupied12 <= 300, "no more occupied cells than points");
        assertEquals(100 * (1 - occupied12 / Math.pow(6, 12)), growth.value("empty-share-d12").value(), 1e-9);
        assertTrue(!growth.value("empty-share-d12").formatted().startsWith("100"),
                "a share just below 100% must not print as 100: " + growth.value("empty-share-d12").formatted());
    }

    @Test
    void majorityVoteBreaksTiesTowardsTheLowerClass() {
        assertEquals(0, GridClassifier.majority(new int[] {0, 0, 0, 0}));
        assertEquals(2, GridClassifier.majority(new int[] {0, 1, 3, 2}));
        assertEquals(1, GridClassifier.majority(new int[] {0, 2, 2, 1}));
    }

    @Test
    void threeClassDataHasTheRequestedMeansAndCovariance() {
        ThreeClassData.Params p = new ThreeClassData.Params(12, 2000, 1.5, 1);
        ThreeClassData.Sample s = ThreeClassData.sample(p, 3L);
        // within a class the coordinates have unit variance: sample variance within 4 SE (sqrt(2/n))
        double[] c = s.coordinate(5, 2);
        double sd = Stats.sd(c);
        assertEquals(1, sd * sd, 4 * Math.sqrt(2.0 / c.length), "within-class variance of coordinate 6");
        assertEquals(3 * 2000, s.size());
    }
}
