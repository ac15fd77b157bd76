package illustrated.diagram.curse;

import illustrated.format.Decimal;
import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * A7: the "spiky cube" sketch. A D-dimensional unit cube centred at the origin has its face centres
 * at distance 1/2 (where the inscribed ball touches) and its corners at distance √D/2. Drawn in the
 * plane as a star: valleys at radius 1/2, spikes at radius √D/2, all panels on one scale. Only a few
 * of the 2^D corners are drawn; the sketch is a metaphor for distances, not a projection.
 */
public record SpikyCube(int width, int height, List<Integer> dims) implements Sketch {
    private static final double SCALE = 46;
    private static final double CENTRE_Y = 245;

    public SpikyCube {
        dims = List.copyOf(dims);
    }

    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        double x = 18;
        for (int i = 0; i < dims.size(); i++) {
            int d = dims.get(i);
            double tip = Math.sqrt(d) / 2 * SCALE;
            double panel = Math.max(192, 2 * tip + 30);
            double cx = x + panel / 2;
            star(g, theme, d, spikes(i), cx, CENTRE_Y);
            captions(pen, d, cx);
            x += panel;
        }
        legend(pen, 24, 36);
    }

    /** 4 spikes for the square (the star is then exactly the square), more for higher D. */
    private static int spikes(int panel) {
        return 4 + 4 * panel;
    }

    private void star(Graphics2D g, Theme theme, int d, int spikes, double cx, double cy) {
        double tip = Math.sqrt(d) / 2 * SCALE;
        double valley = 0.5 * SCALE;
        Path2D p = new Path2D.Double();
        for (int k = 0; k < 2 * spikes; k++) {
            double a = Math.PI * k / spikes - Math.PI / 2;
            double r = k % 2 == 0 ? valley : tip;
            double px = cx + r * StrictMath.cos(a);
            double py = cy + r * StrictMath.sin(a);
            if (k == 0) {
                p.moveTo(px, py);
            } else {
                p.lineTo(px, py);
            }
        }
        p.closePath();
        g.setColor(Role.C5.color(55));
        g.fill(p);
        g.setColor(Role.C5.color());
        g.setStroke(theme.line());
        g.draw(p);
        Ellipse2D ball = new Ellipse2D.Double(cx - valley, cy - valley, 2 * valley, 2 * valley);
        g.setColor(Role.C6.color(150));
        g.fill(ball);
        g.setColor(Role.C1.color());
        g.setStroke(theme.thin());
        g.draw(ball);
        // radius to the spike nearest to "up and to the right"
        int best = (int) Math.round((Math.PI / 4 * spikes / Math.PI - 1) / 2);
        double a = Math.PI * (2 * best + 1) / spikes - Math.PI / 2;
        double tx = cx + tip * StrictMath.cos(a);
        double ty = cy + tip * StrictMath.sin(a);
        g.setColor(Role.C2.color());
        g.setStroke(theme.thin());
        g.draw(new Line2D.Double(cx, cy, tx, ty));
        g.fill(new Ellipse2D.Double(tx - 3.5, ty - 3.5, 7, 7));
    }

    /** The key, in the empty top-left corner. */
    private static void legend(Pen pen, double x, double y) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        double r = 9;
        g.setColor(Role.C6.color(150));
        g.fill(new Ellipse2D.Double(x, y - r, 2 * r, 2 * r));
        g.setColor(Role.C1.color());
        g.setStroke(theme.thin());
        g.draw(new Ellipse2D.Double(x, y - r, 2 * r, 2 * r));
        g.setColor(Role.FG.color());
        pen.label("inscribed ball, diameter 1: it touches", x + 28, y + 5, 16f, Align.LEFT);
        pen.label("every face centre, at distance 1/2", x + 28, y + 26, 16f, Align.LEFT);
        Path2D spike = new Path2D.Double();
        spike.moveTo(x, y + 62);
        spike.lineTo(x + 9, y + 48);
        spike.lineTo(x + 18, y + 62);
        spike.closePath();
        g.setColor(Role.C5.color(55));
        g.fill(spike);
        g.setColor(Role.C5.color());
        g.draw(spike);
        g.setColor(Role.FG.color());
        pen.label("spikes: corners, at distance $√{D}$/2", x + 28, y + 62, 16f, Align.LEFT);
        g.setColor(Role.MUTED.color());
        pen.label("(one scale for all four; only a few", x + 28, y + 86, 14f, Align.LEFT);
        pen.label("of the $2^{D}$ corners are drawn)", x + 28, y + 104, 14f, Align.LEFT);
    }

    private void captions(Pen pen, int d, double cx) {
        Graphics2D g = pen.graphics();
        g.setColor(Role.FG.color());
        pen.label("$D$ = " + d, cx, height - 64, 19f, Align.CENTER);
        // the corner distance goes with the caption, in the radius' colour: over the star it sat on the spikes
        g.setColor(Role.C2.color());
        pen.label("corners at $√{D}$/2 = " + number(Math.sqrt(d) / 2), cx, height - 40, 16f, Align.CENTER);
        g.setColor(Role.MUTED.color());
        pen.label(corners(d), cx, height - 16, 15f, Align.CENTER);
    }

    /** "2^D = n corners", with n written out while it is short. */
    private static String corners(int d) {
        if (d <= 20) {
            return Decimal.format("$2^{%d}$ = %,d corners", d, 1L << d).replace(',', '\u2009');
        }
        double log10 = d * StrictMath.log10(2);
        int e = (int) Math.floor(log10);
        double m = StrictMath.pow(10, log10 - e);
        return Decimal.format("$2^{%d}$ ≈ %.1f × $10^{%d}$ corners", d, m, e);
    }

    private static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Decimal.format("%.0f", v)
                : Decimal.format("%.2f", v);
    }
}
