package illustrated.chart;



import illustrated.format.Decimal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shrinks JFreeSVG output without changing what it shows.
 *
 * <p>JFreeSVG writes one element per Java2D call: a line chart becomes thousands of {@code <line>}s,
 * a heat-map a fill {@code <rect>} and an outline {@code <rect>} per cell, a scatter plot a filled and
 * an outlined {@code <path>} per marker. This pass, applied to the raw JFreeSVG string:
 * <ol>
 * <li>joins a fill element immediately followed by an outline of the same geometry and clip into one
 * element carrying both paints (SVG paints fill, then stroke: the same result);</li>
 * <li>merges runs of consecutive shapes ({@code line}, {@code rect}, {@code ellipse}, {@code circle},
 * {@code <g style><path/></g>}) with the same style and clip into one {@code <path>}; when the style is
 * translucent, a run is cut before a shape whose bounds overlap an earlier one of the run, because
 * overlapping translucent shapes darken where separate elements overlap but not inside one path;</li>
 * <li>unwraps {@code <g><text>…</text></g>};</li>
 * <li>in style attributes, writes long decimals with three places, {@code 1.0} as {@code 1}, and drops
 * default opacities of 1, the miter limit of round joins and the font family that the root element
 * carries ({@code KaTeX_Main, serif}, set by {@code figure.SvgExport});</li>
 * <li>writes path data with relative coordinates;</li>
 * <li>puts runs of elements with the same clip into one clipped group.</li>
 * </ol>
 * Deterministic and idempotent: running it on its own output changes nothing.
 */
public final class SvgSlimmer {
    private static final String NUM = "(-?[0-9.]+(?:E-?[0-9]+)?)";
    private static final String TAIL = " style='([^']*)'(?: clip-path='([^']*)')?/>";
    private static final Pattern SHAPE = Pattern.compile(
            "<line x1='" + NUM + "' y1='" + NUM + "' x2='" + NUM + "' y2='" + NUM + "'" + TAIL
            + "|<rect x='" + NUM + "' y='" + NUM + "' width='" + NUM + "' height='" + NUM + "'" + TAIL
            + "|<ellipse cx='" + NUM + "' cy='" + NUM + "' rx='" + NUM + "' ry='" + NUM + "'" + TAIL
            + "|<circle cx='" + NUM + "' cy='" + NUM + "' r='" + NUM + "'" + TAIL
            + "|<g style='([^']*)'(?: clip-path='([^']*)')?><path d='([^']*)'/></g>");
    private static final Pattern TEXT_IN_G = Pattern.compile("<g>(<text [^>]*>[^<]*</text>)</g>");
    private static final Pattern STYLE_ATTR = Pattern.compile("style='([^']*)'");
    private static final Pattern LONG_DECIMAL = Pattern.compile("(?<![0-9.])([0-9]+\\.[0-9]{4,})(?![0-9])");
    private static final Pattern DEFAULT_OPACITY = Pattern.compile("(?:^|;)\\s*(?:fill|stroke)-opacity:\\s*1(?:\\.0+)?\\s*(?=;|$)");
    private static final Pattern TRAILING_ZERO = Pattern.compile("(?<=[:, ])([0-9]+)\\.0(?![0-9])");
    private static final Pattern OPACITY = Pattern.compile("opacity:\\s*([0-9.]+)");
    private static final Pattern STROKE_WIDTH = Pattern.compile("stroke-width:\\s*([0-9.]+)");
    private static final double EPS = 0.15;
    private static final Pattern PATH_DATA = Pattern.compile("(<path d=')([MLQCZ0-9.,E -]+)(')");
    private static final Pattern PATH_TOKEN = Pattern.compile("[MLQCZ]|-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?");
    private static final Pattern CLIPPED = Pattern.compile(
            "<(?:line|rect|ellipse|circle|path) (?![^>]*transform=)[^>]*?( clip-path='[^']*')/>"
            + "|<text (?![^>]*transform=)[^>]*?( clip-path='[^']*')>[^<]*</text>"
            + "|<g style='[^']*'( clip-path='[^']*')><path d='[^']*'/></g>");
    private static final Pattern PATH_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?");

    private SvgSlimmer() {
    }

