package illustrated.diagram.curse;

import illustrated.chart.Theme;
import illustrated.chart.Theme.Role;
import illustrated.diagram.Pen;
import illustrated.diagram.Pen.Align;
import illustrated.simulation.Dataset;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;

/**
 * A12: a disc of radius r whose outer ring of thickness ε is the "coating", with the share of area
 * (and of volume in 3-D) that the ring holds, from {@link ShellShares}.
 */
public record ShellRing(int width, int height) implements Sketch {
    @Override
    public void paint(Graphics2D g, Dataset data, Theme theme) {
        Pen pen = new Pen(g, theme);
        pen.paper(width, height);
        double ratio = data.value("drawn-ratio").value();
        double cx = 190;
        double cy = 190;
        double r = 150;
        double inner = r * (1 - ratio);
        Ellipse2D outer = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        Ellipse2D in = new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner);
        Area ring = new Area(outer);
        ring.subtract(new Area(in));
        g.setColor(Role.C5.color(200));
        g.fill(ring);
        g.setColor(Role.C5.color(45));
        g.fill(in);
        g.setColor(Role.FG.color());
        g.setStroke(theme.line());
        g.draw(outer);
        g.setStroke(theme.thin());
        g.draw(in);
        // r from the centre to the rim, pointing down-left
        double a = Math.toRadians(205);
        g.setColor(Role.FG.color());
        g.fill(new Ellipse2D.Double(cx - 3.5, cy - 3.5, 7, 7));
        pen.dimension(cx, cy, cx + r * StrictMath.cos(a), cy - r * StrictMath.sin(a), 9);
        pen.labelOnPaper("$r$", cx + 0.5 * r * StrictMath.cos(a), cy - 0.5 * r * StrictMath.sin(a) - 16, 22f);
        // ε across the ring, to the upper right
        double b = Math.toRadians(40);
        double ex0 = cx + inner * StrictMath.cos(b);
        double ey0 = cy - inner * StrictMath.sin(b);
        double ex1 = cx + (r + 46) * StrictMath.cos(b);
        double ey1 = cy - (r + 46) * StrictMath.sin(b);
        g.setColor(Role.C2.color());
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Double(cx + (inner - 22) * StrictMath.cos(b), cy - (inner - 22) * StrictMath.sin(b), ex0, ey0));
        pen.arrowHead(ex0, ey0, StrictMath.atan2(-StrictMath.sin(b), StrictMath.cos(b)), 10);
        pen.arrowHead(cx + r * StrictMath.cos(b), cy - r * StrictMath.sin(b), StrictMath.atan2(StrictMath.sin(b), -StrictMath.cos(b)), 10);
        g.draw(new Line2D.Double(cx + r * StrictMath.cos(b), cy - r * StrictMath.sin(b), ex1, ey1));
        pen.label("$ε$", ex1 + 8, ey1 + 6, 24f, Align.LEFT);
        g.setColor(Role.MUTED.color());
        pen.label("inside: radius $r$ − $ε$", cx + 10, cy + 78, 16f, Align.CENTER);
        text(pen, data, 400, 70);
    }

    private static void text(Pen pen, Dataset d, double x, double y) {
        Graphics2D g = pen.graphics();
        Theme theme = pen.theme();
        g.setColor(Role.FG.color());
        pen.label("share of the ball in the shell", x, y, 18f, Align.LEFT);
        float s = 22f;
        double lhs = pen.label("= 1 − (1 − ", x + 10, y + 48, s, Align.LEFT);
        double fx = x + 10 + lhs;
        double w = pen.labelWidth("$r$", s);
        pen.label("$ε$", fx + w / 2 + 1, y + 36, s, Align.CENTER);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(fx - 1, y + 42, fx + w + 3, y + 42));
        pen.label("$r$", fx + w / 2 + 1, y + 62, s, Align.CENTER);
        pen.label(")$^{D}$", fx + w + 5, y + 48, s, Align.LEFT);
        g.setColor(Role.MUTED.color());
        pen.label("because the volume of a $D$-ball grows like $r^{D}$", x, y + 96, 15f, Align.LEFT);
        String drawn = d.value("drawn-ratio").formatted();
        String thin = d.value("thin-ratio").formatted();
        row(pen, x, y + 140, "", "$D$ = 2", "$D$ = 3", true);
        row(pen, x, y + 168, "ring as drawn, $ε$/$r$ = " + drawn, d.value("drawn-share-d2").formatted(),
                d.value("drawn-share-d3").formatted(), false);
        row(pen, x, y + 196, "thin shell, $ε$/$r$ = " + thin, d.value("share-d2").formatted(),
                d.value("share-d3").formatted(), false);
    }

    private static void row(Pen pen, double x, double y, String what, String d2, String d3,
            boolean head) {
        Graphics2D g = pen.graphics();
        g.setColor(head ? Role.MUTED.color() : Role.FG.color());
        pen.label(what, x, y, 16f, Align.LEFT);
        pen.label(d2, x + 270, y, 16f, Align.RIGHT);
        pen.label(d3, x + 350, y, 16f, Align.RIGHT);
        if (head) {
            g.setColor(Role.GRID.color());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(x, y + 8, x + 355, y + 8));
        }
    }
}
