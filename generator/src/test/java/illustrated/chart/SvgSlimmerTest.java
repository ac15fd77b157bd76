package illustrated.chart;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgSlimmerTest {

    /** Real JFreeSVG output of some Java2D drawing, with the exporter's settings. */
    private static String draw(Consumer<SVGGraphics2D> painter) {
        SVGGraphics2D g = new SVGGraphics2D(400, 300);
        g.setDefsKeyPrefix("t-");
        g.setGeomDoubleConverter(SvgSlimmer::round);
        g.setTransformDoubleConverter(SvgSlimmer::round);
        painter.accept(g);
        return g.getSVGElement("t-svg", false, new org.jfree.svg.ViewBox(0, 0, 400, 300), null, null);
    }

    private static int count(String svg, String element) {
        Matcher m = Pattern.compile("<" + element + "[ >/]").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void consecutiveLinesOfOneStyleBecomeOnePath() throws Exception {
        String raw = draw(g -> {
            g.setPaint(Color.BLUE);
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 50; i++) {
                g.draw(new Line2D.Double(i * 4, 100 + i % 7, (i + 1) * 4, 100 + (i + 1) % 7));
            }
        });
        assertEquals(50, count(raw, "line"));
        String slim = SvgSlimmer.slim(raw);
        assertEquals(0, count(slim, "line"));
        assertEquals(1, count(slim, "path") - count(raw, "path"), "one path for the 50 segments");
        assertTrue(slim.length() < raw.length() / 4, slim.length() + " vs " + raw.length());
        assertTrue(slim.contains("fill:none"), "a path from lines must not be filled");
        parse(slim);
    }

    @Test
    void differentStylesAreNotMerged() throws Exception {
        String raw = draw(g -> {
            for (int i = 0; i < 10; i++) {
                g.setPaint(i % 2 == 0 ? Color.RED : Color.GREEN);
                g.fill(new Rectangle2D.Double(i * 10, 10, 10, 10));
            }
        });
        String slim = SvgSlimmer.slim(raw);
        // alternating colours: nothing to merge, every rectangle keeps its own element
        assertEquals(10, count(slim, "rect"));
        parse(slim);
    }

    @Test
    void fillThenOutlineOfTheSameCellBecomesOneElementAndRunsMerge() throws Exception {
        // what XYBlockRenderer does: fill, then a 1 px outline in the same paint, cell by cell
        String raw = draw(g -> {
            g.setPaint(new Color(200, 80, 20));
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i < 20; i++) {
                Rectangle2D cell = new Rectangle2D.Double(10 + i * 12, 40, 12, 9);
                g.fill(cell);
                g.draw(cell);
            }
        });
        assertEquals(40, count(raw, "rect"));
        String slim = SvgSlimmer.slim(raw);
        assertEquals(0, count(slim, "rect"));
        assertEquals(1, count(slim, "path"));
        Matcher style = Pattern.compile("<path d='[^']*' style='([^']*)'").matcher(slim);
        assertTrue(style.find());
        assertTrue(style.group(1).contains("fill:rgb(200,80,20)") && style.group(1).contains("stroke:rgb(200,80,20)"),
                style.group(1));
        parse(slim);
    }

    @Test
    void overlappingTranslucentShapesStaySeparate() throws Exception {
        // two overlapping translucent discs darken where they overlap; one path would not
        String raw = draw(g -> {
            g.setPaint(new Color(0, 0, 255, 100));
            g.fill(new Rectangle2D.Double(10, 10, 30, 30));
            g.fill(new Rectangle2D.Double(20, 20, 30, 30));
            g.fill(new Rectangle2D.Double(100, 100, 30, 30)); // apart from both: may join the second
        });
        String slim = SvgSlimmer.slim(raw);
        assertEquals(1, count(slim, "rect"), slim);
        assertEquals(1, count(slim, "path"), slim);
        parse(slim);
    }

    @Test
    void equalOpaqueDiscsBecomeRoundCappedDots() throws Exception {
        String raw = draw(g -> {
            g.setPaint(Color.BLACK);
            for (int i = 0; i < 30; i++) {
                g.fill(new Ellipse2D.Double(5 + i * 7, 50, 2.2, 2.2));
            }
        });
        String slim = SvgSlimmer.slim(raw);
        assertEquals(0, count(slim, "ellipse"));
        assertTrue(slim.contains("stroke-width:2.2;stroke-linecap:round;fill:none"), slim);
        Matcher dots = Pattern.compile("M[0-9.]+,[0-9.]+h0").matcher(slim);
        int n = 0;
        while (dots.find()) {
            n++;
        }
        assertEquals(30, n, "one dot per disc");
        parse(slim);
    }

    @Test
    void textInABareGroupIsUnwrappedAndDefaultOpacityDropped() throws Exception {
        String raw = draw(g -> {
            g.setPaint(Color.BLACK);
            g.drawString("hello", 10, 20);
        });
        assertTrue(raw.contains("<g><text"), raw);
        String slim = SvgSlimmer.slim(raw);
        assertFalse(slim.contains("<g><text"), slim);
        assertFalse(slim.contains("opacity: 1.0") || slim.contains("opacity:1.0"), slim);
        assertTrue(slim.contains(">hello</text>"));
        parse(slim);
    }

    @Test
    void relativePathDataKeepsEveryPoint() {
        String d = "M10.5,20L12,18.3Q13,17,14.1,17.2C15,16,16,16,17.5,18Z";
        String rel = illustrated.chart.svg.PathData.relative(d);
        assertEquals(absolute(d), absolute(rel));
        assertTrue(rel.length() < d.length());
        // a second subpath after Z starts relative to the first subpath's start
        String two = "M1,1L5,1L5,5ZM10,10L12,10Z";
        assertEquals(absolute(two), absolute(illustrated.chart.svg.PathData.relative(two)));
    }

    @Test
    void slimmingIsDeterministicAndIdempotent() throws Exception {
        Consumer<SVGGraphics2D> painter = g -> {
            g.setPaint(new Color(0, 114, 178));
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i < 40; i++) {
                Rectangle2D cell = new Rectangle2D.Double(10 + (i % 8) * 10.4, 10 + (i / 8) * 10.4, 10.4, 10.4);
                g.setPaint(i % 3 == 0 ? new Color(0, 114, 178, 70) : new Color(87, 96, 106));
                g.fill(cell);
                g.draw(cell);
                g.fill(new Ellipse2D.Double(200 + i, 100 + (i * 7) % 13, 3, 3));
            }
            g.clip(new Rectangle2D.Double(0, 0, 300, 200));
            for (int i = 0; i < 10; i++) {
                g.draw(new Line2D.Double(i, 0, i + 1, 10));
                g.drawString("t" + i, 10 * i, 250);
            }
        };
        String raw = draw(painter);
        String once = SvgSlimmer.slim(raw);
        assertEquals(once, SvgSlimmer.slim(draw(painter)), "same input, same output");
        assertEquals(once, SvgSlimmer.slim(once), "slimming slim output changes nothing");
        assertTrue(once.length() < raw.length());
        parse(once);
    }

    /** The absolute points of M/L/Q/C path data, absolute or relative, as "x y" lines. */
    private static String absolute(String d) {
        Matcher t = Pattern.compile("[MLQCZmlqcz]|-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)").matcher(d);
        StringBuilder out = new StringBuilder();
        java.math.BigDecimal cx = java.math.BigDecimal.ZERO;
        java.math.BigDecimal cy = java.math.BigDecimal.ZERO;
        java.math.BigDecimal sx = cx;
        java.math.BigDecimal sy = cy;
        char cmd = 'M';
        java.math.BigDecimal pendingX = null;
        int inSegment = 0;
        java.math.BigDecimal baseX = cx;
        java.math.BigDecimal baseY = cy;
        while (t.find()) {
            String s = t.group();
            char c = s.charAt(0);
            if (Character.isLetter(c)) {
                cmd = c;
                inSegment = 0;
                baseX = cx;
                baseY = cy;
                if (c == 'Z' || c == 'z') {
                    cx = sx;
                    cy = sy;
                    out.append("Z\n");
                }
                continue;
            }
            java.math.BigDecimal v = new java.math.BigDecimal(s);
            if (pendingX == null) {
                pendingX = v;
                continue;
            }
            boolean rel = Character.isLowerCase(cmd);
            java.math.BigDecimal x = rel ? baseX.add(pendingX) : pendingX;
            java.math.BigDecimal y = rel ? baseY.add(v) : v;
            pendingX = null;
            out.append(x.stripTrailingZeros().toPlainString()).append(' ')
                    .append(y.stripTrailingZeros().toPlainString()).append('\n');
            int perSegment = switch (Character.toUpperCase(cmd)) {
                case 'Q' -> 2;
                case 'C' -> 3;
                default -> 1;
            };
            inSegment++;
            if (inSegment == perSegment) {
                inSegment = 0;
                cx = x;
                cy = y;
                baseX = cx;
                baseY = cy;
                if (Character.toUpperCase(cmd) == 'M') {
                    sx = x;
                    sy = y;
                    cmd = rel ? 'l' : 'L';
                }
            }
        }
        return out.toString();
    }
}
