package illustrated.diagram.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import illustrated.simulation.curse.CentreBall;
import java.util.List;

/**
 * Geometry behind the stacked-balls picture: 2^D unit cubes stacked into a cube of side 2, a ball
 * of diameter 1 in each, and the centre ball that touches them all. A small ball's centre sits at
 * (±1/2, …, ±1/2), at distance √D/2 from the middle, so the centre ball has radius √D/2 − 1/2 and
 * diameter √D − 1. No randomness; the seed is ignored.
 */
public final class CentreBallGeometry implements Simulation<CentreBallGeometry.Params> {
    /** @param dims the dimensions whose centre-ball diameter the prose quotes */
    public record Params(List<Integer> dims) {
        public Params {
            dims = List.copyOf(dims);
            if (dims.stream().anyMatch(d -> d < 1)) {
                throw new IllegalArgumentException("dims must be at least 1, got " + dims);
            }
        }
    }

    /** Diameter of the ball in the middle of the stack that touches all 2^D unit balls. */
    public static double centreDiameter(int dim) {
        return CentreBall.diameter(dim);
    }

    /** Distance from the middle of the stack to the centre of one unit ball. */
    public static double cornerBallDistance(int dim) {
        return Math.sqrt(dim) / 2;
    }

    @Override
    public Dataset run(Params params, long seed) {
        Dataset.Builder b = Dataset.builder();
        for (int d : params.dims()) {
            b.value("diameter-d" + d, Value.of(centreDiameter(d), "%.3f"));
            b.value("centre-distance-d" + d, Value.of(cornerBallDistance(d), "%.3f"));
        }
        return b.build();
    }
}