    /** A drawable element: its original text, path data, bounds, style and clip. */
    private record Shape(String text, String d, boolean line, boolean round, int orient, double x0, double y0,
            double x1, double y1, String style, String clip) {
        /** The radius of the disk this shape paints, if it is one opaque disk; -1 otherwise. */
        double dotRadius() {
            if (line || translucent(style) || style.contains("dasharray") || style.contains("evenodd")) {
                return -1;
            }
            boolean circle = d.startsWith("M") && (d.contains("a") || d.matches("M[^A-Za-z]+(C[^A-Za-z]+){4}Z"))
                    && Math.abs((x1 - x0) - (y1 - y0)) < 0.11 && x1 - x0 > 0;
            String fill = paint(style, "fill:");
            if (!circle || fill == null || fill.equals("none")) {
                return -1;
            }
            String stroke = paint(style, "stroke:");
            double r = (x1 - x0) / 2;
            if (stroke == null || stroke.equals("none")) {
                return r;
            }
            Matcher w = STROKE_WIDTH.matcher(style);
            return stroke.equals(fill) ? r + (w.find() ? Double.parseDouble(w.group(1)) : 1) / 2 : -1;
        }
        String key() {
            return (line ? "L" : "S") + '\u0000' + style + '\u0000' + (clip == null ? "" : clip);
        }
    }

    /** Returns the slimmed SVG; see the class comment. */
    public static String slim(String svg) {
        String s = normaliseStyles(svg);
        s = TEXT_IN_G.matcher(s).replaceAll("$1");
        return compactPaths(groupClips(mergeShapes(s)));
    }

