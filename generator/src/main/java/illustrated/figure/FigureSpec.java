package illustrated.figure;

import illustrated.simulation.Dataset;
import illustrated.simulation.Simulation;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the build needs to make one figure (or one set of quotable values): its id, the
 * simulation with parameters and seed, how to draw it, and its accessible text.
 *
 * <p>The article decides where the figure goes and writes its caption; the spec decides what the
 * figure <em>is</em>. Build one with {@link #computed}, {@link #diagram} or {@link #values}.
 */
public final class FigureSpec {
    /** What the figure is made of. */
    public enum Kind { CHART, DIAGRAM, VALUES }

    private final String id;
    private final Kind kind;
    private final Simulation<Record> simulation;
    private final Record params;
    private final long seed;
    private final ChartMaker chart;
    private final Painter painter;
    private final int width;
    private final int height;
    private final String title;
    private final Function<Dataset, String> description;
    private final double tolerance;
    private final Narrow narrow;

    /**
     * A second drawing of the same data for a phone's column (small multiples stacked, fewer ticks), drawn
     * {@code width x height} by {@code painter}; the page shows it where the wide drawing would scroll.
     * {@code code}: the class whose code draws it (with what it uses: the drawing's cache key).
     */
    public record Narrow(int width, int height, Painter painter, Class<?> code) {
        public Narrow {
            Objects.requireNonNull(painter, "painter");
            Objects.requireNonNull(code, "code");
        }
    }

    private FigureSpec(Builder<?> b) {
        this.id = b.id;
        this.kind = b.kind;
        @SuppressWarnings("unchecked")
        Simulation<Record> s = (Simulation<Record>) b.simulation;
        this.simulation = s;
        this.params = b.params;
        this.seed = b.seed;
        this.chart = b.chart;
        this.painter = b.painter;
        this.width = b.width;
        this.height = b.height;
        this.title = b.title;
        this.description = b.description;
        this.tolerance = b.tolerance;
        this.narrow = b.narrow;
    }

    /** The narrow layout, or null when the figure has one drawing for every width. */
    public Narrow narrow() {
        return narrow;
    }

    /**
     * How far, relative to a data column's range, this figure's numbers may move on a platform outside
     * the reference class before a build there reports it as a different figure (see the figure manifest).
     */
    public double tolerance() {
        return tolerance;
    }

    /** A chart (or diagram) computed by {@code simulation} from {@code params} and {@code seed}. */
    public static <P extends Record> Builder<P> computed(String id, Simulation<P> simulation, P params, long seed) {
        return new Builder<>(id, simulation, params, seed);
    }

    /** A diagram that needs no simulation. */
    public static Builder<NoParams> diagram(String id) {
        Builder<NoParams> b = new Builder<>(id, (p, s) -> Dataset.empty(), new NoParams(), 0L);
        b.kind = Kind.DIAGRAM;
        return b;
    }

    /** Values quoted by the prose, with no picture. */
    public static <P extends Record> FigureSpec values(String id, Simulation<P> simulation, P params, long seed) {
        Builder<P> b = new Builder<>(id, simulation, params, seed);
        b.kind = Kind.VALUES;
        b.title = id;
        b.description = d -> "";
        return b.build();
    }

    /** Parameters of a figure that has none. */
    public record NoParams() { }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Simulation<Record> simulation() {
        return simulation;
    }

    public Record params() {
        return params;
    }

    public long seed() {
        return seed;
    }

    public ChartMaker chartMaker() {
        return chart;
    }

    public Painter painter() {
        return painter;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Short accessible name (the SVG's {@code <title>}). */
    public String title() {
        return title;
    }

    /** Long description for screen readers (the SVG's {@code <desc>}); may quote computed numbers. */
    public String description(Dataset data) {
        return description.apply(data);
    }

    /** The class whose code computes the data (for provenance and cache keys). */
    public Class<?> simulationClass() {
        if (params instanceof NoParams && painter != null) {
            // a pure diagram: what "made" it is the code that paints it
            return painter.getClass().getNestHost();
        }
        Class<?> c = simulation.getClass();
        // a lambda or method reference is a hidden class: its code lives in the class that declares it
        return c.isHidden() || c.isSynthetic() || c.isAnonymousClass() ? c.getNestHost() : c;
    }

    @Override
    public String toString() {
        return "FigureSpec[" + id + "]";
    }

    /** Fluent builder; {@link #build()} checks that nothing is missing. */
    public static final class Builder<P extends Record> {
        private final String id;
        private Kind kind = Kind.CHART;
        private final Simulation<P> simulation;
        private final P params;
        private final long seed;
        private ChartMaker chart;
        private Painter painter;
        private int width = 720;
        private int height = 420;
        private String title;
        private Function<Dataset, String> description;
        private double tolerance = 1e-6;
        private Narrow narrow;

        private Builder(String id, Simulation<P> simulation, P params, long seed) {
            if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("figure id '" + id + "' must be lower-case letters, digits and '-'");
            }
            this.id = id;
            this.simulation = Objects.requireNonNull(simulation, "simulation");
            this.params = Objects.requireNonNull(params, "params");
            this.seed = seed;
        }

        public Builder<P> chart(ChartMaker maker) {
            this.chart = maker;
            this.kind = Kind.CHART;
            return this;
        }

        /** Draw with Java2D instead of JFreeChart (for computed diagrams too). */
        public Builder<P> paint(Painter p) {
            this.painter = p;
            this.kind = Kind.DIAGRAM;
            return this;
        }

        /**
         * The relative tolerance stated for this figure's data on other platforms (default 1e-6); chaotic
         * trainings, whose curves diverge from the first differing bit, state a larger one.
         */
        public Builder<P> tolerance(double relative) {
            this.tolerance = relative;
            return this;
        }

        public Builder<P> size(int w, int h) {
            this.width = w;
            this.height = h;
            return this;
        }

        /** A narrow layout of the same data, {@code w x h}, for a phone's column (see {@link Narrow}). */
        public Builder<P> narrow(int w, int h, Painter p) {
            this.narrow = new Narrow(w, h, p, p.getClass().getNestHost());
            return this;
        }

        /** A narrow layout drawn as a chart, finished in the theme as the wide chart is. */
        public Builder<P> narrow(int w, int h, ChartMaker maker) {
            this.narrow = new Narrow(w, h, (g, d, t) -> SvgExport.drawChart(maker, g, d, t, w, h),
                    maker.getClass().getNestHost());
            return this;
        }

        public Builder<P> title(String t) {
            this.title = t;
            return this;
        }

        public Builder<P> description(String d) {
            this.description = x -> d;
            return this;
        }

        public Builder<P> description(Function<Dataset, String> d) {
            this.description = d;
            return this;
        }

        public FigureSpec build() {
            if (title == null || title.isBlank()) {
                throw new IllegalStateException("figure '" + id + "' has no title: call .title(\"...\")");
            }
            if (description == null) {
                throw new IllegalStateException("figure '" + id + "' has no description: call .description(...)");
            }
            if (kind == Kind.CHART && chart == null) {
                throw new IllegalStateException("figure '" + id + "' has no chart: call .chart(...) or .paint(...)");
            }
            if (kind == Kind.DIAGRAM && painter == null) {
                throw new IllegalStateException("figure '" + id + "' has no painter: call .paint(...)");
            }
            return new FigureSpec(this);
        }
    }
}
