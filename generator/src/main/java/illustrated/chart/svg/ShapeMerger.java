package illustrated.chart.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Joins JFreeSVG's one-element-per-call shapes, among the children of each element:
 * <ol>
 * <li>a fill element immediately followed by an outline of the same geometry and clip becomes one
 * element carrying both paints (SVG paints fill, then stroke: the same result);</li>
 * <li>runs of consecutive shapes with the same style and clip become one {@code <path>}; when the style
 * is translucent, a run is cut before a shape whose bounds overlap an earlier one of the run, because
 * overlapping translucent shapes darken where separate elements overlap but not inside one path;</li>
 * <li>a run of equal opaque disks becomes one stroked path of zero-length round-capped segments.</li>
 * </ol>
 */
final class ShapeMerger {
    /** Bounds closer than this only touch (rounding to a tenth of a pixel). */
    private static final double EPS = 0.15;

    private ShapeMerger() {
    }

    /** Merges the shapes among the element's children, and below. */
    static void merge(XmlElement parent) {
        // the children, with each shape as a Shape (joined to a preceding fill where it outlines it)
        List<Object> items = new ArrayList<>();
        for (Object child : parent.children()) {
            Shape sh = child instanceof XmlElement e ? Shape.of(e) : null;
            if (sh == null) {
                if (child instanceof XmlElement e) {
                    merge(e);
                }
                items.add(child);
                continue;
            }
            if (!items.isEmpty() && items.get(items.size() - 1) instanceof Shape prev) {
                Shape both = fillThenStroke(prev, sh);
                if (both != null) {
                    items.set(items.size() - 1, both);
                    continue;
                }
            }
            items.add(sh);
        }
        List<Object> out = new ArrayList<>(items.size());
        List<Shape> run = new ArrayList<>();
        for (Object t : items) {
            if (t instanceof Shape sh) {
                if (!run.isEmpty() && !canJoin(run, sh)) {
                    flush(run, out);
                }
                run.add(sh);
            } else {
                flush(run, out);
                out.add(t);
            }
        }
        flush(run, out);
        parent.children().clear();
        parent.children().addAll(out);
    }

    /** A fill-only shape followed by a stroke-only shape of the same geometry: one shape with both. */
    private static Shape fillThenStroke(Shape fill, Shape stroke) {
        if (fill.line() || stroke.line() || !fill.d().equals(stroke.d()) || !Objects.equals(fill.clip(), stroke.clip())) {
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
        return stroke.restyled(fillPart + ';' + strokePart, fill.orient());
    }

    private static boolean canJoin(List<Shape> run, Shape next) {
        if (!run.get(0).key().equals(next.key())) {
            return false;
        }
        String style = next.style();
        boolean translucent = next.translucent();
        boolean filled = !next.line() && !style.contains("fill:none");
        boolean evenOdd = style.contains("evenodd");
        if (!translucent && !filled) {
            return true;
        }
        double pad = next.strokePad();
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

    private static void flush(List<Shape> run, List<Object> out) {
        if (run.isEmpty()) {
            return;
        }
        if (run.size() == 1) {
            out.add(run.get(0).element());
        } else {
            XmlElement dots = dots(run);
            out.add(dots != null ? dots : path(run));
        }
        run.clear();
    }

    /** The run as one path; a line run with round joins continues where the previous segment ended. */
    private static XmlElement path(List<Shape> run) {
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
        Shape first = run.get(0);
        String style = first.line() && !first.style().contains("fill:") ? first.style() + ";fill:none" : first.style();
        return element(d.toString(), style, first.clip());
    }

    /**
     * A run of equal opaque disks as one stroked path of zero-length round-capped segments
     * ({@code M x,y h0}): each cap is a disk of the stroke width, a tenth of the bytes of the circles.
     */
    private static XmlElement dots(List<Shape> run) {
        double r = run.get(0).dotRadius();
        if (r <= 0) {
            return null;
        }
        for (Shape s : run) {
            if (Math.abs(s.dotRadius() - r) > 0.06) {
                return null;
            }
        }
        StringBuilder d = new StringBuilder();
        for (Shape s : run) {
            d.append('M').append(PathData.decimal(BigDecimal.valueOf((s.x0() + s.x1()) / 2), 1)).append(',')
                    .append(PathData.decimal(BigDecimal.valueOf((s.y0() + s.y1()) / 2), 1)).append("h0");
        }
        Shape first = run.get(0);
        String style = "stroke:" + first.paint("fill:") + ";stroke-width:"
                + PathData.decimal(BigDecimal.valueOf(2 * r), 1) + ";stroke-linecap:round;fill:none";
        return element(d.toString(), style, first.clip());
    }

    private static XmlElement element(String d, String style, String clip) {
        XmlElement path = new XmlElement("path").set("d", d).set("style", style);
        if (clip != null) {
            path.set("clip-path", clip);
        }
        return path;
    }
}