    private static String normaliseStyles(String svg) {
        Matcher m = STYLE_ATTR.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        while (m.find()) {
            String style = m.group(1);
            Matcher d = LONG_DECIMAL.matcher(style);
            StringBuilder st = new StringBuilder(style.length());
            while (d.find()) {
                d.appendReplacement(st, decimal(new BigDecimal(d.group(1)), 3));
            }
            d.appendTail(st);
            style = DEFAULT_OPACITY.matcher(st.toString()).replaceAll("");
            style = TRAILING_ZERO.matcher(style).replaceAll("$1");
            // the root element carries this family (SvgExport): text inherits it
            style = style.replace(" font-family: KaTeX_Main, serif;", "").replace("font-family: KaTeX_Main, serif;", "")
                    .replace("; font-family: KaTeX_Main, serif", "");
            if (style.contains("stroke-linejoin:round")) {
                // the miter limit only matters for mitred joins
                style = style.replace(";stroke-miterlimit:10", "");
            }
            if (style.startsWith(";")) {
                style = style.substring(1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("style='" + style.strip() + "'"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String mergeShapes(String svg) {
        // tokens: a Shape, or a String of other markup between shapes
        List<Object> tokens = new ArrayList<>();
        Matcher m = SHAPE.matcher(svg);
        int last = 0;
        while (m.find()) {
            if (m.start() != last) {
                tokens.add(svg.substring(last, m.start()));
            }
            last = m.end();
            Shape sh = shape(m);
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1) instanceof Shape prev) {
                Shape both = fillThenStroke(prev, sh);
                if (both != null) {
                    tokens.set(tokens.size() - 1, both);
                    continue;
                }
            }
            tokens.add(sh);
        }
        tokens.add(svg.substring(last));
        StringBuilder out = new StringBuilder(svg.length());
        List<Shape> run = new ArrayList<>();
        for (Object t : tokens) {
            if (t instanceof Shape sh) {
                if (!run.isEmpty() && !canJoin(run, sh)) {
                    flush(run, out);
                }
                run.add(sh);
            } else {
                flush(run, out);
                out.append((String) t);
            }
        }
        flush(run, out);
        return out.toString();
    }

    /**
     * Rewrites JFreeSVG path data (absolute M, L, Q, C, Z) with relative coordinates after the first
     * move and without redundant separators. The differences of decimals are exact, so every point
     * stays where it was.
     */
    private static String compactPaths(String svg) {
        Matcher m = PATH_DATA.matcher(svg);
        StringBuilder sb = new StringBuilder(svg.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + relative(m.group(2)) + m.group(3)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String relative(String d) {
        Matcher t = PATH_TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        while (t.find()) {
            tokens.add(t.group());
        }
        StringBuilder out = new StringBuilder(d.length());
        BigDecimal cx = BigDecimal.ZERO;
        BigDecimal cy = BigDecimal.ZERO;
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        char previous = 0;
        String lastNumber = null;
        int i = 0;
        boolean first = true;
        while (i < tokens.size()) {
            String tok = tokens.get(i++);
            char c = tok.charAt(0);
            int pairs = switch (c) {
                case 'M', 'L' -> 1;
                case 'Q' -> 2;
                case 'C' -> 3;
                case 'Z' -> 0;
                default -> -1;
            };
            if (pairs < 0 || i + 2 * pairs > tokens.size()) {
                return d; // not the JFreeSVG form: leave it alone
            }
            if (c == 'Z') {
                out.append('z');
                previous = 'z';
                lastNumber = null;
                cx = sx;
                cy = sy;
                continue;
            }
            boolean absolute = first;
            char letter = absolute ? 'M' : Character.toLowerCase(c);
            // after a move, further pairs are implicit line-tos: 'm' then 'l' pairs need the letter
            if (letter != previous || letter == 'm' || letter == 'M') {
                out.append(letter);
                lastNumber = null;
            }
            BigDecimal nx = cx;
            BigDecimal ny = cy;
            for (int k = 0; k < pairs; k++) {
                BigDecimal x = new BigDecimal(tokens.get(i++));
                BigDecimal y = new BigDecimal(tokens.get(i++));
                lastNumber = number(out, absolute ? x : x.subtract(cx), lastNumber);
                lastNumber = number(out, absolute ? y : y.subtract(cy), lastNumber);
                nx = x;
                ny = y;
            }
            cx = nx;
            cy = ny;
            if (c == 'M') {
                sx = cx;
                sy = cy;
            }
            previous = letter == 'M' ? 'm' : letter;
            if (letter == 'M' || letter == 'm') {
                previous = 'm';
            }
            first = false;
        }
        return out.toString();
    }

    /** Appends a number with the fewest characters: no leading zero, a separator only where needed. */
    private static String number(StringBuilder out, BigDecimal v, String lastNumber) {
        String s = v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
        if (s.startsWith("0.")) {
            s = s.substring(1);
        } else if (s.startsWith("-0.")) {
            s = "-" + s.substring(2);
        }
        if (lastNumber != null && !s.startsWith("-") && !(s.startsWith(".") && lastNumber.contains("."))) {
            out.append(' ');
        }
        out.append(s);
        return s;
    }

    /**
     * Consecutive elements with the same clip-path: one {@code <g clip-path>} around them instead.
     * Never an element with a transform: its clip path is read in its own, transformed, coordinates.
     */
    private static String groupClips(String svg) {
        Matcher m = CLIPPED.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        List<String> run = new ArrayList<>();
        String clip = null;
        int last = 0;
        while (m.find()) {
            String attr = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int at = (m.group(1) != null ? m.start(1) : m.group(2) != null ? m.start(2) : m.start(3)) - m.start();
            if (m.start() != last || !attr.equals(clip)) {
                flushClip(run, clip, out);
                out.append(svg, last, m.start());
            }
            clip = attr;
            String e = m.group();
            run.add(e.substring(0, at) + e.substring(at + attr.length()));
            last = m.end();
        }
        flushClip(run, clip, out);
        out.append(svg, last, svg.length());
        return out.toString();
    }

    private static void flushClip(List<String> run, String clip, StringBuilder out) {
        if (run.size() == 1) {
            String e = run.get(0);
            // put the attribute back where it was: before "/>" or before the first ">"
            int at = e.startsWith("<g ") ? e.indexOf('>') : e.startsWith("<text ") ? e.indexOf('>') : e.length() - 2;
            out.append(e, 0, at).append(clip).append(e, at, e.length());
        } else if (run.size() > 1) {
            out.append("<g").append(clip).append('>');
            run.forEach(out::append);
            out.append("</g>");
        }
        run.clear();
    }

    private static Shape shape(Matcher m) {
        String text = m.group();
        if (m.group(1) != null) {
            double x1 = Double.parseDouble(m.group(1));
            double y1 = Double.parseDouble(m.group(2));
            double x2 = Double.parseDouble(m.group(3));
            double y2 = Double.parseDouble(m.group(4));
            String style = m.group(5);
            boolean round = style.contains("stroke-linecap:round") && style.contains("stroke-linejoin:round");
            return new Shape(text, "M" + m.group(1) + ',' + m.group(2) + 'L' + m.group(3) + ',' + m.group(4), true,
                    round, 0, Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), style, m.group(6));
        }
        if (m.group(7) != null) {
            double x = Double.parseDouble(m.group(7));
            double y = Double.parseDouble(m.group(8));
            double w = Double.parseDouble(m.group(9));
            double h = Double.parseDouble(m.group(10));
            String d = "M" + m.group(7) + ',' + m.group(8) + 'h' + m.group(9) + 'v' + m.group(10) + 'h'
                    + negate(m.group(9)) + 'z';
            return new Shape(text, d, false, false, (int) Math.signum(w * h), x, y, x + w, y + h, m.group(11),
                    m.group(12));
        }
        if (m.group(13) != null) {
            return ellipse(text, m.group(13), m.group(14), m.group(15), m.group(16), m.group(17), m.group(18));
        }
        if (m.group(19) != null) {
            return ellipse(text, m.group(19), m.group(20), m.group(21), m.group(21), m.group(22), m.group(23));
        }
        String d = m.group(26);
        double[] b = bounds(d);
        return new Shape(text, d, false, false, orientation(d), b[0], b[1], b[2], b[3], m.group(24), m.group(25));
    }

    private static Shape ellipse(String text, String cxs, String cys, String rxs, String rys, String style,
            String clip) {
        BigDecimal cx = new BigDecimal(cxs);
        BigDecimal rx = new BigDecimal(rxs);
        BigDecimal ry = new BigDecimal(rys);
        String dia = decimal(rx.add(rx), 6);
        String arc = "a" + rxs + ',' + rys + " 0 1,1 ";
        String d = "M" + decimal(cx.subtract(rx), 6) + ',' + cys + arc + dia + ",0" + arc + '-' + dia + ",0z";
        double x = cx.doubleValue();
        double y = Double.parseDouble(cys);
        return new Shape(text, d, false, false, 1, x - rx.doubleValue(), y - ry.doubleValue(), x + rx.doubleValue(),
                y + ry.doubleValue(), style, clip);
    }

    /** A fill-only shape followed by a stroke-only shape of the same geometry: one shape with both. */
    private static Shape fillThenStroke(Shape fill, Shape stroke) {
        if (fill.line() || stroke.line() || !fill.d().equals(stroke.d())
                || !java.util.Objects.equals(fill.clip(), stroke.clip())) {
            return null;
        }
        String fs = fill.style();
        String ss = stroke.style();
        if (fs.contains("stroke:") && !fs.contains("stroke:none") || fs.contains("stroke-") || !fs.contains("fill:")) {
            return null;
        }
        if (!ss.endsWith(";fill:none") || !ss.contains("stroke:")) {
            return null;
        }
        String fillPart = fs.replace(";stroke:none", "");
        String strokePart = ss.substring(0, ss.length() - ";fill:none".length());
        if (fillPart.contains("stroke") || fillPart.contains("shape-rendering")) {
            return null;
        }
        String style = fillPart + ';' + strokePart;
        String text = stroke.text().replace("style='" + ss + "'", "style='" + style + "'");
        return new Shape(text, stroke.d(), false, false, fill.orient(), stroke.x0(), stroke.y0(), stroke.x1(), stroke.y1(), style,
                stroke.clip());
    }

    private static boolean canJoin(List<Shape> run, Shape next) {
        Shape first = run.get(0);
        if (!first.key().equals(next.key())) {
            return false;
        }
        String style = next.style();
        boolean translucent = translucent(style);
        boolean filled = !next.line() && !style.contains("fill:none");
        boolean evenOdd = style.contains("evenodd");
        if (!translucent && !filled) {
            return true;
        }
        double pad = strokePad(style);
        for (Shape s : run) {
            // shapes that only touch (to within rounding) do not overlap
            boolean overlap = next.x0() - pad + EPS < s.x1() + pad && s.x0() - pad + EPS < next.x1() + pad
                    && next.y0() - pad + EPS < s.y1() + pad && s.y0() - pad + EPS < next.y1() + pad;
            // overlapping fills in one path: non-zero winding gives their union only if they turn the same way
            if (overlap && (translucent || evenOdd || next.orient() == 0 || s.orient() != next.orient())) {
                return false;
            }
        }
        return true;
    }

    /** The value of a paint property ("fill:" or "stroke:") in a style, or null. */
    private static String paint(String style, String property) {
        int at = style.startsWith(property) ? 0 : style.indexOf(";" + property) + 1;
        if (at == 0 && !style.startsWith(property)) {
            return null;
        }
        int end = style.indexOf(';', at);
        return style.substring(at + property.length(), end < 0 ? style.length() : end).strip();
    }

    private static boolean translucent(String style) {
        Matcher o = OPACITY.matcher(style);
        while (o.find()) {
            if (new BigDecimal(o.group(1)).compareTo(BigDecimal.ONE) < 0) {
                return true;
            }
        }
        return false;
    }

    /** How far paint may reach beyond a shape's bounds: a full stroke width (covers square caps and joins). */
    private static double strokePad(String style) {
        if (!style.contains("stroke:") || style.contains("stroke:none")) {
            return 0;
        }
        Matcher w = STROKE_WIDTH.matcher(style);
        double width = w.find() ? Double.parseDouble(w.group(1)) : 1;
        double miter = style.contains("stroke-linejoin:round") || style.contains("stroke-linejoin:bevel") ? 1 : 5;
        return width * miter;
    }

    private static void flush(List<Shape> run, StringBuilder out) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() == 1) {
            out.append(run.get(0).text());
            run.clear();
            return;
        }
        Shape first = run.get(0);
        if (dots(run, out)) {
            return;
        }
        StringBuilder d = new StringBuilder();
        String end = null;
        for (Shape s : run) {
            String sd = s.d();
            if (s.line() && s.round() && end != null && sd.startsWith("M" + end + "L")) {
                sd = sd.substring(1 + end.length());
            }
            d.append(sd);
            end = s.line() ? sd.substring(sd.lastIndexOf('L') + 1) : null;
        }
        String style = first.line() && !first.style().contains("fill:") ? first.style() + ";fill:none" : first.style();
        out.append("<path d='").append(d).append("' style='").append(style).append('\'');
        if (first.clip() != null) {
            out.append(" clip-path='").append(first.clip()).append('\'');
        }
        out.append("/>");
        run.clear();
    }

    /**
     * A run of equal opaque disks as one stroked path of zero-length round-capped segments
     * ({@code M x,y h0}): each cap is a disk of the stroke width, a tenth of the bytes of the circles.
     */
    private static boolean dots(List<Shape> run, StringBuilder out) {
        double r = run.get(0).dotRadius();
        if (r <= 0) {
            return false;
        }
        for (Shape s : run) {
            if (Math.abs(s.dotRadius() - r) > 0.06) {
                return false;
            }
        }
        StringBuilder d = new StringBuilder();
        for (Shape s : run) {
            d.append('M').append(decimal(BigDecimal.valueOf((s.x0() + s.x1()) / 2), 1)).append(',')
                    .append(decimal(BigDecimal.valueOf((s.y0() + s.y1()) / 2), 1)).append("h0");
        }
        Shape first = run.get(0);
        out.append("<path d='").append(d).append("' style='stroke:").append(paint(first.style(), "fill:"))
                .append(";stroke-width:").append(decimal(BigDecimal.valueOf(2 * r), 1))
                .append(";stroke-linecap:round;fill:none'");
        if (first.clip() != null) {
            out.append(" clip-path='").append(first.clip()).append('\'');
        }
        out.append("/>");
        run.clear();
        return true;
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
        if (i == 0) {
            return new double[] {0, 0, 0, 0};
        }
        return b;
    }

    private static String negate(String n) {
        return n.startsWith("-") ? n.substring(1) : "-" + n;
    }

    static String decimal(BigDecimal b, int places) {
        BigDecimal r = b.setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.signum() == 0 ? "0" : r.toPlainString();
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

    /** A coordinate rounded to 0.1 from its exact binary value ("12.3", "0"); NaN or infinity is an error. */
    public static String round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("a coordinate is " + Decimal.shortest(d) + ": the chart data contains NaN or infinity");
        }
        BigDecimal b = new BigDecimal(d).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        return b.toPlainString();
    }
}
