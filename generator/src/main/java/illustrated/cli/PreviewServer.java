package illustrated.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import illustrated.problem.BuildFailure;
import illustrated.build.BuildLog;
import illustrated.build.BuildOptions;
import illustrated.build.Pipeline;
import illustrated.problem.Problem;
import illustrated.figure.FigureCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code generator/bin/site serve}: builds in preview mode, serves {@code target/site} on 127.0.0.1 only,
 * rebuilds in this warm JVM whenever a file under content/, templates/ or assets/ changes (a prose
 * edit takes the direct-rendering path: a few hundred milliseconds) and makes open pages reload by
 * themselves. A failed build leaves the last good site on disk and shows its errors in the browser
 * (a page served from memory, never written into the site) and in the terminal; fixing the file
 * recovers. A change to the generator's Java sources ends the server with {@link #RESTART}, on which
 * {@code generator/bin/site} recompiles and starts it again (the pages reconnect and reload).
 */
public final class PreviewServer {
    /** Exit code asking generator/bin/site to recompile the generator and start the server again. */
    public static final int RESTART = 75;
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml"),
            Map.entry("woff2", "font/woff2"), Map.entry("png", "image/png"), Map.entry("txt", "text/plain"));

    /** The reload script: the page learns the build id, and reloads when a later build is announced. */
    static final String RELOAD_JS = """
            (function () {
              var seen = null;
              var es = new EventSource('/__preview/events');
              es.onmessage = function (e) {
                if (seen === null) { seen = e.data; return; }
                if (e.data !== seen) { location.reload(); }
              };
            })();
            """;

    /** Event streams held open at once (one per open page); more are refused with 503. */
    public static final int MAX_STREAMS = 8;
    /** Threads answering requests: the event streams and, besides them, pages and files. */
    public static final int THREADS = MAX_STREAMS + 8;

    private final BuildOptions options;
    private final List<FigureCatalog> catalogs;
    private final java.util.concurrent.Semaphore streams = new java.util.concurrent.Semaphore(MAX_STREAMS);
    private final String session = Long.toString(System.nanoTime(), 36);
    private final Object lock = new Object();
    private long builds;
    private volatile List<Problem> problems = List.of();
    private volatile long lastMillis;
    private HttpServer server;
    private ExecutorService pool;

    public PreviewServer(BuildOptions options, List<FigureCatalog> catalogs) {
        this.options = options;
        this.catalogs = catalogs;
    }

    public static int serve(BuildOptions opts, int port, boolean noWatch, List<FigureCatalog> catalogs)
            throws Exception {
        // figures may be mid-edit while previewing: the manifest is checked by the real build
        PreviewServer s = new PreviewServer(opts.withManifestCheck(false), catalogs);
        try {
            s.start(port);
        } catch (java.net.BindException e) {
            System.err.println("port " + port + " on 127.0.0.1 is in use: try generator/bin/site serve --port " + (port + 1));
            return 2;
        }
        s.rebuild(List.of());
        System.out.println("Serving " + opts.siteDir() + " on http://127.0.0.1:" + s.port()
                + "/  (preview mode: pages reload after every edit; Ctrl-C to stop)");
        if (noWatch) {
            Thread.currentThread().join();
            return 0;
        }
        boolean javaChanged = new Watcher(opts.projectDir(), s::rebuild).run();
        if (javaChanged) {
            System.out.println("generator sources changed: recompiling and restarting the server…");
            s.stop();
            return RESTART;
        }
        return 0;
    }

    /** Builds (or rebuilds after {@code changed}) and tells every open page. */
    public void rebuild(List<Path> changed) {
        long t0 = System.nanoTime();
        List<Problem> found = List.of();
        BuildLog log = BuildLog.console(false);
        Pipeline pipeline = new Pipeline(options, log, catalogs);
        String route = "";
        try {
            route = pipeline.build().route().label();
        } catch (BuildFailure f) {
            found = f.problems();
            Main.printFailure(f);
        } catch (Exception | Error e) {
            found = List.of(new Problem(null, 0, "the generator crashed: " + e, null,
                    "see the stack trace in the terminal"));
            e.printStackTrace();
        }
        lastMillis = (System.nanoTime() - t0) / 1_000_000;
        if (found.isEmpty()) {
            System.out.printf(Locale.ROOT, "rebuilt (%s) in %d ms (%s)%n", route, lastMillis,
                    String.join(", ", log.stageMillis().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).toList()));
        }
        synchronized (lock) {
            problems = found;
            builds++;
            lock.notifyAll();
        }
    }

    /** Starts the HTTP server bound to the loopback address (port 0: any free port). */
    public void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a bounded pool: each open page holds one thread for its event stream (at most MAX_STREAMS)
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/__preview/reload.js", local(
                ex -> send(ex, 200, TYPES.get("js"), RELOAD_JS.getBytes(StandardCharsets.UTF_8))));
        server.createContext("/__preview/events", local(this::events));
        server.createContext("/__preview/status", local(ex -> send(ex, 200, TYPES.get("json"), status())));
        server.createContext("/", local(this::page));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (pool != null) {
            pool.shutdownNow(); // ends the event streams' waits
            try {
                pool.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The id of the last build: changes with every build, and between two runs of the server. */
    public String buildId() {
        synchronized (lock) {
            return session + "-" + builds;
        }
    }

    private byte[] status() {
        String json = String.format(Locale.ROOT, "{\"build\":\"%s\",\"ok\":%s,\"problems\":%d,\"millis\":%d}",
                buildId(), problems.isEmpty(), problems.size(), lastMillis);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Answers only requests addressed to this machine by name: a web page elsewhere could otherwise
     * point its own host name at 127.0.0.1 (DNS rebinding) and read the preview through the browser.
     */
    static com.sun.net.httpserver.HttpHandler local(com.sun.net.httpserver.HttpHandler h) {
        return ex -> {
            String host = ex.getRequestHeaders().getFirst("Host");
            int port = ex.getLocalAddress().getPort();
            if (!allowedHost(host, port)) {
                try (ex) {
                    send(ex, 403, "text/plain; charset=utf-8", ("this preview server only answers to http://127.0.0.1:"
                            + port + "/ or http://localhost:" + port + "/, not to Host '" + host + "'")
                            .getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            h.handle(ex);
        };
    }

    static boolean allowedHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        for (String name : List.of("localhost", "127.0.0.1", "[::1]")) {
            if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) {
                return true;
            }
        }
        return false;
    }

    /** Server-sent events: the current build id at once, then every new one (and a heartbeat). */
    private void events(HttpExchange ex) throws IOException {
        if (!streams.tryAcquire()) {
            try (ex) {
                send(ex, 503, "text/plain; charset=utf-8", ("more than " + MAX_STREAMS + " pages are open: close some "
                        + "and reload this one to get live reload back").getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        try {
            stream(ex);
        } finally {
            streams.release();
        }
    }

    private void stream(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream os = ex.getResponseBody()) {
            String sent = null;
            while (true) {
                String id;
                synchronized (lock) {
                    if (buildId().equals(sent)) {
                        try {
                            lock.wait(15_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    id = buildId();
                }
                os.write((id.equals(sent) ? ": heartbeat\n\n" : "data: " + id + "\n\n").getBytes(StandardCharsets.UTF_8));
                os.flush();
                sent = id;
            }
        } catch (IOException closed) {
            // the page went away
        } finally {
            ex.close();
        }
    }

    private void page(HttpExchange ex) throws IOException {
        try (ex) {
            String path = java.net.URLDecoder.decode(ex.getRequestURI().getPath(), StandardCharsets.UTF_8);
            Path root = options.siteDir();
            List<Problem> current = problems;
            boolean html = path.endsWith("/") || path.endsWith(".html");
            if (!current.isEmpty() && html) {
                send(ex, 500, TYPES.get("html"), errorPage(current).getBytes(StandardCharsets.UTF_8));
                return;
            }
            serveFile(ex, root, path);
        }
    }

    /** Answers a request for {@code path} with the file under {@code root} (404.html when missing). */
    static void serveFile(HttpExchange ex, Path root, String path) throws IOException {
        Path f = root.resolve(path.substring(1)).normalize();
        if (!f.startsWith(root)) {
            send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(f)) {
            f = f.resolve("index.html");
        }
        if (!Files.isRegularFile(f)) {
            Path nf = root.resolve("404.html");
            send(ex, 404, TYPES.get("html"), Files.exists(nf) ? Files.readAllBytes(nf)
                    : "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = f.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(f));
    }

    /**
     * A plain static server of a built site on 127.0.0.1 (no watching, no reload script): for the browser
     * tests and benchmarks. {@code port} 0 picks a free port.
     */
    public static HttpServer start(Path root, int port) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        s.createContext("/", local(ex -> {
            try (ex) {
                serveFile(ex, r, java.net.URLDecoder.decode(ex.getRequestURI().getPath(), StandardCharsets.UTF_8));
            }
        }));
        s.start();
        return s;
    }

    /** The build's errors as a page (served from memory only; it reloads by itself once fixed). */
    static String errorPage(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Build failed</title><script src=\"/__preview/reload.js\" defer></script>"
                + "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}"
                + "h1{color:#b00020}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;"
                + "padding:.75rem 1rem}</style></head>"
                + "<body class=\"preview-error\"><h1>The build failed</h1><p>");
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(". Fix the file and save: this page reloads by itself. The last good site is kept in "
                        + "target/site.</p>");
        for (Problem p : problems) {
            sb.append("<pre class=\"problem\">").append(escape(p.format())).append("</pre>");
        }
        return sb.append("</body></html>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }
}
