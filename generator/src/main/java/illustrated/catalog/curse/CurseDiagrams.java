package illustrated.catalog.curse;

import illustrated.diagram.curse.CentreBallGeometry;
import illustrated.diagram.curse.HemisphereCone;
import illustrated.diagram.curse.PacManWalk;
import illustrated.diagram.curse.ShellRing;
import illustrated.diagram.curse.ShellShares;
import illustrated.diagram.curse.Sketch;
import illustrated.diagram.curse.SpikyCube;
import illustrated.diagram.curse.StackedBalls;
import illustrated.diagram.curse.TurnAngles;
import illustrated.diagram.curse.UnitSquareCube;
import illustrated.diagram.curse.VectorAngle;
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
        return List.of(unitSquareCube(), stackedBalls(), spikyCube(), vectorAngle(), hemisphereCone(), pacManWalk(), shellRing());
    }

    static FigureSpec unitSquareCube() {
        return sized(FigureSpec.diagram("unit-square-cube"), new UnitSquareCube(760, 380))
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

    static FigureSpec stackedBalls() {
        return sized(FigureSpec.computed("stacked-balls", new CentreBallGeometry(), new CentreBallGeometry.Params(List.of(2, 3)), 0L), new StackedBalls(760, 400))
                .title("Four unit circles and eight unit spheres in a stack, with the ball in the middle that touches them all")
                .description(d -> "Left: four unit squares in a 2 by 2 block, each with an orange circle of diameter 1. "
                        + "In the middle sits a blue circle touching all four; its diameter is square root of 2 minus 1, "
                        + "about " + d.value("diameter-d2").formatted() + ". A dashed line from the middle to the "
                        + "centre of one orange circle has length square root of 2 over 2: the blue radius plus one "
                        + "half. Right: eight unit cubes in a 2 by 2 by 2 block, each with an orange sphere of "
                        + "diameter 1, seen from above at an angle; the blue sphere in the middle touches all eight "
                        + "and has diameter square root of 3 minus 1, about " + d.value("diameter-d3").formatted()
                        + ". Both blue balls are far smaller than the block, whose side is 2.")
                .build();
    }

    static FigureSpec spikyCube() {
        return sized(FigureSpec.diagram("spiky-cube"), new SpikyCube(1000, 520, List.of(2, 4, 16, 64)))
                .title("Sketch of spiky hypercubes: face centres stay at 1/2 while corners move out to the square root of D over 2")
                .description("Four star-shaped sketches on one scale, for D = 2, 4, 16 and 64. In each, a blue disc of "
                        + "diameter 1 stands for the inscribed ball, and the star's valleys touch it at distance 1/2 from "
                        + "the centre: the centres of the cube's faces. The star's spikes stand for the corners, at "
                        + "distance square root of D over 2: about 0.71 for D = 2 (where the star is exactly the square), "
                        + "1 for D = 4, 2 for D = 16 and 4 for D = 64, written under each star with its number of corners. "
                        + "The cube has 2 to the power D corners, far more than drawn; the sketch shows distances, not a "
                        + "true projection.")
                .build();
    }

    static FigureSpec vectorAngle() {
        return sized(FigureSpec.diagram("vector-angle"), new VectorAngle(760, 360))
                .title("The angle between two vectors, defined through the inner product")
                .description("Two arrows start at the origin: x points to the right and slightly up, y points steeply "
                        + "up. The angle theta between them is shaded. A dashed line drops from the tip of y at a right "
                        + "angle onto x; the stretch of x up to that foot has length norm of y times cos theta. Beside "
                        + "the drawing: cos theta equals x transposed y divided by the product of the norms of x and y, "
                        + "where x transposed y is the sum x1 y1 + x2 y2 + ... + xD yD and the squared norm of x is "
                        + "x transposed x. The formula defines the angle in any dimension D.")
                .build();
    }

    static FigureSpec hemisphereCone() {
        return sized(FigureSpec.diagram("hemisphere-cone"), new HemisphereCone(840, 420))
                .title("Why a random direction in 3-D is most likely to be at right angles to x: p(theta) = one half sin theta")
                .description("Left: a sphere with the vector x pointing to its north pole. An orange cone from the "
                        + "centre opens at a small angle theta around x; where it meets the sphere it cuts a short ring, "
                        + "of circumference 2 pi sin theta. A blue band runs round the equator: there the cone has opened "
                        + "flat into the hemisphere's cross-section, a disc whose rim has the full circumference 2 pi. "
                        + "Bands of equal width hold area in proportion to their rim, so random directions fall far more "
                        + "often near the equator. Right: the density of the angle theta between x and a uniformly random "
                        + "direction, one half sin theta, rising from 0 at 0 degrees to its peak of one half at 90 degrees "
                        + "and falling back to 0 at 180 degrees, with the orange and blue bands shaded under it; a dashed "
                        + "flat line at 1 over pi shows the two-dimensional case, where every angle is equally likely.")
                .build();
    }

    static FigureSpec pacManWalk() {
        return sized(FigureSpec.computed("pac-man-walk", new TurnAngles(), TurnAngles.Params.standard(), 0L), new PacManWalk(910, 400))
                .title("Moving like a maze game character: in high dimensions a random next move is almost always at right angles")
                .description(d -> "Left: a round walker with eyes and feet has travelled along grid lines from a start "
                        + "cell, going straight or turning by exactly 90 degrees, each turn marked with a small square. "
                        + "Right: two fans of 36 rays from a point where the last move, a grey arrow, arrived from the "
                        + "left. Each ray stands for an equal share of the chances for the direction of a random next "
                        + "move, at quantiles of the angle between two random directions. In 2 dimensions the rays "
                        + "spread evenly all round, backwards included. In 100 dimensions they crowd into two narrow "
                        + "bundles pointing straight up and straight down: 90% of random next moves lie within "
                        + d.value("spread90-d100").formatted() + " of a right angle (in 2 dimensions, within "
                        + d.value("spread90-d2").formatted() + ").")
                .build();
    }

    static FigureSpec shellRing() {
        return sized(FigureSpec.computed("shell-ring", new ShellShares(), ShellShares.Params.standard(), 0L), new ShellRing(780, 380))
                .title("The outer shell of a ball: thickness epsilon, radius r")
                .description(d -> "Left: a disc of radius r, drawn from the centre to the rim. Its outer ring of "
                        + "thickness epsilon is shaded dark gold like a sugar coating; the pale inside has radius r minus "
                        + "epsilon. Right: the share of the ball in the shell is 1 minus (1 minus epsilon over r) to the "
                        + "power D, because the volume of a D-ball grows like r to the power D. A table gives the share "
                        + "for the ring as drawn, epsilon over r = " + d.value("drawn-ratio").formatted() + ": "
                        + d.value("drawn-share-d2").formatted() + " in 2-D and " + d.value("drawn-share-d3").formatted()
                        + " in 3-D; and for a thin shell, epsilon over r = " + d.value("thin-ratio").formatted() + ": "
                        + d.value("share-d2").formatted() + " in 2-D and " + d.value("share-d3").formatted() + " in 3-D.")
                .build();
    }

    /** The builder with the sketch as its painter, at the sketch's own size. */
    private static <P extends Record> FigureSpec.Builder<P> sized(FigureSpec.Builder<P> spec, Sketch sketch) {
        return spec.paint(sketch).size(sketch.width(), sketch.height());
    }
}
