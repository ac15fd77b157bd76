package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The stacked-cubes puzzle (article A, §2.1): 2^D unit cubes stacked into a cube of width 2 centred
 * at the origin, each holding a ball of radius 1/2 centred at (±1/2, ..., ±1/2). The ball at the
 * origin that touches all of them has radius (distance to a small ball's centre) - 1/2 =
 * (√D - 1)/2, so its diameter is √D - 1 (the source claims √D). It reaches the stack's faces (at
 * distance 1) when √D - 1 = 2, i.e. D = 9, and pokes out from D = 10 on.
 *
 * <p>The distances are computed on ND4J from the 2^D centres (for D up to {@code enumerateUpTo});
 * the closed form is kept separately so that a test can compare the two.
 */
public final class CentreBall implements Simulation<CentreBall.Params> {
    /** Width of the stack of 2 x 2 x ... unit cubes. */
    public static final double WIDTH = 2.0;
    /** Radius of each small ball (diameter 1, inscribed in a unit cube). */
    public static final double SMALL_RADIUS = 0.5;

    /** @param maxDim largest D plotted; @param enumerateUpTo largest D whose 2^D centres are enumerated */
    public record Params(int maxDim, int enumerateUpTo) {
        public Params {
            if (maxDim < 2 || enumerateUpTo < 1 || enumerateUpTo > 20) {
                throw new IllegalArgumentException("need maxDim >= 2 and 1 <= enumerateUpTo <= 20; got " + maxDim
                        + ", " + enumerateUpTo);
            }
        }

        public static Params standard() {
            return new Params(16, 16);
        }
    }

    /** Closed form: diameter of the centre ball, √D - 1 (for radius-1/2 balls in unit cubes). */
    public static double diameter(int d) {
        return Math.sqrt(d) - 1;
    }

    /** Diameter from the geometry: 2 (min distance from the origin to a small ball's centre - 1/2). */
    static double diameterByEnumeration(int d) {
        int corners = 1 << d;
        double[][] centres = new double[corners][d];
        for (int c = 0; c < corners; c++) {
            for (int k = 0; k < d; k++) {
                centres[c][k] = ((c >> k) & 1) == 0 ? -SMALL_RADIUS : SMALL_RADIUS;
            }
        }
        INDArray m = Nd4j.createFromArray(centres);
        double nearest = m.norm2(1).minNumber().doubleValue();
        return 2 * (nearest - SMALL_RADIUS);
    }

    @Override
    public Dataset run(Params p, long seed) {
        int n = p.maxDim();
        double[] d = IntStream.rangeClosed(1, n).asDoubleStream().toArray();
        double[] diameter = IntStream.rangeClosed(1, n)
                .mapToDouble(k -> k <= p.enumerateUpTo() ? diameterByEnumeration(k) : diameter(k)).toArray();
        double[] claim = IntStream.rangeClosed(1, n).mapToDouble(Math::sqrt).toArray();
        double[] width = new double[n];
        java.util.Arrays.fill(width, WIDTH);
        int reach = firstDim(diameter, x -> x >= WIDTH - 1e-9);
        int leave = firstDim(diameter, x -> x > WIDTH + 1e-9);
        int claimLeave = firstDim(claim, x -> x > WIDTH + 1e-9);
        return Dataset.builder()
                .series("centre ball diameter", d, diameter)
                .series("source's claim", d, claim)
                .series("stack width", d, width)
                .value("reach-dim", Value.integer(reach))
                .value("leave-dim", Value.integer(leave))
                .value("claim-leave-dim", Value.integer(claimLeave))
                .value("diameter-d2", Value.of(diameter[1], "%.3f"))
                .value("diameter-d3", Value.of(diameter[2], "%.3f"))
                .value("diameter-d10", Value.of(diameter[Math.min(10, n) - 1], "%.3f"))
                .value("width", Value.of(WIDTH, "%.0f"))
                .build();
    }

    /** First D (1-based) whose value passes the test, or -1 when none in range. */
    private static int firstDim(double[] v, java.util.function.DoublePredicate test) {
        for (int i = 0; i < v.length; i++) {
            if (test.test(v[i])) {
                return i + 1;
            }
        }
        return -1;
    }
}
