package illustrated.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** The decimal log axes label 1, 2 and 5 times powers of ten, as plain numbers. */
class LogAxesTest {
    @Test
    void smallTicksAddTwoAndFiveOnlyBelowOne() {
        LogAxis a = LogAxes.logWithSmallTicks(Theme.standard(), "y", 0.08, 120);
        assertEquals(List.of("0.1", "0.2", "0.5", "1", "10", "100"), labels(a));
    }

    @Test
    void decimalTicksAreOneTwoFiveInEveryDecade() {
        LogAxis a = LogAxes.decimal("loss");
        a.setRange(0.015, 3);
        assertEquals(List.of("0.02", "0.05", "0.1", "0.2", "0.5", "1", "2"), labels(a));
    }

    private static List<String> labels(LogAxis a) {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        List<?> ticks = a.refreshTicks(g, new AxisState(), new Rectangle2D.Double(0, 0, 300, 300), RectangleEdge.LEFT);
        return ticks.stream().map(t -> ((ValueTick) t).getText()).toList();
    }
}
