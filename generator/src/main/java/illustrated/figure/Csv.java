package illustrated.figure;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure's data as CSV files. Series that share their x values become one table with a column
 * per series; other series get their own x column. Grids are written in long form (x, y, z).
 * Numbers use Java's shortest round-trip representation, so the CSV holds exactly what was plotted.
 */
public final class Csv {
    private Csv() {
    }

    /** File suffix (without ".csv", "" for the main file) to CSV text. */
    public static Map<String, String> files(Dataset d) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!d.series().isEmpty()) {
            out.put("", series(d.series()));
        }
        for (Grid g : d.grids()) {
            out.put(out.isEmpty() && d.grids().size() == 1 ? "" : slug(g.name()), grid(g));
        }
        for (Map.Entry<String, List<String>> t : d.tables().entrySet()) {
            out.put(out.containsKey("") ? slug(t.getKey()) : "", String.join("\n", t.getValue()) + "\n");
        }
        if (!d.values().isEmpty()) {
            StringBuilder sb = new StringBuilder("name,value,shown as\n");
            d.values().forEach((k, v) -> sb.append(k).append(',').append(num(v.value())).append(',')
                    .append(quote(v.formatted())).append('\n'));
            out.put(out.containsKey("") ? "values" : "", sb.toString());
        }
        return out;
    }

    static String series(List<Series> series) {
        boolean shared = series.stream().allMatch(s -> Arrays.equals(s.x(), series.get(0).x()));
        List<String> header = new ArrayList<>();
        if (shared) {
            header.add("x");
            series.forEach(s -> header.add(quote(s.name())));
        } else {
            series.forEach(s -> {
                header.add(quote(s.name() + " x"));
                header.add(quote(s.name() + " y"));
            });
        }
        StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
        int rows = series.stream().mapToInt(Series::size).max().orElse(0);
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            if (shared) {
                cells.add(num(series.get(0).x(i)));
                for (Series s : series) {
                    cells.add(num(s.y(i)));
                }
            } else {
                for (Series s : series) {
                    cells.add(i < s.size() ? num(s.x(i)) : "");
                    cells.add(i < s.size() ? num(s.y(i)) : "");
                }
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    static String grid(Grid g) {
        StringBuilder sb = new StringBuilder("x,y,").append(quote(g.name())).append('\n');
        double[] xs = g.xs();
        double[] ys = g.ys();
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                sb.append(num(xs[c])).append(',').append(num(ys[r])).append(',').append(num(g.at(r, c))).append('\n');
            }
        }
        return sb.toString();
    }

    /** A number as the CSV shows it: whole numbers plain, others the shortest exact decimal (JDK-independent). */
    public static String num(double v) {
        return illustrated.format.Decimal.plain(v);
    }

    static String quote(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
