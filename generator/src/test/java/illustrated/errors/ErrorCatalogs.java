package illustrated.errors;

import illustrated.chart.Charts;
import illustrated.figure.FigureCatalog;
import illustrated.figure.FigureSpec;
import illustrated.fixture.FixtureCatalog;
import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import java.util.List;

/** Catalogs with faults, one per kind of error a figure can cause (used by {@link ErrorFixturesTest}). */
public final class ErrorCatalogs {
    private ErrorCatalogs() {
    }

    /** Defines the id 'waves' that {@link FixtureCatalog} already defines. */
    public static final class Duplicate implements FigureCatalog {
        @Override
        public List<FigureSpec> figures() {
            return List.of(FigureSpec.computed("waves", new FixtureCatalog.Waves(),
                    new FixtureCatalog.Waves.Params(11, 2.0), 3L)
                    .chart((d, t) -> Charts.lines(t, "x", "y", d.series()))
                    .title("Another wave").description("A second figure that reuses the id waves.").build());
        }
    }

    /** A simulation whose helper divides by a zero-length array. */
    public static final class Throwing implements FigureCatalog {
        public record Params(int n) { }

        static double meanOf(double[] xs) {
            if (xs.length == 0) {
                throw new IllegalArgumentException("mean of no numbers"); // THROWS-HERE
            }
            return 0;
        }

        public static final class Boom implements Simulation<Params> {
            @Override
            public Dataset run(Params p, long seed) {
                return Dataset.builder().series("m", new double[] {0}, new double[] {meanOf(new double[p.n()])})
                        .build();
            }
        }

        @Override
        public List<FigureSpec> figures() {
            return List.of(FigureSpec.computed("boom", new Boom(), new Params(0), 1L)
                    .chart((d, t) -> Charts.lines(t, "x", "y", d.series()))
                    .title("Boom").description("Never drawn.").build());
        }
    }

    /** A simulation that returns a NaN in its series. */
    public static final class NotFinite implements FigureCatalog {
        public record Params(int n) { }

        public static final class Ratio implements Simulation<Params> {
            @Override
            public Dataset run(Params p, long seed) {
                double[] x = new double[p.n()];
                double[] y = new double[p.n()];
                for (int i = 0; i < p.n(); i++) {
                    x[i] = i;
                    y[i] = i / (double) (i - 2) * 0.0; // 0/0 at i = 2 gives NaN
                }
                return Dataset.builder().series("ratio", x, y).build();
            }
        }

        @Override
        public List<FigureSpec> figures() {
            return List.of(FigureSpec.computed("ratio", new Ratio(), new Params(5), 1L)
                    .chart((d, t) -> Charts.lines(t, "x", "y", d.series())) // CHART-OF-RATIO
                    .title("Ratio").description("A ratio with a hole.").build());
        }
    }

    /** Quotable values only; one of them is NaN (a mean over nothing), and its CSV would say so. */
    public static final class NaNValue implements FigureCatalog {
        public record Params(int n) { }

        public static final class Mean implements Simulation<Params> {
            @Override
            public Dataset run(Params p, long seed) {
                return Dataset.builder().value("mean", illustrated.simulation.Value.of(0.0 / p.n(), "%.2f")).build();
            }
        }

        @Override
        public List<FigureSpec> figures() {
            return List.of(FigureSpec.values("empty-mean", new Mean(), new Params(0), 1L)); // NAN-VALUE
        }
    }

    /** No picture, so no chart checks its data: the series' NaN would go straight into the CSV. */
    public static final class NaNSeries implements FigureCatalog {
        public record Params(int n) { }

        public static final class Gaps implements Simulation<Params> {
            @Override
            public Dataset run(Params p, long seed) {
                double[] x = new double[p.n()];
                double[] y = new double[p.n()];
                for (int i = 0; i < p.n(); i++) {
                    x[i] = i;
                    y[i] = StrictMath.sqrt(i - 1.0); // NaN at i = 0
                }
                return Dataset.builder().series("root", x, y)
                        .value("last", illustrated.simulation.Value.of(y[p.n() - 1], "%.2f")).build();
            }
        }

        @Override
        public List<FigureSpec> figures() {
            return List.of(FigureSpec.values("gaps", new Gaps(), new Params(4), 1L)); // NAN-SERIES
        }
    }

    /** A figure id that would be a path outside the figures folder. */
    public static final class PathId implements FigureCatalog {
        @Override
        public List<FigureSpec> figures() {
            return List.of(FigureSpec.computed("../../escape", new FixtureCatalog.Waves(), // PATH-ID
                    new FixtureCatalog.Waves.Params(11, 2.0), 3L)
                    .chart((d, t) -> Charts.lines(t, "x", "y", d.series()))
                    .title("Escape").description("An id that is a path.").build());
        }
    }
}
