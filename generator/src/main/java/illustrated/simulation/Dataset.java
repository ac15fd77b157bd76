package illustrated.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulation hands to the chart stage: named series, named grids, quotable values and
 * free-form notes (e.g. table rows). Immutable; insertion order is kept so that CSV files and
 * charts are deterministic.
 */
public final class Dataset {
    private final List<Series> series;
    private final List<Grid> grids;
    private final Map<String, Value> values;
    private final Map<String, List<String>> tables;

    private Dataset(Builder b) {
        this.series = List.copyOf(b.series);
        this.grids = List.copyOf(b.grids);
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
        LinkedHashMap<String, List<String>> t = new LinkedHashMap<>();
        b.tables.forEach((k, v) -> t.put(k, List.copyOf(v)));
        this.tables = Collections.unmodifiableMap(t);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Dataset empty() {
        return builder().build();
    }

    public List<Series> series() {
        return series;
    }

    public List<Grid> grids() {
        return grids;
    }

    public Map<String, Value> values() {
        return values;
    }

    /** Tables as CSV lines (first line is the header); used for gradient-check tables and the like. */
    public Map<String, List<String>> tables() {
        return tables;
    }

    public Series series(String name) {
        return series.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series '" + name + "'; have " + names()));
    }

    public Grid grid(String name) {
        return grids.stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no grid '" + name + "'"));
    }

    public Value value(String name) {
        Value v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no value '" + name + "'; have " + values.keySet());
        }
        return v;
    }

    private List<String> names() {
        return series.stream().map(Series::name).toList();
    }

    public static final class Builder {
        private final List<Series> series = new ArrayList<>();
        private final List<Grid> grids = new ArrayList<>();
        private final Map<String, Value> values = new LinkedHashMap<>();
        private final Map<String, List<String>> tables = new LinkedHashMap<>();

        public Builder series(Series s) {
            if (series.stream().anyMatch(o -> o.name().equals(s.name()))) {
                throw new IllegalArgumentException("duplicate series name '" + s.name() + "'");
            }
            series.add(s);
            return this;
        }

        public Builder series(String name, double[] x, double[] y) {
            return series(new Series(name, x, y));
        }

        public Builder grid(Grid g) {
            grids.add(g);
            return this;
        }

        public Builder value(String name, Value v) {
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("value name '" + name + "' must be lower-case letters, digits and '-'");
            }
            values.put(name, v);
            return this;
        }

        public Builder value(String name, double v, String format) {
            return value(name, Value.of(v, format));
        }

        /** A table as CSV lines, header first. */
        public Builder table(String name, List<String> csvLines) {
            tables.put(name, new ArrayList<>(csvLines));
            return this;
        }

        public Dataset build() {
            return new Dataset(this);
        }
    }
}
