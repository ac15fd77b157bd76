package illustrated.report;

import illustrated.chart.Charts;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import illustrated.simulation.Value;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Three small figures for the reviewers' tests: "alpha" (a scaled sine, its amplitude is the
 * parameter the tests change), "beta" (a noisy cosine) and "gamma" (a quadratic). Which of them a
 * fixture site shows is decided by its content, not here. No-argument constructor: the catalog
 * chosen with {@code -Dillustrated.catalogs=illustrated.report.ReviewCatalog} in child processes.
 */
public final class ReviewCatalog implements FigureCatalog {
    /** Points of every series. */
    public static final int POINTS = 61;
    private final double amplitude;

    public ReviewCatalog() {
        this(1.0);
    }

    public ReviewCatalog(double amplitude) {
        this.amplitude = amplitude;
    }

    /** {@code amplitude * sin(x)} on [0, 2 pi], and its peak as a value. */
    public static final class ScaledSine implements Simulation<ScaledSine.Params> {
        public record Params(int points, double amplitude) { }

        @Override
        public Dataset run(Params p, long seed) {
            INDArray x = Nd4j.linspace(0.0, 2 * Math.PI, p.points(), DataType.DOUBLE);
            INDArray y = Transforms.sin(x, true).muli(p.amplitude());
            return Dataset.builder()
                    .series("scaled sine", x.toDoubleVector(), y.toDoubleVector())
                    .value("peak", Value.of(y.maxNumber().doubleValue(), "%.3f"))
                    .build();
        }
    }

    /** A cosine with Gaussian noise from the seed. */
    public static final class NoisyCosine implements Simulation<NoisyCosine.Params> {
        public record Params(int points, double noise) { }

        @Override
        public Dataset run(Params p, long seed) {
            INDArray x = Nd4j.linspace(0.0, 2 * Math.PI, p.points(), DataType.DOUBLE);
            INDArray y = Transforms.cos(x, true).addi(Nd4j.randn(seed, new long[] {p.points()}).muli(p.noise()));
            return Dataset.builder().series("noisy cosine", x.toDoubleVector(), y.toDoubleVector()).build();
        }
    }

    /** x squared on [-1, 1]. */
    public static final class Square implements Simulation<Square.Params> {
        public record Params(int points) { }

        @Override
        public Dataset run(Params p, long seed) {
            INDArray x = Nd4j.linspace(-1.0, 1.0, p.points(), DataType.DOUBLE);
            return Dataset.builder().series("x squared", x.toDoubleVector(), x.mul(x).toDoubleVector()).build();
        }
    }

    @Override
    public List<FigureSpec> figures() {
        return List.of(
                FigureSpec.computed("alpha", new ScaledSine(), new ScaledSine.Params(POINTS, amplitude), 1L)
                        .chart((d, t) -> Charts.lines(t, "x", "amplitude · sin x", d.series()))
                        .size(480, 300)
                        .title("A scaled sine")
                        .description(d -> "A sine scaled to a peak of " + d.value("peak").formatted() + ".")
                        .build(),
                FigureSpec.computed("beta", new NoisyCosine(), new NoisyCosine.Params(POINTS, 0.1), 7L)
                        .chart((d, t) -> Charts.lines(t, "x", "cos x + noise", d.series()))
                        .size(480, 300)
                        .title("A noisy cosine")
                        .description("A cosine with Gaussian noise of standard deviation 0.1.")
                        .build(),
                FigureSpec.computed("gamma", new Square(), new Square.Params(POINTS), 0L)
                        .chart((d, t) -> Charts.lines(t, "x", "x²", d.series()))
                        .size(480, 300)
                        .title("A parabola")
                        .description("x squared between -1 and 1.")
                        .build());
    }
}
