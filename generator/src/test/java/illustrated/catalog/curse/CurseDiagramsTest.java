package illustrated.catalog.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import illustrated.diagram.curse.CentreBallGeometry;
import illustrated.diagram.curse.ShellShares;
import illustrated.diagram.curse.TurnAngles;
import illustrated.figure.FigureSpec;
import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The drawn figures of the curse-of-dimensionality article, and the small geometry behind them. */
class CurseDiagramsTest {
    private static final List<FigureSpec> FIGURES = new CurseDiagrams().figures();

    @Test
    void catalogHoldsTheArticlesDiagrams() {
        Set<String> ids = FIGURES.stream().map(FigureSpec::id).collect(Collectors.toSet());
        assertEquals(Set.of("unit-square-cube", "stacked-balls", "spiky-cube", "vector-angle", "hemisphere-cone",
                "pac-man-walk", "shell-ring"), ids);
        FIGURES.forEach(f -> assertEquals(FigureSpec.Kind.DIAGRAM, f.kind(), f.id()));
    }

    /** D = 2: the angle is uniform; D = 3: its CDF is (1 − cos θ)/2 (density ½ sin θ). Tolerance 0.001°. */
    @Test
    void turnAngleQuantilesMatchTheClosedForms() {
        int rays = 36;
        Dataset d = new TurnAngles().run(new TurnAngles.Params(List.of(2, 3), rays, 200_000), 0L);
        Series two = d.series("d2");
        Series three = d.series("d3");
        for (int k = 0; k < rays; k++) {
            double q = (k + 0.5) / rays;
            assertEquals(180 * q, two.y(k), 1e-3, "D = 2, level " + q);
            assertEquals(Math.toDegrees(Math.acos(1 - 2 * q)), three.y(k), 1e-3, "D = 3, level " + q);
        }
        assertEquals(90 - 180 * 0.05, d.value("spread90-d2").value(), 1e-3);
    }

    /**
     * Near 90° the density sin^(D−2) θ is close to a normal law with standard deviation 1/√(D − 2), so the
     * central 90% is about ±1.645/√(D − 2) radians; within 3% at D = 100.
     */
    @Test
    void turnAngleSpreadShrinksLikeOneOverRootD() {
        Dataset d = new TurnAngles().run(new TurnAngles.Params(List.of(100, 400), 20, 200_000), 0L);
        for (int dim : List.of(100, 400)) {
            double expected = Math.toDegrees(1.6449 / Math.sqrt(dim - 2));
            assertEquals(expected, d.value("spread90-d" + dim).value(), 0.03 * expected, "D = " + dim);
        }
    }

    /** The shell share equals 1 − V_D(r − ε)/V_D(r) with the textbook volumes of the disc and the ball. */
    @Test
    void shellShareAgreesWithDiscAndBallVolumes() {
        double r = 2.0;
        for (double eps : new double[] {0.02, 0.3}) {
            double disc = 1 - Math.PI * (r - eps) * (r - eps) / (Math.PI * r * r);
            double ball = 1 - 4.0 / 3 * Math.PI * Math.pow(r - eps, 3) / (4.0 / 3 * Math.PI * Math.pow(r, 3));
            assertEquals(disc, ShellShares.share(eps / r, 2), 1e-12);
            assertEquals(ball, ShellShares.share(eps / r, 3), 1e-12);
        }
        Dataset d = new ShellShares().run(ShellShares.Params.standard(), 0L);
        assertEquals(100 * (1 - 0.99 * 0.99), d.value("share-d2").value(), 1e-9);
    }

    /**
     * The centre ball touches every unit ball: the distance from the middle of the stack to the centre of
     * a unit ball, measured coordinate by coordinate, equals the centre radius plus ½. It fits inside
     * the stack (width 2) up to D = 9 and sticks out from D = 10.
     */
    @Test
    void centreBallTouchesTheUnitBallsAndOutgrowsTheStackAtDTen() {
        for (int dim = 1; dim <= 30; dim++) {
            double sq = 0;
            for (int i = 0; i < dim; i++) {
                sq += 0.25;
            }
            double reach = CentreBallGeometry.centreDiameter(dim) / 2 + 0.5;
            assertEquals(Math.sqrt(sq), reach, 1e-12, "D = " + dim);
            boolean inside = CentreBallGeometry.centreDiameter(dim) <= 2 + 1e-12;
            assertEquals(dim <= 9, inside, "D = " + dim);
        }
        assertFalse(CentreBallGeometry.centreDiameter(4) >= 2, "the source's √D would already fill the stack at D = 4");
    }
}
