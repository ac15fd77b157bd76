package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * The naive grid classifier of PRML §1.4 on {@link ThreeClassData}: coordinates 1 and 2 are cut
 * into {@code bins x bins} cells, each cell takes the majority class of the training points in it
 * (ties go to the lower class number; a cell with no point stays empty, class 0), and the test point
 * gets the class of its cell.
 */
public final class GridClassifier implements Simulation<GridClassifier.Params> {
    /**
     * The data set and the grid, for the classifier and for {@link GridGrowth}.
     *
     * @param data the data set; @param bins intervals per axis (6 in the source's picture)
     */
    public record Params(ThreeClassData.Params data, int bins) {
        public Params {
            if (bins < 2) {
                throw new IllegalArgumentException("bins must be at least 2 (one interval is no grid), got " + bins);
            }
        }

        public static Params standard() {
            return new Params(ThreeClassData.Params.standard(), 6);
        }
    }

    @Override
    public Dataset run(Params p, long seed) {
        ThreeClassData.Sample s = ThreeClassData.sample(p.data(), seed);
        GridBinning grid = new GridBinning(s.x(), 2, p.bins());
        int[][][] counts = new int[p.bins()][p.bins()][ThreeClassData.CLASSES + 1];
        for (int i = 0; i < s.size(); i++) {
            counts[grid.bin(1, s.x()[i][1])][grid.bin(0, s.x()[i][0])][s.label()[i]]++;
        }
        double[][] majority = new double[p.bins()][p.bins()];
        int empty = 0;
        for (int r = 0; r < p.bins(); r++) {
            for (int c = 0; c < p.bins(); c++) {
                majority[r][c] = majority(counts[r][c]);
                empty += majority[r][c] == 0 ? 1 : 0;
            }
        }
        int testClass = (int) majority[grid.bin(1, s.test()[1])][grid.bin(0, s.test()[0])];
        double[] xs = new double[p.bins() + 1];
        double[] ys = new double[p.bins() + 1];
        for (int b = 0; b <= p.bins(); b++) {
            xs[b] = grid.edge(0, b);
            ys[b] = grid.edge(1, b);
        }
        Dataset.Builder b = Dataset.builder();
        ThreeClassData.addScatter(b, s);
        return b.grid(new Grid("majority class", centres(xs), centres(ys), majority))
                .series("grid edges", xs, ys)
                .value("test-class", Value.integer(testClass))
                .value("empty-cells-d2", Value.integer(empty))
                .value("cells-d2", Value.integer((long) p.bins() * p.bins()))
                .value("bins", Value.integer(p.bins()))
                .build();
    }

    /** Class with most points (lowest number on a tie), 0 when there is none. */
    static int majority(int[] countByClass) {
        int best = 0;
        for (int c = 1; c < countByClass.length; c++) {
            if (countByClass[c] > (best == 0 ? 0 : countByClass[best])) {
                best = c;
            }
        }
        return best;
    }

    private static double[] centres(double[] edges) {
        double[] c = new double[edges.length - 1];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (edges[i] + edges[i + 1]);
        }
        return c;
    }
}
