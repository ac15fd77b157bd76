package illustrated.figure;

import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.Series;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A figure's data as CSV files. Series that share their x values become one table with a column
 * per series; other series get their own x column. Grids are written in long form (x, y, z).
 * Numbers use Java's shortest round-trip representation, so the CSV holds exactly what was plotted.
 *
 * <p>Written by Apache Commons CSV in RFC 4180 form with {@code \n} line ends: a field is quoted
 * (quotes doubled) when it holds a comma, a quote or a line break, or starts with a character up to
 * {@code #} or ends in white space (the library's minimal quoting); a cell a series does not have is
 * left empty, unquoted.
 */
public final class Csv {
    /** RFC 4180 with {@code \n} as record separator; the quote mode is the library's minimal one. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

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
            out.put(out.containsKey("") ? slug(t.getKey()) : "", table(t.getValue()));
        }
        if (!d.values().isEmpty()) {
            List<List<?>> rows = new ArrayList<>();
            rows.add(List.of("name", "value", "shown as"));
            d.values().forEach((k, v) -> rows.add(List.of(k, num(v.value()), v.formatted())));
            out.put(out.containsKey("") ? "values" : "", write(rows));
        }
        return out;
    }

    static String series(List<Series> series) {
        boolean shared = series.stream().allMatch(s -> Arrays.equals(s.x(), series.get(0).x()));
        List<List<?>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (shared) {
            header.add("x");
            series.forEach(s -> header.add(s.name()));
        } else {
            series.forEach(s -> {
                header.add(s.name() + " x");
                header.add(s.name() + " y");
            });
        }
        rows.add(header);
        int n = series.stream().mapToInt(Series::size).max().orElse(0);
        for (int i = 0; i < n; i++) {
            // null: no value (printed as nothing, where an empty string first in a record would be "")
            List<String> cells = new ArrayList<>();
            if (shared) {
                cells.add(num(series.get(0).x(i)));
                for (Series s : series) {
                    cells.add(num(s.y(i)));
                }
            } else {
                for (Series s : series) {
                    cells.add(i < s.size() ? num(s.x(i)) : null);
                    cells.add(i < s.size() ? num(s.y(i)) : null);
                }
            }
            rows.add(cells);
        }
        return write(rows);
    }

    static String grid(Grid g) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("x", "y", g.name()));
        double[] xs = g.xs();
        double[] ys = g.ys();
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                rows.add(List.of(num(xs[c]), num(ys[r]), num(g.at(r, c))));
            }
        }
        return write(rows);
    }

    /** A dataset's table (lines of CSV, the first the header), read and written again in this CSV form. */
    static String table(List<String> lines) {
        try (CSVParser p = CSVParser.parse(new StringReader(String.join("\n", lines)), FORMAT)) {
            List<List<?>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
            return write(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(List<List<?>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, FORMAT)) {
            p.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory", e);
        }
        return sb.toString();
    }

    /** A number as the CSV shows it: whole numbers plain, others the shortest exact decimal (JDK-independent). */
    public static String num(double v) {
        return illustrated.format.Decimal.plain(v);
    }

    static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
