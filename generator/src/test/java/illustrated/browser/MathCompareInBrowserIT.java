package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import illustrated.cli.PreviewServer;
import illustrated.math.CoreMathMl;
import illustrated.math.Katex;
import illustrated.math.KatexAssets;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site's math before and after MathML-only output, side by side in Chromium: a set of formulas
 * typeset once as KaTeX's HTML with KaTeX's stylesheet and fonts (the old pages) and once as the
 * site's MathML in the IM Math font with the site's stylesheet (the new pages). Saves the page as
 * target/readers/math-compare/compare-1280.png (and 390 px) and asserts what can be asserted of two
 * different typesetters: the same size within a tolerance, bold letters as bold code points, aligned
 * rows whose relations share one x, stretchy fences taller than what they enclose, and the math font
 * actually used.
 */
class MathCompareInBrowserIT {
    private static final Path ROOT = FixtureSite.repoRoot();
    private static final Path OUT = ROOT.resolve("target/readers/math-compare");
    /** Name → display formula: what the site's articles use, one feature each. */
    static final Map<String, String> FORMULAS = new LinkedHashMap<>();

    static {
        FORMULAS.put("fraction", "\\frac{\\partial L}{\\partial h^{(t)}} = \\frac{\\partial L}{\\partial y^{(t)}}\\,"
                + "\\frac{\\partial y^{(t)}}{\\partial h^{(t)}}");
        FORMULAS.put("sum-limits", "\\mathcal{L} = \\sum_{t=1}^{T} \\ell\\bigl(y^{(t)}, \\hat{y}^{(t)}\\bigr)");
        FORMULAS.put("aligned", "\\begin{aligned} \\bar{a}^{(t)} &= W_a x^{(t)} + R_a y^{(t-1)} + b_a \\\\"
                + " a^{(t)} &= \\tanh\\bigl(\\bar{a}^{(t)}\\bigr) \\\\ c^{(t)} &= i^{(t)} \\odot a^{(t)} + f^{(t)} \\odot c^{(t-1)}"
                + " \\end{aligned}");
        FORMULAS.put("cases", "\\operatorname{clip}(g) = \\begin{cases} g & \\lVert g \\rVert \\le \\theta \\\\"
                + " \\theta\\, g / \\lVert g \\rVert & \\text{otherwise} \\end{cases}");
        FORMULAS.put("matrix", "\\mathbf{W} = \\begin{pmatrix} w_{11} & w_{12} \\\\ w_{21} & w_{22} \\end{pmatrix},"
                + " \\quad \\mathbf{x} \\in \\mathbb{R}^{2}");
        FORMULAS.put("bold", "\\mathbf{h}^{(t)} = \\tanh\\bigl(\\mathbf{W}\\mathbf{x}^{(t)} + \\mathbf{U}\\mathbf{h}^{(t-1)}\\bigr)");
        FORMULAS.put("accents-primes", "\\hat{y} = \\sigma'(\\bar{z}) \\, \\tilde{x}, \\qquad f''(x) \\approx 0");
        FORMULAS.put("text-colour", "\\text{error} = {\\color{#1d5bb8} \\delta^{(t)}} \\quad \\text{for all } t");
        FORMULAS.put("underbrace", "\\underbrace{\\prod_{k=1}^{t} \\frac{\\partial h^{(k)}}{\\partial h^{(k-1)}}}_{\\text{vanishes}}");
        FORMULAS.put("tall-fences", "\\left( \\sum_{i=1}^{n} \\frac{x_i^2}{\\sigma_i^2} \\right)^{1/2}"
                + " = \\left\\lVert \\frac{x}{\\sigma} \\right\\rVert");
    }

