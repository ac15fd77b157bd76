package illustrated.report;

import illustrated.format.Decimal;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a figure means, as opposed to its bytes: the values its prose quotes (as the reader sees them),
 * a sketch of its data (per CSV column: count, minimum, maximum, mean) and a 16×16 grey thumbnail of its
 * picture. The figure manifest stores it so that a build on a platform whose numbers may differ in the
 * last bits (another architecture or OS) can tell a machine difference from a real change: it compares
 * the values exactly, the data within the figure's stated tolerance and the pictures by pixel difference.
 *
 * @param values shown text of each quoted value, by name
 * @param sketch per "file column": "n=… min=… max=… mean=…" (shortest exact decimals)
 * @param thumb  256 grey levels as hex (row by row), or "" for a figure without a picture
 */
public record FigureMeaning(SortedMap<String, String> values, SortedMap<String, String> sketch, String thumb) {
    /** Relative tolerance for a figure that states none: far below any printed digit. */
    public static final double DEFAULT_TOLERANCE = 1e-6;
    /** Largest mean grey-level difference (0–255) of two thumbnails that still counts as the same picture. */
    public static final double PIXEL_TOLERANCE = 2.0;
    static final int THUMB = 16;
    static final String VALUES_HEADER = "name,value,shown as";

    /** The meaning of a figure's published files. */
    public static FigureMeaning of(FigureFiles f) {
        SortedMap<String, String> values = new TreeMap<>();
        SortedMap<String, String> sketch = new TreeMap<>();
        f.csv().forEach((file, text) -> {
            List<List<String>> rows = DataDelta.parse(text);
            if (rows.isEmpty()) {
                return;
            }
            if (String.join(",", rows.get(0)).equals(VALUES_HEADER)) {
                rows.stream().skip(1).filter(r -> r.size() >= 3).forEach(r -> values.put(r.get(0), r.get(2)));
                return;
            }
            List<String> header = rows.get(0);
            for (int c = 0; c < header.size(); c++) {
                String s = column(rows, c);
                if (s != null) {
                    sketch.put(file + " " + header.get(c), s);
                }
            }
        });
        return new FigureMeaning(values, sketch, f.svg() == null ? "" : thumbnail(f.svg()));
    }

    private static String column(List<List<String>> rows, int c) {
        int n = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            Double v = c < r.size() ? DataDelta.number(r.get(c)) : null;
            if (v != null && Double.isFinite(v)) {
                n++;
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
            }
        }
        if (n == 0) {
            return null;
        }
        return "n=" + n + " min=" + Decimal.shortest(min) + " max=" + Decimal.shortest(max) + " mean="
                + Decimal.shortest(sum / n);
    }

    /** The picture shrunk to 16×16 box-averaged grey levels. */
    static String thumbnail(String svg) {
        BufferedImage img;
        try {
            img = Raster.render(svg);
        } catch (Exception e) {
            return "";
        }
        byte[] grey = new byte[THUMB * THUMB];
        int w = img.getWidth();
        int h = img.getHeight();
        for (int ty = 0; ty < THUMB; ty++) {
            for (int tx = 0; tx < THUMB; tx++) {
                long sum = 0;
                long count = 0;
                for (int y = ty * h / THUMB; y < (ty + 1) * h / THUMB; y++) {
                    for (int x = tx * w / THUMB; x < (tx + 1) * w / THUMB; x++) {
                        int rgb = img.getRGB(x, y);
                        sum += (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                        count++;
                    }
                }
                grey[ty * THUMB + tx] = (byte) (count == 0 ? 255 : sum / count);
            }
        }
        return HexFormat.of().formatHex(grey);
    }

    /**
     * How {@code now} differs from {@code reference} beyond {@code tolerance}: one line per quoted value
     * whose text changed, per data column whose sketch moved by more than the tolerance (relative to the
     * column's range), and one for the picture when the thumbnails differ by more than
     * {@link #PIXEL_TOLERANCE} grey levels on average. Empty when they mean the same.
     */
    public static List<String> differences(FigureMeaning reference, FigureMeaning now, double tolerance) {
        List<String> out = new ArrayList<>();
        union(reference.values, now.values).forEach(k -> {
            String a = reference.values.get(k);
            String b = now.values.get(k);
            if (a == null || !a.equals(b)) {
                out.add("value " + k + ": " + (a == null ? "(none)" : a) + " → " + (b == null ? "(none)" : b));
            }
        });
        union(reference.sketch, now.sketch).forEach(k -> {
            String a = reference.sketch.get(k);
            String b = now.sketch.get(k);
            if (a == null || b == null) {
                out.add("data " + k + ": " + (a == null ? "added" : "removed"));
            } else if (!a.equals(b)) {
                String delta = sketchDelta(a, b, tolerance);
                if (delta != null) {
                    out.add("data " + k + ": " + delta);
                }
            }
        });
        double pixels = pixelDifference(reference.thumb, now.thumb);
        if (pixels > PIXEL_TOLERANCE) {
            out.add("picture: mean grey-level difference " + Decimal.format("%.1f", pixels) + " of 255 (allowed "
                    + Decimal.format("%.1f", PIXEL_TOLERANCE) + ")");
        }
        return out;
    }

    private static String sketchDelta(String a, String b, double tolerance) {
        Map<String, Double> x = parseSketch(a);
        Map<String, Double> y = parseSketch(b);
        if (!x.get("n").equals(y.get("n"))) {
            return "points " + x.get("n").longValue() + " → " + y.get("n").longValue();
        }
        double scale = Math.max(Math.max(Math.abs(x.get("max") - x.get("min")), Math.abs(x.get("max"))),
                Math.abs(x.get("min")));
        double worst = 0;
        String which = "";
        for (String stat : List.of("min", "max", "mean")) {
            double d = Math.abs(x.get(stat) - y.get(stat));
            if (d > worst) {
                worst = d;
                which = stat;
            }
        }
        if (worst <= tolerance * Math.max(scale, Double.MIN_NORMAL)) {
            return null;
        }
        return which + " " + Decimal.format("%.6g", x.get(which)) + " → " + Decimal.format("%.6g", y.get(which))
                + " (relative " + Decimal.format("%.1e", worst / Math.max(scale, Double.MIN_NORMAL)) + ", allowed "
                + Decimal.format("%.0e", tolerance) + ")";
    }

    static Map<String, Double> parseSketch(String s) {
        Map<String, Double> m = new TreeMap<>();
        for (String part : s.split(" ")) {
            int eq = part.indexOf('=');
            m.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
        }
        return m;
    }

    /** Mean absolute grey-level difference of two thumbnails (255 when only one exists). */
    static double pixelDifference(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isEmpty() || b.isEmpty() || a.length() != b.length()) {
            return 255;
        }
        byte[] x = HexFormat.of().parseHex(a);
        byte[] y = HexFormat.of().parseHex(b);
        long sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs((x[i] & 0xFF) - (y[i] & 0xFF));
        }
        return (double) sum / x.length;
    }

    private static java.util.SortedSet<String> union(SortedMap<String, String> a, SortedMap<String, String> b) {
        java.util.TreeSet<String> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }
}
