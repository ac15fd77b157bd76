package illustrated.simulation.curse;

import illustrated.simulation.Dataset;
import illustrated.simulation.Sampling;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;

/**
 * Volume of the unit D-ball, V_D = π^(D/2) / Γ(D/2 + 1), by the exact recursion V_0 = 1, V_1 = 2,
 * V_D = (2π/D) V_(D-2) (no Γ function needed for integer D), and the share of the cube [-1, 1]^D it
 * fills, V_D / 2^D. Monte-Carlo estimates on ND4J for small D: points uniform in the cube, share
 * with |x| ≤ 1.
 */
public final class BallVolume implements Simulation<BallVolume.Params> {
    /** @param maxDim largest D; @param mcMaxDim largest D with a Monte-Carlo estimate; @param mcSamples points per D */
    public record Params(int maxDim, int mcMaxDim, int mcSamples) {
        public Params {
            if (maxDim < 5 || mcMaxDim < 1 || mcMaxDim > maxDim || mcSamples < 1) {
                throw new IllegalArgumentException("need maxDim >= 5, 1 <= mcMaxDim <= maxDim, mcSamples >= 1; got "
                        + maxDim + ", " + mcMaxDim + ", " + mcSamples);
            }
        }

        public static Params standard() {
            return new Params(30, 10, 200_000);
        }
    }

    /** V_0..V_max of the unit ball. */
    public static double[] volumes(int max) {
        double[] v = new double[max + 1];
        v[0] = 1;
        if (max >= 1) {
            v[1] = 2;
        }
        for (int d = 2; d <= max; d++) {
            v[d] = 2 * Math.PI / d * v[d - 2];
        }
        return v;
    }

    /** Share of {@code n} points uniform in [-1, 1]^d that fall in the unit ball. */
    static double monteCarloRatio(org.nd4j.linalg.api.rng.Random rng, int n, int d) {
        double[] r = Sampling.rowNormsAndFree(Sampling.uniform(rng, n, d, -1, 1));
        int inside = 0;
        for (double x : r) {
            inside += x <= 1 ? 1 : 0;
        }
        return (double) inside / n;
    }

    @Override
    public Dataset run(Params p, long seed) {
        double[] v = volumes(p.maxDim());
        double[] d = new double[p.maxDim()];
        double[] vol = new double[p.maxDim()];
        double[] ratio = new double[p.maxDim()];
        int best = 1;
        for (int k = 1; k <= p.maxDim(); k++) {
            d[k - 1] = k;
            vol[k - 1] = v[k];
            ratio[k - 1] = 100 * v[k] / StrictMath.pow(2, k);
            if (v[k] > v[best]) {
                best = k;
            }
        }
        double[] mcD = new double[p.mcMaxDim()];
        double[] mcRatio = Sampling.withRng(seed, rng -> {
            double[] out = new double[p.mcMaxDim()];
            for (int k = 1; k <= p.mcMaxDim(); k++) {
                out[k - 1] = 100 * monteCarloRatio(rng, p.mcSamples(), k);
            }
            return out;
        });
        double[] mcVol = new double[p.mcMaxDim()];
        for (int k = 1; k <= p.mcMaxDim(); k++) {
            mcD[k - 1] = k;
            mcVol[k - 1] = mcRatio[k - 1] / 100 * StrictMath.pow(2, k);
        }
        return Dataset.builder()
                .series("volume of the unit ball", d, vol)
                .series("ball / cube (%)", d, ratio)
                .series("Monte Carlo volume", mcD, mcVol)
                .series("Monte Carlo ball / cube (%)", mcD, mcRatio)
                .value("max-volume-dim", Value.integer(best))
                .value("max-volume", Value.of(v[best], "%.3f"))
                .value("volume-d2", Value.of(v[2], "%.3f"))
                .value("volume-d3", Value.of(v[3], "%.3f"))
                .value("volume-d" + p.maxDim(), Value.of(v[p.maxDim()], "%.2g"))
                .value("ratio-d2", new Value(ratio[1], "%.1f", "%"))
                .value("ratio-d3", new Value(ratio[2], "%.1f", "%"))
                .value("ratio-d10", new Value(ratio[9], "%.3f", "%"))
                .value("mc-samples", new Value(p.mcSamples(), "%,.0f", ""))
                .build();
    }
}
