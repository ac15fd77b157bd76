package illustrated.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import illustrated.fixture.FixtureProject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Whole-site checks on the real build in target/site (made by {@code mvn package} before the
 * integration tests run). Independent of the generator's own verifier: a second pair of eyes.
 */
class SiteIT {
    static final Path SITE = FixtureProject.REPO.resolve("target/site");
    static List<Path> pages;
    /** The code points of the site's math font and the face of each (generator/fonts/make-im-math.sh writes the list). */
    static final Map<Integer, String> FONT = fontCodePoints();
    /** The face every page with a formula loads; the others only where a page uses one of their characters. */
    static final String CORE_FACE = "im-math";

    static Map<Integer, String> fontCodePoints() {
        try (Stream<String> lines = Files.lines(FixtureProject.REPO.resolve("generator/fonts/im-math-codepoints.txt"))) {
            Map<Integer, String> out = new HashMap<>();
            lines.filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.strip().split(" "))
                    .forEach(f -> out.put(Integer.parseInt(f[0], 16), f[1]));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The character a browser draws for a one-letter {@code <mi>} without mathvariant: MathML Core's
     * {@code text-transform: math-auto} maps Latin and Greek letters (and ∇, ∂ and the Greek variants) to
     * the italic ones of the Mathematical Alphanumeric Symbols, as the build maps {@code \mathit}; anything
     * else is drawn as it is.
     */
    static int mathAuto(int c) {
        String italic = illustrated.math.MathVariants.map(Character.toString(c), "italic");
        return italic == null || c == ' ' || c == 0xA0 ? c : italic.codePointAt(0);
    }

    /**
     * The characters a browser needs from the math font for a formula: its text, for a one-letter
     * identifier the italic letter drawn too (Chromium loads the font face of the letter as written as well),
     * and the radical sign of a square root (drawn without being in the text).
     */
    static Set<Integer> drawn(Element math) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (Element e : math.select("*")) {
            if (e.tagName().equals("msqrt") || e.tagName().equals("mroot")) {
                out.add(0x221A); // the radical sign, drawn from the font's first face
            }
            String own = e.ownText();
            boolean auto = e.tagName().equals("mi") && !e.hasAttr("mathvariant") && own.codePointCount(0, own.length()) == 1
                    && e.children().isEmpty();
            own.codePoints().filter(c -> c > ' ') // a space or an invisible operator needs the font too
                    .forEach(c -> {
                        out.add(c);
                        out.add(auto ? mathAuto(c) : c);
                    });
        }
        return out;
    }

