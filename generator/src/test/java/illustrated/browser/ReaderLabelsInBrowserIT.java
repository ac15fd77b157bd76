package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The labels of the real site's figures as readers see them (see {@link ArticlesInBrowser}): every label
 * inside its drawing, legible at 390 px and at 1280 px (the smallest label per figure is written to
 * target/readers/figure-labels.md), and on phones the narrow layouts shown instead of a drawing that scrolls.
 */
class ReaderLabelsInBrowserIT extends ArticlesInBrowser {
    /**
     * Script: every label of every figure of the page with its rendered size in CSS px and its box in the drawing;
     * of a figure with a narrow layout, the rendering shown at this width.
     */
    private static final String LABELS = "var out = [];"
            + "document.querySelectorAll('.figure').forEach(function (f) { f.style.contentVisibility = 'visible'; });"
            + "document.querySelectorAll('.figure-media svg').forEach(function (svg) { if (!svg.getClientRects().length) { return; }"
            + "  var id = svg.closest('figure').id.replace(/^fig-/, ''), vb = svg.viewBox.baseVal, inv = svg.getCTM().inverse();"
            + "  svg.querySelectorAll('text').forEach(function (t) { if (!t.textContent.trim()) { return; }"
            + "    var m = t.getScreenCTM(), bb = t.getBBox(), c = t.getCTM();"
            + "    var px = parseFloat(getComputedStyle(t).fontSize) * Math.sqrt(m.a * m.a + m.b * m.b);"
            + "    var pts = [[bb.x, bb.y], [bb.x + bb.width, bb.y + bb.height], [bb.x + bb.width, bb.y], [bb.x, bb.y + bb.height]]"
            + "      .map(function (p) { var x = c.a * p[0] + c.c * p[1] + c.e, y = c.b * p[0] + c.d * p[1] + c.f;"
            + "        return [inv.a * x + inv.c * y + inv.e, inv.b * x + inv.d * y + inv.f]; });"
            + "    var xs = pts.map(function (p) { return p[0]; }), ys = pts.map(function (p) { return p[1]; });"
            + "    out.push({figure: id, text: t.textContent.trim().slice(0, 24), px: px,"
            + "      outside: Math.min.apply(null, xs) < vb.x - 1 || Math.min.apply(null, ys) < vb.y - 1"
            + "        || Math.max.apply(null, xs) > vb.x + vb.width + 1 || Math.max.apply(null, ys) > vb.y + vb.height + 1}); }); });"
            + "return out;";

    /** No label is cut by the edge of its drawing (the "…" of rnn-unfolded was). */
    @Test
    void figureLabelsStayInsideTheirDrawing() {
        List<String> cut = new ArrayList<>();
        for (String page : articles) {
            open(page, 1280, "light");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.js(LABELS);
            labels.stream().filter(l -> Boolean.TRUE.equals(l.get("outside")))
                    .forEach(l -> cut.add(page + " " + l.get("figure") + ": '" + l.get("text") + "'"));
        }
        assertEquals(List.of(), cut, "labels that leave their drawing");
    }

