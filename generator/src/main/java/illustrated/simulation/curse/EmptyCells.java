package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Sampling;
import illustrated.simulation.Series;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Empty cells of a regular grid: N points uniform in [0,1]^D, {@code bins} intervals per axis,
 * D = 1..maxDim (the points of dimension D are the first D coordinates of one N x maxDim sample).
 * A cell stays empty with probability (1 - bins^-D)^N, so the expected empty fraction is that number.
 *
 * <p>Besides the fractions, the dataset carries what the grid pictures need: the first three
 * coordinates of the points (series "coordinates 1-2" and "coordinate 3", indexed by point) and the occupancy of every cell (grids "occupied d1", "occupied d2" and one grid per slice
 * "occupied d3 slice k" along the third axis; 1 = occupied, 0 = empty).
 */
public final class EmptyCells implements Simulation<EmptyCells.Params> {
    /** @param points N; @param bins intervals per axis; @param maxDim largest D (bins^maxDim cells) */
    public record Params(int points, int bins, int maxDim) {
        public Params {
            if (points < 1 || bins < 2 || maxDim < 3) {
                throw new IllegalArgumentException("need points >= 1, bins >= 2, maxDim >= 3; got " + points + ", "
                        + bins + ", " + maxDim);
            }
            if (StrictMath.pow(bins, maxDim) > 1e8) {
                throw new IllegalArgumentException(bins + "^" + maxDim + " cells are too many to count (limit 1e8)");
            }
        }

        public static Params standard() {
            return new Params(1000, 10, 6);
        }
    }

    /** Expected share of empty cells: (1 - bins^-D)^N. */
    public static double theoryEmpty(int points, int bins, double d) {
        return StrictMath.pow(1 - StrictMath.pow(bins, -d), points);
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[][] x = Sampling.withRng(seed, rng -> Sampling.uniform(rng, p.points(), p.maxDim(), 0, 1).toDoubleMatrix());
        INDArray binIndex = Transforms.floor(Nd4j.createFromArray(x).mul(p.bins()), false);
        double[][] idx = binIndex.toDoubleMatrix();
        Dataset.Builder b = Dataset.builder();
        double[] dims = new double[p.maxDim()];
        double[] simulated = new double[p.maxDim()];
        double[] theory = new double[p.maxDim()];
        long[] occupiedCount = new long[p.maxDim()];
        for (int d = 1; d <= p.maxDim(); d++) {
            int cells = (int) Math.round(StrictMath.pow(p.bins(), d));
            boolean[] occupied = occupancy(idx, d, p.bins(), cells);
            long occ = 0;
            for (boolean o : occupied) {
                occ += o ? 1 : 0;
            }
            occupiedCount[d - 1] = occ;
            dims[d - 1] = d;
            simulated[d - 1] = 100.0 * (cells - occ) / cells;
            theory[d - 1] = 100.0 * theoryEmpty(p.points(), p.bins(), d);
            if (d <= 3) {
                addOccupancyGrids(b, occupied, d, p.bins());
            }
        }
        double[][] c = new double[3][p.points()];
        for (int i = 0; i < p.points(); i++) {
            for (int k = 0; k < 3; k++) {
                c[k][i] = x[i][k];
            }
        }
        b.series("coordinates 1-2", c[0], c[1]);
        b.series(Series.indexed("coordinate 3", c[2]));
        b.series("simulated empty share (%)", dims, simulated);
        b.series("theory empty share (%)", dims, theory);
        int fine = 20 * (p.maxDim() - 1) + 1;
        double[] dFine = new double[fine];
        double[] tFine = new double[fine];
        for (int i = 0; i < fine; i++) {
            dFine[i] = 1 + i / 20.0;
            tFine[i] = 100.0 * theoryEmpty(p.points(), p.bins(), dFine[i]);
        }
        b.series("theory curve (%)", dFine, tFine);
        b.value("points", new Value(p.points(), "%,.0f", "")).value("bins", Value.integer(p.bins()));
        for (int d = 1; d <= 3; d++) {
            b.value("occupied-d" + d, Value.integer(occupiedCount[d - 1]));
            b.value("cells-d" + d, new Value(StrictMath.pow(p.bins(), d), "%,.0f", ""));
        }
        for (int d = 1; d <= p.maxDim(); d++) {
            b.value("empty-d" + d, new Value(simulated[d - 1], "%.2f", "%"));
        }
        for (int d = 1; d <= p.maxDim(); d++) {
            b.value("theory-d" + d, new Value(theory[d - 1], "%.2f", "%"));
        }
        return b.build();
    }

    /** Which of the bins^d cells hold at least one point (cell number: mixed radix, coordinate 1 fastest). */
    static boolean[] occupancy(double[][] binIndex, int d, int bins, int cells) {
        boolean[] occupied = new boolean[cells];
        for (double[] row : binIndex) {
            int c = 0;
            for (int k = d - 1; k >= 0; k--) {
                c = c * bins + (int) row[k];
            }
            occupied[c] = true;
        }
        return occupied;
    }

    private static void addOccupancyGrids(Dataset.Builder b, boolean[] occupied, int d, int bins) {
        double[] centres = new double[bins];
        for (int i = 0; i < bins; i++) {
            centres[i] = (i + 0.5) / bins;
        }
        if (d == 1) {
            double[][] z = new double[1][bins];
            for (int i = 0; i < bins; i++) {
                z[0][i] = occupied[i] ? 1 : 0;
            }
            b.grid(new Grid("occupied d1", centres, new double[] {0.5}, z));
            return;
        }
        int slices = d == 2 ? 1 : bins;
        for (int s = 0; s < slices; s++) {
            double[][] z = new double[bins][bins];
            for (int r = 0; r < bins; r++) {
                for (int c = 0; c < bins; c++) {
                    z[r][c] = occupied[s * bins * bins + r * bins + c] ? 1 : 0;
                }
            }
            b.grid(new Grid(d == 2 ? "occupied d2" : "occupied d3 slice " + (s + 1), centres, centres, z));
        }
    }
}
