package illustrated.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalTest {
    /** Away from ties, the exact conversion gives what the JDK's Formatter gives. */
    @Test
    void agreesWithTheFormatterAwayFromTies() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double v = (r.nextDouble() - 0.5) * StrictMath.pow(10, r.nextInt(-9, 10));
            for (String p : new String[] {"%.0f", "%.2f", "%,.1f", "%.3e", "%.1e", "%.2g", "%.6g", "%10.3f", "%-9.2e"}) {
                String jdk = String.format(Locale.ROOT, p, v);
                String ours = Decimal.format(p, v);
                if (!jdk.equals(ours)) {
                    // only allowed where the JDK rounded its own shortest digits across a tie of the exact value
                    assertEquals(jdk.length(), ours.length(), p + " of " + v + ": " + jdk + " vs " + ours);
                    assertTie(v, p);
                }
            }
        }
    }

    private static void assertTie(double v, String p) {
        int prec = Integer.parseInt(p.replaceAll(".*\\.(\\d+).*", "$1"));
        BigDecimal exact = new BigDecimal(v).abs();
        if (p.endsWith("f")) {
            BigDecimal half = exact.setScale(prec, RoundingMode.DOWN).add(BigDecimal.valueOf(5, prec + 1));
            BigDecimal gap = exact.subtract(half).abs();
            assertEquals(true, gap.compareTo(BigDecimal.valueOf(1, prec + 15).max(exact.ulp())) <= 0,
                    p + " of " + v + " differs from the JDK although it is not a tie");
        }
    }

    @Test
    void roundsTheExactValueHalfUp() {
        assertEquals("1.00", Decimal.format("%.2f", 1.005)); // 1.005 is 1.00499999999999989… in binary
        assertEquals("0.13", Decimal.format("%.2f", 0.125)); // exactly a tie: half up
        assertEquals("-0.0", Decimal.format("%.1f", -0.04));
        assertEquals("1,234,568", Decimal.format("%,.0f", 1234567.5));
        assertEquals("1.3e-08", Decimal.format("%.1e", 1.25e-8 + 1e-24));
        assertEquals("0.00012", Decimal.format("%.2g", 0.000123));
        assertEquals("1.2e+03", Decimal.format("%.2g", 1234.0));
        assertEquals("x=3 y=0.50 NaN", Decimal.format("x=%d y=%.2f %.1f", 3, 0.5, Double.NaN));
    }

    @Test
    void shortestReadsBackExactlyAndIsShort() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (r.nextBoolean() ? 1 : -1);
            String s = Decimal.shortest(v);
            assertEquals(v, Double.parseDouble(s), s);
            // never longer than the JDK's own text, which is at most 17 significant digits
            assertEquals(true, digits(s) <= digits(Double.toString(v)), s + " vs " + Double.toString(v));
        }
        assertEquals("0.1", Decimal.shortest(0.1));
        assertEquals("1.0E-4", Decimal.shortest(1e-4));
        assertEquals("1.0E7", Decimal.shortest(1e7));
        assertEquals("0.30000000000000004", Decimal.shortest(0.1 + 0.2));
        assertEquals("12", Decimal.plain(12.0));
        assertEquals("2.5", Decimal.plain(2.5));
    }

    private static int digits(String s) {
        String m = s.replaceAll("[eE].*", "").replace("-", "").replace(".", "").replaceFirst("^0+", "");
        return m.replaceFirst("0+$", "").length();
    }
}
