package illustrated.diagram.rnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.chart.Theme;
import illustrated.diagram.Pen;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** The drawn geometry of {@code history-timeline}: leader lines never cross a label. */
class HistoryTimelineLayoutTest {
    private static final List<HistoryTimelineLayout.Placed> LAYOUT =
            History.layout(new Pen(new SVGGraphics2D(1000, 530), Theme.standard()));

    private static Rectangle2D label(HistoryTimelineLayout.Placed p) {
        double cy = History.labelCentre(p.above(), p.row());
        return new Rectangle2D.Double(p.x0(), cy - History.HALF, p.x1() - p.x0(), 2 * History.HALF);
    }

    private static Line2D leader(HistoryTimelineLayout.Placed p) {
        double cy = History.labelCentre(p.above(), p.row());
        double axis = p.above() ? History.AXIS - 4 : History.AXIS + 4;
        return new Line2D.Double(p.x(), axis, p.x(), p.above() ? cy - History.HALF : cy + History.HALF);
    }

    @Test
    void everyEventIsPlacedOnce() {
        assertEquals(History.EVENTS.size(), LAYOUT.size());
        assertEquals(History.EVENTS.size(), LAYOUT.stream().map(HistoryTimelineLayout.Placed::event).distinct().count());
    }

    @Test
    void noLeaderLineCrossesAnotherEventsLabel() {
        for (HistoryTimelineLayout.Placed p : LAYOUT) {
            for (HistoryTimelineLayout.Placed q : LAYOUT) {
                if (p != q) {
                    // grow the label by 2 px so that a line grazing it also counts
                    Rectangle2D r = label(q);
                    r.setRect(r.getX() - 2, r.getY() - 2, r.getWidth() + 4, r.getHeight() + 4);
                    assertFalse(r.intersectsLine(leader(p)),
                            p.event().text() + ": its line crosses the label '" + q.event().text() + "'");
                }
            }
        }
    }

    @Test
    void labelsDoNotOverlapAndStayOnTheCanvas() {
        for (HistoryTimelineLayout.Placed p : LAYOUT) {
            Rectangle2D r = label(p);
            assertTrue(r.getMinX() >= 0 && r.getMaxX() <= 1000 && r.getMinY() >= 0, p.event().text());
            assertTrue(r.getMaxY() < History.STRIP - 22 - 8, p.event().text() + " runs into the climate strip");
            // a label sits beside its own line, not across it
            assertFalse(r.intersectsLine(leader(p)), p.event().text() + " is crossed by its own line");
            for (HistoryTimelineLayout.Placed q : LAYOUT) {
                if (p != q) {
                    assertFalse(r.intersects(label(q)), p.event().text() + " overlaps " + q.event().text());
                }
            }
        }
    }

    @Test
    void theSearchRejectsALineThroughALabel() {
        History.Event a = History.EVENTS.get(0);
        History.Event b = History.EVENTS.get(1);
        HistoryTimelineLayout.Frame frame = new HistoryTimelineLayout.Frame(0, 1000, 4, 4, List.of());
        // a's label in row 1 to the right of its line covers b's line, which rises to row 2
        HistoryTimelineLayout.Placed low = new HistoryTimelineLayout.Placed(a, 100, true, 1, false, 105, 300);
        HistoryTimelineLayout.Placed high = new HistoryTimelineLayout.Placed(b, 150, true, 2, false, 155, 300);
        assertFalse(HistoryTimelineLayout.fits(high, List.of(low), frame));
        assertTrue(HistoryTimelineLayout.fits(low, List.of(), frame));
        // the other way round both lines pass beside the labels
        HistoryTimelineLayout.Placed aHigh = new HistoryTimelineLayout.Placed(a, 100, true, 2, false, 105, 300);
        HistoryTimelineLayout.Placed bLow = new HistoryTimelineLayout.Placed(b, 150, true, 1, false, 155, 300);
        assertTrue(HistoryTimelineLayout.fits(bLow, List.of(aHigh), frame));
    }
}
