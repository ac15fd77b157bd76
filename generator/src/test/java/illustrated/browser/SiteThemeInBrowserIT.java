package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dark mode on the built sites (see {@link SitesInBrowser}): page and figures follow the system's
 * preference, and every figure colour role stands out from the figure's background in dark mode.
 */
class SiteThemeInBrowserIT extends SitesInBrowser {
    // ------------------------------------------------------------------ dark mode from the system

    @Test
    void darkModeFollowsTheSystem() {
        for (Site site : SITES) {
            String page = firstPageWithFigure(site);
            browser.viewport(1440, 900, false);
            browser.systemScheme("light");
            browser.load(site.url(page), site.origin());
            resetTheme(site);
            browser.load(site.url(page), site.origin());
            String bg = (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
            String fill = figureTextFill();
            browser.systemScheme("dark");
            assertNotEquals(bg, browser.js("return getComputedStyle(document.body).backgroundColor;"),
                    site.name() + "/" + page + ": the page follows the system's dark preference");
            if (fill != null) {
                assertNotEquals(fill, figureTextFill(), site.name() + "/" + page + ": the figures follow it too");
            }
            browser.systemScheme("light");
        }
    }

    /** In dark mode every figure colour role stands out from the figure's background (WCAG 1.4.11: 3:1). */
    @Test
    void darkFigureColoursHaveContrast() {
        Site site = SITES.get(0);
        browser.viewport(1440, 900, false);
        browser.systemScheme("dark");
        try {
            browser.load(site.url(firstPageWithFigure(site)), site.origin());
            @SuppressWarnings("unchecked")
            Map<String, Object> roles = (Map<String, Object>) browser.js("var out = {}; var cs = getComputedStyle(document.documentElement);"
                    + "for (var i = 0; i < document.styleSheets.length; i++) { var rules;"
                    + "  try { rules = document.styleSheets[i].cssRules; } catch (e) { continue; }"
                    + "  for (var j = 0; j < rules.length; j++) { var st = rules[j].style; if (!st) { continue; }"
                    + "    for (var k = 0; k < st.length; k++) { if (st[k].indexOf('--fig-') === 0) { out[st[k]] = cs.getPropertyValue(st[k]).trim(); } } } }"
                    + "return out;");
            String paper = (String) roles.get("--fig-paper");
            List<String> weak = new ArrayList<>();
            roles.forEach((role, value) -> {
                if (List.of("--fig-paper", "--fig-fill", "--fig-highlight", "--fig-grid").contains(role)) {
                    return;
                }
                double c = contrast((String) value, paper);
                if (c < 3.0) {
                    weak.add(String.format(Locale.ROOT, "%s %s on %s: %.2f", role, value, paper, c));
                }
            });
            assertTrue(roles.size() >= 15, "figure roles found: " + roles.keySet());
            assertEquals(List.of(), weak, "dark-mode figure roles below 3:1 against the figure background");
        } finally {
            browser.systemScheme("light");
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.replace("#", ""), 16);
        double[] c = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String firstPageWithFigure(Site site) {
        for (String p : site.pages()) {
            try {
                if (Files.readString(site.root().resolve(p)).contains("class=\"figure\"")) {
                    return p;
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return "index.html";
    }
}