    /**
     * Item 1 of issue 11: at 390 px every label renders at 11 px or more, at 1280 px at 12 px or more. A
     * figure keeps the width at which its smallest label has that size and scrolls in its box when the
     * column is narrower; the report (target/readers/figure-labels.md) lists the smallest label per figure.
     */
    @Test
    void everyFigureLabelIsLegible() throws Exception {
        List<String> small = new ArrayList<>();
        StringBuilder report = new StringBuilder("| page | width | figure | smallest label (px) | scrolls in its box |\n|---|---|---|---|---|\n");
        for (int width : new int[] {390, 1280}) {
            double min = width < 600 ? 11 : 12;
            for (String page : articles) {
                open(page, width, "light");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.js(LABELS);
                Map<String, Double> smallest = new TreeMap<>();
                labels.forEach(l -> smallest.merge((String) l.get("figure"), ((Number) l.get("px")).doubleValue(), Math::min));
                @SuppressWarnings("unchecked")
                Map<String, Boolean> scrolls = (Map<String, Boolean>) browser.js("var o = {};"
                        + "document.querySelectorAll('figure.figure').forEach(function (f) { var b = " + SHOWN_BOX + ";"
                        + "  if (b) { o[f.id.replace(/^fig-/, '')] = b.scrollWidth > b.clientWidth + 1; } }); return o;");
                smallest.forEach((fig, px) -> {
                    report.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %s |%n", page, width, fig, px,
                            Boolean.TRUE.equals(scrolls.get(fig)) ? "yes" : "no"));
                    if (px < min) {
                        small.add(String.format(Locale.ROOT, "%s %s at %d px: %.1f px", page, fig, width, px));
                    }
                });
            }
        }
        Files.createDirectories(ROOT.resolve("target/readers"));
        Files.writeString(ROOT.resolve("target/readers/figure-labels.md"), report);
        assertEquals(List.of(), small, "figure labels below the legible size");
    }

    /**
     * Item 1 of issue 11, the small multiples: at 390 px a figure with a narrow layout shows it (panels
     * stacked) instead of the wide one, and it does not scroll sideways; the Enlarge button opens that
     * rendering. At 1280 px the wide one is shown and the narrow one is out of the layout.
     */
    @Test
    void narrowLayoutsReplaceScrollingOnPhones() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String page : articles) {
            for (Map<String, Object> f : renderings(page, 390, "none", "block")) {
                String what = page + " " + f.get("id") + " at 390 px: " + f;
                assertTrue(((Number) f.get("client")).doubleValue() > 300, what);
                assertTrue(((Number) f.get("scroll")).doubleValue() <= 0, what + ": the narrow layout scrolls");
                seen.add((String) f.get("id"));
            }
            if (!seen.isEmpty() && browser.js("return document.getElementById(arguments[0]);", seen.get(seen.size() - 1)) != null) {
                String id = seen.get(seen.size() - 1);
                browser.js("var b = document.getElementById(arguments[0]).querySelector('button.figure-enlarge'); b.focus(); b.click();", id);
                String shown = (String) browser.js("var d = document.querySelector('dialog.figure-zoom[open] svg'); return d ? d.id : null;");
                assertEquals(id.replaceFirst("^fig-", "") + "-narrow-svg", shown, page + ": Enlarge opens the rendering shown");
                browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
                // the drawing goes back when the dialog's close event fires, a task after the key
                assertEquals(Boolean.TRUE, ArticlesInBrowser.within(browser, 3, () -> browser.js(
                        "return !!document.getElementById(arguments[0]).querySelector('.figure-narrow > svg');", id)),
                        page + ": the narrow drawing is back in its figure");
            }
            renderings(page, 1280, "block", "none");
        }
        assertTrue(seen.size() >= 3, "figures with a narrow layout placed in the articles: " + seen);
    }

    /**
     * Opens {@code page} at {@code width} and checks, for every figure with a narrow layout, the CSS display of
     * its wide and its narrow rendering; returns them with the narrow box's overflow ({@code scroll}) and width.
     */
    private static List<Map<String, Object>> renderings(String page, int width, String wide, String narrow) {
        open(page, width, "light");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.js("var o = [];"
                + "document.querySelectorAll('.figure').forEach(function (f) { f.style.contentVisibility = 'visible'; });"
                + "document.querySelectorAll('.figure-media.has-narrow').forEach(function (m) {"
                + "  var w = m.querySelector('.figure-wide'), n = m.querySelector('.figure-narrow');"
                + "  o.push({id: m.closest('figure').id, wide: getComputedStyle(w).display, narrow: getComputedStyle(n).display,"
                + "    scroll: n.scrollWidth - n.clientWidth, client: n.clientWidth}); });"
                + "return o;");
        for (Map<String, Object> f : found) {
            String what = page + " " + f.get("id") + " at " + width + " px: " + f;
            assertEquals(wide, f.get("wide"), what);
            assertEquals(narrow, f.get("narrow"), what);
        }
        return found;
    }
}
