package illustrated.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import illustrated.build.BuildOptions;
import illustrated.cli.PreviewServer;
import illustrated.cli.Watcher;
import illustrated.fixture.FixtureCatalog;
import illustrated.fixture.FixtureProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server as an author uses it: pages carry the reload script, a saved edit is picked up
 * by the file watcher, rebuilt and announced to open pages; a broken edit shows its error in the
 * browser while the last good site stays on disk; fixing the file recovers.
 */
class PreviewServerTest {
    @TempDir
    Path tmp;
    PreviewServer server;
    Thread watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.interrupt();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void reloadsAfterAnEditAndSurvivesABrokenOne() throws Exception {
        FixtureProject p = FixtureProject.create("fixture-site", tmp);
        BuildOptions opts = p.options().withMode("preview");
        server = new PreviewServer(opts, List.of(new FixtureCatalog()));
        server.rebuild(List.of());
        server.start(0);
        String base = "http://127.0.0.1:" + server.port();

        Response page = get(base + "/demo/waves.html");
        assertEquals(200, page.status);
        assertTrue(page.body.contains("<script src=\"/__preview/reload.js\""), "the page loads the reload script");
        Response js = get(base + "/__preview/reload.js");
        assertEquals(200, js.status);
        assertTrue(js.body.contains("EventSource('/__preview/events')"));
        assertFalse(Files.exists(p.site().resolve("__preview")), "the script is not part of the site");

        BlockingQueue<String> events = listen(base + "/__preview/events");
        String first = events.poll(10, TimeUnit.SECONDS);
        assertEquals(server.buildId(), first, "the page learns the current build");

        watcher = new Thread(() -> {
            try {
                new Watcher(p.dir(), server::rebuild).run();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "watcher");
        watcher.setDaemon(true);
        watcher.start();
        Thread.sleep(300); // the watcher registers its folders

        // a prose edit: announced, and the page shows it
        Path md = p.dir().resolve("content/demo/waves.md");
        String good = Files.readString(md);
        long t0 = System.nanoTime();
        Files.writeString(md, good.replace("Cited work", "Work we cite"));
        String second = events.poll(30, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(first, second, "a new build was announced");
        System.out.printf(Locale.ROOT, "preview: prose edit announced to the page %d ms after saving%n", ms);
        assertTrue(get(base + "/demo/waves.html").body.contains("Work we cite"));
        t0 = System.nanoTime();
        Files.writeString(md, good.replace("Cited work", "Work we cited"));
        String again = events.poll(30, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "preview: second prose edit announced %d ms after saving%n",
                (System.nanoTime() - t0) / 1_000_000);
        assertNotEquals(second, again);
        second = again;
        assertTrue(get(base + "/demo/waves.html").body.contains("Work we cited"));

        // a broken edit: the browser shows the error, the site on disk keeps the last good page
        String onDisk = Files.readString(p.site().resolve("demo/waves.html"));
        Files.writeString(md, good.replace("date=2024-01-03", "date=2024-02-30"));
        String third = events.poll(30, TimeUnit.SECONDS);
        assertNotEquals(second, third);
        Response err = get(base + "/demo/waves.html");
        assertEquals(500, err.status);
        assertTrue(err.body.contains("content/demo/waves.md:2: bad date &#39;2024-02-30&#39;")
                || err.body.contains("content/demo/waves.md:2: bad date '2024-02-30'"), err.body);
        assertTrue(err.body.contains("/__preview/reload.js"), "the error page reloads by itself");
        assertEquals(onDisk, Files.readString(p.site().resolve("demo/waves.html")), "nothing broken was published");
        assertTrue(get(base + "/__preview/status").body.contains("\"ok\":false"));

        // fixing the file recovers
        Files.writeString(md, good.replace("Cited work", "Fixed work"));
        String fourth = events.poll(30, TimeUnit.SECONDS);
        assertNotEquals(third, fourth);
        Response fixed = get(base + "/demo/waves.html");
        assertEquals(200, fixed.status);
        assertTrue(fixed.body.contains("Fixed work"));
    }

    @Test
    void servesOnTheLoopbackAddressOnly() throws Exception {
        FixtureProject p = FixtureProject.create("fixture-site", tmp);
        server = new PreviewServer(p.options().withMode("preview"), List.of(new FixtureCatalog()));
        server.start(0);
        java.net.InetAddress bound = ((java.net.InetSocketAddress) serverAddress()).getAddress();
        assertTrue(bound.isLoopbackAddress(), "bound to " + bound);
    }

    private Object serverAddress() throws Exception {
        java.lang.reflect.Field f = PreviewServer.class.getDeclaredField("server");
        f.setAccessible(true);
        return ((com.sun.net.httpserver.HttpServer) f.get(server)).getAddress();
    }

    record Response(int status, String body) { }

    static Response get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        int status = c.getResponseCode();
        var in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        c.disconnect();
        return new Response(status, body);
    }

    /** Reads the server-sent events of {@code url} into a queue of their data lines. */
    static BlockingQueue<String> listen(String url) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        if (l.startsWith("data: ")) {
                            q.add(l.substring(6));
                        }
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        }, "sse-client");
        t.setDaemon(true);
        t.start();
        return q;
    }
}
