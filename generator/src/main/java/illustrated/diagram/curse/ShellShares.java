package illustrated.diagram.curse;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;

/**
 * Share of a D-ball's volume in its outer shell of thickness ε: since V_D(r) ∝ r^D, the share is
 * 1 − (1 − ε/r)^D for any D. Computed for the ring as drawn and for the thin 1% shell of the prose.
 * Closed form; the seed is ignored.
 */
public final class ShellShares implements Simulation<ShellShares.Params> {
    /**
     * @param drawnRatio ε/r of the ring in the picture
     * @param thinRatio  ε/r of the thin shell the prose discusses
     * @param dims       dimensions to tabulate
     */
    public record Params(double drawnRatio, double thinRatio, List<Integer> dims) {
        public Params {
            dims = List.copyOf(dims);
            if (!(drawnRatio > 0 && drawnRatio < 1 && thinRatio > 0 && thinRatio < 1)) {
                throw new IllegalArgumentException("ε/r must lie in (0, 1), got " + Decimal.shortest(drawnRatio) + " and " + Decimal.shortest(thinRatio));
            }
        }

        public static Params standard() {
            return new Params(0.15, 0.01, List.of(2, 3));
        }
    }

    /** 1 − (1 − ε/r)^D, computed without cancellation for small ε/r. */
    public static double share(double ratio, int dim) {
        return -StrictMath.expm1(dim * StrictMath.log1p(-ratio));
    }

    @Override
    public Dataset run(Params p, long seed) {
        Dataset.Builder b = Dataset.builder();
        b.value("drawn-ratio", Value.of(p.drawnRatio(), "%.2f"));
        b.value("thin-ratio", Value.of(p.thinRatio(), "%.2f"));
        for (int d : p.dims()) {
            b.value("drawn-share-d" + d, new Value(100 * share(p.drawnRatio(), d), "%.1f", "%"));
            b.value("share-d" + d, new Value(100 * share(p.thinRatio(), d), "%.2f", "%"));
        }
        return b.build();
    }
}
