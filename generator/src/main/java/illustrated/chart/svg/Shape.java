package illustrated.chart.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drawable JFreeSVG element as the merging rules see it: the element, its geometry as path data,
 * its bounds, style and clip.
 *
 * @param element the element as it stands (written out when the shape joins no other)
 * @param d path data of the geometry
 * @param line whether it is a {@code <line>}
 * @param round whether a line has round caps and joins
 * @param orient the turning direction of a closed shape (+1, -1), 0 when unknown
 * @param style the style attribute
 * @param clip the clip-path attribute, or null
 */
record Shape(XmlElement element, String d, boolean line, boolean round, int orient, double x0, double y0,
        double x1, double y1, String style, String clip) {
    private static final Pattern NUM = Pattern.compile("-?[0-9.]+(?:E-?[0-9]+)?");
    private static final Pattern PATH_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?");
    private static final Pattern OPACITY = Pattern.compile("opacity:\\s*([0-9.]+)");
    private static final Pattern STROKE_WIDTH = Pattern.compile("stroke-width:\\s*([0-9.]+)");
    private static final Pattern FOUR_CURVES = Pattern.compile("M[^A-Za-z]+(C[^A-Za-z]+){4}Z");

    /**
     * The shape an element draws, or null when it is none of JFreeSVG's forms: {@code line}, {@code rect},
     * {@code ellipse}, {@code circle} with numeric geometry, a style and perhaps a clip, and nothing else;
     * or a {@code <g style [clip-path]>} around one bare {@code <path d>}.
     */
    static Shape of(XmlElement e) {
        if (!e.children().isEmpty() && !e.name().equals("g")) {
            return null;
        }
        return switch (e.name()) {
            case "line" -> geometry(e, "x1", "y1", "x2", "y2") ? line(e) : null;
            case "rect" -> geometry(e, "x", "y", "width", "height") ? rect(e) : null;
            case "ellipse" -> geometry(e, "cx", "cy", "rx", "ry")
                    ? ellipse(e, e.get("cx"), e.get("cy"), e.get("rx"), e.get("ry")) : null;
            case "circle" -> geometry(e, "cx", "cy", "r")
                    ? ellipse(e, e.get("cx"), e.get("cy"), e.get("r"), e.get("r")) : null;
            case "g" -> group(e);
            default -> null;
        };
    }

    /** Whether the attributes are exactly these numbers, then a style, then perhaps a clip. */
    private static boolean geometry(XmlElement e, String... numbers) {
        String[] names = new String[numbers.length + 1];
        System.arraycopy(numbers, 0, names, 0, numbers.length);
        names[numbers.length] = "style";
        String[] clipped = new String[numbers.length + 2];
        System.arraycopy(names, 0, clipped, 0, names.length);
        clipped[names.length] = "clip-path";
        if (!e.hasAttributes(names) && !e.hasAttributes(clipped)) {
            return false;
        }
        for (int i = 0; i < numbers.length; i++) {
            if (!NUM.matcher(e.value(i)).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Shape line(XmlElement e) {
        String[] v = {e.get("x1"), e.get("y1"), e.get("x2"), e.get("y2")};
        double x1 = Double.parseDouble(v[0]);
        double y1 = Double.parseDouble(v[1]);
        double x2 = Double.parseDouble(v[2]);
        double y2 = Double.parseDouble(v[3]);
        String style = e.get("style");
        boolean round = style.contains("stroke-linecap:round") && style.contains("stroke-linejoin:round");
        return new Shape(e, "M" + v[0] + ',' + v[1] + 'L' + v[2] + ',' + v[3], true, round, 0, Math.min(x1, x2),
                Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), style, e.get("clip-path"));
    }

    private static Shape rect(XmlElement e) {
        String ws = e.get("width");
        double x = Double.parseDouble(e.get("x"));
        double y = Double.parseDouble(e.get("y"));
        double w = Double.parseDouble(ws);
        double h = Double.parseDouble(e.get("height"));
        String d = "M" + e.get("x") + ',' + e.get("y") + 'h' + ws + 'v' + e.get("height") + 'h'
                + (ws.startsWith("-") ? ws.substring(1) : "-" + ws) + 'z';
        return new Shape(e, d, false, false, (int) Math.signum(w * h), x, y, x + w, y + h, e.get("style"),
                e.get("clip-path"));
    }

    private static Shape ellipse(XmlElement e, String cxs, String cys, String rxs, String rys) {
        BigDecimal cx = new BigDecimal(cxs);
        BigDecimal rx = new BigDecimal(rxs);
        BigDecimal ry = new BigDecimal(rys);
        String dia = PathData.decimal(rx.add(rx), 6);
        String arc = "a" + rxs + ',' + rys + " 0 1,1 ";
        String d = "M" + PathData.decimal(cx.subtract(rx), 6) + ',' + cys + arc + dia + ",0" + arc + '-' + dia + ",0z";
        double x = cx.doubleValue();
        double y = Double.parseDouble(cys);
        return new Shape(e, d, false, false, 1, x - rx.doubleValue(), y - ry.doubleValue(), x + rx.doubleValue(),
                y + ry.doubleValue(), e.get("style"), e.get("clip-path"));
    }

    private static Shape group(XmlElement e) {
        XmlElement path = e.onlyChild();
        if (!(e.hasAttributes("style") || e.hasAttributes("style", "clip-path")) || path == null
                || !path.name().equals("path") || !path.hasAttributes("d") || !path.children().isEmpty()) {
            return null;
        }
        String d = path.get("d");
        double[] b = bounds(d);
        return new Shape(e, d, false, false, orientation(d), b[0], b[1], b[2], b[3], e.get("style"),
                e.get("clip-path"));
    }

    /** This shape with another style, on a copy of its element. */
    Shape restyled(String newStyle, int newOrient) {
        XmlElement copy = element.copy().set("style", newStyle);
        return new Shape(copy, d, line, round, newOrient, x0, y0, x1, y1, newStyle, clip);
    }

    /** The radius of the disk this shape paints, if it is one opaque disk; -1 otherwise. */
    double dotRadius() {
        if (line || translucent() || style.contains("dasharray") || style.contains("evenodd")) {
            return -1;
        }
        boolean circle = d.startsWith("M") && (d.contains("a") || FOUR_CURVES.matcher(d).matches())
                && Math.abs((x1 - x0) - (y1 - y0)) < 0.11 && x1 - x0 > 0;
        String fill = paint("fill:");
        if (!circle || fill == null || fill.equals("none")) {
            return -1;
        }
        String stroke = paint("stroke:");
        double r = (x1 - x0) / 2;
        if (stroke == null || stroke.equals("none")) {
            return r;
        }
        Matcher w = STROKE_WIDTH.matcher(style);
        return stroke.equals(fill) ? r + (w.find() ? Double.parseDouble(w.group(1)) : 1) / 2 : -1;
    }

    /** What shapes must share to join one path: kind, style and clip. */
    String key() {
        return (line ? "L" : "S") + '\u0000' + style + '\u0000' + (clip == null ? "" : clip);
    }

    /** The value of a paint property ("fill:" or "stroke:") in the style, or null. */
    String paint(String property) {
        int at = style.startsWith(property) ? 0 : style.indexOf(";" + property) + 1;
        if (at == 0 && !style.startsWith(property)) {
            return null;
        }
        int end = style.indexOf(';', at);
        return style.substring(at + property.length(), end < 0 ? style.length() : end).strip();
    }

    /** Whether the style has an opacity below 1. */
    boolean translucent() {
        Matcher o = OPACITY.matcher(style);
        while (o.find()) {
            if (new BigDecimal(o.group(1)).compareTo(BigDecimal.ONE) < 0) {
                return true;
            }
        }
        return false;
    }

    /** How far paint may reach beyond the bounds: a full stroke width (covers square caps and joins). */
    double strokePad() {
        if (!style.contains("stroke:") || style.contains("stroke:none")) {
            return 0;
        }
        Matcher w = STROKE_WIDTH.matcher(style);
        double width = w.find() ? Double.parseDouble(w.group(1)) : 1;
        double miter = style.contains("stroke-linejoin:round") || style.contains("stroke-linejoin:bevel") ? 1 : 5;
        return width * miter;
    }

    private static double[] bounds(String d) {
        Matcher n = PATH_NUMBER.matcher(d);
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        int i = 0;
        while (n.find()) {
            double v = Double.parseDouble(n.group());
            int axis = i++ % 2;
            b[axis] = Math.min(b[axis], v);
            b[axis + 2] = Math.max(b[axis + 2], v);
        }
        return i == 0 ? new double[] {0, 0, 0, 0} : b;
    }

    /** +1 or -1: the turning direction of a path with one subpath (shoelace over its points); 0 otherwise. */
    private static int orientation(String d) {
        if (d.indexOf('M', 1) >= 0 || d.indexOf('m') >= 0) {
            return 0;
        }
        Matcher n = PATH_NUMBER.matcher(d);
        List<double[]> pts = new ArrayList<>();
        while (n.find()) {
            double x = Double.parseDouble(n.group());
            if (!n.find()) {
                return 0;
            }
            pts.add(new double[] {x, Double.parseDouble(n.group())});
        }
        double area = 0;
        for (int i = 0; i < pts.size(); i++) {
            double[] a = pts.get(i);
            double[] b = pts.get((i + 1) % pts.size());
            area += a[0] * b[1] - b[0] * a[1];
        }
        return (int) Math.signum(area);
    }
}
