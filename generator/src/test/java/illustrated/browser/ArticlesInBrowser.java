package illustrated.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import illustrated.cli.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The set-up of the Reader*InBrowserIT tests: the real site (target/site, or -Dbrowser.site) served on
 * 127.0.0.1 for each class, its articles, and a page opened as a reader on a phone (390 px) or a desktop
 * (1280 px) sees it, in Debian's Chromium. Skipped when there is no built site.
 */
abstract class ArticlesInBrowser extends InBrowser {
    static Path site;
    static HttpServer server;
    static String origin;
    static List<String> articles;

    @BeforeAll
    static void startArticles() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed");
        site = realSite();
        Assumptions.assumeTrue(Files.isRegularFile(site.resolve("index.html")),
                "skipped: no built site in " + site + " (mvn package builds it)");
        server = PreviewServer.start(site, 0);
        origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        try (Stream<Path> s = Files.walk(site)) {
            articles = s.filter(p -> p.toString().endsWith(".html"))
                    .filter(InBrowser::isArticle)
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertFalse(articles.isEmpty(), "no article in " + site);
        startBrowser();
    }

    @AfterAll
    static void stopArticles() throws Exception {
        closeBrowser();
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /**
     * The value of {@code read} once it is no longer null or false, or its last value after
     * {@code seconds}: for what the page's script does a task after an event (a dialog's close).
     */
    static Object within(Browser browser, int seconds, java.util.function.Supplier<Object> read) {
        return poll(seconds, read, v -> v != null && !Boolean.FALSE.equals(v));
    }

    static void open(String page, int width, String scheme) {
        browser.systemScheme(scheme);
        browser.viewport(width, width < 600 ? 844 : 900, width < 600);
        Browser.Load load = browser.load(origin + page, origin);
        assertTrue(load.consoleErrors().isEmpty(), page + ": " + load.consoleErrors());
    }

    /** Script: figure {@code f}'s scroll box that is shown (a figure with a narrow layout has two, one hidden). */
    static final String SHOWN_BOX = "Array.from(f.querySelectorAll('.figure-scroll'))"
            + ".find(function (b) { return b.offsetWidth > 0; })";
}
