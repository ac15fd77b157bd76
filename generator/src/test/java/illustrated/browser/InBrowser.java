package illustrated.browser;

import com.sun.net.httpserver.HttpServer;
import illustrated.cli.PreviewServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the tests of the built site in a browser share: the repository root, a folder of the site served on
 * 127.0.0.1, the real site's folder (target/site, or the folder named by -Dbrowser.site), and the browser of
 * the test class that runs (one per class: Debian's Chromium with the local chromedriver). The two families,
 * {@link SitesInBrowser} (every page of the fixture and the real site) and {@link ArticlesInBrowser} (the
 * real site's articles as readers see them), set these up in their own way.
 */
abstract class InBrowser {
    static final Path ROOT = FixtureSite.repoRoot();
    /** The browser of the test class that runs, started by its family's set-up and closed after the class. */
    static Browser browser;

    record Site(String name, Path root, HttpServer server, String origin, List<String> pages) {
        String url(String page) {
            return origin + page;
        }

        List<String> articles() {
            return pages.stream().filter(p -> isArticle(root.resolve(p))).toList();
        }
    }

    /** The real site: the folder named by -Dbrowser.site, or target/site. */
    static Path realSite() {
        String other = System.getProperty("browser.site");
        return other != null ? Path.of(other).toAbsolutePath() : ROOT.resolve("target/site");
    }

    /**
     * The value of {@code read} once {@code done} holds for it, or its last value after {@code seconds}: for
     * what the page's script does a task after an event, or in idle time after load.
     */
    static <T> T poll(int seconds, java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        T v = read.get();
        while (!done.test(v) && System.nanoTime() < end) {
            browser.js("return new Promise(r => setTimeout(r, 50));");
            v = read.get();
        }
        return v;
    }

    /** The problems {@code read} lists once it lists none, or its last list after {@code seconds}. */
    static java.util.List<String> settled(int seconds, java.util.function.Supplier<java.util.List<String>> read) {
        return poll(seconds, read, java.util.List::isEmpty);
    }

    /** Script: the scroll boxes that overflow but are no keyboard stop (yet). */
    static final String UNREACHABLE_BOXES = "return Array.from(document.querySelectorAll('.equation-body, .table-scroll, .figure-scroll'))"
            + ".filter(function (b) { return b.offsetWidth > 0 && b.scrollWidth > b.clientWidth && b.getAttribute('tabindex') !== '0'; })"
            + ".map(function (b) { var e = b.closest('[id]'); return e ? e.id : b.className; });";

    /** Starts the browser of a test class (a script may run for a minute). */
    static void startBrowser() throws IOException {
        browser = new Browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    static Site serve(String name, Path root) throws Exception {
        HttpServer server = PreviewServer.start(root, 0);
        List<String> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("figures/") && !p.startsWith("katex/"))
                    .sorted().toList();
        }
        return new Site(name, root, server, "http://127.0.0.1:" + server.getAddress().getPort() + "/", pages);
    }

    static boolean isArticle(Path html) {
        try {
            return Files.readString(html, StandardCharsets.UTF_8).contains("<main id=\"main\" class=\"article\">");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
