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
    /** The code points of the site's math font (generator/fonts/make-im-math.sh writes the list). */
    static final Set<Integer> FONT = fontCodePoints();

    static Set<Integer> fontCodePoints() {
        try (Stream<String> lines = Files.lines(FixtureProject.REPO.resolve("generator/fonts/im-math-codepoints.txt"))) {
            Set<Integer> out = new HashSet<>();
            lines.filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> out.add(Integer.parseInt(l.strip(), 16)));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
                m.text().codePoints().filter(c -> !FONT.contains(c) && !Character.isWhitespace(c) && c != 0x2061 && c != 0x2062)
                        .forEach(c -> fail(p + ": " + Character.getName(c) + " (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                                + ") is not in the math font (generator/fonts/im-math-codepoints.txt): " + m.text()));
            }
            assertTrue(d.select("[style]").isEmpty(), p + ": inline style attributes break the CSP");
            assertTrue(d.select("script:not([src])").isEmpty(), p + ": inline scripts break the CSP");
        }
    }
}
