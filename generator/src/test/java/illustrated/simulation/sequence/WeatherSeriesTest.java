package illustrated.simulation.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Series;
import org.junit.jupiter.api.Test;

class WeatherSeriesTest {
    @Test
    void ninetySixHoursAtTenMinutesIs576Steps() {
        Dataset d = new WeatherSeries().run(new WeatherSeries.Params(96, 10, 60), 7L);
        assertEquals(96 * 60 / 10, (int) d.value("steps-96h").value());
        assertEquals(4, (int) d.value("channels").value());
        for (Series s : d.series()) {
            assertEquals(576, s.size());
            assertEquals(10.0 / 60, s.x(1) - s.x(0), 1e-12);
        }
    }

    @Test
    void channelsArePhysicalAndFollowTheFront() {
        Dataset d = new WeatherSeries().run(new WeatherSeries.Params(96, 10, 60), 7L);
        for (double h : d.series("humidity").y()) {
            assertTrue(h >= 0 && h <= 100, "humidity " + h);
        }
        for (double w : d.series("wind").y()) {
            assertTrue(w >= 0, "wind " + w);
        }
        Series p = d.series("pressure");
        int argmin = 0;
        for (int i = 1; i < p.size(); i++) {
            if (p.y(i) < p.y(argmin)) {
                argmin = i;
            }
        }
        assertEquals(60, p.x(argmin), 6, "pressure should bottom out as the front passes");
    }

    @Test
    void deterministicPerSeed() {
        WeatherSeries.Params p = new WeatherSeries.Params(24, 10, 12);
        assertEquals(new WeatherSeries().run(p, 3L).series(), new WeatherSeries().run(p, 3L).series());
    }

    @Test
    void rejectsAStepThatDoesNotDivideAnHour() {
        assertThrows(IllegalArgumentException.class, () -> new WeatherSeries.Params(96, 7, 60));
    }
}
