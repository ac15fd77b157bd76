package illustrated.content;

import illustrated.format.Decimal;
import java.util.ArrayList;
import java.util.List;

/** A table from CSV lines, as a dataset's {@code ::: table} shows it, and the cells of a CSV line. */
final class CsvTable {
    private CsvTable() {
    }

    /** An HTML table from CSV lines (header first); long tables are thinned evenly and say so. */
    static String html(List<String> lines, int maxRows) {
        if (lines.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (String l : lines) {
            if (!l.isEmpty()) {
                rows.add(split(l));
            }
        }
        StringBuilder sb = new StringBuilder("<table><thead><tr>");
        for (String h : rows.get(0)) {
            sb.append("<th scope=\"col\">").append(PageAssembler.escape(h)).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        int n = rows.size() - 1;
        int step = step(n, maxRows);
        for (int i = 1; i <= n; i += step) {
            sb.append("<tr>");
            for (String c : rows.get(i)) {
                sb.append("<td>").append(PageAssembler.escape(shortNumber(c))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        return sb.append(thinned(step, n)).toString();
    }

    /** Every how many rows a table of {@code n} rows shows one, to show at most {@code maxRows}. */
    static int step(int n, int maxRows) {
        return n > maxRows ? (int) Math.ceil(n / (double) maxRows) : 1;
    }

    /** The note under a thinned table ("" when it shows every row). */
    static String thinned(int step, int n) {
        if (step <= 1) {
            return "";
        }
        return "<p class=\"table-note\">Every " + step + ordinalSuffix(step) + " of " + n
                + " rows; the CSV has them all.</p>";
    }

    private static String ordinalSuffix(int n) {
        int m = n % 100;
        if (m >= 11 && m <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String shortNumber(String c) {
        try {
            if (c.matches("-?\\d+\\.\\d{6,}(E-?\\d+)?")) {
                return Decimal.format("%.6g", Double.parseDouble(c));
            }
        } catch (NumberFormatException e) {
            return c;
        }
        return c;
    }

    /** The cells of one CSV line (quoted cells unquoted). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