    private static HttpServer server;
    private static String origin;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed");
        Path site = ROOT.resolve("target/site");
        Assumptions.assumeTrue(Files.isRegularFile(site.resolve("css/site.css")), "skipped: no built site in " + site);
        Path dir = OUT.resolve("page");
        Files.createDirectories(dir.resolve("katex/fonts"));
        Files.createDirectories(dir.resolve("css"));
        Files.createDirectories(dir.resolve("fonts"));
        Files.copy(site.resolve("css/site.css"), dir.resolve("css/site.css"), StandardCopyOption.REPLACE_EXISTING);
        for (String face : new String[] {"im-math", "im-math-symbols", "im-math-letters"}) {
            Files.copy(site.resolve("fonts/" + face + ".woff2"), dir.resolve("fonts/" + face + ".woff2"), StandardCopyOption.REPLACE_EXISTING);
        }
        ClassLoader cl = MathCompareInBrowserIT.class.getClassLoader();
        String css = resource(cl, KatexAssets.find("katex.min.css"));
        Files.writeString(dir.resolve("katex/katex.min.css"), css, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("fonts/(KaTeX_[A-Za-z0-9_-]+\\.woff2)").matcher(css);
        while (m.find()) {
            try (InputStream in = cl.getResourceAsStream(KatexAssets.find("fonts/" + m.group(1)))) {
                Files.copy(in, dir.resolve("katex/fonts/" + m.group(1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(dir.resolve("compare.html"), page(cl), StandardCharsets.UTF_8);
        server = PreviewServer.start(dir, 0);
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        browser = new Browser();
    }

    private static String resource(ClassLoader cl, String path) throws java.io.IOException {
        try (InputStream in = cl.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The comparison page: KaTeX's old output (HTML + MathML, as the site served it) beside the new MathML. */
    private static String page(ClassLoader cl) throws java.io.IOException {
        StringBuilder rows = new StringBuilder();
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
                Katex katex = new Katex()) {
            js.eval(Source.newBuilder("js", resource(cl, KatexAssets.find("katex.min.js")), "katex.min.js").buildLiteral());
            org.graalvm.polyglot.Value old = js.eval("js", "(function (tex) { return katex.renderToString(tex,"
                    + " {displayMode: true, output: 'htmlAndMathml', throwOnError: true, strict: 'ignore'}); })");
            for (Map.Entry<String, String> f : FORMULAS.entrySet()) {
                rows.append("<tr id=\"").append(f.getKey()).append("\"><th>").append(f.getKey()).append("</th><td class=\"old\">")
                        .append(old.execute(f.getValue()).asString()).append("</td><td class=\"new\"><div class=\"equation-body\">")
                        .append(CoreMathMl.of(katex.render(f.getValue(), true))).append("</div></td></tr>\n");
            }
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Math: KaTeX HTML and MathML</title>"
                + "<link rel=\"stylesheet\" href=\"katex/katex.min.css\"><link rel=\"stylesheet\" href=\"css/site.css\">"
                + "<style>body{margin:1rem;max-width:none} table{border-collapse:collapse} td,th{border:1px solid #ccc;"
                + "padding:.5rem 1rem;vertical-align:middle} th{font:14px sans-serif;text-align:left}"
                + " .old .katex{font-size:1.05em}</style></head><body><main><table><tr><th></th><th>before: KaTeX HTML</th>"
                + "<th>after: MathML, IM Math</th></tr>\n" + rows + "</table></main></body></html>";
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void theMathMlLooksLikeKatexAndUsesTheMathFont() throws Exception {
        show(1280, 900, false);
        List<String> problems = new ArrayList<>();
        for (String name : FORMULAS.keySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Number> r = (Map<String, Number>) browser.js("var row = document.getElementById(arguments[0]);"
                    + "function box(e) { var r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect(); }"
                    + "var o = box(row.querySelector('.old .katex-html')), n = box(row.querySelector('.new math'));"
                    + "return {ow: o.width, oh: o.height, nw: n.width, nh: n.height};", name);
            double w = r.get("nw").doubleValue() / r.get("ow").doubleValue();
            double h = r.get("nh").doubleValue() / r.get("oh").doubleValue();
            // two typesetters, one design (Computer Modern): widths within 15 %, heights within 30 %
            // (KaTeX's struts and MathML's ink boxes measure height differently)
            if (w < 0.85 || w > 1.15 || h < 0.7 || h > 1.3) {
                problems.add(name + ": " + r);
            }
        }
        problems.replaceAll(p -> "sized unlike KaTeX's (new/old width, height): " + p);

        String bold = (String) browser.js("return document.querySelector('#bold .new math').textContent;");
        if (!(bold.contains("\uD835\uDC21") && bold.contains("\uD835\uDC16") && bold.contains("\uD835\uDC31"))) {
            problems.add("bold h, W, x are not the code points U+1D421, U+1D416, U+1D431: " + bold);
        }

        @SuppressWarnings("unchecked")
        List<Number> eq = (List<Number>) browser.js("var out = [];"
                + "document.querySelectorAll('#aligned .new mtr').forEach(function (tr) {"
                + "  var mo = Array.from(tr.querySelectorAll('mo')).find(function (o) { return o.textContent === '='; });"
                + "  out.push(mo.getBoundingClientRect().left); }); return out;");
        if (eq.size() != 3 || eq.stream().anyMatch(x -> Math.abs(x.doubleValue() - eq.get(0).doubleValue()) > 1)) {
            problems.add("aligned rows' = do not share one x: " + eq);
        }
        @SuppressWarnings("unchecked")
        Map<String, Number> fence = (Map<String, Number>) browser.js("var row = document.querySelector('#tall-fences .new math');"
                + "var f = row.querySelector('mo'), c = row.querySelector('munderover');"
                + "return {fence: f.getBoundingClientRect().height, content: c.getBoundingClientRect().height};");
        if (fence.get("fence").doubleValue() < fence.get("content").doubleValue()) {
            problems.add("a stretchy fence is shorter than the sum it encloses: " + fence);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> font = (Map<String, Object>) browser.js("var m = document.querySelector('#fraction .new math');"
                + "function width() { var r = document.createRange(); r.selectNodeContents(m); return r.getBoundingClientRect().width; }"
                + "var w = width(); m.style.fontFamily = 'serif'; var fallback = width(); m.style.fontFamily = '';"
                + "return {check: document.fonts.check('16px \"IM Math\"'), loaded: Array.from(document.fonts).some(function (f) {"
                + "  return f.family.replace(/\"/g, '') === 'IM Math' && f.status === 'loaded'; }), w: w, fallback: fallback};");
        assertEquals(List.of(), problems);
        assertEquals(Boolean.TRUE, font.get("check"), "IM Math is available: " + font);
        assertEquals(Boolean.TRUE, font.get("loaded"), "IM Math was loaded: " + font);
        assertTrue(Math.abs(((Number) font.get("w")).doubleValue() - ((Number) font.get("fallback")).doubleValue()) > 1,
                "the formula is drawn in IM Math, not in a fallback face: " + font);
    }

    @Test
    void onAPhone() throws Exception {
        show(390, 844, true);
        assertTrue(Files.size(OUT.resolve("compare-390.png")) > 1000);
    }

    /** The comparison page at {@code width} px, its fonts loaded, saved as compare-WIDTH.png. */
    private static void show(int width, int height, boolean phone) throws java.io.IOException {
        browser.viewport(width, height, phone);
        browser.load(origin + "compare.html", origin);
        browser.js("return document.fonts.ready.then(function () { return true; });");
        browser.screenshot(OUT.resolve("compare-" + width + ".png"));
    }
}
