package illustrated.simulation.curse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.simulation.Dataset;
import illustrated.simulation.Numerics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DistanceContrastTest {
    @BeforeAll
    static void init() {
        Numerics.init();
    }

    @Test
    void expectedMaximumOfNormalsIsRight() {
        // E[max of 2 standard normals] = 1/sqrt(pi); E[max of 1000] = 3.2414 (tables)
        assertEquals(1 / Math.sqrt(Math.PI), DistanceContrast.expectedMaxOfNormals(2), 1e-5);
        assertEquals(3.2414, DistanceContrast.expectedMaxOfNormals(1000), 1e-3);
    }

    @Test
    void contrastShrinksLikeOneOverRootD() {
        Dataset d = new DistanceContrast().run(new DistanceContrast.Params(1000, 11, List.of(10, 100, 1000)), 99L);
        double c = DistanceContrast.approximationConstant(1000);
        double at1000 = d.value("contrast-d1000").value();
        // the normal approximation neglects the skew of distances: within 15% at D = 1000
        assertEquals(c / Math.sqrt(1000), at1000, 0.15 * c / Math.sqrt(1000), "contrast at D = 1000 vs c / sqrt(D)");
        assertTrue(d.value("contrast-d10").value() > d.value("contrast-d100").value()
                && d.value("contrast-d100").value() > at1000, "contrast falls as D grows");
    }
}
