package illustrated.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes the figure-diff report: {@code index.html} (a local page, not part of the site), a
 * {@code summary.json} for scripts, and beside them the old and new SVGs and a pixel-difference PNG
 * of every changed figure. The page needs no script: the blink view is a CSS animation and the
 * overlay a CSS blend mode.
 */
public final class DiffReport {
    private final Path dir;
    private final String beforeLabel;
    private final String afterLabel;

    public DiffReport(Path dir, String beforeLabel, String afterLabel) {
        this.dir = dir;
        this.beforeLabel = beforeLabel;
        this.afterLabel = afterLabel;
    }

    /** Pixel difference of one changed figure (null when a side has no picture or cannot be rasterised). */
    record Pixels(long pixels, long total, String error) {
    }

    public void write(FigureDiff.Result r) throws IOException {
        RevisionFigures.deleteTree(dir);
        Files.createDirectories(dir);
        Map<String, Pixels> pixels = new LinkedHashMap<>();
        for (FigureDiff.Change c : r.changes()) {
            if (c.before() != null && c.before().svg() != null) {
                write("old/" + c.id() + ".svg", c.before().svg());
            }
            if (c.after() != null && c.after().svg() != null) {
                write("new/" + c.id() + ".svg", c.after().svg());
            }
            if (c.status() == FigureDiff.Status.CHANGED && c.svgChanged() && c.before().svg() != null
                    && c.after().svg() != null) {
                pixels.put(c.id(), pixelDiff(c));
            }
        }
        Files.writeString(dir.resolve("summary.json"), summary(r, pixels), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), html(r, pixels), StandardCharsets.UTF_8);
    }

    private Pixels pixelDiff(FigureDiff.Change c) {
        try {
            Raster.Difference d = Raster.diff(Raster.render(c.before().svg()), Raster.render(c.after().svg()));
            Files.createDirectories(dir.resolve("diff"));
            ImageIO.write(d.image(), "png", dir.resolve("diff/" + c.id() + ".png").toFile());
            return new Pixels(d.pixels(), d.total(), null);
        } catch (Exception | LinkageError e) {
            return new Pixels(0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    String summary(FigureDiff.Result r, Map<String, Pixels> pixels) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("before", beforeLabel);
        root.put("after", afterLabel);
        ObjectNode tol = root.putObject("tolerance");
        tol.put("relative", DataDelta.REL_TOL);
        tol.put("absolute", DataDelta.ABS_TOL);
        tol.put("svgCoordinate", 0.01);
        root.put("changes", r.changes().stream().filter(c -> c.status() == FigureDiff.Status.CHANGED
                || c.status() == FigureDiff.Status.ADDED || c.status() == FigureDiff.Status.REMOVED).count());
        root.put("unchanged", r.unchanged());
        for (FigureDiff.Status s : List.of(FigureDiff.Status.CHANGED, FigureDiff.Status.ADDED,
                FigureDiff.Status.REMOVED, FigureDiff.Status.NUMERICALLY_EQUAL, FigureDiff.Status.PROVENANCE_ONLY)) {
            ArrayNode arr = root.putArray(key(s));
            for (FigureDiff.Change c : r.with(s)) {
                ObjectNode n = arr.addObject();
                n.put("id", c.id());
                n.put("svgChanged", c.svgChanged());
                n.put("dataChanged", c.dataChanged());
                Pixels p = pixels.get(c.id());
                if (p != null) {
                    if (p.error() != null) {
                        n.put("pixelError", p.error());
                    } else {
                        n.put("pixelsDifferent", p.pixels());
                        n.put("pixelsTotal", p.total());
                    }
                }
                ArrayNode cols = n.putArray("series");
                for (DataDelta.Column col : c.columns()) {
                    if (col.status().equals("equal")) {
                        continue;
                    }
                    ObjectNode o = cols.addObject();
                    o.put("file", col.file());
                    o.put("column", col.column());
                    o.put("status", col.status());
                    o.put("oldPoints", col.oldPoints());
                    o.put("newPoints", col.newPoints());
                    o.put("pointsAdded", Math.max(0, col.pointsDelta()));
                    o.put("pointsRemoved", Math.max(0, -col.pointsDelta()));
                    o.put("maxAbsDiff", col.maxAbs());
                    o.put("maxRelDiff", col.maxRel());
                    o.put("textCellsChanged", col.textChanges());
                }
            }
        }
        return m.writeValueAsString(root) + "\n";
    }

    static String key(FigureDiff.Status s) {
        return switch (s) {
            case CHANGED -> "changed";
            case ADDED -> "added";
            case REMOVED -> "removed";
            case NUMERICALLY_EQUAL -> "numericallyEqual";
            case PROVENANCE_ONLY -> "provenanceOnly";
            case UNCHANGED -> "unchanged";
        };
    }

    String html(FigureDiff.Result r, Map<String, Pixels> pixels) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Figure diff</title>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n").append(CSS)
                .append("</style></head><body>\n");
        sb.append("<h1>Figure diff</h1>\n<p class=\"sides\">before: <code>").append(esc(beforeLabel))
                .append("</code><br>after: <code>").append(esc(afterLabel)).append("</code></p>\n");
        List<FigureDiff.Change> changed = r.with(FigureDiff.Status.CHANGED);
        List<FigureDiff.Change> added = r.with(FigureDiff.Status.ADDED);
        List<FigureDiff.Change> removed = r.with(FigureDiff.Status.REMOVED);
        List<FigureDiff.Change> numeq = r.with(FigureDiff.Status.NUMERICALLY_EQUAL);
        List<FigureDiff.Change> prov = r.with(FigureDiff.Status.PROVENANCE_ONLY);
        sb.append("<ul class=\"counts\">")
                .append(li(changed.size(), "changed")).append(li(added.size(), "added"))
                .append(li(removed.size(), "removed")).append(li(numeq.size(), "numerically equal"))
                .append(li(prov.size(), "provenance only")).append(li(r.unchanged(), "unchanged")).append("</ul>\n");
        sb.append(String.format(Locale.ROOT, "<p class=\"note\">Numerically equal: every number within a relative "
                + "difference of %.0e (absolute %.0e near zero) and every SVG coordinate within one rounding step "
                + "(0.01). Provenance only: picture and data identical, only the provenance record differs.</p>\n",
                DataDelta.REL_TOL, DataDelta.ABS_TOL));
        if (!changed.isEmpty() || !added.isEmpty() || !removed.isEmpty()) {
            sb.append("<nav><ol>");
            for (FigureDiff.Change c : r.changes()) {
                if (c.status() == FigureDiff.Status.CHANGED || c.status() == FigureDiff.Status.ADDED
                        || c.status() == FigureDiff.Status.REMOVED) {
                    sb.append("<li><a href=\"#").append(c.id()).append("\">").append(c.id()).append("</a> ")
                            .append(key(c.status())).append("</li>");
                }
            }
            sb.append("</ol></nav>\n");
        }
        for (FigureDiff.Change c : changed) {
            sb.append("<section id=\"").append(c.id()).append("\"><h2>").append(c.id())
                    .append(" <small>changed: ").append(c.svgChanged() ? "picture" : "")
                    .append(c.svgChanged() && c.dataChanged() ? " and " : "").append(c.dataChanged() ? "data" : "")
                    .append("</small></h2>\n");
            if (c.before().svg() != null && c.after().svg() != null) {
                String o = "old/" + c.id() + ".svg";
                String n = "new/" + c.id() + ".svg";
                sb.append("<div class=\"row\">")
                        .append("<figure><img src=\"").append(o).append("\" alt=\"before\"><figcaption>before</figcaption></figure>")
                        .append("<figure><img src=\"").append(n).append("\" alt=\"after\"><figcaption>after</figcaption></figure>")
                        .append("</div>\n<div class=\"row\">")
                        .append("<figure><div class=\"stack blink\"><img src=\"").append(o).append("\" alt=\"\"><img src=\"")
                        .append(n).append("\" alt=\"\" class=\"top\"></div><figcaption>blink: before / after, 0.8 s each</figcaption></figure>")
                        .append("<figure><div class=\"stack overlay\"><img src=\"").append(o).append("\" alt=\"\"><img src=\"")
                        .append(n).append("\" alt=\"\" class=\"top\"></div><figcaption>overlay (difference blend: black where equal)</figcaption></figure>");
                Pixels p = pixels.get(c.id());
                if (p != null && p.error() == null) {
                    sb.append("<figure><img src=\"diff/").append(c.id()).append(".png\" alt=\"pixel difference\"><figcaption>")
                            .append(String.format(Locale.ROOT, "pixels that differ (magenta): %d of %d (%.2f%%)",
                                    p.pixels(), p.total(), 100.0 * p.pixels() / Math.max(1, p.total())))
                            .append("</figcaption></figure>");
                } else if (p != null) {
                    sb.append("<p class=\"note\">pixel difference unavailable: ").append(esc(p.error())).append("</p>");
                }
                sb.append("</div>\n");
            }
            sb.append(table(c.columns()));
            sb.append("</section>\n");
        }
        for (FigureDiff.Change c : added) {
            sb.append("<section id=\"").append(c.id()).append("\"><h2>").append(c.id()).append(" <small>added</small></h2>\n");
            if (c.after().svg() != null) {
                sb.append("<figure><img src=\"new/").append(c.id()).append(".svg\" alt=\"new figure\"></figure>\n");
            }
            sb.append("<p>data files: ").append(esc(String.join(", ", c.after().csv().keySet()))).append("</p></section>\n");
        }
        for (FigureDiff.Change c : removed) {
            sb.append("<section id=\"").append(c.id()).append("\"><h2>").append(c.id()).append(" <small>removed</small></h2>\n");
            if (c.before().svg() != null) {
                sb.append("<figure><img src=\"old/").append(c.id()).append(".svg\" alt=\"removed figure\"></figure>\n");
            }
            sb.append("</section>\n");
        }
        if (!numeq.isEmpty() || !prov.isEmpty()) {
            sb.append("<section><h2>Not counted as changes</h2><ul>");
            numeq.forEach(c -> sb.append("<li>").append(c.id()).append(": numerically equal").append(maxRel(c)).append("</li>"));
            prov.forEach(c -> sb.append("<li>").append(c.id()).append(": provenance only</li>"));
            sb.append("</ul></section>\n");
        }
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static String maxRel(FigureDiff.Change c) {
        double m = c.columns().stream().mapToDouble(DataDelta.Column::maxRel).max().orElse(0);
        return String.format(Locale.ROOT, " (largest relative difference %.3g)", m);
    }

    static String table(List<DataDelta.Column> cols) {
        StringBuilder sb = new StringBuilder("<table><thead><tr><th>file</th><th>series (column)</th><th>status</th>"
                + "<th>points before</th><th>points after</th><th>max |Δ|</th><th>max relative Δ</th><th>text cells changed</th></tr></thead><tbody>\n");
        int shown = 0;
        for (DataDelta.Column c : cols) {
            if (c.status().equals("equal")) {
                continue;
            }
            shown++;
            sb.append("<tr class=\"").append(c.status().replace(' ', '-')).append("\"><td>").append(esc(c.file()))
                    .append("</td><td>").append(esc(c.column())).append("</td><td>").append(c.status())
                    .append("</td><td>").append(c.oldPoints()).append("</td><td>").append(c.newPoints())
                    .append(String.format(Locale.ROOT, "</td><td>%.6g</td><td>%.3g</td><td>", c.maxAbs(), c.maxRel()))
                    .append(c.textChanges()).append("</td></tr>\n");
        }
        if (shown == 0) {
            return "<p class=\"note\">The data (CSV) is identical: only the drawing changed.</p>\n";
        }
        return sb.append("</tbody></table>\n").toString();
    }

    private static String li(long n, String what) {
        return "<li><b>" + n + "</b> " + what + "</li>";
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:1500px;padding:0 1rem;color:#222}
            code{font-size:90%}
            .counts{display:flex;gap:1.5rem;list-style:none;padding:0}
            .note{color:#555}
            section{border-top:1px solid #ccc;margin-top:2rem}
            h2 small{font-weight:normal;color:#a0005a}
            .row{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
            figure{margin:0;flex:1 1 420px;max-width:720px}
            figure img,.stack{width:100%;display:block;background:#fff;border:1px solid #ddd}
            figcaption{font-size:85%;color:#555;text-align:center}
            .stack{position:relative}
            .stack img{width:100%;display:block;border:0}
            .stack .top{position:absolute;left:0;top:0}
            .blink .top{animation:blink 1.6s steps(1,end) infinite}
            @keyframes blink{50%{opacity:0}}
            .overlay{background:#fff}
            .overlay .top{mix-blend-mode:difference}
            table{border-collapse:collapse;margin:1rem 0;font-size:90%}
            td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
            td:nth-child(-n+3),th:nth-child(-n+3){text-align:left}
            tr.changed td:nth-child(3),tr.added td:nth-child(3),tr.removed td:nth-child(3){color:#a0005a;font-weight:bold}
            """;
}
