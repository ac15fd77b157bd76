package illustrated.simulation.curse;

import illustrated.format.Decimal;
import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;

/**
 * The "empty M&amp;M" (article A, §2.3): the share of the unit D-ball's volume within the outer shell
 * of thickness ε is 1 - (1 - ε)^D. The exact curve for D = 1..maxDim, the D where it first reaches
 * 90% and 99%, and a Monte-Carlo check on ND4J: points uniform in the ball, share with |x| > 1 - ε.
 */
public final class ShellShare implements Simulation<ShellShare.Params> {
    /**
     * @param epsilon   shell thickness (radius 1)
     * @param maxDim    largest D of the curve
     * @param mcDims    D values of the Monte-Carlo check
     * @param mcSamples points per Monte-Carlo D
     */
    public record Params(double epsilon, int maxDim, List<Integer> mcDims, int mcSamples) {
        public Params {
            mcDims = List.copyOf(mcDims);
            if (!(epsilon > 0 && epsilon < 1) || maxDim < 1 || mcSamples < 1) {
                throw new IllegalArgumentException("need 0 < epsilon < 1, maxDim >= 1, mcSamples >= 1; got "
                        + Decimal.shortest(epsilon) + ", " + maxDim + ", " + mcSamples);
            }
        }

        public static Params standard() {
            return new Params(0.01, 1000, List.of(10, 50, 100, 200, 300, 400, 600, 800, 1000), 3000);
        }
    }

    /** 1 - (1 - ε)^D. */
    public static double share(double epsilon, int d) {
        return 1 - StrictMath.pow(1 - epsilon, d);
    }

    /** Smallest D with share ≥ target: ⌈ln(1 - target) / ln(1 - ε)⌉ (checked against the curve). */
    public static int firstDimReaching(double epsilon, double target) {
        int d = (int) Math.ceil(StrictMath.log(1 - target) / StrictMath.log(1 - epsilon) - 1e-12);
        while (share(epsilon, d) < target) {
            d++;
        }
        while (d > 1 && share(epsilon, d - 1) >= target) {
            d--;
        }
        return d;
    }

    /** Share of {@code n} points uniform in the unit D-ball that lie farther than 1 - ε from the centre. */
    static double monteCarloShare(org.nd4j.linalg.api.rng.Random rng, int n, int d, double epsilon) {
        double[] r = Sampling.rowNormsAndFree(Sampling.inUnitBall(rng, n, d));
        int outer = 0;
        for (double x : r) {
            outer += x > 1 - epsilon ? 1 : 0;
        }
        return (double) outer / n;
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[] d = new double[p.maxDim()];
        double[] share = new double[p.maxDim()];
        for (int k = 1; k <= p.maxDim(); k++) {
            d[k - 1] = k;
            share[k - 1] = 100 * share(p.epsilon(), k);
        }
        double[] mcD = p.mcDims().stream().mapToDouble(Integer::doubleValue).toArray();
        double[] mc = Sampling.withRng(seed, rng -> {
            double[] out = new double[mcD.length];
            for (int i = 0; i < mcD.length; i++) {
                out[i] = 100 * monteCarloShare(rng, p.mcSamples(), (int) mcD[i], p.epsilon());
            }
            return out;
        });
        int d90 = firstDimReaching(p.epsilon(), 0.9);
        int d99 = firstDimReaching(p.epsilon(), 0.99);
        Dataset.Builder b = Dataset.builder()
                .series("share of volume in the outer shell (%)", d, share)
                .series("Monte Carlo (%)", mcD, mc)
                .series("source's claim (%)", new double[] {400}, new double[] {90})
                .value("epsilon", new Value(100 * p.epsilon(), "%.0f", "%"))
                .value("d90", Value.integer(d90))
                .value("d99", Value.integer(d99))
                .value("share-d3", new Value(100 * share(p.epsilon(), 3), "%.1f", "%"))
                .value("share-d400", new Value(100 * share(p.epsilon(), 400), "%.1f", "%"))
                .value("mc-samples", new Value(p.mcSamples(), "%,.0f", ""));
        if (p.maxDim() >= 2) {
            b.value("share-d2", new Value(100 * share(p.epsilon(), 2), "%.1f", "%"));
        }
        return b.build();
    }
}
