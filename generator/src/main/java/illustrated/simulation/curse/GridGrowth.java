package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.Arrays;

/**
 * What happens to the naive grid when features are added: the {@link ThreeClassData} points are
 * binned on their first D coordinates ({@code bins} intervals each, as in {@link GridClassifier}),
 * for D = 1..dims (the parameters are the classifier's). The grid has bins^D cells but never more than N occupied ones.
 */
public final class GridGrowth implements Simulation<GridClassifier.Params> {
    @Override
    public Dataset run(GridClassifier.Params p, long seed) {
        ThreeClassData.Sample s = ThreeClassData.sample(p.data(), seed);
        int dims = s.dims();
        GridBinning grid = new GridBinning(s.x(), dims, p.bins());
        double[] d = new double[dims];
        double[] cells = new double[dims];
        double[] occupied = new double[dims];
        double[] emptyShare = new double[dims];
        for (int k = 1; k <= dims; k++) {
            long[] ids = new long[s.size()];
            for (int i = 0; i < s.size(); i++) {
                ids[i] = grid.cell(s.x()[i], k);
            }
            long distinct = Arrays.stream(ids).distinct().count();
            double total = StrictMath.pow(p.bins(), k);
            d[k - 1] = k;
            cells[k - 1] = total;
            occupied[k - 1] = distinct;
            emptyShare[k - 1] = 100.0 * (total - distinct) / total;
        }
        int last = Math.min(12, dims) - 1;
        Dataset.Builder b = Dataset.builder()
                .series("cells", d, cells)
                .series("occupied cells", d, occupied)
                .series("empty share (%)", d, emptyShare)
                .value("points", Value.integer(s.size()))
                .value("cells-d3", new Value(cells[2], "%,.0f", ""))
                .value("cells-d12", new Value(cells[last], "%,.0f", ""))
                .value("empty-share-d2", new Value(emptyShare[1], "%.1f", "%"))
                .value("empty-share-d3", new Value(emptyShare[2], "%.1f", "%"))
                .value("empty-share-d12", new Value(emptyShare[last], emptyFormat(emptyShare[last]), "%"))
                .value("occupied-d3", Value.integer((long) occupied[2]))
                .value("occupied-d12", Value.integer((long) occupied[last]));
        int firstOver = -1;
        for (int k = 0; k < dims; k++) {
            if (cells[k] > s.size()) {
                firstOver = k + 1;
                break;
            }
        }
        b.value("cells-exceed-points-dim", Value.integer(firstOver));
        return b.build();
    }

    /** Enough decimals that a share just below 100% does not print as "100.0". */
    static String emptyFormat(double share) {
        double gap = 100.0 - share;
        if (gap <= 0) {
            return "%.1f";
        }
        int decimals = Math.max(1, Math.min(9, (int) Math.ceil(-StrictMath.log10(gap)) + 1));
        return "%." + decimals + "f";
    }
}
