package illustrated.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueTest {
    @Test
    void formatsPlainNumbersWithUnits() {
        assertEquals("5.7°", new Value(5.6994, "%.1f", "°").formatted());
        assertEquals("98.2%", new Value(98.17, "%.1f", "%").formatted());
        assertEquals("\u22120.50", Value.of(-0.5, "%.2f").formatted());
        assertEquals("2,176,782,336", Value.of(Math.pow(6, 12), "%,.0f").formatted());
    }

    @Test
    void typesetsScientificNotation() {
        assertEquals("1.3\u00A0\u00D7\u00A010\u207B\u2078", Value.of(1.3e-8, "%.1e").formatted());
        assertEquals("10\u207B\u2076", Value.of(1e-6, "%.0e").formatted());
        assertEquals("2.0\u00A0\u00D7\u00A010\u00B9\u00B2", Value.of(2e12, "%.1e").formatted());
        assertEquals("\u22121.5\u00A0\u00D7\u00A010\u207B\u00B3", Value.of(-1.5e-3, "%.1e").formatted());
    }
}
