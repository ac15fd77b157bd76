package illustrated.chart.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Consecutive elements with the same clip-path: one {@code <g clip-path>} around them instead. Never
 * an element with a transform: its clip path is read in its own, transformed, coordinates.
 */
final class ClipGroups {
    private static final Set<String> SHAPES = Set.of("line", "rect", "ellipse", "circle", "path");

    private ClipGroups() {
    }

    static void group(XmlElement parent) {
        List<Object> out = new ArrayList<>(parent.children().size());
        List<XmlElement> run = new ArrayList<>();
        String clip = null;
        for (Object child : parent.children()) {
            String c = child instanceof XmlElement e ? groupable(e) : null;
            if (c == null || !c.equals(clip)) {
                flush(run, clip, out);
            }
            if (c == null) {
                if (child instanceof XmlElement e) {
                    group(e);
                }
                out.add(child);
                clip = null;
            } else {
                run.add((XmlElement) child);
                clip = c;
            }
        }
        flush(run, clip, out);
        parent.children().clear();
        parent.children().addAll(out);
    }

    /**
     * The clip of an element that may move into a clipped group, or null: a childless shape or a
     * {@code <text>} without transform whose last attribute is its clip, or a
     * {@code <g style clip-path>} around one bare {@code <path d>}.
     */
    private static String groupable(XmlElement e) {
        int n = e.attributeCount();
        if (n < 2 || !e.attributeName(n - 1).equals("clip-path") || e.get("transform") != null) {
            return null;
        }
        boolean fits = switch (e.name()) {
            case "text" -> e.textOnly();
            case "g" -> {
                XmlElement path = e.onlyChild();
                yield e.hasAttributes("style", "clip-path") && path != null && path.name().equals("path")
                        && path.hasAttributes("d") && path.children().isEmpty();
            }
            default -> SHAPES.contains(e.name()) && e.children().isEmpty();
        };
        return fits ? e.value(n - 1) : null;
    }

    private static void flush(List<XmlElement> run, String clip, List<Object> out) {
        if (run.size() == 1) {
            out.add(run.get(0));
        } else if (run.size() > 1) {
            XmlElement g = new XmlElement("g").set("clip-path", clip);
            for (XmlElement e : run) {
                e.remove("clip-path");
                g.add(e);
            }
            out.add(g);
        }
        run.clear();
    }
}
