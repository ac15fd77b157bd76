package illustrated.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How the numbers behind a figure changed, column by column (one column per plotted series, or an
 * x / y / z column of a grid): points added or removed, and the largest absolute and relative
 * difference over the rows both versions have. Differences within the stated tolerance count as
 * numerically equal: they come from summation order (a different BLAS thread count), not from a change.
 */
public final class DataDelta {
    /** Relative tolerance below which two numbers are "numerically equal". */
    public static final double REL_TOL = 1e-9;
    /** Absolute tolerance for numbers near zero, where a relative difference means nothing. */
    public static final double ABS_TOL = 1e-12;

    private DataDelta() {
    }

    /**
     * One column of one CSV file.
     *
     * @param file        the CSV file name
     * @param column      the column header
     * @param status      "equal", "numerically equal", "changed", "added" (new column) or "removed"
     * @param oldPoints   non-empty cells before
     * @param newPoints   non-empty cells after
     * @param maxAbs      largest |new - old| over the rows both have (0 when none)
     * @param maxRel      largest |new - old| / max(|old|, |new|)
     * @param textChanges cells that are not numbers and differ
     */
    public record Column(String file, String column, String status, int oldPoints, int newPoints, double maxAbs,
            double maxRel, int textChanges) {
        public int pointsDelta() {
            return newPoints - oldPoints;
        }

        public boolean significant() {
            return status.equals("changed") || status.equals("added") || status.equals("removed");
        }
    }

    /** Every column of every CSV file of both versions, in file then column order. */
    public static List<Column> compare(Map<String, String> oldCsv, Map<String, String> newCsv) {
        List<Column> out = new ArrayList<>();
        TreeSet<String> files = new TreeSet<>(oldCsv.keySet());
        files.addAll(newCsv.keySet());
        for (String f : files) {
            List<List<String>> a = oldCsv.containsKey(f) ? parse(oldCsv.get(f)) : List.of();
            List<List<String>> b = newCsv.containsKey(f) ? parse(newCsv.get(f)) : List.of();
            List<String> ha = a.isEmpty() ? List.of() : a.get(0);
            List<String> hb = b.isEmpty() ? List.of() : b.get(0);
            List<String> columns = new ArrayList<>(ha);
            hb.stream().filter(h -> !ha.contains(h)).forEach(columns::add);
            for (String c : columns) {
                int ia = ha.indexOf(c);
                int ib = hb.indexOf(c);
                out.add(column(f, c, ia < 0 ? null : cells(a, ia), ib < 0 ? null : cells(b, ib)));
            }
        }
        return out;
    }

    static Column column(String file, String name, List<String> a, List<String> b) {
        if (a == null) {
            return new Column(file, name, "added", 0, nonEmpty(b), 0, 0, 0);
        }
        if (b == null) {
            return new Column(file, name, "removed", nonEmpty(a), 0, 0, 0, 0);
        }
        double maxAbs = 0;
        double maxRel = 0;
        int text = 0;
        boolean exact = a.size() == b.size();
        boolean within = true;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.equals(y)) {
                continue;
            }
            exact = false;
            Double dx = number(x);
            Double dy = number(y);
            if (dx == null || dy == null) {
                text++;
                within = false;
                continue;
            }
            double d = Math.abs(dx - dy);
            if (Double.isNaN(d)) {
                text++;
                within = false;
                continue;
            }
            double scale = Math.max(Math.abs(dx), Math.abs(dy));
            double rel = scale == 0 ? 0 : d / scale;
            maxAbs = Math.max(maxAbs, d);
            maxRel = Math.max(maxRel, rel);
            if (d > ABS_TOL && rel > REL_TOL) {
                within = false;
            }
        }
        int pa = nonEmpty(a);
        int pb = nonEmpty(b);
        String status = exact ? "equal" : within && pa == pb && a.size() == b.size() ? "numerically equal" : "changed";
        return new Column(file, name, status, pa, pb, maxAbs, maxRel, text);
    }

    private static int nonEmpty(List<String> cells) {
        return (int) cells.stream().filter(s -> !s.isEmpty()).count();
    }

    private static List<String> cells(List<List<String>> rows, int col) {
        List<String> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            out.add(col < row.size() ? row.get(col) : "");
        }
        // trailing empty cells are padding of a shorter series, not points
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public static Double number(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** RFC 4180 CSV (Apache Commons CSV): quoted fields may hold commas, doubled quotes and line breaks. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.RFC4180.parse(
                new java.io.StringReader(text))) {
            for (org.apache.commons.csv.CSVRecord r : p) {
                rows.add(new ArrayList<>(r.toList()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }
}
