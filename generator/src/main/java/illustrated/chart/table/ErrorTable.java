package illustrated.chart.table;

import illustrated.chart.Labels;
import illustrated.chart.Theme;
import illustrated.simulation.Dataset;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A table of gradient-check errors, drawn as SVG text and rules. */
public final class ErrorTable {
    private ErrorTable() {
    }

    /** The table "gradient-check" of the dataset: one row per parameter block, errors in scientific notation. */
    public static void paint(Graphics2D g, Dataset d, Theme t) {
        List<String> rows = d.tables().get("gradient-check");
        String[] head = {"parameter", "entries", "vs finite differences", "vs SameDiff"};
        double[] colX = {40, 160, 320, 480};
        double top = 78;
        double rowH = 30;
        g.setFont(t.font(15f));
        g.setPaint(t.color(Theme.Role.FG));
        g.drawString("worst relative error |a \u2212 b| / max(|a|, |b|) of the hand-written gradient a", 40, 24);
        g.drawString("against a reference b, over the entries of each parameter block", 40, 44);
        g.setFont(t.boldFont(14f));
        for (int c = 0; c < head.length; c++) {
            drawCell(g, head[c], colX[c], top, c > 0);
        }
        g.setPaint(t.color(Theme.Role.MUTED));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(30, top + 10, 610, top + 10));
        for (int r = 1; r < rows.size(); r++) {
            String[] cells = rows.get(r).split(",");
            double y = top + 10 + r * rowH - 8;
            if (r % 2 == 0) {
                g.setPaint(t.color(Theme.Role.FILL));
                g.fill(new Rectangle2D.Double(30, y - rowH + 9, 580, rowH));
            }
            g.setFont(t.mathFont(16f));
            g.setPaint(t.color(cells[0].startsWith("p") ? Theme.Role.PEEPHOLE : Theme.Role.FG));
            String[] name = cells[0].split("_");
            g.drawString(name[0], (float) colX[0], (float) y);
            g.setFont(t.mathFont(12f));
            g.drawString(name[1], (float) (colX[0] + g.getFontMetrics(t.mathFont(16f)).stringWidth(name[0]) + 1),
                    (float) (y + 4));
            g.setFont(t.font(15f));
            g.setPaint(t.color(Theme.Role.FG));
            drawCell(g, cells[1], colX[1], y, true);
            g.setPaint(t.color(Theme.Role.GRADIENT));
            drawCell(g, Labels.sci(cells[2]), colX[2], y, true);
            drawCell(g, Labels.sci(cells[3]), colX[3], y, true);
        }
        double bottom = top + 10 + (rows.size() - 1) * rowH + 4;
        g.setPaint(t.color(Theme.Role.MUTED));
        g.draw(new Line2D.Double(30, bottom, 610, bottom));
        g.setFont(t.font(13f));
        g.drawString("worst overall: " + Labels.sci(d.value("worst-fd").formatted()) + " against finite differences, "
                + Labels.sci(d.value("worst-samediff").formatted()) + " against SameDiff", 40, (float) (bottom + 26));
        g.drawString("the build fails above " + Labels.sci(d.value("tolerance").formatted()) + "; "
                + d.value("params").formatted() + " parameters of a peephole LSTM checked", 40, (float) (bottom + 46));
    }

    /** Right-aligns numeric cells on {@code x + 110}. */
    private static void drawCell(Graphics2D g, String s, double x, double y, boolean right) {
        FontMetrics fm = g.getFontMetrics();
        float px = right ? (float) (x + 110 - fm.stringWidth(s)) : (float) x;
        g.drawString(s, px, (float) y);
    }
}