    @BeforeAll
    static void listPages() throws IOException {
        assumeTrue(Files.exists(SITE.resolve("index.html")), "target/site is built by mvn package before verify");
        try (Stream<Path> s = Files.walk(SITE)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 2, "the site has pages");
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator v = new EmbeddedValidator();
        v.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> failures = new ArrayList<>();
        for (Path p : pages) {
            String out = v.validate(p);
            for (String line : out.split("\n")) {
                if (line.contains("error") || line.contains("fatal")) {
                    failures.add(SITE.relativize(p) + ": " + line);
                }
            }
        }
        assertTrue(failures.isEmpty(), "Nu Html Checker errors:\n" + String.join("\n",
                failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void noBrokenInternalLinkOrAnchor() throws IOException {
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<Path, Document> docs = new HashMap<>();
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8");
            docs.put(p, d);
            Set<String> s = new HashSet<>();
            d.select("[id]").forEach(e -> s.add(e.id()));
            ids.put(p, s);
        }
        List<String> broken = new ArrayList<>();
        for (Path p : pages) {
            for (Element e : docs.get(p).select("a[href], link[href], script[src], img[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                URI u = URI.create(ref);
                if (u.getScheme() != null) {
                    continue;
                }
                Path target = p;
                if (u.getPath() != null && !u.getPath().isEmpty()) {
                    target = u.getPath().startsWith("/") ? SITE.resolve(u.getPath().substring(1))
                            : p.getParent().resolve(u.getPath()).normalize();
                }
                if (!Files.exists(target)) {
                    broken.add(SITE.relativize(p) + " -> " + ref);
                } else if (u.getFragment() != null && ids.containsKey(target)
                        && !ids.get(target).contains(u.getFragment())) {
                    broken.add(SITE.relativize(p) + " -> " + ref + " (no such anchor)");
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void everyFigureIsWellFormedSvgWithTitleAndDescription() throws Exception {
        List<Path> svgs;
        try (Stream<Path> s = Files.list(SITE.resolve("figures"))) {
            svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (Path svg : svgs) {
            org.w3c.dom.Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(
                    Files.readString(svg, StandardCharsets.UTF_8))));
            assertEquals("svg", d.getDocumentElement().getLocalName(), svg.toString());
            assertTrue(d.getElementsByTagName("title").getLength() > 0
                    && !d.getElementsByTagName("title").item(0).getTextContent().isBlank(), svg + " has a title");
            assertTrue(d.getElementsByTagName("desc").getLength() > 0, svg + " has a description");
            assertTrue(d.getElementsByTagName("script").getLength() == 0, svg + " has no script");
            String text = Files.readString(svg);
            assertTrue(!text.contains("href=\"http") && !text.contains("href='http"), svg + " has no external reference");
            String id = svg.getFileName().toString().replace(".svg", "");
            assertTrue(Files.exists(SITE.resolve("figures/" + id + ".json")), id + " has provenance");
            boolean pureDiagram = Files.readString(SITE.resolve("figures/" + id + ".json")).contains("NoParams[]");
            assertTrue(pureDiagram || Files.exists(SITE.resolve("figures/" + id + ".csv")), id + " has data");
        }
        for (Path p : pages) {
            for (Element fig : Jsoup.parse(p.toFile(), "UTF-8").select("figure.figure")) {
                assertTrue(fig.selectFirst("svg title") != null, p + ": " + fig.id() + " inline SVG has a title");
                assertTrue(fig.selectFirst("figcaption") != null, p + ": " + fig.id() + " has a caption");
            }
        }
    }

    @Test
    void noPageCarriesAnErrorMessageAndEveryFormulaHasMathMl() throws IOException {
        for (Path p : pages) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            for (String marker : new String[] {"FreeMarker template error", "Rendering engine missing", "FTL stack trace",
                    "freemarker.core", "ParseError", "\u27E6"}) {
                assertTrue(!html.contains(marker), p + " contains '" + marker + "'");
            }
            Document d = Jsoup.parse(html);
            assertTrue(d.select(".katex, .katex-html, semantics, annotation").isEmpty(), p + ": a formula is more than its MathML");
            for (Element m : d.select("math")) {
                for (int c : drawn(m)) {
                    String name = Character.getName(c) + " (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ")";
                    assertTrue(FONT.containsKey(c), p + ": " + name + " is not in the math font (generator/fonts/im-math-codepoints.txt): "
                            + m.text() + " -- add it to the ranges of generator/fonts/make-im-math.sh and remake the font.");
                    assertEquals(CORE_FACE, FONT.get(c), p + ": " + name + " is in the math font's face " + FONT.get(c)
                            + ", which the page would download for this character alone (about 100 KB on a phone): " + m.text()
                            + " -- add it to generator/fonts/im-math-core.txt and remake the font (generator/fonts/README.md).");
                }
            }
            assertTrue(d.select("[style]").isEmpty(), p + ": inline style attributes break the CSP");
            assertTrue(d.select("script:not([src])").isEmpty(), p + ": inline scripts break the CSP");
        }
    }

    /** site.css declares each face of the math font with the unicode-range of exactly the code points it maps. */
    @Test
    void theMathFontFacesCoverWhatTheirFilesMap() throws IOException {
        String css = Files.readString(FixtureProject.REPO.resolve("assets/css/site.css"), StandardCharsets.UTF_8);
        java.util.regex.Matcher face = java.util.regex.Pattern.compile(
                "@font-face \\{ font-family: \"IM Math\";[^}]*?url\\(\\.\\./fonts/([a-z-]+)\\.woff2\\)[^}]*?unicode-range: ([^;]+);").matcher(css);
        Map<Integer, String> declared = new HashMap<>();
        int faces = 0;
        while (face.find()) {
            faces++;
            for (String range : face.group(2).split(",\\s*")) {
                String[] ends = range.strip().substring(2).split("-");
                int lo = Integer.parseInt(ends[0], 16);
                int hi = Integer.parseInt(ends[ends.length - 1], 16);
                for (int c = lo; c <= hi; c++) {
                    String before = declared.put(c, face.group(1));
                    assertTrue(before == null, "U+" + Integer.toHexString(c) + " is in two faces: " + before + ", " + face.group(1));
                }
            }
            assertTrue(Files.exists(FixtureProject.REPO.resolve("assets/fonts/" + face.group(1) + ".woff2")), face.group(1));
        }
        assertEquals(3, faces, "site.css declares the three faces of IM Math with their unicode-range");
        List<String> differ = new ArrayList<>();
        new java.util.TreeSet<>(FONT.keySet()).forEach(c -> {
            if (!FONT.get(c).equals(declared.get(c))) {
                differ.add("U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " " + FONT.get(c) + " in the list, " + declared.get(c) + " in site.css");
            }
        });
        declared.keySet().stream().filter(c -> !FONT.containsKey(c)).sorted()
                .forEach(c -> differ.add("U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " only in site.css"));
        assertTrue(differ.isEmpty(), "site.css's unicode-range of the IM Math faces differs from generator/fonts/im-math-codepoints.txt"
                + " (remake both with generator/fonts/make-im-math.sh): " + differ.subList(0, Math.min(10, differ.size())));
    }
}
