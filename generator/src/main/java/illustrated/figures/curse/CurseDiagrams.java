package illustrated.figures.curse;

import illustrated.diagram.curse.UnitSquareCube;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import java.util.List;

/**
 * The drawn (not simulated) figures of "Spiky cubes, Pac-Man walking, empty M&amp;M's chocolate":
 * geometry sketches painted with Java2D. The simulated charts of the same article are in
 * {@link CurseFigures}.
 */
public final class CurseDiagrams implements FigureCatalog {
    @Override
    public List<FigureSpec> figures() {
        return List.of(unitSquareCube());
    }

    static FigureSpec unitSquareCube() {
        int w = 760;
        int h = 380;
        return FigureSpec.diagram("unit-square-cube")
                .paint(new UnitSquareCube(w, h))
                .size(w, h)
                .title("A unit square and a unit cube with their inscribed circle and sphere, and their diagonals")
                .description("Left: a square of side 1 with a circle of diameter 1 inscribed in it, touching the middle "
                        + "of every side; the diagonal from corner to corner has length square root of 2. Right: a "
                        + "cube of side 1 seen from above at an angle, with a sphere of diameter 1 inside touching the "
                        + "centre of every face. A diagonal across the top face has length square root of 2; together "
                        + "with one vertical edge of length 1 it forms a right triangle whose long side, the space "
                        + "diagonal through the sphere's centre, has length square root of 2 plus 1, that is square "
                        + "root of 3.")
                .build();
    }
}
