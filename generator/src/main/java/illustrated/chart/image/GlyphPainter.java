package illustrated.chart.image;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.simulation.Dataset;
import illustrated.simulation.Grid;
import illustrated.simulation.pca.Tiles;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Small grey images drawn as vector rectangles in theme colours, so that they follow the page's dark mode:
 * ink is the text colour with an opacity from the pixel's value (quantised to {@value #LEVELS} steps); signed
 * images (principal components) are blue where positive and orange where negative. Rectangles of one level
 * are drawn together and joined along rows, which keeps the SVG small.
 */
public final class GlyphPainter {
    static final int LEVELS = 8;

    private GlyphPainter() {
    }

    /**
     * One image of {@code size x size} pixels at ({@code x}, {@code y}), {@code cell} px per pixel. Unsigned
     * images show values in [0, 1] (clipped); signed ones are scaled by their largest magnitude.
     */
    public static void tile(Graphics2D g, double[] px, int size, double x, double y, double cell, boolean signed) {
        double scale = 1;
        if (signed) {
            scale = 0;
            for (double v : px) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        int[] level = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            double v = Math.max(-1, Math.min(1, px[i] / scale));
            level[i] = (int) StrictMath.round((signed ? v : Math.max(0, v)) * LEVELS);
        }
        for (int q = -LEVELS; q <= LEVELS; q++) {
            if (q == 0) {
                continue;
            }
            Role role = q > 0 ? (signed ? Role.C1 : Role.FG) : Role.C2;
            g.setPaint(role.color((int) StrictMath.round(255.0 * Math.abs(q) / LEVELS)));
            for (int r = 0; r < size; r++) {
                int c = 0;
                while (c < size) {
                    if (level[r * size + c] != q) {
                        c++;
                        continue;
                    }
                    int start = c;
                    while (c < size && level[r * size + c] == q) {
                        c++;
                    }
                    g.fill(new Rectangle2D.Double(x + start * cell, y + r * cell, (c - start) * cell, cell));
                }
            }
        }
        g.setPaint(Role.GRID.color());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x - 0.5, y - 0.5, size * cell + 1, size * cell + 1));
    }

    /** Sample glyphs (two rows), then the mean glyph and the first principal components with their shares. */
    public static void gallery(Graphics2D g, Dataset d, Theme t, int width, int height) {
        int size = (int) d.value("size").value();
        double cell = 4;
        double step = size * cell + 8;
        Pen pen = new Pen(g, t);
        Grid samples = d.grid("samples");
        int n = (samples.rows() / size) * (samples.cols() / size);
        pen.text(n + " of the " + d.value("count").formatted() + " glyphs (" + size + " \u00D7 " + size + " pixels, "
                + d.value("dims").formatted() + " dimensions)", 20, 14, 14, Pen.Align.LEFT, Role.FG);
        for (int i = 0; i < n; i++) {
            tile(g, Tiles.tile(samples, i, size), size, 20 + (i % 10) * step, 28 + (i / 10) * step, cell, false);
        }
        double top = 28 + ((n + 9) / 10) * step + 22;
        pen.text("the mean glyph, and the first " + d.value("shown").formatted() + " principal components (blue: positive"
                + " weight, orange: negative)", 20, top - 14, 14, Pen.Align.LEFT, Role.FG);
        tile(g, Tiles.tile(d.grid("mean"), 0, size), size, 20, top, cell, false);
        pen.text("mean", 20 + size * cell / 2, top + size * cell + 14, 13, Pen.Align.CENTER, Role.MUTED);
        Grid comps = d.grid("components");
        for (int j = 0; j < comps.cols() / size; j++) {
            double x = 20 + (j + 1) * step;
            tile(g, Tiles.tile(comps, j, size), size, x, top, cell, true);
            pen.text((j + 1) + ": " + d.value("share-" + (j + 1)).formatted(), x + size * cell / 2, top + size * cell + 14, 13, Pen.Align.CENTER,
                    Role.MUTED);
        }
    }

    /**
     * Held-out glyphs rebuilt from k components: one column per k with the held-out error, the original
     * last.
     */
    public static void reconstructions(Graphics2D g, Dataset d, Theme t, List<Integer> ks, int size, int width) {
        Grid mosaic = d.grid("reconstructions");
        int cols = ks.size() + 1;
        int rows = mosaic.rows() / size;
        double cell = 3.5;
        double stepX = (width - 40) / (double) cols;
        double stepY = size * cell + 10;
        Pen pen = new Pen(g, t);
        for (int c = 0; c < cols; c++) {
            double cx = 20 + c * stepX + stepX / 2;
            boolean original = c == ks.size();
            pen.text(original ? "original" : "k = " + ks.get(c), cx, 14, 14, Pen.Align.CENTER, Role.FG);
            pen.text(original ? "(not in the fit)" : "error " + d.value("error-k" + ks.get(c)).formatted(), cx, 32, 13,
                    Pen.Align.CENTER, Role.MUTED);
            for (int r = 0; r < rows; r++) {
                tile(g, Tiles.tile(mosaic, r * cols + c, size), size, cx - size * cell / 2, 48 + r * stepY, cell, false);
            }
        }
    }
}
