package illustrated.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text that the chart fonts cannot draw is found, and only that text. */
class FontCoverageTest {
    @Test
    void findsGreekAndSubscriptsInTheUprightFaceOnly() {
        String svg = "<svg><text x='1' y='2' style='font-size: 13px;'>variance \u03BB\u2081</text>"
                + "<text x='1' y='2' style='font-family: KaTeX_Math, serif;'>\u03BB</text>"
                + "<text x='1' y='2'>plain words, \u221AD &amp; \u2212x</text>"
                + "<text x='1' y='2' style='font-weight: bold;'>10\u207B\u2076</text></svg>";
        List<FontCoverage.Gap> gaps = FontCoverage.gaps(svg, Theme.standard());
        assertEquals(2, gaps.size(), gaps.toString());
        assertEquals(0x03BB, gaps.get(0).codePoint(), "lower-case Greek is not in KaTeX_Main: " + gaps);
        assertEquals(0x207B, gaps.get(1).codePoint(), "superscript minus is not in KaTeX_Main bold: " + gaps);
    }
}
